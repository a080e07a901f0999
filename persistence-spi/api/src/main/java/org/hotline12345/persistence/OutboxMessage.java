package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * A message for the host to deliver after commit (发件箱), such as an SMS telling the citizen
 * the case number: written in the same unit of work as the case, so that it exists exactly
 * when the change does. The payload holds no personal data; the host looks the citizen up.
 *
 * @param id the message id, unique: 1 to 128 characters of the id alphabet of {@link Keys}
 * @param topic what it is about, for example {@code case.registered}: an id
 * @param caseId the case it concerns: an id
 * @param payload the message data as well-formed text, of any length
 * @param createdAt when it was written
 */
public record OutboxMessage(String id, String topic, String caseId, String payload, Instant createdAt) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id, topic or case id breaks its alphabet or length,
   *     or the payload holds an unpaired surrogate
   */
  public OutboxMessage {
    Keys.requireId("id", id, 1, Keys.MAX_MESSAGE_ID_LENGTH);
    Keys.requireId("topic", topic);
    Keys.requireId("caseId", caseId);
    Keys.requireWellFormed("payload", payload);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The message's id, topic, case and instant, and the length of its payload, never the
   * payload itself.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "OutboxMessage[id=" + id + ", topic=" + topic + ", caseId=" + caseId + ", createdAt=" + createdAt
        + ", payload=" + payload.length() + " chars]";
  }
}
