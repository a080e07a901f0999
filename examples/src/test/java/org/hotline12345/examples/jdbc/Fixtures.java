package org.hotline12345.examples.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    return new StoredCase(caseId, "N-" + caseId, "Q-" + caseId, "REGISTERED", true,
        Optional.empty(), Optional.empty(), Optional.empty(), registeredAt, Optional.empty(),
        version);
  }

  /** The case at a new version and status, with other fields kept. */
  static StoredCase next(StoredCase stored, String status, long version) {
    return new StoredCase(stored.caseId(), stored.caseNumber(), stored.inquiryCode(), status,
        stored.open(), stored.leadDepartment(), stored.nextDeadline(), stored.resolutionDueAt(),
        stored.registeredAt(), stored.closedAt(), version);
  }

  /** Events {@code from} to {@code to} of a case. */
  static List<StoredEvent> events(String caseId, long from, long to) {
    List<StoredEvent> events = new ArrayList<>();
    for (long sequence = from; sequence <= to; sequence++) {
      events.add(new StoredEvent(caseId, sequence, "E" + sequence, T0.plusSeconds(sequence),
          "{\"sequence\":" + sequence + "}"));
    }
    return events;
  }

  static OutboxMessage message(String id, String caseId) {
    return new OutboxMessage(id, "case.registered", caseId, "{}", T0);
  }
}
