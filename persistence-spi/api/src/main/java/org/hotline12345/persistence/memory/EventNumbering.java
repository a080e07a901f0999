package org.hotline12345.persistence.memory;

import java.util.List;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/** The rule every write of events follows: the case's own events, numbered without gaps. */
final class EventNumbering {

  private EventNumbering() {}

  /**
   * Checks that the events are the case's and numbered from {@code first} to its version.
   *
   * @param stored the case at its new version
   * @param events the events written with it
   * @param first the sequence the first event must have
   * @throws IllegalArgumentException naming the rule broken
   */
  static void check(StoredCase stored, List<StoredEvent> events, long first) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a write of case " + stored.caseId()
          + " must carry its events " + first + " to " + stored.version() + "; none were given");
    }
    long expectedCount = stored.version() - first + 1;
    for (int i = 0; i < events.size(); i++) {
      StoredEvent event = events.get(i);
      if (!event.caseId().equals(stored.caseId())) {
        throw new IllegalArgumentException("event " + event.sequence() + " belongs to case "
            + event.caseId() + ", not to case " + stored.caseId() + " being written");
      }
      if (event.sequence() != first + i) {
        throw new IllegalArgumentException("the events of case " + stored.caseId()
            + " must be numbered " + first + " to " + stored.version() + " without gaps; event "
            + (i + 1) + " of the write has sequence " + event.sequence() + ", not " + (first + i));
      }
    }
    if (events.size() != expectedCount) {
      throw new IllegalArgumentException("the events of case " + stored.caseId() + " must be numbered "
          + first + " to its version " + stored.version() + "; the write ends at "
          + events.get(events.size() - 1).sequence());
    }
  }
}
