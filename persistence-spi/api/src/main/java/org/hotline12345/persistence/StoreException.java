package org.hotline12345.persistence;

/**
 * A failure of the store: the database is unreachable, a statement failed. The unit of work
 * in which it happened is rolled back. Subtypes name the contract rules a write broke.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without personal data
   * @param cause the underlying failure, or null
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param message what failed, without personal data
   */
  public StoreException(String message) {
    super(message);
  }
}
