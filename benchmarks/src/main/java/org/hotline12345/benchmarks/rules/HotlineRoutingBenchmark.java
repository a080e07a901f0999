package org.hotline12345.benchmarks.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotline12345.benchmarks.rules.impl.HotlineTableRouter;
import org.hotline12345.rules.table.Inputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * hotline-rules' routing decision taken apart: {@link RoutingBenchmark} with {@link
 * RouterType#HOTLINE} measures what a host runs per appeal (build the {@code Inputs}, decide,
 * read the lead); this benchmark measures the two parts on their own, on the same catalogue and
 * the same {@value RoutingBenchmark#APPEALS} appeals:
 *
 * <ul>
 *   <li>{@link #inputsPrebuilt}: the decision on {@code Inputs} built once per appeal in the
 *       set-up, that is the engine alone (deciding and reading the lead);</li>
 *   <li>{@link #inputsPrebuiltLeadOfRow}: the same, reading the lead from the winning row
 *       ({@code decision.first()}, {@code row.output("lead")}) rather than through {@code
 *       decision.output("lead")}, which finds the output column by a stream over the table's
 *       outputs on every call;</li>
 *   <li>{@link #inputsOnly}: building the {@code Inputs} alone (the category's path from its
 *       code, the area's path from the hierarchy, the builder's map and the inputs' copy).</li>
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HotlineRoutingBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotlineRoutingBenchmark {

  /** The number of rows in the catalogue. */
  @Param({"1000", "10000"})
  public int rows;

  private HotlineTableRouter router;
  private Inputs[] inputs;
  private String[] categories;
  private String[] areas;
  private int next;

  /** Creates the benchmark state; JMH fills in the parameters. */
  public HotlineRoutingBenchmark() {}

  /** Loads the catalogue, draws the appeals and builds their inputs. */
  @Setup
  public void setUp() {
    DispatchCatalogue catalogue = DispatchCatalogue.generate(rows);
    router = (HotlineTableRouter) RouterType.HOTLINE.load(catalogue);
    List<RoutingInput> appeals =
        catalogue.inputs(RoutingBenchmark.APPEALS, RoutingBenchmark.APPEAL_SEED);
    categories = appeals.stream().map(RoutingInput::category).toArray(String[]::new);
    areas = appeals.stream().map(RoutingInput::area).toArray(String[]::new);
    inputs = new Inputs[appeals.size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = router.inputs(categories[i], areas[i]);
    }
  }

  /**
   * Routes the next appeal on its prebuilt inputs.
   *
   * @return the lead department, or null when no row matches
   */
  @Benchmark
  public String inputsPrebuilt() {
    return router.route(inputs[next++ & (RoutingBenchmark.APPEALS - 1)]);
  }

  /**
   * Routes the next appeal on its prebuilt inputs, reading the lead from the winning row.
   *
   * @return the lead department, or null when no row matches
   */
  @Benchmark
  public String inputsPrebuiltLeadOfRow() {
    return router.leadOfRow(inputs[next++ & (RoutingBenchmark.APPEALS - 1)]);
  }

  /**
   * Builds the inputs of the next appeal, without deciding.
   *
   * @return the inputs
   */
  @Benchmark
  public Inputs inputsOnly() {
    int i = next++ & (RoutingBenchmark.APPEALS - 1);
    return router.inputs(categories[i], areas[i]);
  }
}
