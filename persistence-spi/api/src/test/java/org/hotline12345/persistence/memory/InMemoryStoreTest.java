package org.hotline12345.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory store does beyond the conformance kit (which it passes in the kit's own
 * build): checks at commit that a store with row locks would make by waiting, cursors it can
 * tell apart, keys handed between cases of one unit, contiguous log positions, and messages
 * without secrets.
 */
class InMemoryStoreTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");

  private final InMemoryStore store = new InMemoryStore();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** A fake inquiry code hash of the right shape, unique per seed. */
  private static String hash(String seed) {
    return (seed + "-" + "0".repeat(40)).substring(0, 40);
  }

  private static StoredCase aCase(String id, long version) {
    return StoredCase.builder().caseId(id).caseNumber("N-" + id).inquiryCodeHash(hash("Q-" + id))
        .status("REGISTERED").open(true).appealType("COMPLAINT").channel("PHONE")
        .registeredAt(T0).lastEventAt(T0).version(version).build();
  }

  private static StoredCase withKeys(StoredCase c, String number, String code, long version) {
    return c.toBuilder().caseNumber(number).inquiryCodeHash(hash(code)).version(version).build();
  }

  private static List<StoredEvent> events(String id, long from, long to) {
    List<StoredEvent> events = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      events.add(new StoredEvent(id, s, "Noted", 1, T0, "{}"));
    }
    return events;
  }

  private void insert(StoredCase c, Optional<String> intakeKey) {
    store.inTransaction(uow -> {
      uow.insertCase(c, intakeKey, events(c.caseId(), 1, c.version()));
      return null;
    });
  }

  /** Runs work in a unit on another thread that stops, after the work, until released. */
  private Future<Object> heldOpen(java.util.function.Consumer<UnitOfWork> work, CountDownLatch wrote,
      CountDownLatch release) {
    return pool.submit(() -> store.inTransaction(uow -> {
      work.accept(uow);
      wrote.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
  }

  private static Throwable failureOf(Future<Object> future) throws Exception {
    try {
      future.get(30, TimeUnit.SECONDS);
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }

  @Test
  void aWriteThatPassedItsCheckIsRefusedAtCommitWhenAnotherUnitCommittedTheVersionFirst() throws Exception {
    insert(aCase("case-1", 1), Optional.empty());
    CountDownLatch wrote = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    Future<Object> slow = heldOpen(uow -> uow.updateCase(aCase("case-1", 2), 1, events("case-1", 2, 2)), wrote, release);
    assertThat(wrote.await(30, TimeUnit.SECONDS)).isTrue();
    store.inTransaction(uow -> {
      uow.updateCase(aCase("case-1", 2), 1, events("case-1", 2, 2));
      return null;
    });
    release.countDown();

    assertThat(failureOf(slow)).as("the unit that wrote version 2 first but committed second")
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.cases().events("case-1")).hasSize(2);
  }

  @Test
  void aKeyThatPassedItsCheckIsRefusedAtCommitWhenAnotherUnitCommittedItFirst() throws Exception {
    CountDownLatch wrote = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    Future<Object> slow = heldOpen(uow -> uow.insertCase(aCase("case-1", 1), Optional.of("SMS:1"),
        events("case-1", 1, 1)), wrote, release);
    assertThat(wrote.await(30, TimeUnit.SECONDS)).isTrue();
    insert(aCase("case-2", 1), Optional.of("SMS:1"));
    release.countDown();

    assertThat(failureOf(slow)).as("the unit that wrote the intake key first but committed second")
        .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("intakeKey"));
    assertThat(store.cases().find("case-1")).isEmpty();
    Optional<String> holder = store.inTransaction(uow -> uow.findCaseIdByIntakeKey("SMS:1"));
    assertThat(holder).contains("case-2");
  }

  @Test
  void casesOfOneUnitCanHandTheirNumbersToEachOther() {
    insert(aCase("case-a", 1), Optional.empty());
    insert(aCase("case-b", 1), Optional.empty());

    store.inTransaction(uow -> {
      uow.updateCase(withKeys(aCase("case-a", 1), "SPARE", "Q-case-a", 2), 1, events("case-a", 2, 2));
      uow.updateCase(withKeys(aCase("case-b", 1), "N-case-a", "Q-case-b", 2), 1, events("case-b", 2, 2));
      uow.updateCase(withKeys(aCase("case-a", 1), "N-case-b", "Q-case-a", 3), 2, events("case-a", 3, 3));
      return null;
    });

    assertThat(store.cases().findByNumber("N-case-a")).map(StoredCase::caseId).contains("case-b");
    assertThat(store.cases().findByNumber("N-case-b")).map(StoredCase::caseId).contains("case-a");
    assertThat(store.cases().findByNumber("SPARE")).isEmpty();
  }

  @Test
  void aUnitOfWorkCannotBeUsedAfterItsWorkReturned() {
    UnitOfWork kept = store.inTransaction(uow -> uow);

    assertThatThrownBy(() -> kept.findCase("case-1")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended");
    assertThatThrownBy(() -> kept.insertCase(aCase("case-1", 1), Optional.empty(), events("case-1", 1, 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.cases().find("case-1")).isEmpty();
  }

  @Test
  void aCursorIsRefusedByAnotherQueryAndGarbageIsRefusedByAll() {
    for (int i = 1; i <= 3; i++) {
      StoredCase c = aCase("case-" + i, 1).toBuilder().nextAlarmAt(T0.plusSeconds(i)).resolutionDueAt(T0).build();
      insert(c, Optional.empty());
    }
    Page<StoredCase> sweep = store.cases().dueBefore(T0.plusSeconds(60), PageRequest.first(1));
    String cursor = sweep.next().orElseThrow();

    assertThatThrownBy(() -> store.cases().byStatus(Set.of("REGISTERED"), Optional.empty(), PageRequest.after(1, cursor)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    assertThatThrownBy(() -> store.cases().closedOrDueBetween(T0, T0.plusSeconds(1), PageRequest.after(1, cursor)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.cases().dueBefore(T0.plusSeconds(60), PageRequest.after(1, "not a cursor!")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.cases().dueBefore(T0.plusSeconds(60), PageRequest.after(1, cursor)).items())
        .extracting(StoredCase::caseId).containsExactly("case-2");
  }

  @Test
  void aCursorPastTheSweepsInstantGivesAnEmptyLastPage() {
    insert(aCase("case-1", 1).toBuilder().nextAlarmAt(T0.plusSeconds(50)).build(), Optional.empty());
    insert(aCase("case-2", 1).toBuilder().nextAlarmAt(T0.plusSeconds(55)).build(), Optional.empty());
    String cursor = store.cases().dueBefore(T0.plusSeconds(60), PageRequest.first(1)).next().orElseThrow();

    Page<StoredCase> page = store.cases().dueBefore(T0.plusSeconds(10), PageRequest.after(1, cursor));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void logPositionsAreContiguousFromOne() {
    insert(aCase("case-1", 2), Optional.empty());
    assertThatThrownBy(() -> store.inTransaction(uow -> {
      uow.insertCase(aCase("case-2", 1), Optional.empty(), events("case-2", 1, 1));
      throw new IllegalStateException("abandoned");
    })).isInstanceOf(IllegalStateException.class);
    insert(aCase("case-3", 1), Optional.empty());

    assertThat(store.events().since(0, 100)).extracting(PositionedEvent::position).containsExactly(1L, 2L, 3L);
  }

  @Test
  void duplicateMessagesNameTheCaseButNeverTheInquiryCodeHashOrIntakeKey() {
    insert(withKeys(aCase("case-1", 1), "N-1", "SECRET-CODE", 1), Optional.of("SMS:13800000000"));

    assertThatThrownBy(() -> insert(withKeys(aCase("case-2", 1), "N-2", "SECRET-CODE", 1), Optional.empty()))
        .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("case-2").hasMessageNotContaining("SECRET")
        .satisfies(e -> assertThat(((DuplicateKeyException) e).key()).isEqualTo("inquiryCodeHash"));
    assertThatThrownBy(() -> insert(aCase("case-3", 1), Optional.of("SMS:13800000000")))
        .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("case-3").hasMessageNotContaining("138");
  }

  @Test
  void argumentRulesAreNamedInTheirMessages() {
    assertThatThrownBy(() -> store.inTransaction(uow -> {
      uow.insertCase(aCase("case-1", 2), Optional.empty(), events("case-1", 1, 1));
      return null;
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 1 to its version 2");
    assertThatThrownBy(() -> store.events().since(0, 0)).hasMessageContaining("limit must be 1 to 10000");
    assertThatThrownBy(() -> store.outbox().pending(10_001)).hasMessageContaining("limit must be 1 to 10000");
  }
}
