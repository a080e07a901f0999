package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.OutputValues;
import org.hotline12345.rules.internal.table.TableText;

/**
 * An output column (输出列) of a decision table: its name (a file's header writes it
 * {@code =name}), its {@link OutputType}, optionally the values it may take in priority order
 * (highest first, used by {@link HitPolicy#PRIORITY} and {@link HitPolicy#OUTPUT_ORDER}), and
 * optionally the value a decision gives when no row matches (DMN's default output entry).
 *
 * @param name the name, under the rules of {@link Column#name()}
 * @param type the output type
 * @param allowedValues the values allowed, highest priority first; each must be a valid value of
 *     the type; empty when any value of the type is allowed
 * @param defaultValue the value when no row matches; valid for the type and allowed
 */
public record OutputColumn(String name, OutputType type, List<String> allowedValues,
    Optional<String> defaultValue) {

  /**
   * Checks the fields.
   *
   * @param name the name
   * @param type the output type
   * @param allowedValues the allowed values, highest priority first
   * @param defaultValue the value when no row matches
   * @throws NullPointerException if a field or an allowed value is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public OutputColumn {
    name = TableText.requireColumnName("output column name", name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(allowedValues, "allowedValues");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Set<String> distinct = new LinkedHashSet<>();
    List<String> checked = new ArrayList<>();
    for (String value : allowedValues) {
      String text = TableText.requireText("output " + Texts.quote(name) + " allowed value",
          Objects.requireNonNull(value, "allowedValues must not hold null"), 200);
      OutputValues.check(type, text);
      if (!distinct.add(text)) {
        throw new IllegalArgumentException("output " + Texts.quote(name) + " lists the allowed"
            + " value " + Texts.quote(text) + " twice");
      }
      checked.add(text);
    }
    allowedValues = List.copyOf(checked);
    String finalName = name;
    List<String> finalAllowed = allowedValues;
    defaultValue = defaultValue.map(value -> {
      String text = TableText.requireText("output " + Texts.quote(finalName) + " default value",
          value, OutputValues.MAX_LENGTH);
      OutputValues.check(type, text);
      OutputValues.checkAllowed(finalName, type, text, finalAllowed);
      return text;
    });
  }

  /**
   * An output of the given type, any value allowed, no default.
   *
   * @param name the name
   * @param type the type
   * @return the column
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name breaks a rule
   */
  public static OutputColumn of(String name, OutputType type) {
    return new OutputColumn(name, type, List.of(), Optional.empty());
  }

  /**
   * This column with allowed values in priority order, highest first.
   *
   * @param values the values
   * @return the column
   * @throws NullPointerException if values or a value is null
   * @throws IllegalArgumentException if a value breaks a rule
   */
  public OutputColumn withAllowedValues(List<String> values) {
    return new OutputColumn(name, type, values, defaultValue);
  }

  /**
   * This column with a default value.
   *
   * @param value the value when no row matches
   * @return the column
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if the value breaks a rule
   */
  public OutputColumn withDefaultValue(String value) {
    return new OutputColumn(name, type, allowedValues, Optional.of(value));
  }

  /**
   * The priority of a value: its position in the allowed values.
   *
   * @param value a value
   * @return 0 for the highest priority; the number of allowed values for an empty value or when
   *     none are listed
   */
  public int priorityOf(String value) {
    int at = allowedValues.indexOf(value);
    return at < 0 ? allowedValues.size() : at;
  }
}
