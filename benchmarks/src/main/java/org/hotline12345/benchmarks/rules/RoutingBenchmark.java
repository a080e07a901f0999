package org.hotline12345.benchmarks.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Routing one appeal (派单) with every {@link RouterType} against the same generated dispatch
 * catalogue of 1,000 or 10,000 rows: the average time of one decision.
 *
 * <p>The appeals are {@value #APPEALS} drawn once, with a fixed seed, by {@link
 * DispatchCatalogue#inputs} (four in five hit an exact row anywhere in the table, the others
 * only a fallback row or no row), and cycled through, so that no engine is measured on one
 * lucky appeal. {@code RouterEquivalenceTest} checks that every engine answers these appeals
 * as the plain loop over the rows does.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RoutingBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * }</pre>
 *
 * <p>jDMN's translation cannot load 10,000 rows (see {@link RouterType#JDMN}): its set-up fails
 * with the reason, and JMH goes on with the next parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark {

  /** How many appeals are cycled through: a power of two. */
  static final int APPEALS = 1 << 10;

  /** The seed of the appeals, fixed so that every run routes the same appeals. */
  static final long APPEAL_SEED = 54321L;

  /** The engine measured. */
  @Param
  public RouterType type;

  /** The number of rows in the catalogue. */
  @Param({"1000", "10000"})
  public int rows;

  private CatalogueRouter router;
  private String[] categories;
  private String[] areas;
  private int next;

  /** Creates the benchmark state; JMH fills in the parameters. */
  public RoutingBenchmark() {}

  /**
   * Loads the catalogue into the engine and draws the appeals.
   *
   * @throws IllegalArgumentException when the engine cannot load a catalogue of that size
   */
  @Setup
  public void setUp() {
    DispatchCatalogue catalogue = DispatchCatalogue.generate(rows);
    router = type.load(catalogue);
    List<RoutingInput> appeals = catalogue.inputs(APPEALS, APPEAL_SEED);
    categories = appeals.stream().map(RoutingInput::category).toArray(String[]::new);
    areas = appeals.stream().map(RoutingInput::area).toArray(String[]::new);
  }

  /**
   * Routes the next appeal.
   *
   * @return the lead department, or null when no row matches
   */
  @Benchmark
  public String route() {
    int i = next++ & (APPEALS - 1);
    return router.route(categories[i], areas[i]);
  }
}
