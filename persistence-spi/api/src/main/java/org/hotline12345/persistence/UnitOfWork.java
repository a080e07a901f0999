package org.hotline12345.persistence;

import java.util.List;
import java.util.Optional;

/**
 * The writes and reads of one unit of work; see {@link HotlineStore#inTransaction}. Reads see
 * the unit's own writes. Not thread-safe: one thread at a time.
 */
public interface UnitOfWork {

  /**
   * A case by id.
   *
   * @param caseId the case id
   * @return the case, or empty
   */
  Optional<StoredCase> findCase(String caseId);

  /**
   * A case's events, by sequence.
   *
   * @param caseId the case id
   * @return the events, empty if the case is not stored
   */
  List<StoredEvent> events(String caseId);

  /**
   * The case registered under an intake key (the channel's external id), for idempotent
   * intake.
   *
   * @param intakeKey the key
   * @return the case id, or empty
   */
  Optional<String> findCaseIdByIntakeKey(String intakeKey);

  /**
   * Stores a new case with its first events and, optionally, its intake key.
   *
   * @param stored the case; its version equals the last event's sequence
   * @param intakeKey the intake key, unique among cases, or empty
   * @param events the events, sequences 1 to the case's version
   * @throws DuplicateKeyException if the case id, number, inquiry code or intake key is
   *     already stored (the key names which)
   * @throws IllegalArgumentException if the events are not the case's, not numbered 1 to its
   *     version, or empty
   */
  void insertCase(StoredCase stored, Optional<String> intakeKey, List<StoredEvent> events);

  /**
   * Stores a new version of a case and appends its new events, if the stored version is still
   * the one the writer read.
   *
   * @param stored the case at its new version
   * @param expectedVersion the version the writer read
   * @param newEvents the events from {@code expectedVersion + 1} to the new version
   * @throws ConcurrencyConflictException if the stored version is not {@code expectedVersion}
   *     (or the case is not stored); nothing is written
   * @throws IllegalArgumentException if the events are not the case's or not numbered from
   *     {@code expectedVersion + 1} to the new version
   */
  void updateCase(StoredCase stored, long expectedVersion, List<StoredEvent> newEvents);

  /**
   * Adds a message to the outbox, to be delivered after commit.
   *
   * @param message the message
   * @throws DuplicateKeyException if a message with the same id is stored
   */
  void enqueue(OutboxMessage message);
}
