package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hotline12345.core.casefile.Explanation;
import org.junit.jupiter.api.Test;

/** "Why did it go there?" as a dispatcher reads the answer. */
class ExplanationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 15);

  private static DecisionTable emergency() {
    return DecisionTable.builder("emergency", "2026-12").name("紧急转办")
        .hitPolicy(HitPolicy.FIRST)
        .input(Column.of("text", ColumnType.KEYWORDS))
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("line", OutputType.TEXT))
        .row(Row.builder("fire").description("火情转119").when("text", "火灾, 着火, 冒烟")
            .then("line", "119").build())
        .row(Row.builder("lift").description("电梯困人转96333").when("text", "困人")
            .when("category", "L01").then("line", "96333").build())
        .row(Row.builder("gas").description("燃气泄漏").when("text", "燃气, 煤气")
            .effectiveFrom(LocalDate.of(2027, 1, 1)).then("line", "119").build())
        .row(Row.builder("none").description("不转办").when("text", "not(火灾, 着火, 困人)")
            .then("line", "").build())
        .build();
  }

  @Test
  void aLiftEntrapmentExplainsItsWinnerAndTheRowsThatNearlyMatched() {
    String appeal = "我住在幸福小区3栋，电梯困人了，我的电话13800001234";
    Inputs inputs = Inputs.builder().keywords("text", appeal).category("category", "L0102")
        .build();

    DecisionExplanation explanation = emergency().explain(inputs, DAY);

    assertThat(explanation.winners()).extracting(Row::id).containsExactly("lift");
    assertThat(explanation.matched()).extracting(Row::id).containsExactly("lift");
    assertThat(explanation.reason()).isEqualTo("FIRST: lift is the first of 1 matching row"
        + " (lift)");
    // fire fails on the text alone, and so does none (the text holds 困人); gas fails on the
    // text and on its dates, so it is no near miss
    assertThat(explanation.nearMisses()).extracting(NearMiss::toText).containsExactly(
        "fire failed on text: none of 火灾, 着火, 冒烟 in the text",
        "none failed on text: the text holds a keyword the row excludes: not(火灾, 着火, 困人)");
    assertThat(explanation.toText()).isEqualTo("紧急转办 (rule set emergency version 2026-12),"
        + " on 2026-12-15. Row lift (电梯困人转96333) gives line 96333. FIRST: lift is the first"
        + " of 1 matching row (lift). Near misses: fire failed on text: none of 火灾, 着火, 冒烟"
        + " in the text; none failed on text: the text holds a keyword the row excludes:"
        + " not(火灾, 着火, 困人).");
    // the caller's words and number never appear
    assertThat(explanation.toText()).doesNotContain("幸福小区").doesNotContain("13800001234");
    assertThat(inputs.toString()).doesNotContain("幸福小区")
        .contains("text=(31 characters of text)");
  }

  @Test
  void aRowNotYetInEffectIsANearMissOnItsDates() {
    Inputs inputs = Inputs.builder().keywords("text", "楼道有燃气味").category("category", "G01")
        .build();

    DecisionExplanation explanation = emergency().explain(inputs, DAY);

    assertThat(explanation.winners()).extracting(Row::id).containsExactly("none");
    assertThat(explanation.nearMisses()).extracting(NearMiss::row).extracting(Row::id)
        .containsExactly("fire", "gas");
    assertThat(explanation.nearMisses().get(1).column()).isEqualTo(NearMiss.PERIOD);
    assertThat(explanation.nearMisses().get(1).reason()).isEqualTo("not in effect on"
        + " 2026-12-15 (in effect 2027-01-01 to further notice)");
  }

  @Test
  void aCategoryNearMissShowsWhatTheInputWas() {
    Inputs inputs = Inputs.builder().keywords("text", "有人被困人在电梯里")
        .category("category", "W02").build();

    DecisionExplanation explanation = emergency().explain(inputs, DAY);

    assertThat(explanation.decision().isMatched()).isFalse();
    assertThat(explanation.reason()).isEqualTo("no row matched");
    assertThat(explanation.nearMisses()).extracting(NearMiss::toText)
        .contains("lift failed on category: category was 'W02'; the row wants L01");
  }

  @Test
  void theCoreRecordsRuleSetVersionRowAndText() {
    Inputs inputs = Inputs.builder().keywords("text", "三楼着火了").category("category", "F01")
        .build();

    Explanation recorded = emergency().explain(inputs, DAY).toExplanation();
    Explanation brief = emergency().decide(inputs, DAY).toExplanation();

    assertThat(recorded.ruleSet()).isEqualTo("emergency");
    assertThat(recorded.version()).isEqualTo("2026-12");
    assertThat(recorded.row()).contains("fire");
    assertThat(recorded.text()).startsWith("紧急转办 (rule set emergency version 2026-12)");
    assertThat(brief.row()).contains("fire");
    assertThat(brief.text()).isEqualTo("紧急转办: fire (火情转119) under FIRST on 2026-12-15");
  }

  @Test
  void manyNearMissesAreCountedAndTheFirstFiveListed() {
    DecisionTable.Builder builder = DecisionTable.builder("many", "1")
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT));
    for (int i = 1; i <= 8; i++) {
      builder.row(Row.builder("R" + i).when("category", "C0" + i).then("lead", "d" + i)
          .build());
    }

    DecisionExplanation explanation = builder.build().explain(
        Inputs.builder().category("category", "C09").build(), DAY);

    assertThat(explanation.nearMissCount()).isEqualTo(8);
    assertThat(explanation.nearMisses()).extracting(m -> m.row().id())
        .isEqualTo(List.of("R1", "R2", "R3", "R4", "R5"));
    assertThat(explanation.toText()).endsWith("; and 3 more.");
  }
}
