/**
 * The storage contract (持久化接口) of the Hotline SDK. A host implements {@link
 * org.hotline12345.persistence.HotlineStore} over its own database and proves it with the
 * conformance kit ({@code hotline-persistence-tck}). The contract speaks in its own small
 * types ({@link org.hotline12345.persistence.StoredCase},
 * {@link org.hotline12345.persistence.StoredEvent}, ...) so that it does not move when the
 * domain does: the domain's data travels as opaque text payloads, and the store keeps the few
 * columns that queries need.
 *
 * <h2>Text, keys and instants</h2>
 *
 * <p>Text is well-formed Unicode (emoji, control characters, U+0000 included; no unpaired
 * surrogate) and must come back exactly as stored. Keys (case ids, numbers, inquiry code
 * hashes, intake keys, message ids, directory keys, sequence scopes) follow the alphabets and
 * maximum lengths of {@link org.hotline12345.persistence.Keys}, and are exact: letter case
 * counts. Optional text is never empty: a field holds at least one character or is absent, so
 * a database that stores {@code ''} as NULL (Oracle) reads every value back as written.
 * Instants are kept to the microsecond at least: stores truncate to microseconds, and the core
 * only writes microsecond instants. Null arguments are programming errors, refused with {@link
 * NullPointerException}; an argument outside its documented range is refused with {@link
 * IllegalArgumentException}.
 *
 * <h2>Isolation</h2>
 *
 * <p>A unit of work runs in one database transaction at READ COMMITTED (or stronger). That
 * level is enough because the contract never relies on a snapshot: a version is checked by
 * the conditional {@code UPDATE ... WHERE version = ?} itself, which PostgreSQL, Oracle, MySQL
 * InnoDB and H2 evaluate against the latest committed row after waiting for a concurrent
 * writer; unique keys are kept by unique constraints; and event positions are taken from a
 * counter row locked until commit. It is also what keeps readers from waiting for writers.
 * REPEATABLE READ or SERIALIZABLE are allowed, but turn more overlapping units into
 * serialization failures, which the adapter reports as {@link
 * org.hotline12345.persistence.RetryableStoreException} (as it does deadlocks); the core
 * retries those, a bounded number of times.
 *
 * <h2>Sequences, data keys and the outbox</h2>
 *
 * <p>{@link org.hotline12345.persistence.HotlineStore#nextSequenceValue} hands out 1, 2, 3 per
 * scope, each committed at once outside any unit of work: gaps are allowed, repeats never,
 * across threads, nodes and restarts. A case's data key ({@link
 * org.hotline12345.persistence.UnitOfWork#insertCaseKey}) is written in the unit that inserts
 * the case; destroying it deletes the bytes and so erases everything the core encrypted under
 * it (crypto-shredding), while the events stay readable. Several outbox workers are supported:
 * each {@linkplain org.hotline12345.persistence.Outbox#claim claims} a batch under a lease,
 * and no two workers hold a message while a lease runs; delivery is at least once.
 *
 * <h2>How the contract grows</h2>
 *
 * <p>The contract changes by rules that do not break the adapters already written:
 * <ul>
 *   <li>Its records with many fields are immutable classes built with builders ({@link
 *       org.hotline12345.persistence.StoredCase#builder()}, {@link
 *       org.hotline12345.persistence.StoredCase#toBuilder()}), not positional records: a new
 *       optional field is a new builder method with an empty default, and an adapter that does
 *       not store it yet still compiles (the kit then shows what it loses). Small envelopes
 *       whose growth happens elsewhere stay records: an event's data grows inside its payload,
 *       announced by {@link org.hotline12345.persistence.StoredEvent#schemaVersion()}.</li>
 *   <li>A new query or operation arrives as a {@code default} method that throws {@link
 *       UnsupportedOperationException} naming the feature, together with a conformance-kit
 *       {@code StoreFeature} for it: an adapter that does not implement it keeps compiling,
 *       switches the feature off in its kit run, and the core tells its host which feature
 *       is missing when it is used.</li>
 *   <li>A stored shape that changes is a new schema migration (in the JDBC adapter, a new
 *       Flyway script {@code V<n>__...}); scripts already released are never edited.</li>
 * </ul>
 */
package org.hotline12345.persistence;
