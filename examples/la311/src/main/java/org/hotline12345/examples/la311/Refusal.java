package org.hotline12345.examples.la311;

import java.util.Objects;

/**
 * Why a row of an export was not imported: its row number (the first row after the header is
 * 1), the line it starts on, the column at fault (its canonical name, such as {@code
 * ClosedDate}, or {@code (row)} when the row as a whole is at fault) and the reason. A reason
 * never quotes an address or any other value that may be personal data.
 *
 * @param row the row number, from 1
 * @param line the line of the file the row starts on, from 2 (line 1 is the header)
 * @param column the column at fault
 * @param reason why, one line
 */
public record Refusal(long row, long line, String column, String reason) {

  /** The column named when the row as a whole is at fault. */
  public static final String WHOLE_ROW = "(row)";

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the row is below 1
   */
  public Refusal {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more, was " + row);
    }
  }

  /** For example {@code row 17 (line 18), ClosedDate: before CreatedDate}. */
  @Override
  public String toString() {
    return "row " + row + " (line " + line + "), " + column + ": " + reason;
  }
}
