package org.hotline12345.benchmarks.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The supervision sweep's query on a store of one million open cases whose next deadlines are
 * spread evenly over 100 days: the first page of the cases due before "now" (1% of them are
 * due), and the whole window of 10,000 due cases read in pages of 1,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepQueryBenchmark {

  @Param({"MEMORY", "H2", "POSTGRES"})
  public StoreType store;

  @Param({"1000000"})
  public int cases;

  private static final Instant START = Instant.parse("2024-03-11T00:00:00Z");
  private static final Duration SPREAD = Duration.ofDays(100);

  private StoreType.Opened opened;
  private Instant now;

  @Setup(Level.Trial)
  public void setUp() {
    opened = store.open();
    load(opened.store(), cases);
    now = START.plus(SPREAD.dividedBy(100));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    opened.close().run();
  }

  /** Loads open cases in units of work of 2,000, one small event each. */
  static void load(HotlineStore store, int count) {
    long spreadMicros = SPREAD.toNanos() / 1000;
    int batch = 2_000;
    for (int from = 0; from < count; from += batch) {
      int start = from;
      int end = Math.min(count, from + batch);
      store.inTransaction(uow -> {
        for (int i = start; i < end; i++) {
          String id = String.format("case-%08d", i);
          Instant registered = START.minus(Duration.ofDays(1)).plusSeconds(i % 86_400);
          // Spread deadlines with a stride, so insertion order is not deadline order.
          long offset = (long) ((i * 7_919L) % count) * spreadMicros / count;
          Instant due = START.plus(Duration.ofNanos(offset * 1000));
          StoredCase row = new StoredCase(id, "N" + id, String.format("Q%011d", i), "SIGNED", true,
              Optional.of("dept-" + (i % 200)), Optional.of(due), Optional.of(due.plus(Duration.ofDays(5))),
              registered, Optional.empty(), 1);
          uow.insertCase(row, Optional.empty(), List.of(new StoredEvent(id, 1, "Registered", registered, "{}")));
        }
        return null;
      });
    }
  }

  /** The first page of 100 due cases, as a sweep starts. */
  @Benchmark
  public Page<StoredCase> firstPage() {
    return opened.store().cases().dueBefore(now, PageRequest.first(100));
  }

  /** Every due case (1% of the store), in pages of 1,000. */
  @Benchmark
  public int wholeWindow() {
    int seen = 0;
    PageRequest page = PageRequest.first(1_000);
    while (true) {
      Page<StoredCase> p = opened.store().cases().dueBefore(now, page);
      seen += p.items().size();
      if (p.next().isEmpty()) {
        return seen;
      }
      page = PageRequest.after(1_000, p.next().get());
    }
  }

}
