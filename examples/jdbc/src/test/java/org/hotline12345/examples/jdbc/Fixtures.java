package org.hotline12345.examples.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/** Cases, events and messages for the adapter's own tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2024-09-30T02:00:00Z");

  private Fixtures() {}

  /** A registered, open case at version 1 with keys derived from its id. */
  static StoredCase registered(String caseId, Instant registeredAt) {
    return registered(caseId, registeredAt, 1);
  }

  /** A registered, open case at a version with keys derived from its id. */
  static StoredCase registered(String caseId, Instant registeredAt, long version) {
    return StoredCase.builder().caseId(caseId).caseNumber("N-" + caseId).inquiryCodeHash(hash("Q-" + caseId))
        .status("REGISTERED").open(true).appealType("COMPLAINT").channel("PHONE")
        .registeredAt(registeredAt).lastEventAt(registeredAt).version(version).build();
  }

  /** A stand-in for an inquiry code hash: the seed padded to 40 characters. */
  static String hash(String seed) {
    return (seed + "-" + "0".repeat(40)).substring(0, 40);
  }

  /** The case at a new version and status, with other fields kept. */
  static StoredCase next(StoredCase stored, String status, long version) {
    return stored.toBuilder().status(status).version(version).build();
  }

  /** Events {@code from} to {@code to} of a case. */
  static List<StoredEvent> events(String caseId, long from, long to) {
    List<StoredEvent> events = new ArrayList<>();
    for (long sequence = from; sequence <= to; sequence++) {
      events.add(new StoredEvent(caseId, sequence, "E" + sequence, 1, T0.plusSeconds(sequence),
          "{\"sequence\":" + sequence + "}"));
    }
    return events;
  }

  static OutboxMessage message(String id, String caseId) {
    return new OutboxMessage(id, "case.registered", caseId, "{}", T0);
  }
}
