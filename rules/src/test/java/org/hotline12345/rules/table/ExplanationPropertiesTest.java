package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.rules.table.NaiveTable.Value0;

/**
 * An explanation tells the truth: its winners really match (each cell re-checked against the
 * inputs by the naive reading), its matched rows are exactly the matching rows, and each near
 * miss fails on exactly the column it names and on no other; it counts every near miss.
 */
class ExplanationPropertiesTest {

  record Case(Printed printed, Map<String, Value0> inputs, LocalDate day) {}

  @Provide
  Arbitrary<Case> cases() {
    return TableArbitraries.tables(12, HitPolicy.FIRST, HitPolicy.PRIORITY, HitPolicy.COLLECT,
        HitPolicy.RULE_ORDER, HitPolicy.OUTPUT_ORDER).flatMap(table -> Combinators.combine(
        TableArbitraries.inputs(table), TableArbitraries.days())
        .as((inputs, day) -> new Case(new Printed(table), inputs, day)));
  }

  @Property(tries = 400)
  void winnersMatchAndNearMissesFailOnExactlyTheirColumn(@ForAll("cases") Case c) {
    DecisionTable table = c.printed().table();
    // when
    DecisionExplanation explanation = table.explain(NaiveTable.inputs(c.inputs()), c.day());
    // then every winner matches cell by cell
    for (Row winner : explanation.winners()) {
      assertThat(NaiveTable.failures(winner, table.inputs(), c.inputs(), c.day())).isEmpty();
    }
    assertThat(explanation.matched())
        .containsExactlyElementsOf(NaiveTable.matching(table, c.inputs(), c.day()));
    assertThat(explanation.winners()).isEqualTo(explanation.decision().rows());
    // and every near miss fails on its column alone
    for (NearMiss miss : explanation.nearMisses()) {
      assertThat(NaiveTable.failures(miss.row(), table.inputs(), c.inputs(), c.day()))
          .containsExactly(miss.column());
    }
    List<String> expected = new ArrayList<>();
    for (Row row : table.rows()) {
      if (NaiveTable.failures(row, table.inputs(), c.inputs(), c.day()).size() == 1) {
        expected.add(row.id());
      }
    }
    assertThat(explanation.nearMissCount()).isEqualTo(expected.size());
    List<String> listed = new ArrayList<>();
    explanation.nearMisses().forEach(miss -> listed.add(miss.row().id()));
    assertThat(listed).isEqualTo(expected.subList(0, Math.min(expected.size(),
        DecisionExplanation.MAX_NEAR_MISSES)));
    // the text a dispatcher reads names the winner, and never the free text given
    explanation.decision().first().ifPresent(row -> assertThat(explanation.toText())
        .contains("Row " + row.id()));
    c.inputs().values().stream().filter(v -> v.type() == ColumnType.KEYWORDS)
        .map(v -> (String) v.value()).filter(text -> text.length() >= 3
            && !TableArbitraries.KEYWORDS.contains(text))
        .forEach(text -> assertThat(explanation.toText()).doesNotContain(text));
  }
}
