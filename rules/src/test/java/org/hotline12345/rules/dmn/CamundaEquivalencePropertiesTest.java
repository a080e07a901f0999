package org.hotline12345.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.statistics.StatisticsReport;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.Finding;
import org.hotline12345.rules.table.TableVerificationException;

/**
 * Random decision tables of text and number columns, written as DMN 1.3 XML: our reader and
 * engine and Camunda's DMN engine give the same answers on every input of the grid and on
 * random numbers. Under UNIQUE and ANY, our verification refuses a table exactly when Camunda
 * finds an input that two rules match (under ANY: with different outputs).
 */
class CamundaEquivalencePropertiesTest {

  private static final List<String> TEXTS = List.of("A", "B", "C", "D");
  private static final List<String> POLICIES = List.of("FIRST", "UNIQUE", "ANY", "PRIORITY",
      "COLLECT", "COLLECT SUM", "COLLECT MIN", "COLLECT MAX", "RULE ORDER", "OUTPUT ORDER");

  /**
   * A random table.
   *
   * @param policy the hit policy, with an aggregation after COLLECT
   * @param numbers for each input, whether it is a number column (else text)
   * @param rules each rule's input entries and output entry, as FEEL
   */
  record Spec(String policy, List<Boolean> numbers, List<List<String>> rules) {

    boolean aggregates() {
      return policy.startsWith("COLLECT ");
    }

