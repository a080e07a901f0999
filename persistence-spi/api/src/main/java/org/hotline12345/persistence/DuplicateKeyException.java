package org.hotline12345.persistence;

/**
 * A write that would store a second case with the same case id, case number, inquiry code
 * hash or intake key, a second event with the same case and sequence, a second outbox
 * message with the same id, or a second data key for a case. Nothing was written. Keys are exact strings: two keys that differ
 * only in letter case are different keys.
 *
 * <p>When a write duplicates several keys at once, {@link #key()} names one of them. The
 * message names the case id or case number, never an inquiry code hash or intake key (a
 * secret's hash and possibly a citizen's phone number).
 */
public final class DuplicateKeyException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates the exception.
   *
   * @param key which key: {@code caseId}, {@code caseNumber}, {@code inquiryCodeHash},
   *     {@code intakeKey}, {@code event}, {@code outboxId} or {@code caseKey}
   * @param message what was duplicated, without personal data
   */
  public DuplicateKeyException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Which key was duplicated.
   *
   * @return {@code caseId}, {@code caseNumber}, {@code inquiryCodeHash}, {@code intakeKey},
   *     {@code event}, {@code outboxId} or {@code caseKey}
   */
  public String key() {
    return key;
  }
}
