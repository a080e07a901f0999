package org.hotline12345.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The messages committed with their changes, waiting for the host to deliver them. Only
 * committed messages are pending; the messages of a unit of work that rolled back never are.
 *
 * <p><b>Workers.</b> Several workers (processes or threads) may deliver at once: each {@linkplain
 * #claim claims} a batch, which no other worker is given while the claim's lease runs, delivers
 * it, and marks it delivered. A worker that dies lets its lease lapse, and the messages are
 * claimed again by another: delivery is at least once, and receivers drop repeats by message
 * id. A single worker may also read {@link #pending} and {@link #markDelivered} without claims.
 *
 * <pre>{@code
 * List<OutboxMessage> batch = store.outbox().claim("worker-1", 100, clock.instant(), Duration.ofMinutes(5));
 * batch.forEach(sms::send);
 * store.outbox().markDelivered(batch.stream().map(OutboxMessage::id).toList());
 * }</pre>
 */
public interface Outbox {

  /** The longest lease a claim may take. */
  Duration MAX_LEASE = Duration.ofDays(1);

  /**
   * Checks a claim's lease, as {@link #claim} does: above zero and at most {@link #MAX_LEASE}.
   *
   * @param lease the lease
   * @return the lease
   * @throws NullPointerException if lease is null
   * @throws IllegalArgumentException if it is out of range
   */
  static Duration requireLease(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero() || lease.compareTo(MAX_LEASE) > 0) {
      throw new IllegalArgumentException("lease must be above zero and at most " + MAX_LEASE + ", was " + lease);
    }
    return lease;
  }

  /**
   * Undelivered messages, oldest first: in the order they were enqueued (a unit's messages in
   * the order it enqueued them, after those of the units that committed before it began). The
   * order does not depend on {@link OutboxMessage#createdAt()} or the ids. Claimed messages are
   * listed too: this is a view, not a claim.
   *
   * @param limit the most messages, 1 to 10,000
   * @return the messages
   * @throws IllegalArgumentException if the limit is not 1 to 10,000
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Claims undelivered messages for a worker (认领), oldest first: those no one has claimed
   * and those whose last claim's lease has run out ({@code now} at or after its end), in the
   * order of {@link #pending}. They are held for the worker until {@code now + lease}: no claim
   * made before then returns them, whichever worker makes it, so two workers never hold the
   * same message while a lease runs. The claim is committed at once, outside any unit of work.
   * Workers pass instants from clocks that agree (the lease is only as exact as they are).
   *
   * @param workerId who claims, an id of {@link Keys}, for the host's diagnostics
   * @param limit the most messages, 1 to 10,000
   * @param now the current instant
   * @param lease how long the messages are held, above zero and at most {@link #MAX_LEASE}
   * @return the messages claimed, possibly none
   * @throws IllegalArgumentException if the worker id is not an id, the limit is not 1 to
   *     10,000, or the lease is out of range
   * @throws StoreException if the store fails; the messages may or may not have been claimed
   */
  List<OutboxMessage> claim(String workerId, int limit, Instant now, Duration lease);

  /**
   * Marks messages delivered, so they are not returned or claimed again; unknown ids are
   * ignored. Any worker may mark any message. A store may delete delivered messages; whether a
   * delivered message's id can be enqueued again is the store's choice.
   *
   * @param ids the message ids
   */
  void markDelivered(Collection<String> ids);
}
