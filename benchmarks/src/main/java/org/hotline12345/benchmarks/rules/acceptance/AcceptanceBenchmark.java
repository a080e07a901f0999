package org.hotline12345.benchmarks.rules.acceptance;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.triage.AcceptanceRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Acceptance (受理) and emergency referral (紧急转办) of one appeal with the full keyword list:
 * the preset acceptance table of hotline-rules, or the same with about a thousand keywords
 * more ({@link KeywordList}), deciding the {@link AcceptanceAppeal#mix() mix} of 38 appeals in
 * turn (emergencies, reasons for not accepting, frequent callers, ordinary appeals).
 *
 * <ul>
 *   <li>{@link #automaton}: hotline-rules' engine as the acceptance rules call it: the {@code
 *       Inputs} built for each appeal (type, category with its ancestors from the preset
 *       taxonomy, channel, text, enterprise, the two counts), {@code table.decide}, and the
 *       winning row's decision. The KEYWORDS column is one Aho-Corasick automaton over every
 *       keyword of the table, run once over the text.</li>
 *   <li>{@link #containsLoop}: the naive baseline {@link ContainsLoopTable}: the rows in order,
 *       each keyword looked for with {@code String.contains}.</li>
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AcceptanceBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AcceptanceBenchmark {

  /** The day every decision is taken on. */
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** The keyword list: the preset's, or scaled to about a thousand. */
  @Param
  public KeywordList keywords;

  private DecisionTable table;
  private CategoryTaxonomy taxonomy;
  private ContainsLoopTable baseline;
  private AcceptanceAppeal[] appeals;
  private CategoryCode[] categories;
  private int next;

  /** Creates the benchmark state; JMH fills in the parameters. */
  public AcceptanceBenchmark() {}

  /** Loads the table, its baseline and the appeals. */
  @Setup
  public void setUp() {
    table = keywords.table();
    taxonomy = Presets.taxonomy();
    baseline = new ContainsLoopTable(table);
    appeals = AcceptanceAppeal.mix().toArray(new AcceptanceAppeal[0]);
    categories = new CategoryCode[appeals.length];
    for (int i = 0; i < appeals.length; i++) {
      categories[i] = appeals[i].category().map(CategoryCode::of).orElse(null);
    }
  }

  private int nextAppeal() {
    int i = next;
    next = i + 1 == appeals.length ? 0 : i + 1;
    return i;
  }

  /**
   * Decides the next appeal with hotline-rules' table, building its inputs.
   *
   * @return the decision: REFER, NOT_ACCEPT, PERSON or ACCEPT
   */
  @Benchmark
  public String automaton() {
    int i = nextAppeal();
    return decide(table, taxonomy, appeals[i], categories[i]);
  }

  /**
   * Decides the next appeal with the naive baseline.
   *
   * @return the decision: REFER, NOT_ACCEPT, PERSON or ACCEPT
   */
  @Benchmark
  public String containsLoop() {
    return baseline.decide(appeals[nextAppeal()]);
  }

  /**
   * Decides one appeal as the acceptance rules do (without writing the explanation): the
   * inputs of every column of the table, from the appeal, then the winning row's decision.
   *
   * @param table an acceptance table
   * @param taxonomy the taxonomy the appeal's category is in
   * @param appeal the appeal
   * @param category the appeal's category code, or null when it has none
   * @return the decision, or null when no row matches
   */
  static String decide(DecisionTable table, CategoryTaxonomy taxonomy, AcceptanceAppeal appeal,
      CategoryCode category) {
    Inputs.Builder inputs = Inputs.builder()
        .text(CaseInputs.TYPE, appeal.type())
        .text(CaseInputs.CHANNEL, appeal.channel())
        .keywords(CaseInputs.TEXT, appeal.text())
        .bool(CaseInputs.ENTERPRISE, appeal.enterprise())
        .number(AcceptanceRules.CALLER_COUNT, appeal.callerCount())
        .number(AcceptanceRules.PLACE_COUNT, appeal.placeCount());
    if (category == null) {
      inputs.absent(CaseInputs.CATEGORY);
    } else {
      inputs.category(CaseInputs.CATEGORY, category, taxonomy);
    }
    return table.decide(inputs.build(), DAY).first()
        .flatMap((Row row) -> row.output(AcceptanceRules.DECISION)).orElse(null);
  }
}
