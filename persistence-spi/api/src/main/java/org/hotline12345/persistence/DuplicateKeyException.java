package org.hotline12345.persistence;

/**
 * A write that would store a second case with the same case id, case number, inquiry code or
 * intake key, or a second event with the same case and sequence. Nothing was written.
 */
public final class DuplicateKeyException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates the exception.
   *
   * @param key which key: {@code caseId}, {@code caseNumber}, {@code inquiryCode},
   *     {@code intakeKey} or {@code event}
   * @param message what was duplicated, without personal data
   */
  public DuplicateKeyException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Which key was duplicated.
   *
   * @return {@code caseId}, {@code caseNumber}, {@code inquiryCode}, {@code intakeKey} or
   *     {@code event}
   */
  public String key() {
    return key;
  }
}
