package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hot swap under concurrent deciders: while one thread swaps versions in and out (forward and
 * back), every decision other threads take comes wholly from one version, the one it names:
 * its rows are that version's rows, exactly those that version decides for the inputs.
 */
class HotSwapPropertiesTest {

  private static final LocalDate DAY = TableArbitraries.JAN_1.plusDays(2);

  record Case(List<DecisionTable> versions, List<Inputs> inputs) {
    @Override
    public String toString() {
      return versions.get(0).toCsv();
    }
  }

  /** The version k of a table: its rows' ids say k, so a mixed decision shows. */
  private static DecisionTable version(DecisionTable table, int k) {
    DecisionTable.Builder builder = DecisionTable.builder("generated", "v" + k)
        .hitPolicy(HitPolicy.COLLECT);
    table.inputs().forEach(builder::input);
    table.outputs().forEach(builder::output);
    for (Row row : table.rows()) {
      builder.row(new Row("v" + k + "-" + row.id(), row.description(), row.effectiveFrom(),
          row.effectiveTo(), row.conditions(), row.outputs()));
    }
    return builder.build();
  }

  @Provide
  Arbitrary<Case> cases() {
    return TableArbitraries.tables(10, HitPolicy.COLLECT).filter(t -> !t.rows().isEmpty())
        .flatMap(table -> Combinators.combine(
            TableArbitraries.inputs(table).map(NaiveTable::inputs).list().ofMinSize(4)
                .ofMaxSize(10), TableArbitraries.days()).as((inputs, day) -> {
                  List<DecisionTable> versions = new ArrayList<>();
                  for (int k = 1; k <= 4; k++) {
                    versions.add(version(table, k));
                  }
                  return new Case(versions, inputs);
                }));
  }

  record Seen(String version, List<String> rows, int input) {}

  @Property(tries = 10)
  void aDecisionNeverMixesTwoVersions(@ForAll("cases") Case c) throws Exception {
    LiveTable live = LiveTable.of(c.versions().get(0), References.none());
    ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean failed = new AtomicBoolean();
    AtomicInteger decided = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> deciders = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        deciders.add(pool.submit(() -> {
          start.await();
          try {
            for (int i = 0; !done.get() || i < 200; i++) {
              int at = i % c.inputs().size();
              Decision decision = live.decide(c.inputs().get(at), DAY);
              List<String> ids = new ArrayList<>();
              decision.rows().forEach(row -> ids.add(row.id()));
              seen.add(new Seen(decision.version(), ids, at));
              decided.incrementAndGet();
            }
          } catch (RuntimeException e) {
            failed.set(true);
            throw e;
          }
          return null;
        }));
      }
      Future<?> swapper = pool.submit(() -> {
        start.await();
        for (int s = 0; s < 120; s++) {
          live.swap(c.versions().get(s % c.versions().size()));
          int mark = decided.get();
          while (decided.get() < mark + 3 && !failed.get()) {
            Thread.onSpinWait();
          }
        }
        done.set(true);
        return null;
      });
      start.countDown();
      for (Future<?> decider : deciders) {
        decider.get(60, TimeUnit.SECONDS);
      }
      swapper.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    Map<String, DecisionTable> byVersion = new HashMap<>();
    c.versions().forEach(v -> byVersion.put(v.version(), v));
    assertThat(seen.stream().map(Seen::version).distinct().count()).isGreaterThan(1);
    for (Seen decision : seen) {
      for (String id : decision.rows()) {
        assertThat(id).startsWith(decision.version() + "-");
      }
      List<String> expected = new ArrayList<>();
      byVersion.get(decision.version()).decide(c.inputs().get(decision.input()), DAY).rows()
          .forEach(row -> expected.add(row.id()));
      assertThat(decision.rows()).isEqualTo(expected);
    }
  }
}
