package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a case's append-only log.
 *
 * @param caseId the case
 * @param sequence its place in the case's log, from 1, without gaps
 * @param type the kind of event, for example {@code Dispatched}
 * @param occurredAt when it happened
 * @param payload the event's data as text (JSON written by the core); any length
 */
public record StoredEvent(String caseId, long sequence, String type, Instant occurredAt, String payload) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public StoredEvent {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
    }
  }

  /**
   * The event's case, sequence, type and instant, never its payload (which holds personal
   * data); control characters escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StoredEvent[caseId=" + Printable.escape(caseId) + ", sequence=" + sequence + ", type="
        + Printable.escape(type) + ", occurredAt=" + occurredAt + ", payload=" + payload.length() + " chars]";
  }
}
