package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.rules.table.NaiveTable.Value0;

/**
 * The compiled engine against the obvious row-by-row reading, under every hit policy, for
 * random tables and inputs: the bit-set indexes, the memos and the FIRST shortcut change
 * nothing but speed.
 */
class EvaluationPropertiesTest {

  record Case(DecisionTable table, List<Map<String, Value0>> inputs, List<LocalDate> days) {
    @Override
    public String toString() {
      return table.toCsv() + inputs + days;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return TableArbitraries.tables(12, HitPolicy.values()).flatMap(table -> Combinators.combine(
        TableArbitraries.inputs(table).list().ofMinSize(1).ofMaxSize(8),
        TableArbitraries.days().list().ofMinSize(8).ofMaxSize(8))
        .as((inputs, days) -> new Case(table, inputs, days)));
  }

  @Property(tries = 400)
  void compiledDecisionsEqualTheNaiveReading(@ForAll("cases") Case c) {
    for (int i = 0; i < c.inputs().size(); i++) {
      Map<String, Value0> values = c.inputs().get(i);
      LocalDate day = c.days().get(i);
      Inputs inputs = NaiveTable.inputs(values);
      List<Row> expected;
      try {
        expected = NaiveTable.decide(c.table(), values, day);
      } catch (IllegalStateException e) {
        assertThatThrownBy(() -> c.table().decide(inputs, day))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("hit policy " + c.table().hitPolicy());
        continue;
      }
      Decision decision = c.table().decide(inputs, day);
      assertThat(decision.rows()).containsExactlyElementsOf(expected);
      assertThat(decision.version()).isEqualTo("v1");
      // the same inputs twice: the memos give the same answer
      assertThat(c.table().decide(inputs, day).rows()).containsExactlyElementsOf(expected);
    }
  }
}
