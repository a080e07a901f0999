package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.examples.jdbc.Fixtures.T0;
import static org.hotline12345.examples.jdbc.Fixtures.events;
import static org.hotline12345.examples.jdbc.Fixtures.next;
import static org.hotline12345.examples.jdbc.Fixtures.registered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writers racing on one database: positions, versions and unique keys hold. */
abstract class JdbcConcurrencyTest {

  private static final int THREADS = 4;

  private JdbcHotlineStore store;
  private ExecutorService pool;

  abstract StoreSource source();

  @BeforeEach
  void open() {
    store = source().open();
    pool = Executors.newFixedThreadPool(THREADS + 1);
  }

  @AfterEach
  void close() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    if (store != null) {
      source().dispose(store);
    }
  }

  @Test
  void unitsThatEachTakeASequenceValueWhileHoldingEveryPooledConnectionAllCommit() throws Exception {
    int units = 10; // the pool's size: every connection is held by a unit when they take their values
    ExecutorService many = Executors.newFixedThreadPool(units);
    CyclicBarrier allHoldConnections = new CyclicBarrier(units);
    try {
      List<Future<Long>> numbers = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        String caseId = "c" + u;
        numbers.add(many.submit(() -> store.inTransaction(unit -> {
          unit.insertCase(registered(caseId, T0), Optional.empty(), events(caseId, 1, 1));
          try {
            allHoldConnections.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("the units did not all start", e);
          }
          return store.nextSequenceValue("case-number:2024-09-30");
        })));
      }
      List<Long> values = new ArrayList<>();
      for (Future<Long> number : numbers) {
        values.add(number.get(60, TimeUnit.SECONDS));
      }
      assertThat(values).as("the values the units took").doesNotHaveDuplicates().hasSize(units);
    } finally {
      many.shutdownNow();
    }
  }

  @Test
  void aReaderOfTheLogSeesEveryEventOnceWithoutGaps() throws Exception {
    int units = 20;
    int eventsPerCase = 3;
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<List<PositionedEvent>> reader = pool.submit(() -> {
      List<PositionedEvent> seen = new ArrayList<>();
      long last = 0;
      boolean more = true;
      while (more) {
        more = writing.get();
        List<PositionedEvent> batch = store.events().since(last, 7);
        for (PositionedEvent event : batch) {
          assertThat(event.position()).isEqualTo(last + 1);
          last = event.position();
          seen.add(event);
        }
        more = more || !batch.isEmpty();
      }
      return seen;
    });
    List<Callable<Void>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(() -> {
        for (int u = 0; u < units; u++) {
          String id = "t" + thread + "-u" + u;
          store.inTransaction(unit -> {
            unit.insertCase(registered(id, T0, eventsPerCase), Optional.empty(),
                events(id, 1, eventsPerCase));
            return null;
          });
        }
        return null;
      });
    }
    for (Future<Void> writer : pool.invokeAll(writers, 5, TimeUnit.MINUTES)) {
      writer.get();
    }
    writing.set(false);
    List<PositionedEvent> seen = reader.get(2, TimeUnit.MINUTES);

    assertThat(seen).hasSize(THREADS * units * eventsPerCase);
    Map<String, Long> lastSequence = new HashMap<>();
    for (PositionedEvent event : seen) {
      long previous = lastSequence.getOrDefault(event.event().caseId(), 0L);
      assertThat(event.event().sequence()).isEqualTo(previous + 1);
      lastSequence.put(event.event().caseId(), event.event().sequence());
    }
  }

  @Test
  void racingUpdatesOfOneCaseLoseNothing() throws Exception {
    store.inTransaction(unit -> {
      unit.insertCase(registered("c1", T0), Optional.empty(), events("c1", 1, 1));
      return null;
    });
    int updatesPerThread = 10;
    List<Callable<Integer>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      writers.add(() -> {
        int conflicts = 0;
        for (int done = 0; done < updatesPerThread; ) {
          try {
            store.inTransaction(unit -> {
              StoredCase read = unit.findCase("c1").orElseThrow();
              long version = read.version();
              unit.updateCase(next(read, "S" + (version + 1), version + 1), version,
                  events("c1", version + 1, version + 1));
              return null;
            });
            done++;
          } catch (ConcurrencyConflictException e) {
            conflicts++;
          }
        }
        return conflicts;
      });
    }
    for (Future<Integer> writer : pool.invokeAll(writers, 5, TimeUnit.MINUTES)) {
      writer.get();
    }
    long expected = 1 + THREADS * updatesPerThread;
    assertThat(store.cases().find("c1").orElseThrow().version()).isEqualTo(expected);
    assertThat(store.cases().events("c1")).hasSize((int) expected);
    assertThat(store.events().since(0, 10_000)).extracting(PositionedEvent::position)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
  }

  @Test
  void racingIntakesOfOneKeyRegisterOneCase() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> intakes = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String id = "c" + t;
      intakes.add(() -> {
        start.await();
        try {
          store.inTransaction(unit -> {
            unit.insertCase(registered(id, T0), Optional.of("call-1"), events(id, 1, 1));
            return null;
          });
          return "registered";
        } catch (DuplicateKeyException e) {
          return e.key();
        }
      });
    }
    List<Future<String>> results = new ArrayList<>();
    for (Callable<String> intake : intakes) {
      results.add(pool.submit(intake));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get(2, TimeUnit.MINUTES));
    }
    assertThat(outcomes).containsOnlyOnce("registered")
        .filteredOn(o -> !o.equals("registered")).containsOnly("intakeKey");
  }

  /**
   * Two clerks merge two repeats into each other at the same moment, forty times over: each
   * time one merge lands and the other is refused by the rules, never a deadlock surfacing as a
   * store failure, because the service writes the two cases in the order of their ids.
   */
  @Test
  void oppositeMergesAtOnceLeaveOneMergedEveryTime() throws Exception {
    org.hotline12345.core.department.DepartmentId city = org.hotline12345.core.department.DepartmentId.of("city");
    org.hotline12345.core.casefile.CaseLifecycle lifecycle = org.hotline12345.core.casefile.CaseLifecycle.builder()
        .directory(org.hotline12345.core.department.DepartmentDirectory.of(org.hotline12345.core.department.Department
            .builder().id(city).name("市政府").kind(org.hotline12345.core.department.DepartmentKind.OTHER)
            .calendarId("cn").build()))
        .calendars(Map.of("cn", org.hotline12345.calendar.WorkingCalendars.chinaMainland()))
        .platformCalendar("cn")
        .timeLimits(org.hotline12345.core.timelimit.TimeLimitPolicies.seeds())
        .notAcceptedReasons(org.hotline12345.core.casefile.NotAcceptedReason.SEEDS)
        .appealCheck(org.hotline12345.core.appeal.AppealCheck.jakarta(
            jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()))
        .numbering(org.hotline12345.core.casefile.CaseNumbering.daily(
            org.hotline12345.core.casefile.CaseNumberFormat.of("T{yyyy}{MM}{dd}{seq:6}"),
            org.hotline12345.calendar.WorkingCalendars.CHINA_ZONE, store::nextSequenceValue))
        .build();
    org.hotline12345.core.service.HotlineService service = org.hotline12345.core.service.HotlineService.builder()
        .store(store).lifecycle(lifecycle).clock(java.time.Clock.systemUTC()).maxAttempts(20).build();
    org.hotline12345.core.casefile.Actor agent = org.hotline12345.core.casefile.Actor.agent("a-1");
    for (int round = 0; round < 40; round++) {
      List<org.hotline12345.core.casefile.CaseId> ids = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        ids.add(service.submit(org.hotline12345.core.appeal.Appeal.builder()
            .channel(org.hotline12345.core.appeal.Channel.PHONE).type(org.hotline12345.core.appeal.AppealType.HELP)
            .content("路灯不亮").receivedAt(java.time.Instant.now())
            .location(org.hotline12345.core.appeal.Location.builder().address("中山路1号").build())
            .citizen(org.hotline12345.core.appeal.Citizen.anonymous()).build(), agent).registered().id());
      }
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<String>> merges = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        org.hotline12345.core.casefile.CaseId from = ids.get(k);
        org.hotline12345.core.casefile.CaseId into = ids.get(1 - k);
        merges.add(pool.submit(() -> {
          together.await();
          try {
            service.merge(from, into, agent);
            return "merged";
          } catch (org.hotline12345.core.casefile.CaseRuleException refused) {
            return "refused";
          }
        }));
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> merge : merges) {
        outcomes.add(merge.get(2, TimeUnit.MINUTES));
      }
      assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("merged", "refused");
    }
  }
}
