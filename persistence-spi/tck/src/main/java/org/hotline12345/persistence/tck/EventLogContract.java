package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.event;
import static org.hotline12345.persistence.tck.StoreFixtures.events;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The global event log: every committed event once, at strictly increasing positions in commit
 * order; {@code since(p)} returns only what follows p; the events of a unit that rolled back
 * never appear; a reader that follows the log during concurrent commits misses nothing.
 */
abstract class EventLogContract extends ContractGroup {

  EventLogContract(HotlineStoreContract contract) {
    super(contract);
  }

  @Test
  void eventsAppearInCommitOrderAtIncreasingPositions() {
    StoredCase first = insert(aCase("case-000001").version(2).build());
    insert(aCase("case-000002").build());
    update(nextVersionOf(first).status("DISPATCHED").build());

    List<PositionedEvent> log = wholeLog();

    assertThat(log).extracting(PositionedEvent::event).as("the log, in commit order").containsExactly(
        event("case-000001", 1), event("case-000001", 2), event("case-000002", 1), event("case-000001", 3));
    assertStrictlyIncreasing(log);
  }

  @Test
  void aUnitsEventsTakePositionsInTheOrderItWroteThem() {
    store().inTransaction(uow -> {
      StoredCase a = aCase("case-000001").version(2).build();
      uow.insertCase(a, Optional.empty(), eventsOf(a));
      StoredCase b = aCase("case-000002").build();
      uow.insertCase(b, Optional.empty(), eventsOf(b));
      uow.updateCase(nextVersionOf(a).build(), 2, List.of(event("case-000001", 3)));
      return null;
    });

    assertThat(loggedEvents()).as("the log of one unit").containsExactly(
        event("case-000001", 1), event("case-000001", 2), event("case-000002", 1), event("case-000001", 3));
  }

  @Test
  void sinceReturnsOnlyTheEventsAfterAPositionInOrder() {
    for (int i = 1; i <= 6; i++) {
      insert(aCase(caseId(i)).version(2).build());
    }
    List<PositionedEvent> log = wholeLog();
    assertThat(log).as("the whole log").hasSize(12);

    for (int i = 0; i < log.size(); i++) {
      long position = log.get(i).position();
      assertThat(since(position, 10_000)).as("the log after position %d", position)
          .isEqualTo(log.subList(i + 1, log.size()));
    }
    assertThat(store().events().since(log.get(log.size() - 1).position() + 1000, 10)).as("the log far past its end")
        .isEmpty();
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void readingOnFromTheLastPositionSeenYieldsEveryEventOnce(int limit) {
    for (int i = 1; i <= 9; i++) {
      insert(aCase(caseId(i)).version(i % 3 + 1).build());
    }
    List<PositionedEvent> whole = since(0, 10_000);

    List<PositionedEvent> read = new ArrayList<>();
    long position = 0;
    while (true) {
      List<PositionedEvent> batch = since(position, limit);
      if (batch.isEmpty()) {
        break;
      }
      read.addAll(batch);
      position = batch.get(batch.size() - 1).position();
    }

    assertThat(read).as("the log read in batches of %d", limit).isEqualTo(whole);
    assertThat(whole).as("the whole log").hasSize(18);
  }

  @Test
  void theEventsOfAUnitThatRolledBackNeverAppear() {
    StoredCase first = insert(aCase("case-000001").build());
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      StoredCase abandoned = aCase("case-000002").version(2).build();
      uow.insertCase(abandoned, Optional.empty(), eventsOf(abandoned));
      uow.updateCase(nextVersionOf(first).build(), 1, List.of(event("case-000001", 2)));
      throw new IllegalStateException("abandoned");
    })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> update(aCase("case-000001").version(5).build()))
        .isInstanceOf(ConcurrencyConflictException.class);
    insert(aCase("case-000003").build());

    List<PositionedEvent> log = wholeLog();
    assertThat(log).extracting(PositionedEvent::event).as("the log after a rollback and a conflict")
        .containsExactly(event("case-000001", 1), event("case-000003", 1));
    assertStrictlyIncreasing(log);
  }

  @Test
  void positionsAndLimitsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> store().events().since(-1, 10)).as("a negative position")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().events().since(0, 0)).as("a limit of 0").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().events().since(0, 10_001)).as("a limit of 10,001")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().events().since(0, 10_000)).as("a limit of 10,000 on an empty log").isEmpty();
  }

  @Test
  void aReaderFollowingTheLogDuringConcurrentCommitsSeesEveryEventExactlyOnce() {
    requires(StoreFeature.CONCURRENT_WRITERS);
    int writers = 4;
    int casesPerWriter = 30;
    AtomicBoolean writing = new AtomicBoolean(true);

    Future<List<PositionedEvent>> reader = Concurrently.start(() -> {
      List<PositionedEvent> seen = new ArrayList<>();
      long position = 0;
      boolean lastRound = false;
      while (true) {
        boolean writersDone = !writing.get();
        List<PositionedEvent> batch = since(position, 7);
        for (PositionedEvent p : batch) {
          position = p.position();
          seen.add(p);
        }
        if (batch.isEmpty()) {
          if (lastRound) {
            return seen;
          }
          lastRound = writersDone;
          Thread.onSpinWait();
        }
      }
    });
    List<Concurrently.Outcome<Object>> outcomes;
    try {
      outcomes = Concurrently.run(writers, writer -> {
        for (int i = 0; i < casesPerWriter; i++) {
          StoredCase registered = aCase(caseId(writer * 1000 + i)).version(1 + i % 2).build();
          store().inTransaction(uow -> {
            uow.insertCase(registered, Optional.empty(), eventsOf(registered));
            return null;
          });
        }
        return null;
      });
    } finally {
      writing.set(false);
    }

    assertThat(outcomes).as("every writer finished").allMatch(Concurrently.Outcome::succeeded);
    Concurrently.Outcome<List<PositionedEvent>> followed = Concurrently.outcome(reader);
    assertThat(followed.failure()).as("the following reader").isNull();
    List<PositionedEvent> whole = wholeLog();
    Set<String> distinct = new HashSet<>();
    whole.forEach(p -> distinct.add(p.event().caseId() + "#" + p.event().sequence()));
    int expected = writers * (casesPerWriter / 2) * 3;
    assertThat(whole).as("the whole log after the concurrent commits").hasSize(expected);
    assertThat(distinct).as("distinct events in the log").hasSize(expected);
    assertThat(followed.value()).as("what a reader following the log saw: every event, none skipped").isEqualTo(whole);
    for (int writer = 0; writer < writers; writer++) {
      StoredCase twoEvents = aCase(caseId(writer * 1000 + 1)).version(2).build();
      assertThat(store().cases().events(twoEvents.caseId())).isEqualTo(events(twoEvents.caseId(), 1, 2));
    }
  }

  private static void assertStrictlyIncreasing(List<PositionedEvent> log) {
    for (int i = 1; i < log.size(); i++) {
      assertThat(log.get(i).position()).as("the position of log entry %d", i)
          .isGreaterThan(log.get(i - 1).position());
    }
  }
}
