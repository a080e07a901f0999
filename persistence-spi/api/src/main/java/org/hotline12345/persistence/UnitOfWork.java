package org.hotline12345.persistence;

import java.util.List;
import java.util.Optional;

/**
 * The writes and reads of one unit of work; see {@link HotlineStore#inTransaction}. Not
 * thread-safe: one thread at a time, and only while the work runs.
 *
 * <p><b>Isolation.</b> Reads see the unit's own writes, over data other units have committed.
 * Other units and the queries of {@link HotlineStore#cases()} see none of the unit's writes
 * until it commits, and then all of them.
 *
 * <p><b>Failed writes.</b> A write that throws writes nothing. A write that throws a
 * {@link StoreException} (a conflict, a duplicate key, a failure) also dooms the unit: it
 * commits nothing, and {@link HotlineStore#inTransaction} throws that exception even if the
 * work caught it. To react to a conflict or a duplicate (reload and retry, or look up the case
 * already registered under an intake key), start a new unit of work.
 *
 * <p><b>Checks at commit.</b> The version and unique-key checks hold at commit as well as at
 * write time: of two units that both read a case at version 3, at most one commits version 4,
 * and of two units that both insert the same key, at most one commits. The other gets the
 * {@link ConcurrencyConflictException} or {@link DuplicateKeyException} from the write, or from
 * {@link HotlineStore#inTransaction} when its unit commits.
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
   * @param intakeKey the intake key, unique among cases (1 to 256 characters of well-formed
   *     text, see {@link Keys}), or empty
   * @param events the events, sequences 1 to the case's version
   * @throws DuplicateKeyException if the case id, number, inquiry code hash or intake key is
   *     already stored, or was written earlier in this unit (the key names which)
   * @throws IllegalArgumentException if the intake key breaks its rule, or the events are
   *     empty, are not all the case's, or are not numbered 1 to its version without gaps
   */
  void insertCase(StoredCase stored, Optional<String> intakeKey, List<StoredEvent> events);

  /**
   * Stores a new version of a case and appends its new events, if the stored version is still
   * the one the writer read. A stale version is always reported as a conflict, also by a store
   * that detects it through the unique key of events. The update may change the case number
   * and the inquiry code hash; they stay unique.
   *
   * @param stored the case at its new version, above {@code expectedVersion}
   * @param expectedVersion the version the writer read
   * @param newEvents the events from {@code expectedVersion + 1} to the new version
   * @throws ConcurrencyConflictException if the stored version is not {@code expectedVersion}
   *     (actual version -1 if the case is not stored); nothing is written
   * @throws DuplicateKeyException if the new case number or inquiry code hash belongs to
   *     another case (the key names which)
   * @throws IllegalArgumentException if the new version is not above {@code expectedVersion},
   *     or the events are not all the case's or not numbered from {@code expectedVersion + 1}
   *     to the new version without gaps
   */
  void updateCase(StoredCase stored, long expectedVersion, List<StoredEvent> newEvents);

  /**
   * Stores a case's data key (数据密钥): the key the core encrypts the citizen's contact data
   * and the free text of the case's events with, so that destroying it erases them while the
   * events stay decodable (crypto-shredding). Written in the unit that inserts the case.
   * Keys are opaque bytes to the store, {@value Keys#MIN_CASE_KEY_BYTES} to {@value
   * Keys#MAX_CASE_KEY_BYTES} long; the store keeps a copy.
   *
   * @param caseId the case, an id of {@link Keys}
   * @param key the key's bytes
   * @throws DuplicateKeyException with key {@code caseKey} if the case has a key already, in
   *     this unit's view
   * @throws IllegalArgumentException if the case id is not an id or the key's length is out of range
   */
  void insertCaseKey(String caseId, byte[] key);

  /**
   * A case's data key, as this unit sees it: its own writes over committed data.
   *
   * @param caseId the case
   * @return a copy of the key's bytes, or empty if the case has none (never had one, or it was
   *     destroyed)
   */
  Optional<byte[]> findCaseKey(String caseId);

  /**
   * Destroys a case's data key: once the unit commits, its bytes are gone from the store (the
   * row or entry is deleted, not flagged), and with them every text encrypted under it.
   * Rolls back with the unit like any write.
   *
   * @param caseId the case
   * @return true if the case had a key in this unit's view, false if it had none
   */
  boolean destroyCaseKey(String caseId);

  /**
   * Adds a message to the outbox, to be delivered after commit.
   *
   * @param message the message
   * @throws DuplicateKeyException with key {@code outboxId} if a message with the same id is
   *     pending, or was enqueued earlier in this unit
   */
  void enqueue(OutboxMessage message);
}
