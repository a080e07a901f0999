package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.event;
import static org.hotline12345.persistence.tck.StoreFixtures.events;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Units of work that overlap in time, each step ordered by latches: a unit that read a version
 * another has since committed gets a conflict; of two units that wrote over the same version,
 * or wrote the same unique key, exactly one commits, whether the store makes the second wait
 * for the first (row locks) or finds the clash at commit; a unit sees nothing another has not
 * committed. Switched off with {@link StoreFeature#CONCURRENT_WRITERS}.
 */
abstract class OverlappingUnitsContract extends ContractGroup {

  private static final int ROUNDS = 10;

  OverlappingUnitsContract(HotlineStoreContract contract) {
    super(contract);
  }

  @BeforeEach
  void requiresOverlappingUnits() {
    requires(StoreFeature.CONCURRENT_WRITERS);
  }

  @Test
  void aUnitThatReadBeforeAnotherCommittedGetsAConflictAndWritesNothing() {
    StoredCase registered = insert(aCase("case-000001").build());
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch otherCommitted = new CountDownLatch(1);

    Future<Object> slowWriter = Concurrently.start(() -> store().inTransaction(uow -> {
      long versionRead = uow.findCase("case-000001").orElseThrow().version();
      read.countDown();
      Concurrently.await(otherCommitted);
      uow.updateCase(aCase("case-000001").status("SIGNED_FOR").version(versionRead + 1).build(), versionRead,
          List.of(event("case-000001", versionRead + 1)));
      return null;
    }));
    Concurrently.await(read);
    StoredCase returned = update(nextVersionOf(registered).status("RETURNED").build());
    otherCommitted.countDown();

    Concurrently.Outcome<Object> outcome = Concurrently.outcome(slowWriter);
    assertThat(outcome.failure()).as("the sign-for written over version 1 after a return committed version 2")
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store().cases().find("case-000001")).as("the case: the return, not the sign-for").contains(returned);
    assertThat(store().cases().events("case-000001")).isEqualTo(events("case-000001", 1, 2));
  }

  @Test
  void ofTwoUnitsThatWroteOverTheSameVersionExactlyOneCommits() {
    insert(aCase("case-000001").build());
    for (int round = 1; round <= ROUNDS; round++) {
      long versionRead = round;
      CountDownLatch firstWrote = new CountDownLatch(1);
      CountDownLatch secondWriting = new CountDownLatch(1);

      Future<String> first = Concurrently.start(() -> store().inTransaction(uow -> {
        writeNextVersion(uow, "signed for");
        firstWrote.countDown();
        Concurrently.await(secondWriting);
        return "signed for";
      }));
      Future<String> second = Concurrently.start(() -> {
        Concurrently.await(firstWrote);
        return store().inTransaction(uow -> {
          StoredCase read = uow.findCase("case-000001").orElseThrow();
          assertThat(read.version()).as("the version the second unit read").isEqualTo(versionRead);
          secondWriting.countDown();
          uow.updateCase(nextVersionOf(read).build(), read.version(),
              List.of(event("case-000001", read.version() + 1, "Noted", "returned")));
          return "returned";
        });
      });

      List<Concurrently.Outcome<String>> outcomes = List.of(Concurrently.outcome(first), Concurrently.outcome(second));
      assertThat(outcomes).filteredOn(Concurrently.Outcome::succeeded)
          .as("units that committed over version %d in round %d", versionRead, round).hasSize(1);
      assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
          .satisfies(o -> assertThat(o.failure()).as("the refusal of the other unit in round %d", versionRead)
              .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                assertThat(e.expectedVersion()).isEqualTo(versionRead);
                assertThat(e.actualVersion()).isEqualTo(versionRead + 1);
              }));
      String winner = outcomes.get(0).succeeded() ? outcomes.get(0).value() : outcomes.get(1).value();
      List<StoredEvent> events = store().cases().events("case-000001");
      assertThat(events).extracting(StoredEvent::sequence).as("the case's sequences after round %d", round)
          .isEqualTo(events("case-000001", 1, versionRead + 1).stream().map(StoredEvent::sequence).toList());
      assertThat(events.get(events.size() - 1).payload()).as("the event of round %d", round).isEqualTo(winner);
    }
  }

  private static void writeNextVersion(UnitOfWork uow, String note) {
    StoredCase read = uow.findCase("case-000001").orElseThrow();
    uow.updateCase(nextVersionOf(read).build(), read.version(),
        List.of(event("case-000001", read.version() + 1, "Noted", note)));
  }

  /** The unique keys, each written by two units of a round that clash on it alone. */
  enum Key {
    CASE_ID("caseId"),
    CASE_NUMBER("caseNumber"),
    INQUIRY_CODE_HASH("inquiryCodeHash"),
    INTAKE_KEY("intakeKey"),
    OUTBOX_ID("outboxId");

    final String name;

    Key(String name) {
      this.name = name;
    }

    /**
     * Registers case {@code n} of a round with a message, writing first the key the two cases of a
     * round share.
     */
    void write(UnitOfWork uow, int round, int n) {
      String shared = String.format("r%02d", round);
      String own = shared + "-" + n;
      String caseId = "case-" + (this == CASE_ID ? shared : own);
      StoredCase stored = aCase(caseId).number("HZ-" + (this == CASE_NUMBER ? shared : own))
          .inquiryCode("CODE-" + (this == INQUIRY_CODE_HASH ? shared : own)).build();
      if (this == OUTBOX_ID) {
        uow.enqueue(message("msg-" + shared, caseId));
      }
      uow.insertCase(stored, Optional.of("SMS:" + (this == INTAKE_KEY ? shared : own)), eventsOf(stored));
      if (this != OUTBOX_ID) {
        uow.enqueue(message("msg-" + own, caseId));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Key.class)
  void ofTwoUnitsThatWroteTheSameKeyExactlyOneCommits(Key key) {
    for (int round = 1; round <= ROUNDS; round++) {
      int thisRound = round;
      CountDownLatch firstWrote = new CountDownLatch(1);
      CountDownLatch secondWriting = new CountDownLatch(1);

      Future<Object> first = Concurrently.start(() -> store().inTransaction(uow -> {
        key.write(uow, thisRound, 1);
        firstWrote.countDown();
        Concurrently.await(secondWriting);
        return null;
      }));
      Future<Object> second = Concurrently.start(() -> {
        Concurrently.await(firstWrote);
        return store().inTransaction(uow -> {
          secondWriting.countDown();
          key.write(uow, thisRound, 2);
          return null;
        });
      });

      List<Concurrently.Outcome<Object>> outcomes = List.of(Concurrently.outcome(first), Concurrently.outcome(second));
      assertThat(outcomes).filteredOn(Concurrently.Outcome::succeeded)
          .as("units that committed the same %s in round %d", key.name, round).hasSize(1);
      assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
          .satisfies(o -> assertThat(o.failure()).as("the refusal of the other unit in round %d", thisRound)
              .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(key.name)));
      assertThat(loggedEvents()).as("the event log after round %d: one registration a round", round).hasSize(round);
      assertThat(allPending()).as("the outbox after round %d: one message a round", round).hasSize(round);
    }
  }

  @Test
  void uncommittedWritesAreInvisibleToOtherUnits() {
    StoredCase other = insert(aCase("case-000009").build());
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);

    Future<Object> writer = Concurrently.start(() -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
      uow.updateCase(nextVersionOf(other).status("DISPATCHED").nextAlarmAt(minutes(5)).build(), 1,
          List.of(event("case-000009", 2)));
      written.countDown();
      Concurrently.await(looked);
      return null;
    }));
    Concurrently.await(written);
    try {
      assertThat(caseIdUnder("SMS:4711")).as("the intake key, seen from another unit before commit").isEmpty();
      assertThat(findInUnit("case-000001")).as("the uncommitted case, seen from another unit").isEmpty();
      assertThat(eventsInUnit("case-000001")).as("its events, seen from another unit").isEmpty();
      assertThat(findInUnit("case-000009")).as("the case being dispatched, seen from another unit").contains(other);
      assertThat(eventsInUnit("case-000009")).as("its events, seen from another unit").isEqualTo(eventsOf(other));
    } finally {
      looked.countDown();
    }
    assertThat(Concurrently.outcome(writer).failure()).as("the writer's commit").isNull();

    assertThat(caseIdUnder("SMS:4711")).as("the intake key after commit").contains("case-000001");
    assertThat(findInUnit("case-000009")).map(StoredCase::version).as("the dispatched case after commit").contains(2L);
  }
}
