package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hotline12345.examples.jdbc.Fixtures.T0;
import static org.hotline12345.examples.jdbc.Fixtures.events;
import static org.hotline12345.examples.jdbc.Fixtures.message;
import static org.hotline12345.examples.jdbc.Fixtures.next;
import static org.hotline12345.examples.jdbc.Fixtures.registered;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredDepartment;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's own checks of what the SPI asks, run on each database by a subclass. */
abstract class JdbcStoreBehaviourTest {

  /** Text no database column takes as it is: U+0000, the escape, emoji, Chinese. */
  static final String AWKWARD = "a\u0000b\u0001c\u0002\u0001\u0000 😀 市民热线 \\ ' \" ;%_";

  JdbcHotlineStore store;

  /** Where the stores come from. */
  abstract StoreSource source();

  @BeforeEach
  void open() {
    store = source().open();
  }

  @AfterEach
  void close() {
    if (store != null) {
      source().dispose(store);
    }
  }

  @Test
  void everyTextColumnRoundTripsAnyTextItsFieldAllows() {
    StoredCase stored = registered("c1", T0).toBuilder().caseNumber("n😀市民热线\\'\";%_")
        .category("分类.0103").area("鼓楼:湖南路").leadDepartment("d-市民热线").assistingDepartments(List.of("a.b", "c_d"))
        .facts("f" + AWKWARD).build();
    StoredEvent event = new StoredEvent(stored.caseId(), 1, "case.registered", 7, T0, "P" + AWKWARD);
    store.inTransaction(unit -> {
      unit.insertCase(stored, Optional.of("k" + AWKWARD), List.of(event));
      unit.enqueue(new OutboxMessage("m.1:2_3-4", "case.registered", stored.caseId(), "p" + AWKWARD, T0));
      assertThat(unit.findCase(stored.caseId())).contains(stored);
      assertThat(unit.events(stored.caseId())).containsExactly(event);
      return null;
    });
    StoredDepartment department = new StoredDepartment("D-市民热线", "n" + AWKWARD,
        "k" + AWKWARD, Optional.of("p-市民"), true, "cal" + AWKWARD,
        List.of(AWKWARD, "", ",", "a|b", "\u0000"));
    store.departments().save(department);

    assertThat(store.cases().find(stored.caseId())).contains(stored);
    assertThat(store.cases().findByNumber(stored.caseNumber())).contains(stored);
    assertThat(store.cases().findByInquiryCodeHash(stored.inquiryCodeHash())).contains(stored);
    assertThat(store.cases().events(stored.caseId())).containsExactly(event);
    Optional<String> byIntake = store.inTransaction(unit -> unit.findCaseIdByIntakeKey("k" + AWKWARD));
    assertThat(byIntake).contains(stored.caseId());
    assertThat(store.outbox().pending(10)).singleElement()
        .satisfies(m -> assertThat(m.payload()).isEqualTo("p" + AWKWARD));
    assertThat(store.departments().find(department.id())).contains(department);
    assertThat(store.departments().all()).containsExactly(department);
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    Instant precise = Instant.parse("1969-12-31T23:59:59.123456789Z");
    StoredCase stored = registered("c1", precise).toBuilder().open(false).closedAt(precise.plusNanos(999))
        .lastEventAt(precise.plusNanos(999)).build();
    store.inTransaction(unit -> {
      unit.insertCase(stored, Optional.empty(), events("c1", 1, 1));
      return null;
    });
    StoredCase read = store.cases().find("c1").orElseThrow();
    assertThat(read.registeredAt()).isEqualTo(Instant.parse("1969-12-31T23:59:59.123456Z"));
    assertThat(read.closedAt()).contains(Instant.parse("1969-12-31T23:59:59.123457Z"));
  }

  @Test
  void eachDuplicatedKeyIsNamedAndItsValueIsNotQuoted() {
    insert(registered("c1", T0), Optional.of("intake-secret"));
    StoredCase base = registered("c2", T0);
    assertDuplicate(withKeys(registered("c1", T0), "n-new", Fixtures.hash("q-new")), Optional.empty(), "caseId");
    assertDuplicate(withKeys(base, "N-c1", base.inquiryCodeHash()), Optional.empty(), "caseNumber");
    assertDuplicate(withKeys(base, base.caseNumber(), Fixtures.hash("Q-c1")), Optional.empty(), "inquiryCodeHash");
    assertDuplicate(base, Optional.of("intake-secret"), "intakeKey");
    assertThat(store.cases().find("c2")).isEmpty();
  }

