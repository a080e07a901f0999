package org.hotline12345.benchmarks.rules;

import java.util.concurrent.TimeUnit;
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
 * Loading a dispatch catalogue of 10,000 rows into every {@link RouterType}: from the engine's
 * input form (DMN XML, DRL text, the CSV file for hotline-rules, or the rows for the engines
 * without a file format) to an engine ready to route, that is parsing, compiling and indexing;
 * for hotline-rules also verifying (shadowed rows, and every department, category and area a row
 * names), which no peer does. One load per iteration (single-shot
 * time), since a load takes from milliseconds to minutes.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CatalogueLoadBenchmark -f 1 -wi 1 -i 3
 * java -jar benchmarks/target/benchmarks.jar CatalogueLoadBenchmark -f 1 -wi 1 -i 3 \
 *     -p type=JDMN -p rows=2000
 * }</pre>
 *
 * <p>jDMN's translation cannot load 10,000 rows (see {@link RouterType#JDMN}); the second
 * command measures it at 2,000, the most it loads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogueLoadBenchmark {

  /** The engine measured. */
  @Param
  public RouterType type;

  /** The number of rows in the catalogue. */
  @Param({"10000"})
  public int rows;

  private DispatchCatalogue catalogue;
  private CatalogueSource source;

  /** Creates the benchmark state; JMH fills in the parameters. */
  public CatalogueLoadBenchmark() {}

  /** Generates the catalogue. */
  @Setup(Level.Trial)
  public void generate() {
    catalogue = DispatchCatalogue.generate(rows);
  }

  /**
   * Writes the catalogue in the engine's input form, afresh for every load, so that no load
   * finds anything of an earlier one.
   *
   * @throws IllegalArgumentException when the engine cannot load a catalogue of that size
   */
  @Setup(Level.Iteration)
  public void write() {
    source = type.source(catalogue);
  }

  /**
   * Loads the catalogue.
   *
   * @return the engine's router, ready to route
   */
  @Benchmark
  public CatalogueRouter load() {
    return source.load();
  }
}
