package org.hotline12345.core.assessment;

import java.util.EnumSet;

/**
 * Ready-made assessment schemes (考核方案预设), as published practice has them. The numbers are a
 * starting point, not any city's current notice: a city prints one with {@link
 * AssessmentScheme#toCsv()}, edits it to its own document, and reads it back with {@link
 * AssessmentScheme#readCsv}.
 */
public final class AssessmentSchemes {

  private AssessmentSchemes() {}

  /**
   * Beijing-style 三率 (响应率, 解决率, 满意率): the response rate weighted 10, the resolution rate
   * 45 and the satisfaction rate 45, out of 100; the lead department alone answers for a case
   * (主办负总责); satisfied and basically satisfied both count fully; a veto scores 0. Beijing
   * ranks four kinds of unit separately: {@link RankingGroups#byKind}.
   *
   * @return the scheme {@code beijing-3rates}
   */
  public static AssessmentScheme beijing() {
    return AssessmentScheme.builder()
        .id("beijing-3rates").name("北京式三率考核（响应率、解决率、满意率）").version("preset-1")
        .term(Term.weighted(Indicator.RESPONSE, 10))
        .term(Term.weighted(Indicator.RESOLUTION, 45))
        .term(Term.weighted(Indicator.SATISFACTION, 45))
        .build();
  }

  /**
   * A county's 30/35/35: the response rate weighted 30, the resolution rate 35, the
   * satisfaction rate 35, out of 100; a basically satisfied citizen counts 0.8; an assisting
   * department (协办) shares the outcomes of its cases at half weight; bonuses at most 5 points
   * a month, manual deductions at most 20.
   *
   * @return the scheme {@code county-303535}
   */
  public static AssessmentScheme county() {
    return AssessmentScheme.builder()
        .id("county-303535").name("县级12345考核（响应30、解决35、满意35）").version("preset-1")
        .term(Term.weighted(Indicator.RESPONSE, 30))
        .term(Term.weighted(Indicator.RESOLUTION, 35))
        .term(Term.weighted(Indicator.SATISFACTION, 35))
        .basicallySatisfiedWeight(0.8)
        .assistingWeight(0.5)
        .bonusCap(5)
        .deductionCap(20)
        .build();
  }

  /**
   * Shandong-style: a base of 100, from which the on-time completion rate (按时办结率, counted
   * fairly) takes 0.4 points for each percentage point below 100 % (at most 40), the
   * satisfaction rate 0.4 points a point below 100 % (at most 40, a basically satisfied citizen
   * counting 0.8), and the knowledge-base upkeep (知识库维护) 0.2 points a point below 100 % (at
   * most 20); bonuses at most 5 points; vetoes for perfunctory handling, buck-passing, fraud,
   * dereliction and breach of confidentiality.
   *
   * @return the scheme {@code shandong-base100}
   */
  public static AssessmentScheme shandong() {
    return AssessmentScheme.builder()
        .id("shandong-base100").name("山东式百分制考核（办结、满意、知识库维护）").version("preset-1")
        .base(100)
        .term(Term.deduction(Indicator.ON_TIME, 1, 0.4, 40))
        .term(Term.deduction(Indicator.SATISFACTION, 1, 0.4, 40))
        .term(Term.deduction(Indicator.KNOWLEDGE_UPKEEP, 1, 0.2, 20))
        .basicallySatisfiedWeight(0.8)
        .bonusCap(5)
        .vetoReasons(EnumSet.of(VetoReason.PERFUNCTORY, VetoReason.BUCK_PASSING, VetoReason.FRAUD,
            VetoReason.DERELICTION, VetoReason.CONFIDENTIALITY_BREACH))
        .build();
  }
}
