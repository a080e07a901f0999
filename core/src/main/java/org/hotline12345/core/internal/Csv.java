package org.hotline12345.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, one a line, fields stripped of surrounding white space; fields
 * may be double-quoted with {@code ""} for a quote inside (RFC 4180), but a record may not span
 * lines. Blank lines and lines starting with {@code #} are skipped, and a byte-order mark at
 * the start is ignored. Shared by the category taxonomy and the department directory.
 */
public final class Csv {

  /** A record and the 1-based line it was read from. */
  public record Row(int line, List<String> fields) {}

  /** Makes the format exception of the caller. */
  public interface Failure {
    /** The exception for a problem at the given 1-based line (0 for the whole text). */
    RuntimeException at(int line, String reason);
  }

  private Csv() {}

  /**
   * Reads every record.
   *
   * @param text the text; not closed
   * @param source the name for I/O error messages
   * @param failure makes the exception for a malformed line
   */
  public static List<Row> read(Reader text, String source, Failure failure) {
    List<Row> rows = new ArrayList<>();
    BufferedReader lines = text instanceof BufferedReader b ? b : new BufferedReader(text);
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        rows.add(new Row(number, split(trimmed, number, failure)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return rows;
  }

  /**
   * Checks that the first record is the expected header.
   *
   * @return the records after the header
   */
  public static List<Row> afterHeader(List<Row> rows, List<String> header, Failure failure) {
    if (rows.isEmpty()) {
      throw failure.at(0, "the file is empty; expected the header " + String.join(",", header));
    }
    Row first = rows.get(0);
    if (!isHeader(first.fields(), header)) {
      throw failure.at(first.line(), "expected the header " + String.join(",", header));
    }
    return rows.subList(1, rows.size());
  }

  /** Whether the fields are the header's names, ignoring case. */
  public static boolean isHeader(List<String> fields, List<String> header) {
    if (fields.size() != header.size()) {
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!fields.get(i).equalsIgnoreCase(header.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Splits the text of a field holding a list separated by {@code ;}, dropping empty items. */
  public static List<String> items(String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split(";", -1)) {
      String stripped = item.strip();
      if (!stripped.isEmpty()) {
        items.add(stripped);
      }
    }
    return items;
  }

  private static List<String> split(String line, int number, Failure failure) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i < line.length() && line.charAt(i) == '"') {
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
          throw failure.at(number, "a quoted field is not closed");
        }
        while (i < line.length() && line.charAt(i) == ' ') {
          i++;
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw failure.at(number, "a quoted field must end at a comma or the end of the line");
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString().strip());
      field.setLength(0);
      if (i >= line.length()) {
        return fields;
      }
      i++;
    }
  }
}
