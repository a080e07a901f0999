package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/**
 * What every group of the contract shares: the store of the running test, feature checks, and
 * short ways to write and read it.
 */
abstract class ContractGroup {

  private final HotlineStoreContract contract;

  ContractGroup(HotlineStoreContract contract) {
    this.contract = contract;
  }

  /** The store of the running test, fresh and empty when the test began. */
  final HotlineStore store() {
    return contract.store();
  }

  /** Skips the running test, naming the feature, unless the store offers it. */
  final void requires(StoreFeature feature) {
    assumeTrue(contract.features().contains(feature),
        () -> "skipped: the store under test switches off " + feature + " in features()");
  }

  /**
   * Reopens the store over the same data (the test needs {@link StoreFeature#REOPEN}); {@link
   * #store()} returns the new store from then on.
   */
  final HotlineStore reopen() {
    return contract.reopen();
  }

  /** Inserts a case with its events 1 to its version and no intake key, in its own unit. */
  final StoredCase insert(StoredCase stored) {
    return insert(stored, Optional.empty());
  }

  /** Inserts a case with its events 1 to its version, in its own unit. */
  final StoredCase insert(StoredCase stored, Optional<String> intakeKey) {
    store().inTransaction(uow -> {
      uow.insertCase(stored, intakeKey, StoreFixtures.eventsOf(stored));
      return null;
    });
    return stored;
  }

  /** The case registered under an intake key, read in a unit of its own. */
  final Optional<String> caseIdUnder(String intakeKey) {
    return store().inTransaction(uow -> uow.findCaseIdByIntakeKey(intakeKey));
  }

  /** A case, read in a unit of its own. */
  final Optional<StoredCase> findInUnit(String caseId) {
    return store().inTransaction(uow -> uow.findCase(caseId));
  }

  /** A case's events, read in a unit of its own. */
  final List<StoredEvent> eventsInUnit(String caseId) {
    return store().inTransaction(uow -> uow.events(caseId));
  }

  /** Inserts every case, each in its own unit. */
  final void insertAll(List<StoredCase> cases) {
    cases.forEach(this::insert);
  }

  /** Writes the next version of a case, with one event, in its own unit. */
  final StoredCase update(StoredCase next) {
    store().inTransaction(uow -> {
      uow.updateCase(next, next.version() - 1, List.of(StoreFixtures.event(next.caseId(), next.version())));
      return null;
    });
    return next;
  }

  /** Enqueues messages in one unit, in order. */
  final void enqueue(OutboxMessage... messages) {
    store().inTransaction(uow -> {
      for (OutboxMessage message : messages) {
        uow.enqueue(message);
      }
      return null;
    });
  }

  /**
   * The events after a position, checked to be at most {@code limit}, each above the position
   * and above the one before, so that a reader loop always moves on.
   */
  final List<PositionedEvent> since(long position, int limit) {
    List<PositionedEvent> batch = store().events().since(position, limit);
    assertThat(batch.size()).as("events returned by since(%d, %d)", position, limit).isLessThanOrEqualTo(limit);
    long last = position;
    for (PositionedEvent event : batch) {
      if (event.position() <= last) {
        fail("since(%d, %d) returned an event at position %d, not above %d: positions must grow, and only"
            + " events after the position given are returned", position, limit, event.position(), last);
      }
      last = event.position();
    }
    return batch;
  }

  /** The whole event log, read on from the last position seen in batches of the largest size. */
  final List<PositionedEvent> wholeLog() {
    List<PositionedEvent> all = new ArrayList<>();
    long position = 0;
    while (true) {
      List<PositionedEvent> batch = since(position, 10_000);
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch);
      position = batch.get(batch.size() - 1).position();
    }
  }

  /** The events of the whole log, without their positions. */
  final List<StoredEvent> loggedEvents() {
    List<StoredEvent> events = new ArrayList<>();
    wholeLog().forEach(p -> events.add(p.event()));
    return events;
  }

  /** Every pending outbox message. */
  final List<OutboxMessage> allPending() {
    return store().outbox().pending(10_000);
  }

  /** What the store holds about some cases, and its whole log and outbox. */
  final StoreSnapshot snapshot(String... caseIds) {
    return StoreSnapshot.of(this, caseIds);
  }
}
