package org.hotline12345.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same DMN file gives the same answers in our engine and in Camunda 7's DMN engine, on every
 * input of the grid {@link Equivalence} builds: the rules the hit policy picks, in order, their
 * outputs, and a COLLECT table's sum.
 */
class CamundaEquivalenceTest {

  static final Path DIR = Path.of("src/test/resources/dmn");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      // 3 categories (2 named, 1 not) x 3 areas x 4 channels
      "routing-nanjing.dmn      | routing               | FIRST    | -           | 36",
      // 4 types x 11 counts (-1, 0, 1, 2, 3, 4, 5, 6, 9, 10, 11) x 2
      "acceptance-urgency.dmn   | urgency               | UNIQUE   | callerCount | 88",
      // 7 days (-1, 0, .5, .75, 1, 1.5, 2.5) x 2 x 8 urges (0, 1, 2, 3, 6, 9, 10, 11)
      "supervision-priority.dmn | light                 | PRIORITY | urges       | 112",
      // 4 categories x 2 areas
      "assisting-collect.dmn    | assisting_departments | COLLECT  | -           | 8",
      // 2 types x 10 counts (2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
      "assisting-collect.dmn    | urgency_score         | COLLECT  | callerCount | 20",
  })
  void bothEnginesPickTheSameRulesOnEveryInputOfTheGrid(String file, String decision,
      String policy, String integerColumn, int points) throws IOException {
    String xml = Files.readString(DIR.resolve(file));
    LoadedTable loaded = DmnReader.of().withVersion("test").read(DIR.resolve(file))
        .table(decision);
    DecisionTable table = loaded.table();
    CamundaOracle camunda = new CamundaOracle(xml,
        Map.of(decision, Equivalence.priorities(table)));

    List<Equivalence.Point> grid = Equivalence.grid(table,
        integerColumn.equals("-") ? List.of() : List.of(integerColumn), List.of());
    Set<String> picked = new LinkedHashSet<>();
    for (Equivalence.Point point : grid) {
      List<String> ids = Equivalence.assertSame(table, camunda, policy, point);
      picked.addAll(ids);
    }

    assertThat(table.hitPolicy().label()).isEqualTo(policy);
    assertThat(grid).hasSize(points);
    assertThat(picked).as("every rule wins somewhere on the grid")
        .containsExactlyInAnyOrderElementsOf(table.rows().stream().map(Row::id).toList());
  }

  /**
   * The one place the engines part: COLLECT with COUNT (C#). Ours counts the distinct values
   * of the matching rules, as DMN 1.3 defines it; Camunda 7 counts every matching rule's
   * value. Sums, minima and maxima agree.
   */
  @Test
  void collectCountIsOfDistinctValuesHereAndOfEveryValueInCamunda7() throws IOException {
    String xml = Files.readString(DIR.resolve("assisting-collect.dmn"))
        .replace("aggregation=\"SUM\"", "aggregation=\"COUNT\"");
    DecisionTable table = DmnReader.of().read(new java.io.StringReader(xml), "count.dmn")
        .table("urgency_score").table();
    CamundaOracle camunda = new CamundaOracle(xml, Map.of());

    // A seventh complaint: S1 gives 3, S2 and S3 give 2 each.
    Decision ours = table.decide(Inputs.builder().text("type", "COMPLAINT")
        .number("callerCount", 7).build(), Equivalence.DAY);
    CamundaOracle.Answer theirs = camunda.evaluate("urgency_score",
        Map.of("type", "COMPLAINT", "callerCount", 7), "COLLECT");

    assertThat(ours.rows()).extracting(Row::id).containsExactlyElementsOf(theirs.ruleIds());
    assertThat(ours.aggregate()).contains(java.math.BigDecimal.valueOf(2));
    assertThat(theirs.aggregate()).contains(3);
  }
}
