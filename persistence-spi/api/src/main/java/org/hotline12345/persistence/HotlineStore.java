package org.hotline12345.persistence;

import java.util.function.Function;

/**
 * The store a host implements over its own database (the SPI's entry point), or takes from
 * {@link org.hotline12345.persistence.memory.InMemoryStore}. Implementations are thread-safe
 * and pass the conformance kit ({@code hotline-persistence-tck}).
 *
 * <p>Every write happens in a {@linkplain #inTransaction unit of work}: a case, its new events
 * and its outbox messages commit together or not at all. Reads outside a unit of work see
 * committed data only.
 */
public interface HotlineStore {

  /**
   * Runs work in one unit of work (事务): commits when it returns, rolls back everything it
   * wrote when it throws, and rethrows what it threw, the same instance ({@link
   * StoreException}s as they are, others unchanged). If one of the unit's writes threw a
   * {@link StoreException} that the work caught, the unit is rolled back all the same and that
   * exception is thrown here; see {@link UnitOfWork} for isolation and the checks at commit.
   *
   * @param work the work; must not keep the unit of work after it returns
   * @param <T> the result type
   * @return what the work returned
   * @throws ConcurrencyConflictException if the work wrote a case with a stale version, found
   *     at write time or at commit; nothing of the unit is written
   * @throws DuplicateKeyException if the work wrote a duplicate key, found at write time or at
   *     commit; nothing of the unit is written
   * @throws StoreException if the store fails; nothing of the unit is written
   * @throws NullPointerException if work is null
   */
  <T> T inTransaction(Function<UnitOfWork, T> work);

  /**
   * The read-only queries on committed cases.
   *
   * @return the queries
   */
  CaseQueries cases();

  /**
   * The global event log, for hosts that stream events elsewhere.
   *
   * @return the log
   */
  EventLog events();

  /**
   * The outbox of messages to deliver.
   *
   * @return the outbox
   */
  Outbox outbox();

  /**
   * The department directory.
   *
   * @return the department store
   */
  DepartmentStore departments();
}
