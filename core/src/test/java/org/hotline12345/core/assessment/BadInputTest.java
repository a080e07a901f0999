package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message naming the field and the rule, never quoting free text. */
class BadInputTest {

  @Test
  void values_refuse_bad_input_naming_the_field() {
    assertThatThrownBy(() -> Adjustment.bonus(Month.WATER, 0, "表扬", Remark.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("points:");
    assertThatThrownBy(() -> Adjustment.bonus(Month.WATER, 101, "表扬", Remark.of("x")))
        .hasMessageStartingWith("points:");
    assertThatThrownBy(() -> Adjustment.bonus(Month.WATER, 1, " ", Remark.of("x"))).hasMessageStartingWith("item:");
    assertThatThrownBy(() -> Adjustment.deduction(Month.WATER, 1, "曝光", Remark.of(" ")))
        .hasMessageStartingWith("reason:");
    assertThatThrownBy(() -> Adjustment.bonus(null, 1, "表扬", Remark.of("x")))
        .isInstanceOf(NullPointerException.class).hasMessage("department");
    assertThatThrownBy(() -> Veto.of(Month.WATER, VetoReason.FRAUD, Remark.none())).hasMessageStartingWith("note:");
    assertThatThrownBy(() -> AssessmentAppeal.of(Month.WATER, CaseId.of("c-1"), Remark.of("x"),
        Indicator.KNOWLEDGE_UPKEEP)).hasMessageStartingWith("indicators: KNOWLEDGE_UPKEEP is not counted from cases");
    assertThatThrownBy(() -> new AssessmentAppeal(Month.WATER, CaseId.of("c-1"), Set.of(), Remark.of("x")))
        .hasMessageStartingWith("indicators:");
    assertThatThrownBy(() -> Term.deduction(Indicator.ON_TIME, 1.2, 1, 10)).hasMessageStartingWith("target:");
    assertThatThrownBy(() -> Term.weighted(Indicator.ON_TIME, -1)).hasMessageStartingWith("points:");
    assertThatThrownBy(() -> new Tally(3, 2, 2, 0)).hasMessageContaining("exceeds denominator");
    assertThatThrownBy(() -> new Tally(Double.NaN, 2, 2, 0)).hasMessageStartingWith("tally:");
    assertThatThrownBy(() -> AssessmentPeriod.of("x", Month.at(2, 0), Month.at(1, 0))).hasMessageContaining("after");
    assertThatThrownBy(() -> AssessmentScheme.builder().assistingWeight(1.5))
        .hasMessageStartingWith("assistingWeight:");
    assertThatThrownBy(() -> AssessmentScheme.builder().id("x").build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a scheme needs name, version, a term");
    assertThatThrownBy(() -> AssessmentSchemes.beijing().weightOf(org.hotline12345.core.casefile.Satisfaction
        .NOT_REACHED)).hasMessageStartingWith("satisfaction:");
    assertThat(Adjustment.deduction(Month.WATER, 2, "媒体曝光", Remark.of("诉求人张三13812345678")).toString())
        .doesNotContain("张三").contains("媒体曝光");
  }

  @Test
  void an_assessment_refuses_a_ledger_or_instant_of_another_period() {
    Assessment beijing = Assessment.of(AssessmentSchemes.beijing(), Month.SEPTEMBER);
    assertThatThrownBy(() -> beijing.withLedger(AssessmentLedger.of(AssessmentSchemes.county(), Month.SEPTEMBER)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ledger:");
    assertThatThrownBy(() -> beijing.withAsOf(Instant.parse("2025-01-01T00:00:00Z")))
        .hasMessageStartingWith("asOf");
    assertThatThrownBy(() -> beijing.drillDown(List.of(), Month.WATER, Indicator.ON_TIME, 0))
        .hasMessageStartingWith("limit:");
    assertThatThrownBy(() -> beijing.score(java.util.Arrays.asList((AssessedCase) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("cases must not hold null");
    Drilldown upkeep = beijing.withKnowledgeUpkeep(KnowledgeUpkeep.none().withCounts(Month.WATER, 3, 4))
        .drillDown(List.of(), Month.WATER, Indicator.KNOWLEDGE_UPKEEP, 10);
    assertThat(upkeep.tally()).isEqualTo(new Tally(3, 4, 4, 0));
  }
}
