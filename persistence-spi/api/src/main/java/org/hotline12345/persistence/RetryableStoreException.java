package org.hotline12345.persistence;

/**
 * A failure that running the same unit of work again may cure (可重试): the database chose
 * this unit as a deadlock victim, could not serialize it beside a concurrent one, or gave up
 * waiting for a lock. Nothing of the unit was written. Callers retry it as they retry a
 * {@link ConcurrencyConflictException}: in a new unit of work, a bounded number of times.
 *
 * <p>Adapters translate their database's codes to it; the JDBC adapter of the examples maps
 * SQLState {@code 40001} (serialization failure; also H2's deadlock) and {@code 40P01}
 * (PostgreSQL's deadlock), MySQL errors 1213 (deadlock) and 1205 (lock wait timeout), and
 * Oracle's ORA-00060 (deadlock) and ORA-08177 (cannot serialize access).
 */
public final class RetryableStoreException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without personal data
   * @param cause the underlying failure, or null
   */
  public RetryableStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
