package org.hotline12345.calendar.internal;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.calendar.FileFormatException;

/**
 * The fields of one CSV line and the 1-based column (in Unicode characters) where each starts;
 * the splitting rules of {@link CsvReader}.
 *
 * @param values the fields: unquoted ones stripped, quoted ones as written
 * @param columns where each field starts
 */
record CsvFields(List<String> values, int[] columns) {

  /**
   * Splits a line (RFC 4180 quotes, no control characters but a tab separator, at most
   * {@code maxFields} fields).
   *
   * @param separator {@code ','} or {@code '\t'}
   * @param expected the header, for the message when there are too many fields
   * @throws FileFormatException naming the source, line and column of a problem
   */
  static CsvFields split(String line, char separator, String source, int number, int maxFields,
      String expected) {
    int bad = Texts.firstNonPlain(separator == '\t' ? line.replace('\t', ' ') : line);
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
      while (i < line.length() && isSpace(line.charAt(i), separator)) {
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
        while (i < line.length() && isSpace(line.charAt(i), separator)) {
          i++;
        }
        if (i < line.length() && line.charAt(i) != separator) {
          throw new FileFormatException(source, number, line.codePointCount(0, i) + 1,
              "a quoted field must end at " + (separator == '\t' ? "a tab" : "a comma")
                  + " or the end of the line");
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

  /** A space around a field: white space but the separator. */
  private static boolean isSpace(char c, char separator) {
    return c != separator && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
