package org.hotline12345.rules.internal.table;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;

/**
 * The text rules of decision tables: what an id, a name, a column name and a cell may hold, so
 * that every table can be written to a CSV file and read back unchanged.
 */
public final class TableText {

  /** The reserved header names of a table file, lower case. */
  public static final Set<String> RESERVED = Set.of("id", "description", "from", "to");

  /** The most characters of a column name. */
  public static final int MAX_COLUMN_NAME = 64;

  private TableText() {}

  /**
   * The value stripped, checked to be one line of plain text of 1 to max characters.
   *
   * @param field the field's name for the message
   * @param value the value
   * @param max the most characters
   * @return the stripped value
   * @throws NullPointerException naming the field if value is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static String requireText(String field, String value, int max) {
    String stripped = optionalText(field, value, max);
    if (Texts.isBlank(stripped)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return stripped;
  }

  /**
   * The value stripped, checked to be one line of plain text of at most max characters; may be
   * empty.
   *
   * @param field the field's name for the message
   * @param value the value
   * @param max the most characters
   * @return the stripped value
   * @throws NullPointerException naming the field if value is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static String optionalText(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    int bad = Texts.firstNonPlain(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(field + " must be one line of plain text without control"
          + " characters, was " + Texts.quote(value));
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " characters, was "
          + Texts.quote(stripped));
    }
    return stripped;
  }

  /**
   * A column name checked: 1 to 64 characters of plain text without {@code , ; " =} at the
   * start or anywhere a file separator or quote could split it, and not a reserved header name.
   *
   * @param field the field's name for the message
   * @param name the name
   * @return the stripped name
   * @throws NullPointerException naming the field if name is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static String requireColumnName(String field, String name) {
    String stripped = requireText(field, name, MAX_COLUMN_NAME);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == ',' || c == ';' || c == '"' || c == '\uFF0C') {
        throw new IllegalArgumentException(field + " must not hold , ; or \", was "
            + Texts.quote(stripped));
      }
    }
    if (stripped.startsWith("=") || stripped.startsWith("#")) {
      throw new IllegalArgumentException(field + " must not start with = or #, was "
          + Texts.quote(stripped));
    }
    if (RESERVED.contains(key(stripped))) {
      throw new IllegalArgumentException(field + " must not be one of the reserved names id,"
          + " description, from, to, was " + Texts.quote(stripped));
    }
    return stripped;
  }

  /**
   * The key under which a column name is compared: names differing only in case are one.
   *
   * @param name the name
   * @return the name in lower case
   */
  public static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * A token quoted for a message.
   *
   * @param token the token
   * @return the quoted, escaped, shortened token
   */
  public static String quote(CharSequence token) {
    return Texts.quote(token);
  }
}
