package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.event;
import static org.hotline12345.persistence.tck.StoreFixtures.events;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Versions and optimistic concurrency (乐观锁): a case's version is the sequence of its last
 * event; an update names the version its writer read and fails with a conflict, writing
 * nothing, when the case has moved on; events are numbered without gaps.
 */
abstract class VersionsContract extends ContractGroup {

  VersionsContract(HotlineStoreContract contract) {
    super(contract);
  }

  @Test
  void aNewCaseIsStoredAtItsVersionWithItsEvents() {
    StoredCase registered = aCase("case-000001").version(3).build();

    insert(registered);

    assertThat(store().cases().find("case-000001")).as("the registered case").contains(registered);
    assertThat(store().cases().events("case-000001")).as("its events, by sequence").isEqualTo(eventsOf(registered));
  }

  @Test
  void anUpdateAtTheVersionReadStoresTheNewVersionAndAppendsItsEvents() {
    StoredCase registered = insert(aCase("case-000001").build());
    StoredCase dispatched = nextVersionOf(registered).status("DISPATCHED").lead("dept-gulou").version(3).build();

    store().inTransaction(uow -> {
      uow.updateCase(dispatched, 1, events("case-000001", 2, 3));
      return null;
    });

    assertThat(store().cases().find("case-000001")).as("the case after dispatch").contains(dispatched);
    assertThat(store().cases().events("case-000001")).as("its events").isEqualTo(events("case-000001", 1, 3));
  }

  @Test
  void successiveUpdatesAppendTheirEventsInOrder() {
    StoredCase current = insert(aCase("case-000001").build());
    for (int i = 0; i < 9; i++) {
      current = update(nextVersionOf(current).build());
    }

    assertThat(store().cases().find("case-000001")).map(StoredCase::version).as("the version after 9 updates").contains(10L);
    assertThat(store().cases().events("case-000001")).as("its events").isEqualTo(events("case-000001", 1, 10));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndWritesNothing() {
    StoredCase registered = insert(aCase("case-000001").build());
    StoredCase dispatched = update(nextVersionOf(registered).status("DISPATCHED").build());
    StoreSnapshot before = snapshot("case-000001");

    StoredCase staleWrite = nextVersionOf(registered).status("RETURNED").build();
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.updateCase(staleWrite, 1, List.of(event("case-000001", 2)));
      return null;
    })).as("a return written over the registered version, after the case was dispatched")
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.caseId()).as("the conflicting case").isEqualTo("case-000001");
          assertThat(e.expectedVersion()).as("the version the writer read").isEqualTo(1);
          assertThat(e.actualVersion()).as("the version stored").isEqualTo(2);
        });

    assertThat(snapshot("case-000001")).as("the store after the refused write: the dispatched case, unchanged")
        .isEqualTo(before);
    assertThat(store().cases().find("case-000001")).contains(dispatched);
  }

  @Test
  void anUpdateExpectingAVersionNotYetReachedIsAConflict() {
    insert(aCase("case-000001").version(2).build());
    StoreSnapshot before = snapshot("case-000001");

    StoredCase ahead = aCase("case-000001").version(6).build();
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.updateCase(ahead, 5, List.of(event("case-000001", 6)));
      return null;
    })).as("an update that expects version 5 of a case at version 2")
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(5);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(snapshot("case-000001")).as("the store after the refused write").isEqualTo(before);
  }

  @Test
  void anUpdateOfACaseNotStoredIsAConflictWithActualVersionMinusOne() {
    StoredCase unknown = aCase("case-000404").version(2).build();

    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.updateCase(unknown, 1, List.of(event("case-000404", 2)));
      return null;
    })).as("an update of a case that was never registered")
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.caseId()).isEqualTo("case-000404");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).as("the actual version of a case not stored").isEqualTo(-1);
        });
    assertThat(store().cases().find("case-000404")).as("the case after the refused update").isEmpty();
    assertThat(store().cases().events("case-000404")).as("its events").isEmpty();
    assertThat(wholeLog()).as("the event log").isEmpty();
  }

  /** Ways to number the first events of a case at version 3 wrongly. */
  enum BadInsertNumbering {
    NO_EVENTS(List.of()),
    STARTS_AT_TWO(events("case-000001", 2, 3)),
    GAP(List.of(event("case-000001", 1), event("case-000001", 3))),
    ENDS_BELOW_VERSION(events("case-000001", 1, 2)),
    ENDS_ABOVE_VERSION(events("case-000001", 1, 4)),
    OUT_OF_ORDER(List.of(event("case-000001", 1), event("case-000001", 3), event("case-000001", 2))),
    ANOTHER_CASES_EVENT(List.of(event("case-000001", 1), event("case-000002", 2), event("case-000001", 3)));

    final List<StoredEvent> events;

    BadInsertNumbering(List<StoredEvent> events) {
      this.events = events;
    }
  }

  @ParameterizedTest
  @EnumSource(BadInsertNumbering.class)
  void aNewCaseWhoseEventsAreNotItsOwnNumberedOneToItsVersionIsRefused(BadInsertNumbering numbering) {
    StoredCase registered = aCase("case-000001").version(3).build();

    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), numbering.events);
      return null;
    })).as("a new case at version 3 written with events " + numbering).isInstanceOf(IllegalArgumentException.class);

    assertThat(store().cases().find("case-000001")).as("the refused case").isEmpty();
    assertThat(wholeLog()).as("the event log after the refused write").isEmpty();
  }

  /** Ways to number the new events of an update from version 2 to version 4 wrongly. */
  enum BadUpdateNumbering {
    NO_EVENTS(4, List.of()),
    STARTS_AT_EXPECTED_VERSION(4, events("case-000001", 2, 4)),
    STARTS_ABOVE_NEXT(4, events("case-000001", 4, 4)),
    GAP(4, List.of(event("case-000001", 3), event("case-000001", 5))),
    ENDS_BELOW_NEW_VERSION(4, events("case-000001", 3, 3)),
    ENDS_ABOVE_NEW_VERSION(4, events("case-000001", 3, 5)),
    ANOTHER_CASES_EVENT(4, List.of(event("case-000001", 3), event("case-000002", 4))),
    NEW_VERSION_NOT_ABOVE_EXPECTED(2, List.of());

    final long newVersion;
    final List<StoredEvent> events;

    BadUpdateNumbering(long newVersion, List<StoredEvent> events) {
      this.newVersion = newVersion;
      this.events = events;
    }
  }

  @ParameterizedTest
  @EnumSource(BadUpdateNumbering.class)
  void anUpdateWhoseEventsAreNotNumberedFromTheExpectedVersionOnIsRefused(BadUpdateNumbering numbering) {
    insert(aCase("case-000001").version(2).build());
    StoreSnapshot before = snapshot("case-000001");
    StoredCase next = aCase("case-000001").status("DISPATCHED").version(numbering.newVersion).build();

    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.updateCase(next, 2, new ArrayList<>(numbering.events));
      return null;
    })).as("an update from version 2 to " + numbering.newVersion + " with events " + numbering)
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(snapshot("case-000001")).as("the store after the refused update").isEqualTo(before);
  }
}
