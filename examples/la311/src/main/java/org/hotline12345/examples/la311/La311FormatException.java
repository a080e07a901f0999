package org.hotline12345.examples.la311;

/**
 * An export that cannot be read at all: no header, a required column missing or a column named
 * twice. The message names the file and every column at fault, on one line; a bad row is never
 * such an error, but a {@link Refusal}.
 */
public final class La311FormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * An export that cannot be read.
   *
   * @param message the file and the reason
   */
  public La311FormatException(String message) {
    super(message);
  }
}
