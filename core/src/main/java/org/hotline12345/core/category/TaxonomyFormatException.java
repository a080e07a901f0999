package org.hotline12345.core.category;

import java.util.Objects;

/**
 * A taxonomy file (categories or attributes) that cannot be read: names the file, the line and
 * the reason, as in {@code attributes.csv:4: type 'colour' is not one of STRING, NUMBER,
 * DATETIME, TEXT, SINGLE_VALUE_LIST, MULTI_VALUE_LIST}.
 *
 * <p>Thrown by {@link CategoryTaxonomy#readCsv(java.io.Reader, java.io.Reader, String)}; nothing
 * of files that fail is kept.
 */
public final class TaxonomyFormatException extends IllegalArgumentException {

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
  public TaxonomyFormatException(String source, int line, String reason) {
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
