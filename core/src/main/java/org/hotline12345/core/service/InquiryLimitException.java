package org.hotline12345.core.service;

/**
 * Thrown by the citizen's lookup when a source tried too many inquiry codes (查询码) in its
 * window ({@link InquiryGuard}). It names neither the source nor the code.
 */
public final class InquiryLimitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InquiryLimitException() {
    super("too many inquiry attempts from this source; try again later");
  }
}