    String xml() {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"definitions\""
          + " name=\"random\" namespace=\"urn:test\">\n  <decision id=\"random\" name=\"random\">\n"
          + "    <decisionTable id=\"t\" hitPolicy=\""
          + (aggregates() ? "COLLECT\" aggregation=\"" + policy.substring(8) : policy) + "\">\n");
      for (int c = 0; c < numbers.size(); c++) {
        xml.append("      <input id=\"i").append(c).append("\"><inputExpression id=\"e").append(c)
            .append("\" typeRef=\"").append(numbers.get(c) ? "double" : "string")
            .append("\"><text>in").append(c).append("</text></inputExpression></input>\n");
      }
      xml.append("      <output id=\"o\" name=\"out\" typeRef=\"")
          .append(aggregates() ? "integer\">" : "string\">")
          .append(aggregates() ? "" : "<outputValues><text>\"o1\",\"o2\",\"o3\"</text>"
              + "</outputValues>").append("</output>\n");
      for (int r = 0; r < rules.size(); r++) {
        xml.append("      <rule id=\"r").append(r + 1).append("\">");
        List<String> entries = rules.get(r);
        for (int c = 0; c < entries.size(); c++) {
          xml.append(c < numbers.size() ? "<inputEntry" : "<outputEntry").append(" id=\"r")
              .append(r + 1).append('_').append(c).append("\"><text>")
              .append(entries.get(c).replace("&", "&amp;").replace("<", "&lt;"))
              .append(c < numbers.size() ? "</text></inputEntry>" : "</text></outputEntry>");
        }
        xml.append("</rule>\n");
      }
      return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
    }
  }

  @Provide
  Arbitrary<Spec> tables() {
    return Combinators.combine(Arbitraries.of(POLICIES),
        Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(3))
        .flatAs((policy, numbers) -> rule(numbers, policy.startsWith("COLLECT ")).list()
            .ofMinSize(1).ofMaxSize(6).map(rules -> new Spec(policy, numbers, rules)));
  }

  private static Arbitrary<List<String>> rule(List<Boolean> numbers, boolean numericOutput) {
    List<Arbitrary<String>> entries = new ArrayList<>();
    numbers.forEach(number -> entries.add(number ? numberEntry() : textEntry()));
    entries.add(numericOutput ? Arbitraries.integers().between(0, 9).map(String::valueOf)
        : Arbitraries.of("\"o1\"", "\"o2\"", "\"o3\"", ""));
    return Combinators.combine(entries).as(List::copyOf);
  }

  private static Arbitrary<String> textEntry() {
    Arbitrary<String> list = Arbitraries.of(TEXTS).set().ofMinSize(1).ofMaxSize(2)
        .map(values -> String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just("-")),
        net.jqwik.api.Tuple.of(5, list),
        net.jqwik.api.Tuple.of(2, list.map(l -> "not(" + l + ")")));
  }

  private static Arbitrary<String> numberEntry() {
    Arbitrary<String> number = Arbitraries.of("-2", "-1", "0", "0.5", "1", "2", "3");
    Arbitrary<String> test = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, number),
        net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.of("<", "<=", ">", ">="),
            number).as((op, n) -> op + " " + n)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.of("[", "(", "]"), number,
            number, Arbitraries.of("]", ")", "[")).as(CamundaEquivalencePropertiesTest::interval)));
    Arbitrary<String> list = test.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(", ", l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just("-")),
        net.jqwik.api.Tuple.of(6, list),
        net.jqwik.api.Tuple.of(1, list.map(l -> "not(" + l + ")")));
  }

  /** An interval that holds a value (the engine refuses empty ones, Camunda does not). */
  private static String interval(String open, String a, String b, String close) {
    double x = Double.parseDouble(a);
    double y = Double.parseDouble(b);
    if (x == y) {
      return "[" + a + ".." + b + "]";
    }
    return open + (x < y ? a : b) + ".." + (x < y ? b : a) + close;
  }

  @Property(tries = 120)
  @StatisticsReport(onFailureOnly = true)
  void ourEngineAndCamundasAgreeOnEveryInput(@ForAll("tables") Spec spec,
      @ForAll("extraNumbers") List<Double> extra) {
    String xml = spec.xml();
    DecisionTable table;
    try {
      table = DmnReader.of().withVersion("random").read(new StringReader(xml), "random.dmn")
          .table("random").table();
    } catch (TableVerificationException refused) {
      Statistics.collect("overlap refused");
      assertRefusalIsReal(spec, xml, refused);
      Statistics.coverage(this::bothOutcomesOccur);
      return;
    }
    Statistics.collect("answers compared");
    Statistics.coverage(this::bothOutcomesOccur);
    String policy = spec.aggregates() ? "COLLECT" : spec.policy();
    CamundaOracle camunda = new CamundaOracle(xml,
        Map.of("random", Equivalence.priorities(table)));
    for (Equivalence.Point point : Equivalence.grid(table, List.of(), extra)) {
      Equivalence.assertSame(table, camunda, policy, point);
    }
  }

  private void bothOutcomesOccur(StatisticsCoverage coverage) {
    coverage.check("answers compared").percentage(p -> p > 60);
    coverage.check("overlap refused").count(c -> c > 0);
  }

  @Provide
  Arbitrary<List<Double>> extraNumbers() {
    return Arbitraries.doubles().between(-4, 4).ofScale(2).list().ofMaxSize(3);
  }

  /** Our verification refused a UNIQUE or ANY table: Camunda must see the overlap too. */
  private static void assertRefusalIsReal(Spec spec, String xml,
      TableVerificationException refused) {
    assertThat(spec.policy()).isIn("UNIQUE", "ANY");
    assertThat(refused.verification().errors()).extracting(Finding::kind)
        .containsOnly(Finding.Kind.OVERLAP);
    DecisionTable all = DmnReader.of().withVersion("random")
        .read(new StringReader(xml.replace("hitPolicy=\"" + spec.policy() + "\"",
            "hitPolicy=\"RULE ORDER\"")), "random.dmn").table("random").table();
    CamundaOracle camunda = new CamundaOracle(xml.replace("hitPolicy=\"" + spec.policy() + "\"",
        "hitPolicy=\"RULE ORDER\""), Map.of());
    for (Finding overlap : refused.verification().errors()) {
      boolean witnessed = false;
      for (Equivalence.Point point : Equivalence.grid(all, List.of(), List.of())) {
        CamundaOracle.Answer answer = camunda.evaluate("random", point.camunda(), "RULE ORDER");
        if (answer.ruleIds().containsAll(overlap.rows())
            && (spec.policy().equals("UNIQUE") || answer.outputs().stream().distinct().count()
            > 1)) {
          witnessed = true;
          break;
        }
      }
      assertThat(witnessed).as("Camunda sees the overlap of %s", overlap.rows()).isTrue();
    }
  }
}