  @Test
  void aCaughtDuplicateLeavesTheUnitReadableButDoomed() {
    insert(registered("c1", T0), Optional.empty());
    AtomicReference<DuplicateKeyException> caught = new AtomicReference<>();
    Throwable thrown = catchThrowable(() -> store.inTransaction(unit -> {
      unit.insertCase(registered("c2", T0), Optional.empty(), events("c2", 1, 1));
      try {
        unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
      } catch (DuplicateKeyException e) {
        caught.set(e);
      }
      assertThat(unit.findCase("c2")).isPresent();
      return null;
    }));
    assertThat(thrown).isSameAs(caught.get());
    assertThat(store.cases().find("c2")).isEmpty();
  }

  @Test
  void aStaleVersionIsAConflictWithTheActualVersion() {
    StoredCase stored = insert(registered("c1", T0), Optional.empty());
    store.inTransaction(unit -> {
      unit.updateCase(next(stored, "DISPATCHED", 2), 1, events("c1", 2, 2));
      return null;
    });
    ConcurrencyConflictException stale = (ConcurrencyConflictException) catchThrowable(() ->
        store.inTransaction(unit -> {
          unit.updateCase(next(stored, "SIGNED", 2), 1, events("c1", 2, 2));
          return null;
        }));
    assertThat(stale.actualVersion()).isEqualTo(2);
    assertThat(stale.expectedVersion()).isEqualTo(1);
    ConcurrencyConflictException missing = (ConcurrencyConflictException) catchThrowable(() ->
        store.inTransaction(unit -> {
          unit.updateCase(next(registered("nope", T0), "SIGNED", 2), 1, events("nope", 2, 2));
          return null;
        }));
    assertThat(missing.actualVersion()).isEqualTo(-1);
    assertThat(store.cases().find("c1").orElseThrow().status()).isEqualTo("DISPATCHED");
    assertThat(store.cases().events("c1")).extracting(StoredEvent::type).containsExactly("E1", "E2");
  }

  @Test
  void anUpdateMayNotTakeAnotherCasesNumber() {
    insert(registered("c1", T0), Optional.empty());
    StoredCase second = insert(registered("c2", T0), Optional.empty());
    StoredCase clash = withKeys(next(second, "S", 2), "N-c1", second.inquiryCodeHash());
    DuplicateKeyException e = (DuplicateKeyException) catchThrowable(() -> store.inTransaction(
        unit -> {
          unit.updateCase(clash, 1, events("c2", 2, 2));
          return null;
        }));
    assertThat(e.key()).isEqualTo("caseNumber");
    assertThat(store.cases().find("c2")).contains(second);
  }

  @Test
  void aThrowingUnitWritesNothingAndItsExceptionComesBackAsItWas() {
    RuntimeException failure = new IllegalStateException("host failure");
    Throwable thrown = catchThrowable(() -> store.inTransaction(unit -> {
      unit.insertCase(registered("c1", T0, 3), Optional.of("k1"), events("c1", 1, 3));
      unit.enqueue(message("m1", "c1"));
      throw failure;
    }));
    assertThat(thrown).isSameAs(failure);
    assertThat(store.cases().find("c1")).isEmpty();
    assertThat(store.events().since(0, 10)).isEmpty();
    assertThat(store.outbox().pending(10)).isEmpty();
    insert(registered("c2", T0), Optional.empty());
    assertThat(store.events().since(0, 10)).extracting(PositionedEvent::position).containsExactly(1L);
  }

