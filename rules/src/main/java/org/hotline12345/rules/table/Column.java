package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.TableText;

/**
 * An input column (输入列) of a decision table: its name, as the header of a table file and
 * {@link Inputs} name it, and its {@link ColumnType}. A TEXT column may enumerate its allowed
 * values (枚举值): cells and inputs must then use them, and verification reports combinations
 * of enumerated values that no row covers (gaps). BOOLEAN columns are enumerated by nature.
 *
 * @param name the name: 1 to 64 characters of one-line text, without {@code , ; "}, not
 *     starting with {@code =} or {@code #}, and not {@code id}, {@code description},
 *     {@code from} or {@code to} (any case); surrounding spaces are dropped
 * @param type the column type
 * @param allowedValues the allowed values of a TEXT column, distinct and not blank; empty for an
 *     open column and for other types
 */
public record Column(String name, ColumnType type, List<String> allowedValues) {

  /**
   * Checks the fields.
   *
   * @param name the name
   * @param type the type
   * @param allowedValues the allowed values, empty for an open column
   * @throws NullPointerException if a field or an allowed value is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public Column {
    name = TableText.requireColumnName("column name", name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(allowedValues, "allowedValues");
    if (!allowedValues.isEmpty() && type != ColumnType.TEXT) {
      throw new IllegalArgumentException("column " + Texts.quote(name) + ": only TEXT columns"
          + " list allowed values, this one is " + type);
    }
    Set<String> distinct = new LinkedHashSet<>();
    List<String> checked = new ArrayList<>();
    for (String value : allowedValues) {
      String text = TableText.requireText("column " + Texts.quote(name) + " allowed value",
          Objects.requireNonNull(value, "allowedValues must not hold null"), 200);
      if (!distinct.add(text)) {
        throw new IllegalArgumentException("column " + Texts.quote(name) + " lists the allowed"
            + " value " + Texts.quote(text) + " twice");
      }
      checked.add(text);
    }
    allowedValues = List.copyOf(checked);
  }

  /**
   * An open column of the given type.
   *
   * @param name the name
   * @param type the type
   * @return the column
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name breaks a rule
   */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, List.of());
  }

  /**
   * A TEXT column with allowed values.
   *
   * @param name the name
   * @param allowedValues the values, at least one
   * @return the column
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if a rule is broken or no value is given
   */
  public static Column enumerated(String name, List<String> allowedValues) {
    if (allowedValues.isEmpty()) {
      throw new IllegalArgumentException("allowedValues must hold at least one value");
    }
    return new Column(name, ColumnType.TEXT, allowedValues);
  }

  /**
   * Whether the column's inputs come from a closed list: a TEXT column with allowed values, or a
   * BOOLEAN column.
   *
   * @return true if enumerated
   */
  public boolean isEnumerated() {
    return type == ColumnType.BOOLEAN || !allowedValues.isEmpty();
  }

  /**
   * The values an input of an enumerated column may take.
   *
   * @return the allowed values, {@code true, false} for BOOLEAN; empty for an open column
   */
  public List<String> domain() {
    return type == ColumnType.BOOLEAN ? List.of("true", "false") : allowedValues;
  }
}
