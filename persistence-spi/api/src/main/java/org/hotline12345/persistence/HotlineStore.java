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
   * The next value of a named sequence (序列), such as the day's counter that case numbers
   * are made from: 1 for a scope never used, then 2, 3 and so on. Each value is taken and
   * committed at once, on its own, outside any unit of work: called from inside a unit's work,
   * it commits even if that unit rolls back, and a unit that rolls back never gives a value
   * back. Values of one scope are never repeated, across threads, nodes sharing the database
   * and restarts of the store, and each is above every value of the scope returned before the
   * call began. There may be gaps (a value taken by a caller that then failed), never a repeat.
   * Scopes are independent of one another.
   *
   * <pre>{@code
   * CaseNumbering numbering = CaseNumbering.daily(format, zone, store::nextSequenceValue);
   * }</pre>
   *
   * @param scope the sequence's name, an id (1 to 64 of {@code A-Z a-z 0-9 . _ : -}, see
   *     {@link Keys}), for example {@code case-number:2024-10-08}
   * @return the value, 1 or more
   * @throws NullPointerException if scope is null
   * @throws IllegalArgumentException if the scope is not an id
   * @throws StoreException if the store fails; the value may or may not have been taken
   */
  long nextSequenceValue(String scope);

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