  @Test
  void aUnitOfWorkCannotBeUsedAfterItsWork() {
    UnitOfWork kept = store.inTransaction(unit -> unit);
    assertThatThrownBy(() -> kept.findCase("c1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void positionsFollowTheOrderEventsWereWrittenIn() {
    store.inTransaction(unit -> {
      unit.insertCase(registered("b", T0, 2), Optional.empty(), events("b", 1, 2));
      unit.insertCase(registered("a", T0), Optional.empty(), events("a", 1, 1));
      return null;
    });
    StoredCase b = store.cases().find("b").orElseThrow();
    store.inTransaction(unit -> {
      unit.updateCase(next(b, "S", 3), 2, events("b", 3, 3));
      return null;
    });
    List<PositionedEvent> log = store.events().since(0, 100);
    assertThat(log).extracting(PositionedEvent::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(log).extracting(p -> p.event().caseId() + p.event().sequence())
        .containsExactly("b1", "b2", "a1", "b3");
    assertThat(store.events().since(2, 1)).extracting(PositionedEvent::position).containsExactly(3L);
  }

  @Test
  void theOutboxKeepsTheEnqueueOrderAndForgetsDeliveredMessages() {
    store.inTransaction(unit -> {
      unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
      unit.enqueue(new OutboxMessage("z", "t", "c1", "{}", T0.plusSeconds(9)));
      unit.enqueue(message("a", "c1"));
      return null;
    });
    assertThat(store.outbox().pending(10)).extracting(m -> m.id()).containsExactly("z", "a");
    store.outbox().markDelivered(List.of("z", "unknown"));
    assertThat(store.outbox().pending(10)).extracting(m -> m.id()).containsExactly("a");
    DuplicateKeyException e = (DuplicateKeyException) catchThrowable(() -> store.inTransaction(
        unit -> {
          unit.enqueue(message("a", "c1"));
          return null;
        }));
    assertThat(e.key()).isEqualTo("outboxId");
  }

  @Test
  void savingADepartmentReplacesItAndItsAliases() {
    StoredDepartment first = new StoredDepartment("b", "Street B", "STREET", Optional.of("a"),
        true, "cn", List.of("B1", "B2", "B3"));
    store.departments().save(first);
    store.departments().save(new StoredDepartment("a", "District", "DISTRICT", Optional.empty(),
        true, "cn", List.of()));
    StoredDepartment second = new StoredDepartment("b", "Street B2", "STREET", Optional.empty(),
        false, "cn-sh", List.of("B9"));
    store.departments().save(second);
    assertThat(store.departments().all()).extracting(StoredDepartment::id).containsExactly("a", "b");
    assertThat(store.departments().find("b")).contains(second);
    assertThat(store.departments().find("zz")).isEmpty();
  }

  @Test
  void largePayloadsRoundTrip() {
    String payload = "市".repeat(4 * 1024 * 1024) + "\u0000";
    store.inTransaction(unit -> {
      unit.insertCase(registered("c1", T0), Optional.empty(),
          List.of(new StoredEvent("c1", 1, "Big", 1, T0, payload)));
      return null;
    });
    assertThat(store.cases().events("c1").get(0).payload()).isEqualTo(payload);
  }

  @Test
  void aDestroyedDataKeyLeavesNoRowBehind() {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) 0x5A);
    store.inTransaction(unit -> {
      unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
      unit.insertCaseKey("c1", key);
      return null;
    });
    assertThat(rowsOfCaseKeys()).as("rows of case_keys once the key is stored").isEqualTo(1);

    store.inTransaction(unit -> unit.destroyCaseKey("c1"));

    assertThat(rowsOfCaseKeys()).as("rows of case_keys once the key is destroyed: deleted, not flagged").isZero();
  }

  private long rowsOfCaseKeys() {
    return store.database().read("count keys", c -> {
      try (var statement = c.createStatement(); var row = statement.executeQuery("SELECT count(*) FROM case_keys")) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  @Test
  void failuresOfTheDatabaseBecomeStoreExceptions() {
    JdbcHotlineStore closed = source().open();
    source().dispose(closed);
    assertThatThrownBy(() -> closed.cases().find("c1"))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessageContaining("find a case");
    assertThatThrownBy(() -> closed.inTransaction(unit -> null))
        .isExactlyInstanceOf(StoreException.class);
  }

  private StoredCase insert(StoredCase stored, Optional<String> intakeKey) {
    store.inTransaction(unit -> {
      unit.insertCase(stored, intakeKey, events(stored.caseId(), 1, stored.version()));
      return null;
    });
    return stored;
  }

  private void assertDuplicate(StoredCase stored, Optional<String> intakeKey, String key) {
    Throwable thrown = catchThrowable(() -> insert(stored, intakeKey));
    assertThat(thrown).isInstanceOf(DuplicateKeyException.class)
        .hasMessageNotContaining(Fixtures.hash("Q-c1")).hasMessageNotContaining("intake-secret");
    assertThat(((DuplicateKeyException) thrown).key()).isEqualTo(key);
    assertThat(thrown).isInstanceOf(StoreException.class);
  }

  private static StoredCase withKeys(StoredCase stored, String caseNumber, String inquiryCodeHash) {
    return stored.toBuilder().caseNumber(caseNumber).inquiryCodeHash(inquiryCodeHash).build();
  }
}
