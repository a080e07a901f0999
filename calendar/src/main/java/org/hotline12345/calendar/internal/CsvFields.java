package org.hotline12345.calendar.internal;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.calendar.FileFormatException;

/**
 * The fields of one CSV line and the 1-based column (in Unicode characters) where each starts;
 * the splitting rules of {@link CsvReader}, shared with the SDK's other modules for files whose
 * shape {@code CsvReader} does not fit. The separator is a comma, or a tab for TSV files.
 *
 * @param values the fields: unquoted ones stripped, quoted ones as written
 * @param columns where each field starts
 */
public record CsvFields(List<String> values, int[] columns) {

  /**
   * Splits a line at commas (RFC 4180 quotes, no control characters, at most {@code maxFields}
   * fields).
   *
   * @param line the line, without its line break
   * @param source the name for messages
   * @param number the 1-based line number, for messages
   * @param maxFields the most fields the line may have
   * @param expected the header, for the message when there are too many fields
   * @return the fields
   * @throws FileFormatException naming the source, line and column of a problem
   */
  public static CsvFields split(String line, String source, int number, int maxFields,
      String expected) {
    return split(line, source, number, maxFields, expected, ',');
  }

  /**
   * Splits a line at the given separator (RFC 4180 quotes, no control characters but a tab
   * separator, at most {@code maxFields} fields).
   *
   * @param line the line, without its line break
   * @param source the name for messages
   * @param number the 1-based line number, for messages
   * @param maxFields the most fields the line may have
   * @param expected the header, for the message when there are too many fields
   * @param separator {@code ','}, {@code ';'} or a tab
   * @return the fields
   * @throws IllegalArgumentException if the separator is none of those
   * @throws FileFormatException naming the source, line and column of a problem
   */
  public static CsvFields split(String line, String source, int number, int maxFields,
      String expected, char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException("separator must be ',', ';' or a tab, was "
          + Texts.escape(String.valueOf(separator)));
    }
    int bad = firstNonPlain(line, separator);
    if (bad >= 0) {
      throw new FileFormatException(source, number, line.codePointCount(0, bad) + 1,
          "the control character " + Texts.escape(String.valueOf(line.charAt(bad)))
              + " is not allowed in a " + (separator == '\t' ? "TSV" : "CSV")
              + " line; fields must be printable text");
    }
    List<String> values = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    int i = 0;
    while (true) {
      if (values.size() == maxFields) {
        throw new FileFormatException(source, number, "more than " + maxFields
            + " fields; expected " + expected);
      }
      while (i < line.length() && isSpace(line.charAt(i))) {
        i++;
      }
      columns.add(line.codePointCount(0, i) + 1);
      if (i < line.length() && line.charAt(i) == '"') {
        int open = i;
        StringBuilder field = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < line.length()) {
          char c = line.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < line.length() && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            closed = true;
            break;
          }
        }
        if (!closed) {
          throw new FileFormatException(source, number, line.codePointCount(0, open) + 1,
              "a quoted field is not closed; a field may not span lines");
        }
        while (i < line.length() && isSpace(line.charAt(i))) {
          i++;
        }
        if (i < line.length() && line.charAt(i) != separator) {
          throw new FileFormatException(source, number, line.codePointCount(0, i) + 1,
              "a quoted field must end at " + (separator == '\t' ? "a tab" : separator == ','
                  ? "a comma" : "a semicolon") + " or the end of the line");
        }
        values.add(field.toString());
      } else {
        int start = i;
        while (i < line.length() && line.charAt(i) != separator) {
          if (line.charAt(i) == '"') {
            throw new FileFormatException(source, number, line.codePointCount(0, i) + 1,
                "a quote inside an unquoted field; enclose the field in quotes and double the"
                    + " quote (\"\")");
          }
          i++;
        }
        values.add(line.substring(start, i).strip());
      }
      if (i >= line.length()) {
        int[] starts = columns.stream().mapToInt(Integer::intValue).toArray();
        return new CsvFields(List.copyOf(values), starts);
      }
      i++;
    }
  }

  /** The first character plain text must not hold, a tab separator excepted; -1 if none. */
  private static int firstNonPlain(String line, char separator) {
    return Texts.firstNonPlain(separator == '\t' ? line.replace('\t', ' ') : line);
  }

  private static boolean isSpace(char c) {
    return c != '\t' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
