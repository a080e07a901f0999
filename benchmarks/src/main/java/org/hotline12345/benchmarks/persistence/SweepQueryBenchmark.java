package org.hotline12345.benchmarks.persistence;

import static org.hotline12345.benchmarks.persistence.SqlFixtures.big;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
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
 * due), and the whole window of 10,000 due cases read in pages of 1,000. The in-memory store is
 * filled through the SPI; the H2 and PostgreSQL fixtures are filled once by SQL and kept
 * between runs (an H2 file in the temporary directory, a PostgreSQL schema
 * {@code bench_sweep_<cases>}), since a million units of work would take the better part of
 * an hour.
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
  public void setUp() throws Exception {
    opened = switch (store) {
      case MEMORY -> {
        StoreType.Opened memory = StoreType.MEMORY.open();
        loadThroughTheSpi(memory.store(), cases);
        yield memory;
      }
      case H2 -> h2();
      case POSTGRES -> postgres();
    };
    now = START.plus(SPREAD.dividedBy(100));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    opened.close().run();
  }

  /** The H2 fixture: a file database kept between runs and forks, filled once by SQL. */
  private StoreType.Opened h2() throws Exception {
    return opened(SqlFixtures.h2("sweep-" + cases, cases));
  }

  /** The PostgreSQL fixture: a schema kept between runs and forks, filled once by SQL. */
  private StoreType.Opened postgres() throws Exception {
    return opened(SqlFixtures.postgres("sweep_" + cases, cases));
  }

  /**
   * Opens a fixture filled with the same rows {@link #loadThroughTheSpi} writes, without their
   * events (the sweep reads cases only).
   */
  private StoreType.Opened opened(SqlFixtures.Fixture fixture) throws Exception {
    long start = START.getEpochSecond() * 1_000_000L;
    long step = SPREAD.toNanos() / 1000 / cases;
    long day = 86_400L * 1_000_000L;
    String padded = fixture.padded();
    String registered = big(start - day) + " + MOD(i, " + big(86400) + ") * " + big(1_000_000);
    String due = big(start) + " + MOD(i * " + big(7919) + ", " + big(cases) + ") * " + big(step);
    JdbcHotlineStore jdbc = SqlFixtures.openFilled(fixture, cases, "INSERT INTO cases (case_id, case_number,"
        + " inquiry_code_hash, intake_key, status, is_open, appeal_type, channel, lead_department, next_alarm_at,"
        + " resolution_due_at, registered_at, last_event_at, closed_at, version)"
        + " SELECT 'case-' || " + padded + ", 'Ncase-' || " + padded + ", 'hash-' || " + padded
        + " || '-0000000000000000000000000000', NULL, 'SIGNED', TRUE, 'COMPLAINT', 'PHONE',"
        + " 'dept-' || CAST(MOD(i, 200) AS VARCHAR(8)), " + due + ", " + due + " + " + big(5 * day) + ", "
        + registered + ", " + registered + ", NULL, 1 FROM (" + fixture.numbers() + ") AS n");
    return new StoreType.Opened(jdbc, jdbc::close);
  }

  /** Loads open cases through the SPI in units of work of 2,000, one small event each. */
  static void loadThroughTheSpi(HotlineStore store, int count) {
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
          long offset = ((i * 7_919L) % count) * (spreadMicros / count);
          Instant due = START.plus(Duration.ofNanos(offset * 1000));
          StoredCase row = StoredCase.builder().caseId(id).caseNumber("N" + id)
              .inquiryCodeHash(String.format("hash-%08d-0000000000000000000000000000", i)).status("SIGNED").open(true)
              .appealType("COMPLAINT").channel("PHONE").leadDepartment("dept-" + (i % 200)).nextAlarmAt(due)
              .resolutionDueAt(due.plus(Duration.ofDays(5))).registeredAt(registered).lastEventAt(registered)
              .version(1).build();
          uow.insertCase(row, Optional.empty(), List.of(new StoredEvent(id, 1, "Registered", 1, registered, "{}")));
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
