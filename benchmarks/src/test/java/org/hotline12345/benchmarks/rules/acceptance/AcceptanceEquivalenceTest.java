package org.hotline12345.benchmarks.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The acceptance benchmark decides what it says: every appeal of the mix as a dispatcher
 * expects of the preset (the fire referred, the case in court declined, the ordinary complaint
 * accepted), by hotline-rules' table and by the naive baseline alike, with the preset's keyword
 * list and with the scaled one; and the scaled list is the size it claims.
 */
class AcceptanceEquivalenceTest {

  private static final CategoryTaxonomy TAXONOMY = Presets.taxonomy();

  @ParameterizedTest
  @EnumSource(KeywordList.class)
  void bothWaysDecideEveryAppealOfTheMixAsTheDispatcherExpects(KeywordList keywords) {
    DecisionTable table = keywords.table();
    ContainsLoopTable baseline = new ContainsLoopTable(table);
    List<String> wrong = new ArrayList<>();
    for (AcceptanceAppeal appeal : AcceptanceAppeal.mix()) {
      String byTable = AcceptanceBenchmark.decide(table, TAXONOMY, appeal,
          appeal.category().map(CategoryCode::of).orElse(null));
      String byLoop = baseline.decide(appeal);
      if (!appeal.expected().equals(byTable) || !appeal.expected().equals(byLoop)) {
        wrong.add(appeal + ": table " + byTable + ", loop " + byLoop);
      }
    }
    assertThat(wrong).as("appeals decided otherwise than expected").isEmpty();
  }

  @Test
  void theMixHoldsEveryKindOfDecisionInTheProportionsItNames() {
    List<AcceptanceAppeal> mix = AcceptanceAppeal.mix();

    assertThat(mix).hasSize(38);
    assertThat(mix).filteredOn(a -> a.expected().equals("REFER")).hasSize(8);
    assertThat(mix).filteredOn(a -> a.expected().equals("NOT_ACCEPT")).hasSize(8);
    assertThat(mix).filteredOn(a -> a.expected().equals("PERSON")).hasSize(2);
    assertThat(mix).filteredOn(a -> a.expected().equals("ACCEPT")).hasSize(20)
        .allSatisfy(a -> assertThat(a.text().length()).isBetween(26, 76));
    assertThat(mix.get(0).toString()).doesNotContain("着火").contains("expected REFER");
  }

  @Test
  void thePresetHasItsSixtyKeywordsAndTheScaledListAThousandMore() {
    DecisionTable preset = KeywordList.PRESET.table();
    DecisionTable scaled = KeywordList.SCALED_1000.table();

    assertThat(keywords(preset)).isEqualTo(60);
    assertThat(keywords(scaled)).isEqualTo(60 + KeywordList.GENERATED_ROWS
        * KeywordList.KEYWORDS_PER_ROW);
    assertThat(scaled.rows()).hasSize(preset.rows().size() + KeywordList.GENERATED_ROWS);
    List<String> ids = scaled.rows().stream().map(Row::id).toList();
    assertThat(ids.indexOf("G001")).isEqualTo(ids.indexOf("N-EMPTY") + 1);
    assertThat(ids.indexOf("P-FREQUENT")).isEqualTo(ids.indexOf("G100") + 1);
  }

  @Test
  void noGeneratedKeywordOccursInAnAppealOfTheMix() {
    DecisionTable scaled = KeywordList.SCALED_1000.table();
    for (Row row : scaled.rows()) {
      if (row.id().startsWith("G")) {
        for (var test : row.condition(CaseInputs.TEXT).tests()) {
          String keyword = ((org.hotline12345.rules.table.Condition.Value) test).value();
          assertThat(keyword.length()).isBetween(3, 4);
          assertThat(AcceptanceAppeal.mix()).noneMatch(a -> a.text().contains(keyword));
        }
      }
    }
  }

  private static int keywords(DecisionTable table) {
    return table.rows().stream()
        .mapToInt(row -> row.condition(CaseInputs.TEXT).isAny() ? 0
            : row.condition(CaseInputs.TEXT).tests().size())
        .sum();
  }
}
