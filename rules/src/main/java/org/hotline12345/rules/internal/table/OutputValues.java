package org.hotline12345.rules.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.table.OutputType;

/** What values of each {@link OutputType} look like, and the boolean words of cells. */
public final class OutputValues {

  /** The most characters of an output value. */
  public static final int MAX_LENGTH = 2_000;

  private OutputValues() {}

  /**
   * Reads a boolean word: {@code true}/{@code false}, {@code yes}/{@code no} (any case),
   * {@code 是}/{@code 否}.
   *
   * @param word the word, stripped
   * @return the boolean, or empty if the word is none of them
   */
  public static Optional<Boolean> parseBoolean(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "是":
        return Optional.of(true);
      case "false": case "no": case "否":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /**
   * Reads a number.
   *
   * @param text the text, stripped
   * @return the number
   * @throws IllegalArgumentException if the text is not a decimal number
   */
  public static BigDecimal parseNumber(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Texts.quote(text) + " is not a number");
    }
  }

  /**
   * The items of a DEPARTMENTS value: separated by {@code ;}, {@code ,} or {@code ，},
   * stripped, empty ones dropped.
   *
   * @param value the value
   * @return the items
   */
  public static List<String> items(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split("[;,\uFF0C]", -1)) {
      String stripped = item.strip();
      if (!stripped.isEmpty()) {
        items.add(stripped);
      }
    }
    return items;
  }

  /**
   * Checks a non-empty value against its type.
   *
   * @param type the output type
   * @param value the value, stripped, not empty
   * @throws IllegalArgumentException saying why the value is not one of the type
   */
  public static void check(OutputType type, String value) {
    switch (type) {
      case TEXT:
        return;
      case NUMBER:
        parseNumber(value);
        return;
      case BOOLEAN:
        if (parseBoolean(value).isEmpty()) {
          throw new IllegalArgumentException(Texts.quote(value) + " is not true or false");
        }
        return;
      case DEPARTMENT:
        department(value);
        return;
      case DEPARTMENTS:
        for (String item : items(value)) {
          department(item);
        }
        return;
      case CATEGORY:
        try {
          CategoryCode.of(value);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(Texts.quote(value) + " is not a category code:"
              + " letters, digits and . _ - only");
        }
        return;
      case AREA:
        areaCode(value);
        return;
      default:
        throw new AssertionError(type);
    }
  }

  /**
   * Checks an area code's form.
   *
   * @param code the code
   * @throws IllegalArgumentException if it is not letters, digits and . _ : -, at most 64
   */
  public static void areaCode(String code) {
    try {
      new Area(code, code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Texts.quote(code) + " is not an area code: letters,"
          + " digits and . _ : - only, at most 64");
    }
  }

  private static void department(String id) {
    try {
      DepartmentId.of(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Texts.quote(id) + " is not a department id: letters,"
          + " digits and . _ : - only, at most 64");
    }
  }

  /**
   * Checks that a value is among the allowed ones (each item of a DEPARTMENTS value).
   *
   * @param column the column's name, for the message
   * @param type the output type
   * @param value the value, not empty
   * @param allowed the allowed values; empty allows any
   * @throws IllegalArgumentException if the value is not allowed
   */
  public static void checkAllowed(String column, OutputType type, String value,
      List<String> allowed) {
    if (allowed.isEmpty()) {
      return;
    }
    List<String> parts = type == OutputType.DEPARTMENTS ? items(value) : List.of(value);
    for (String part : parts) {
      if (!allowed.contains(part)) {
        throw new IllegalArgumentException(Texts.quote(part) + " is not one of the allowed values"
            + " of output " + Texts.quote(column) + ": " + String.join(", ", allowed));
      }
    }
  }
}
