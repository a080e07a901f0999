package org.hotline12345.calendar;

import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

/**
 * A data file that cannot be read (文件格式错误): names the source, the line, optionally the
 * column, and the reason, as in {@code holidays.csv:4:12: kind 'vacation' is neither 'holiday'
 * nor 'workday'}. Every data file of the SDK fails with it: calendars (CSV and iCalendar), and
 * the files of the other modules (category taxonomies, department directories); nothing of a
 * file that fails is kept.
 *
 * <p>The message is {@code source:line:column: reason}, without {@code :column} when the column
 * is not known and without {@code :line} when the problem concerns the whole file. It is always
 * one line: line breaks and control characters in the source name or the reason are shown
 * escaped ({@code \n}, <code>&#92;u0000</code>), and a long source name is cut. The accessors
 * return the parts as given.
 *
 * <p>Subclass it only to keep an older exception name while callers move to this one.
 */
public class FileFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most characters of the source name that the message shows. */
  private static final int MAX_SOURCE = 200;
  /** The most characters of the reason that the message shows. */
  private static final int MAX_REASON = 1000;

  /** The file or source name, as given. */
  private final String source;
  /** The 1-based line, 0 for the whole file. */
  private final int line;
  /** The 1-based column, 0 when not known. */
  private final int column;
  /** What is wrong, as given. */
  private final String reason;

  /**
   * A problem at a line, or with the whole file.
   *
   * @param source the file or other source name, for example a path
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param reason what is wrong, in words; a token from the file in it should be quoted
   *     shortened (the message escapes line breaks but does not shorten tokens)
   * @throws NullPointerException if source or reason is null
   * @throws IllegalArgumentException if line is negative
   */
  public FileFormatException(String source, int line, String reason) {
    this(source, line, 0, reason);
  }

  /**
   * A problem at a position of a line.
   *
   * @param source the file or other source name, for example a path
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param column the 1-based column (in Unicode characters from the start of the line) where
   *     the problem starts, or 0 when not known; only with a line
   * @param reason what is wrong, in words
   * @throws NullPointerException if source or reason is null
   * @throws IllegalArgumentException if line or column is negative, or a column is given
   *     without a line
   */
  public FileFormatException(String source, int line, int column, String reason) {
    super(message(source, line, column, reason));
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String message(String source, int line, int column, String reason) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("column must not be negative, was " + column);
    }
    if (column > 0 && line == 0) {
      throw new IllegalArgumentException("a column (" + column + ") needs a line");
    }
    return Texts.escape(source, MAX_SOURCE) + (line > 0 ? ":" + line : "")
        + (column > 0 ? ":" + column : "") + ": " + Texts.escape(reason, MAX_REASON);
  }

  /**
   * The file or source name, as given.
   *
   * @return the source
   */
  public final String source() {
    return source;
  }

  /**
   * The 1-based line number, 0 when the problem concerns the whole file.
   *
   * @return the line
   */
  public final int line() {
    return line;
  }

  /**
   * The 1-based column, in Unicode characters from the start of the line, where the problem
   * starts; 0 when not known.
   *
   * @return the column
   */
  public final int column() {
    return column;
  }

  /**
   * What is wrong, without source, line and column, as given.
   *
   * @return the reason
   */
  public final String reason() {
    return reason;
  }
}
