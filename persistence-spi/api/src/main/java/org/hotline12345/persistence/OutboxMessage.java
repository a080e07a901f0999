package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * A message for the host to deliver after commit (发件箱), such as an SMS telling the citizen
 * the case number: written in the same unit of work as the case, so that it exists exactly
 * when the change does. The payload holds no personal data; the host looks the citizen up.
 *
 * @param id the message id, unique
 * @param topic what it is about, for example {@code case.registered}
 * @param caseId the case it concerns
 * @param payload the message data as text
 * @param createdAt when it was written
 */
public record OutboxMessage(String id, String topic, String caseId, String payload, Instant createdAt) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The message's id, topic, case and instant, and the length of its payload, never the
   * payload itself; control characters escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "OutboxMessage[id=" + Printable.escape(id) + ", topic=" + Printable.escape(topic) + ", caseId="
        + Printable.escape(caseId) + ", createdAt=" + createdAt + ", payload=" + payload.length() + " chars]";
  }
}
