package org.hotline12345.benchmarks.persistence;

import static org.hotline12345.benchmarks.persistence.SqlFixtures.big;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
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
 * Assessment's bulk read (考核) on a store of two million cases registered over a year: every
 * case closed or due in one month ({@code closedOrDueBetween}), read with its facts in pages of
 * 1,000, as a scoring pass reads it, without replaying a single event. Four cases in five are
 * closed three days after registration; the others are open, due five days after. The month
 * holds about 130,000 closed cases and 33,000 open ones due in it. The fixtures are filled once
 * by SQL and kept between runs (an H2 file in the temporary directory, a PostgreSQL schema
 * {@code bench_assessment_<cases>}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessmentQueryBenchmark {

  @Param({"POSTGRES", "H2"})
  public StoreType store;

  @Param({"2000000"})
  public int cases;

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);
  private static final Instant FROM = START.plus(Duration.ofDays(180));
  private static final Instant TO = FROM.plus(Duration.ofDays(30));

  private JdbcHotlineStore jdbc;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    jdbc = switch (store) {
      case H2 -> h2();
      case POSTGRES -> postgres();
      case MEMORY -> throw new IllegalArgumentException("two million cases do not fit the benchmark's heap in memory");
    };
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    jdbc.close();
  }

  private JdbcHotlineStore h2() throws Exception {
    return filled(SqlFixtures.h2("assessment-" + cases, cases));
  }

  private JdbcHotlineStore postgres() throws Exception {
    return filled(SqlFixtures.postgres("assessment_" + cases, cases));
  }

  /** Opens a fixture of the year's cases, filled once by SQL. */
  private JdbcHotlineStore filled(SqlFixtures.Fixture fixture) throws Exception {
    long day = 86_400L * 1_000_000L;
    String padded = fixture.padded();
    String registered = big(START.getEpochSecond() * 1_000_000L) + " + i * " + big(YEAR.toNanos() / 1000 / cases);
    String open = "MOD(i, 5) = 0";
    return SqlFixtures.openFilled(fixture, cases, "INSERT INTO cases (case_id, case_number, inquiry_code_hash,"
        + " intake_key, status, is_open, appeal_type, channel, category, area, lead_department,"
        + " assisting_departments, registered_at, last_event_at, next_alarm_at, resolution_due_at, resolution_met,"
        + " closed_at, facts, version)"
        + " SELECT 'case-' || " + padded + ", 'N' || " + padded + ", 'hash-' || " + padded
        + " || '-0000000000000000000000000000', NULL,"
        + " CASE WHEN " + open + " THEN 'DISPATCHED' ELSE 'CLOSED' END, " + open + ", 'COMPLAINT', 'PHONE',"
        + " 'cat-' || CAST(MOD(i, 50) AS VARCHAR(8)), 'area-' || CAST(MOD(i, 100) AS VARCHAR(8)),"
        + " 'dept-' || CAST(MOD(i, 200) AS VARCHAR(8)), NULL, " + registered + ","
        + " " + registered + " + CASE WHEN " + open + " THEN 0 ELSE " + big(3 * day) + " END,"
        + " CASE WHEN " + open + " THEN " + registered + " + " + big(day) + " ELSE NULL END,"
        + " " + registered + " + " + big(5 * day) + ","
        + " CASE WHEN " + open + " THEN NULL ELSE TRUE END,"
        + " CASE WHEN " + open + " THEN NULL ELSE " + registered + " + " + big(3 * day) + " END,"
        + " '{\"lead\":\"dept-' || CAST(MOD(i, 200) AS VARCHAR(8)) || '\",\"stages\":[{\"stage\":\"SIGN_FOR\","
        + "\"met\":true},{\"stage\":\"RESOLUTION\",\"met\":true}],\"satisfaction\":\"SATISFIED\"}', 5"
        + " FROM (" + fixture.numbers() + ") AS n");
  }

  /** The first page of 1,000, as a scoring pass starts. */
  @Benchmark
  public Page<StoredCase> firstPage() {
    return jdbc.cases().closedOrDueBetween(FROM, TO, PageRequest.first(1_000));
  }

  /** The whole month, closed cases and open ones due, in pages of 1,000, with their facts. */
  @Benchmark
  public int wholePeriod() {
    int seen = 0;
    PageRequest page = PageRequest.first(1_000);
    while (true) {
      Page<StoredCase> p = jdbc.cases().closedOrDueBetween(FROM, TO, page);
      seen += p.items().size();
      if (p.next().isEmpty()) {
        return seen;
      }
      page = PageRequest.after(1_000, p.next().get());
    }
  }
}
