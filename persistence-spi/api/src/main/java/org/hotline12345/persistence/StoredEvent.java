package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a case's append-only log (事件): an envelope the store indexes (case, sequence,
 * kind, schema version, instant) around a payload it keeps as opaque text.
 *
 * <p>A small record rather than a builder, on purpose: the envelope is fixed, and what events
 * carry evolves inside the payload, announced by {@link #schemaVersion()}. A new field of an
 * event kind is a new schema version of its payload, never a new column.
 *
 * @param caseId the case: an id of {@link Keys}
 * @param sequence its place in the case's log, from 1, without gaps
 * @param type the kind of event, a stable wire name that never comes from a Java class name,
 *     for example {@code case.dispatched}: an id of {@link Keys}
 * @param schemaVersion the version of the payload's schema for this kind, 1 or more
 * @param occurredAt when it happened
 * @param payload the event's data as text (JSON written by the core); well-formed text of any
 *     length, empty included
 */
public record StoredEvent(String caseId, long sequence, String type, int schemaVersion, Instant occurredAt,
    String payload) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the case id or type is not an id, the sequence or the
   *     schema version is below 1, or the payload holds an unpaired surrogate
   */
  public StoredEvent {
    Keys.requireId("caseId", caseId);
    Keys.requireId("type", type);
    Objects.requireNonNull(occurredAt, "occurredAt");
    Keys.requireWellFormed("payload", payload);
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion must be 1 or more, was " + schemaVersion);
    }
  }

  /**
   * The event's case, sequence, type, schema version and instant, never its payload (which
   * holds personal data).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StoredEvent[caseId=" + caseId + ", sequence=" + sequence + ", type=" + type + ", schemaVersion="
        + schemaVersion + ", occurredAt=" + occurredAt + ", payload=" + payload.length() + " chars]";
  }
}
