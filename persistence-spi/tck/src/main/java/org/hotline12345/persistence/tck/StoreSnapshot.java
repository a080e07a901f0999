package org.hotline12345.persistence.tck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/**
 * What a store holds about some cases, with its whole event log and pending outbox: equal
 * before and after a write that must write nothing.
 *
 * @param cases each case by id, or empty
 * @param events each case's events by id
 * @param log the whole event log
 * @param pending every pending outbox message
 */
record StoreSnapshot(Map<String, Optional<StoredCase>> cases, Map<String, List<StoredEvent>> events,
    List<PositionedEvent> log, List<OutboxMessage> pending) {

  static StoreSnapshot of(ContractGroup group, String... caseIds) {
    Map<String, Optional<StoredCase>> cases = new LinkedHashMap<>();
    Map<String, List<StoredEvent>> events = new LinkedHashMap<>();
    for (String caseId : caseIds) {
      cases.put(caseId, group.store().cases().find(caseId));
      events.put(caseId, group.store().cases().events(caseId));
    }
    return new StoreSnapshot(cases, events, group.wholeLog(), group.allPending());
  }
}
