package org.hotline12345.benchmarks.assessment;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.AssessedCases;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentSchemes;
import org.hotline12345.core.assessment.Scorecards;
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

/**
 * A month of cases scored in one pass (考核): {@code fromFacts} scores {@code cases} reads of
 * case facts already read (as {@link org.hotline12345.core.assessment.AssessedCases} hands them
 * over, page by page), {@code fromRows} reads case rows and parses each one's stored facts text,
 * as a scoring pass over the store does. The reads cycle through {@code distinct} generated cases over {@code
 * departments} departments, so that the month is not held in memory: the pass keeps one counter
 * array a department, whatever the number of cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessmentScoringBenchmark {

  @Param({"2000000"})
  public int cases;

  /**
   * How many distinct cases the reads cycle through: 2,000 is about what a pass over the store
   * holds at once (a page parsed and scored); 100,000 spreads the facts over more memory than
   * the caches hold.
   */
  @Param({"2000"})
  public int distinct;

  @Param({"1000"})
  public int departments;

  private List<AssessedCase> facts;
  private List<StoredCase> rows;
  private Assessment county;

  @Setup(Level.Trial)
  public void setUp() {
    facts = GeneratedFacts.cases(distinct, departments, 20250901L);
    rows = GeneratedFacts.rows(facts);
    county = Assessment.of(AssessmentSchemes.county(), AssessmentPeriod.ofMonth(YearMonth.of(2025, 9),
        ZoneId.of("Asia/Shanghai")));
  }

  /** The month scored from facts already read. */
  @Benchmark
  public Scorecards fromFacts() {
    return county.score(GeneratedFacts.cycled(facts, cases));
  }

  /**
   * The month scored from the case rows, each row's stored facts text parsed on the way, as
   * {@code AssessedCases} reads the store.
   */
  @Benchmark
  public Scorecards fromRows() {
    return county.score(AssessedCases.of(GeneratedFacts.cycled(rows, cases)));
  }

  /** The month scored from the case rows, parsed on every core by a parallel stream. */
  @Benchmark
  public Scorecards fromRowsInParallel() {
    return county.score(IntStream.range(0, cases).parallel().mapToObj(i -> AssessedCase.of(rows.get(i % distinct))));
  }
}
