package org.hotline12345.core.department;

import java.util.Objects;

/**
 * A department directory file that cannot be read: names the file, the line and the reason,
 * as in {@code departments.csv:7: parent 'nj.xuanwu' of department 'nj.xuanwu.xiaolingwei' is
 * not in the file; every parent must be present}.
 *
 * <p>Thrown by {@link DepartmentDirectory#readCsv(java.io.Reader, String)}; nothing of a file
 * that fails is kept.
 */
public final class DirectoryFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file or other source name
   * @param line the 1-based line number, or 0 when the problem is the file as a whole
   * @param reason what is wrong, in words
   * @throws NullPointerException if source or reason is null
   */
  public DirectoryFormatException(String source, int line, String reason) {
    super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line : "") + ": "
        + Objects.requireNonNull(reason, "reason"));
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The file or source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number, 0 when the problem concerns the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong, without the file and line.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
