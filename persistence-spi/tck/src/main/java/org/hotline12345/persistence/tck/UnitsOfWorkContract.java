package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.event;
import static org.hotline12345.persistence.tck.StoreFixtures.events;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.hashOf;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Units of work (事务): all of a unit's writes commit together or none does; whatever the work
 * throws is rethrown as the same instance; a unit reads its own writes; no one else sees them
 * before commit; a write refused with a store exception dooms the unit.
 */
abstract class UnitsOfWorkContract extends ContractGroup {

  UnitsOfWorkContract(HotlineStoreContract contract) {
    super(contract);
  }

  /** An error, not an exception, thrown by work: a unit must roll back on it too. */
  static final class WorkAbortedError extends Error {
    private static final long serialVersionUID = 1L;

    WorkAbortedError() {
      super("work aborted by an error");
    }
  }

  @Test
  void theWorksResultIsReturnedAndAllItsWritesCommitTogether() {
    StoredCase other = insert(aCase("case-000009").build());

    String result = store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:1"), eventsOf(registered));
      uow.updateCase(nextVersionOf(other).status("DISPATCHED").build(), 1, List.of(event("case-000009", 2)));
      uow.enqueue(message("msg-1", "case-000001"));
      uow.enqueue(message("msg-2", "case-000009"));
      return "registered and dispatched";
    });

    assertThat(result).as("what the work returned").isEqualTo("registered and dispatched");
    assertThat(store().cases().find("case-000001")).as("the registered case").isPresent();
    assertThat(store().cases().find("case-000009")).map(StoredCase::version).as("the dispatched case").contains(2L);
    assertThat(allPending()).extracting(m -> m.id()).as("the pending messages").containsExactly("msg-1", "msg-2");
  }

  @Test
  void anExceptionThrownByTheWorkLeavesNothingBehindAndIsRethrownAsItIs() {
    StoredCase other = insert(aCase("case-000009").build());
    StoreSnapshot before = snapshot("case-000001", "case-000009");
    IllegalStateException refusal = new IllegalStateException("dispatch refused by the work");

    Throwable thrown = catchThrowable(() -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
      uow.enqueue(message("msg-1", "case-000001"));
      uow.updateCase(nextVersionOf(other).status("DISPATCHED").build(), 1, List.of(event("case-000009", 2)));
      throw refusal;
    }));

    assertThat(thrown).as("what inTransaction threw").isSameAs(refusal);
    assertRolledBack(before);
  }

  @Test
  void aStoreExceptionThrownByTheWorkIsRethrownAsItIs() {
    StoreSnapshot before = snapshot("case-000001");
    StoreException failure = new StoreException("the work gave up");

    Throwable thrown = catchThrowable(() -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      throw failure;
    }));

    assertThat(thrown).as("what inTransaction threw").isSameAs(failure);
    assertThat(snapshot("case-000001")).as("the store after the failed unit").isEqualTo(before);
  }

  @Test
  void anErrorThrownByTheWorkAlsoLeavesNothingBehind() {
    StoredCase other = insert(aCase("case-000009").build());
    StoreSnapshot before = snapshot("case-000001", "case-000009");
    WorkAbortedError error = new WorkAbortedError();

    Throwable thrown = catchThrowable(() -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
      uow.enqueue(message("msg-1", "case-000001"));
      uow.updateCase(nextVersionOf(other).status("DISPATCHED").build(), 1, List.of(event("case-000009", 2)));
      throw error;
    }));

    assertThat(thrown).as("what inTransaction threw").isSameAs(error);
    assertRolledBack(before);
  }

  private void assertRolledBack(StoreSnapshot before) {
    assertThat(snapshot("case-000001", "case-000009")).as("the store after the failed unit").isEqualTo(before);
    assertThat(store().cases().findByNumber("N-case-000001")).as("the new case, by number").isEmpty();
    assertThat(store().cases().findByInquiryCodeHash(hashOf("Q-case-000001"))).as("the new case, by inquiry code").isEmpty();
    assertThat(caseIdUnder("SMS:4711")).as("its intake key").isEmpty();
    assertThat(allPending()).as("the outbox").isEmpty();
    assertThat(store().cases().find("case-000009")).map(StoredCase::version).as("the other case").contains(1L);
  }

  @Test
  void aUnitReadsItsOwnWrites() {
    insert(aCase("case-000009").build());

    store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:1"), eventsOf(registered));
      assertThat(uow.findCase("case-000001")).as("the new case, read in its unit").contains(registered);
      assertThat(uow.events("case-000001")).as("its events, read in its unit").isEqualTo(eventsOf(registered));
      assertThat(uow.findCaseIdByIntakeKey("SMS:1")).as("its intake key, read in its unit").contains("case-000001");

      StoredCase accepted = nextVersionOf(registered).status("ACCEPTED").build();
      uow.updateCase(accepted, 1, List.of(event("case-000001", 2)));
      assertThat(uow.findCase("case-000001")).as("the case after its update in the unit").contains(accepted);
      assertThat(uow.events("case-000001")).isEqualTo(events("case-000001", 1, 2));

      StoredCase other = uow.findCase("case-000009").orElseThrow();
      StoredCase dispatched = nextVersionOf(other).status("DISPATCHED").version(3).build();
      uow.updateCase(dispatched, 1, events("case-000009", 2, 3));
      assertThat(uow.findCase("case-000009")).as("a committed case after its update in the unit").contains(dispatched);
      assertThat(uow.events("case-000009")).as("its committed and new events").isEqualTo(events("case-000009", 1, 3));
      return null;
    });

    assertThat(store().cases().find("case-000001")).map(StoredCase::version).contains(2L);
    assertThat(store().cases().events("case-000009")).isEqualTo(events("case-000009", 1, 3));
  }

  @Test
  void uncommittedWritesAreInvisibleToQueriesUntilCommit() {
    StoredCase other = insert(aCase("case-000009").nextAlarmAt(minutes(60)).build());
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);
    StoredCase registered = aCase("case-000001").status("REGISTERED").nextAlarmAt(minutes(30)).build();
    StoredCase dispatched = nextVersionOf(other).status("DISPATCHED").build();

    Future<Object> writer = Concurrently.start(() -> store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
      uow.updateCase(dispatched, 1, List.of(event("case-000009", 2)));
      uow.enqueue(message("msg-1", "case-000001"));
      written.countDown();
      Concurrently.await(looked);
      return null;
    }));
    Concurrently.await(written);
    try {
      assertThat(store().cases().find("case-000001")).as("the uncommitted case, by id").isEmpty();
      assertThat(store().cases().findByNumber("N-case-000001")).as("the uncommitted case, by number").isEmpty();
      assertThat(store().cases().findByInquiryCodeHash(hashOf("Q-case-000001"))).as("the uncommitted case, by code").isEmpty();
      assertThat(store().cases().events("case-000001")).as("the uncommitted case's events").isEmpty();
      assertThat(store().cases().find("case-000009")).as("the case being dispatched, before commit").contains(other);
      assertThat(store().cases().events("case-000009")).as("its events before commit").isEqualTo(eventsOf(other));
      assertThat(store().cases().byStatus(Set.of("REGISTERED", "DISPATCHED"), Optional.empty(), PageRequest.first(10))
          .items()).as("cases by status before commit").containsExactly(other);
      assertThat(store().cases().dueBefore(minutes(120), PageRequest.first(10)).items())
          .as("the sweep before commit").containsExactly(other);
      assertThat(loggedEvents()).as("the event log before commit").isEqualTo(eventsOf(other));
      assertThat(allPending()).as("the outbox before commit").isEmpty();
    } finally {
      looked.countDown();
    }
    assertThat(Concurrently.outcome(writer).failure()).as("the writer's commit").isNull();

    assertThat(store().cases().find("case-000001")).as("the case after commit").contains(registered);
    assertThat(store().cases().find("case-000009")).as("the other case after commit").contains(dispatched);
    assertThat(allPending()).as("the outbox after commit").containsExactly(message("msg-1", "case-000001"));
    assertThat(loggedEvents()).extracting(StoredEvent::caseId).as("the event log after commit")
        .containsExactly("case-000009", "case-000001", "case-000009");
  }

  @Test
  void aDuplicateCaughtByTheWorkStillDoomsTheUnit() {
    insert(aCase("case-000009").number("HZ-9").build());
    StoreSnapshot before = snapshot("case-000001", "case-000002", "case-000009");
    DuplicateKeyException[] caught = new DuplicateKeyException[1];

    Throwable thrown = catchThrowable(() -> store().inTransaction(uow -> {
      StoredCase first = aCase("case-000001").build();
      uow.insertCase(first, Optional.empty(), eventsOf(first));
      try {
        StoredCase clash = aCase("case-000002").number("HZ-9").build();
        uow.insertCase(clash, Optional.empty(), eventsOf(clash));
      } catch (DuplicateKeyException e) {
        caught[0] = e;
      }
      return "carried on";
    }));

    assertThat(caught[0]).as("the duplicate the work caught").isNotNull();
    assertThat(thrown).as("what inTransaction threw after the work carried on").isSameAs(caught[0]);
    assertThat(snapshot("case-000001", "case-000002", "case-000009")).as("the store after the doomed unit")
        .isEqualTo(before);
  }

  @Test
  void aConflictCaughtByTheWorkStillDoomsTheUnit() {
    insert(aCase("case-000009").version(2).build());
    StoreSnapshot before = snapshot("case-000001", "case-000009");
    ConcurrencyConflictException[] caught = new ConcurrencyConflictException[1];

    Throwable thrown = catchThrowable(() -> store().inTransaction(uow -> {
      StoredCase first = aCase("case-000001").build();
      uow.insertCase(first, Optional.empty(), eventsOf(first));
      try {
        uow.updateCase(aCase("case-000009").version(2).build(), 1, List.of(event("case-000009", 2)));
      } catch (ConcurrencyConflictException e) {
        caught[0] = e;
      }
      return "carried on";
    }));

    assertThat(caught[0]).as("the conflict the work caught").isNotNull();
    assertThat(thrown).as("what inTransaction threw after the work carried on").isSameAs(caught[0]);
    assertThat(snapshot("case-000001", "case-000009")).as("the store after the doomed unit").isEqualTo(before);
  }

  @Test
  void aWriteRefusedForItsArgumentsWritesNothingAndTheUnitCarriesOn() {
    store().inTransaction(uow -> {
      StoredCase first = aCase("case-000001").build();
      uow.insertCase(first, Optional.empty(), eventsOf(first));
      StoredCase badlyNumbered = aCase("case-000002").version(2).build();
      assertThatThrownBy(() -> uow.insertCase(badlyNumbered, Optional.empty(), List.of(event("case-000002", 2))))
          .as("a new case whose events skip sequence 1").isInstanceOf(IllegalArgumentException.class);
      return null;
    });

    assertThat(store().cases().find("case-000001")).as("the case written before the refused write").isPresent();
    assertThat(store().cases().find("case-000002")).as("the refused case").isEmpty();
    assertThat(loggedEvents()).extracting(StoredEvent::caseId).containsExactly("case-000001");
  }
}
