package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hotline12345.core.assessment.Month.GULOU;
import static org.hotline12345.core.assessment.Month.HUNANLU;
import static org.hotline12345.core.assessment.Month.NINGHAI;
import static org.hotline12345.core.assessment.Month.SEPTEMBER;
import static org.hotline12345.core.assessment.Month.WATER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

/**
 * A month of twenty cases ({@link Month#twentyCases()}) scored by hand under each preset, as a
 * platform clerk checks a scorecard: the counts first, then each preset's arithmetic, written
 * out beside the assertions.
 *
 * <p>The month: 湖南路街道 leads C01-C08 (C04 signed late, C05 contacted late and extended once,
 * C03 resolved late, C06 still open and overdue, C07 reopened once and resolved again, C08's
 * callback did not reach the citizen) and returned C09 in time to 宁海路街道; 宁海路 leads C09-C14
 * (C10 asked to return, was denied and signed late; C12 resolved late; C13 open and overdue;
 * C14 returned and sent back to it) with the water company assisting on C11 (signed in time) and
 * C12 (signed late); the water company leads C15-C17 (C16 dissatisfied, C17 contacted late and
 * resolved late despite two extensions, unresolved); 鼓楼区 leads C18-C20 (C20 open and overdue).
 */
class HandWorkedMonthTest {

  static final DepartmentDirectory DIRECTORY = DepartmentDirectory.of(
      department("nj", DepartmentKind.OTHER, null),
      department("nj.gulou", DepartmentKind.DISTRICT, "nj"),
      department("nj.gulou.hunanlu", DepartmentKind.STREET, "nj.gulou"),
      department("nj.gulou.ninghai", DepartmentKind.STREET, "nj.gulou"),
      department("nj.water", DepartmentKind.PUBLIC_UTILITY, "nj"));

  static final Actor SUPERVISOR = Actor.supervisor("kh-01");

  private static Department department(String id, DepartmentKind kind, String parent) {
    Department.Builder b = Department.builder();
    b.id(DepartmentId.of(id)).kind(kind).name(id).calendarId("cn-mainland");
    if (parent != null) {
      b.parent(DepartmentId.of(parent));
    }
    return b.build();
  }

  private static Scorecards score(AssessmentScheme scheme, AssessmentLedger ledger, KnowledgeUpkeep upkeep) {
    return Assessment.of(scheme, SEPTEMBER).withGroups(RankingGroups.byKind(DIRECTORY)).withLedger(ledger)
        .withKnowledgeUpkeep(upkeep).score(Month.twentyCases());
  }

  private static Scorecard card(Scorecards cards, DepartmentId department) {
    return cards.find(department).orElseThrow();
  }

  private static void assertTally(Scorecard card, Indicator indicator, double numerator, double denominator) {
    Tally t = card.tally(indicator);
    assertThat(t.numerator()).as(card.department() + " " + indicator + " numerator").isCloseTo(numerator, within(1e-9));
    assertThat(t.denominator()).as(card.department() + " " + indicator + " denominator")
        .isCloseTo(denominator, within(1e-9));
  }

  @Test
  void given_the_month_when_counted_lead_only_then_each_department_has_the_counts_worked_by_hand() {
    Scorecards cards = score(AssessmentSchemes.beijing(), AssessmentLedger.of(AssessmentSchemes.beijing(), SEPTEMBER),
        KnowledgeUpkeep.none());
    assertThat(cards.casesRead()).isEqualTo(20);

    Scorecard hunanlu = card(cards, HUNANLU);
    // Signed for in time: C01 C02 C03 C05 C07 (both rounds) C08, and C09 returned within its window;
    // C04 signed late; C06 is open and counts only against the on-time rate: 7 of 8.
    assertTally(hunanlu, Indicator.SIGN_FOR_ON_TIME, 7, 8);
    // Contacted in time: all but C05, of the seven it kept (C09 was returned): 6 of 7.
    assertTally(hunanlu, Indicator.CONTACT_ON_TIME, 6, 7);
    // Responded (both in time): C01 C02 C03 C07 C08 C09; not C04 (signing) nor C05 (contact): 6 of 8.
    assertTally(hunanlu, Indicator.RESPONSE, 6, 8);
    // On time, fairly: resolved on time C01 C02 C04 C05 (within its extension) C07 C08 = 6;
    // judged: those, C03 resolved late and C06 open and overdue = 8.
    assertTally(hunanlu, Indicator.ON_TIME, 6, 8);
    // The naive rate forgets C06: 6 of 7.
    assertTally(hunanlu, Indicator.ON_TIME_NAIVE, 6, 7);
    // Callbacks that reached the citizen: C01 C02 C03 C04 C05 C07 (C08 not reached; C09's is 宁海路's);
    // resolved in all but C04: 5 of 6.
    assertTally(hunanlu, Indicator.RESOLUTION, 5, 6);
    // Satisfied or basically satisfied, both counting 1 under the Beijing preset: all but C04: 5 of 6.
    assertTally(hunanlu, Indicator.SATISFACTION, 5, 6);
    // Returned: C09, of the 8 closed cases it got as lead.
    assertTally(hunanlu, Indicator.RETURN_RATE, 1, 8);
    // C09's return was approved and the case did not come back: no wrong return.
    assertTally(hunanlu, Indicator.WRONG_RETURN_RATE, 0, 8);
    // Extended: C05, of the 7 it kept.
    assertTally(hunanlu, Indicator.EXTENSION_RATE, 1, 7);
    // Reopened: C07, of the 7 it kept.
    assertTally(hunanlu, Indicator.REOPEN_RATE, 1, 7);

    Scorecard ninghai = card(cards, NINGHAI);
    // Signed for in time: C09 C11 C12 C14 (returned in time, then signed in time); C10 signed late
    // after its denied return (a denied return is no answer): 4 of 5.
    assertTally(ninghai, Indicator.SIGN_FOR_ON_TIME, 4, 5);
    assertTally(ninghai, Indicator.CONTACT_ON_TIME, 5, 5);
    assertTally(ninghai, Indicator.RESPONSE, 4, 5);
    // On time: C09 C10 C11 C14; C12 late; C13 open and overdue: 4 of 6. Naively 4 of 5.
    assertTally(ninghai, Indicator.ON_TIME, 4, 6);
    assertTally(ninghai, Indicator.ON_TIME_NAIVE, 4, 5);
    assertTally(ninghai, Indicator.RESOLUTION, 5, 5);
    assertTally(ninghai, Indicator.SATISFACTION, 5, 5);
    // Returned C14 (part of the case it got as lead): 1 of 5; wrong: C10 denied, C14 came back: 2 of 5.
    assertTally(ninghai, Indicator.RETURN_RATE, 1, 5);
    assertTally(ninghai, Indicator.WRONG_RETURN_RATE, 2, 5);
    assertTally(ninghai, Indicator.EXTENSION_RATE, 0, 5);

    Scorecard water = card(cards, WATER);
    // Lead only: C15 C16 C17. Contacted in time C15 C16; on time C15 C16; resolved C15 C16;
    // satisfied C15 only; extended C17.
    assertTally(water, Indicator.SIGN_FOR_ON_TIME, 3, 3);
    assertTally(water, Indicator.RESPONSE, 2, 3);
    assertTally(water, Indicator.ON_TIME, 2, 3);
    assertTally(water, Indicator.RESOLUTION, 2, 3);
    assertTally(water, Indicator.SATISFACTION, 1, 3);
    assertTally(water, Indicator.EXTENSION_RATE, 1, 3);

    Scorecard gulou = card(cards, GULOU);
    // C18 C19 closed well; C20 open and overdue counts against the fair rate only: 2 of 3, naively 2 of 2.
    assertTally(gulou, Indicator.RESPONSE, 2, 2);
    assertTally(gulou, Indicator.ON_TIME, 2, 3);
    assertTally(gulou, Indicator.ON_TIME_NAIVE, 2, 2);
    assertTally(gulou, Indicator.SATISFACTION, 2, 2);
  }

  @Test
  void beijing_three_rates_weighted_10_45_45() {
    Scorecards cards = score(AssessmentSchemes.beijing(), AssessmentLedger.of(AssessmentSchemes.beijing(), SEPTEMBER),
        KnowledgeUpkeep.none());
    // 湖南路: response 6/8 = 0.75 × 10 = 7.5; resolution 5/6 × 45 = 37.5; satisfaction 5/6 × 45 = 37.5; total 82.5
    assertThat(card(cards, HUNANLU).score()).hasValue(82.5);
    // 宁海路: 4/5 × 10 = 8; 5/5 × 45 = 45; 5/5 × 45 = 45; total 98
    assertThat(card(cards, NINGHAI).score()).hasValue(98);
    // 水务: 2/3 × 10 = 6.6667; 2/3 × 45 = 30; 1/3 × 45 = 15; total 51.6667
    assertThat(card(cards, WATER).terms()).extracting(TermScore::points).containsExactly(6.6667, 30.0, 15.0);
    assertThat(card(cards, WATER).score()).hasValue(51.6667);
    // 鼓楼: every rate 1: 100
    assertThat(card(cards, GULOU).score()).hasValue(100);
    // Ranked within kinds: the two streets against each other; the district and the utility alone.
    assertThat(cards.ranking("街道乡镇")).extracting(Scorecard::department).containsExactly(NINGHAI, HUNANLU);
    assertThat(card(cards, NINGHAI).rank()).hasValue(1);
    assertThat(card(cards, HUNANLU).rank()).hasValue(2);
    assertThat(cards.ranking("区县")).extracting(Scorecard::department).containsExactly(GULOU);
    assertThat(cards.ranking("公共服务企业")).extracting(Scorecard::department).containsExactly(WATER);
  }

  @Test
  void a_county_weighting_30_35_35_with_assisting_at_half_and_adjustments() {
    AssessmentScheme county = AssessmentSchemes.county();
    Instant t = Month.at(31, 10);
    AssessmentLedger ledger = AssessmentLedger.of(county, SEPTEMBER)
        .withAdjustment(Adjustment.deduction(HUNANLU, 2, "媒体曝光", Remark.of("9月12日晚报曝光占道经营未处理")),
            SUPERVISOR, t)
        .withAdjustment(Adjustment.bonus(NINGHAI, 3, "领导批示表扬", Remark.of("区长批示表扬")), SUPERVISOR, t)
        .withAdjustment(Adjustment.bonus(GULOU, 4, "主动治理", Remark.of("背街小巷整治")), SUPERVISOR, t)
        .withAdjustment(Adjustment.bonus(GULOU, 3, "领导批示表扬", Remark.of("市长批示表扬")), SUPERVISOR, t);
    Scorecards cards = score(county, ledger, KnowledgeUpkeep.none());

    // 湖南路 (assisting weight changes nothing, it never assisted):
    //   response 6/8 = 0.75 × 30 = 22.5
    //   resolution 5/6 × 35 = 29.1667
    //   satisfaction (1 + 0.8 + 1 + 0 + 0.8 + 1) / 6 = 4.6/6 × 35 = 26.8333
    //   22.5 + 29.1667 + 26.8333 = 78.5, less the deduction of 2: 76.5
    Scorecard hunanlu = card(cards, HUNANLU);
    assertTally(hunanlu, Indicator.SATISFACTION, 4.6, 6);
    assertThat(hunanlu.terms()).extracting(TermScore::points).containsExactly(22.5, 29.1667, 26.8333);
    assertThat(hunanlu.deduction()).isEqualTo(2);
    assertThat(hunanlu.score()).hasValue(76.5);
    // 宁海路: 0.8 × 30 = 24; 1 × 35 = 35; (4 + 0.8)/5 = 0.96 × 35 = 33.6; 92.6, plus the bonus of 3: 95.6
    assertThat(card(cards, NINGHAI).score()).hasValue(95.6);
    // 水务, now also credited at 0.5 for assisting on C11 and C12:
    //   signed in time 3 + 0.5 (C11; C12 late) of 3 + 1 = 3.5/4
    //   response: C15 C16, and C11 at 0.5 (C12 signed late): 2.5/4 = 0.625 × 30 = 18.75
    //   resolution: C15 C16 resolved, C17 not, and C11 C12 at 0.5 each: five cases weighing 4, 3/4 = 0.75 × 35 = 26.25
    //   satisfaction: C15 1, C16 0, C17 0, C11 0.5 × 1, C12 0.5 × 0.8: 1.9/4 = 0.475 × 35 = 16.625
    //   on time, shared: C15 C16, C11 at 0.5; C17 and C12 (0.5) late: 2.5/4
    //   total 18.75 + 26.25 + 16.625 = 61.625
    Scorecard water = card(cards, WATER);
    assertTally(water, Indicator.SIGN_FOR_ON_TIME, 3.5, 4);
    assertTally(water, Indicator.RESPONSE, 2.5, 4);
    assertTally(water, Indicator.RESOLUTION, 3, 4);
    assertTally(water, Indicator.SATISFACTION, 1.9, 4);
    assertTally(water, Indicator.ON_TIME, 2.5, 4);
    assertThat(water.tally(Indicator.RESOLUTION).cases()).isEqualTo(5);
    assertThat(water.score()).hasValue(61.625);
    // 鼓楼: 30 + 35 + (1 + 0.8)/2 × 35 = 31.5: 96.5; bonuses 4 + 3 = 7 capped at 5: 101.5
    Scorecard gulou = card(cards, GULOU);
    assertThat(gulou.bonus()).isEqualTo(5);
    assertThat(gulou.score()).hasValue(101.5);
    assertThat(gulou.entries()).containsExactly(3L, 4L);
    assertThat(cards.ranking("街道乡镇")).extracting(Scorecard::department).containsExactly(NINGHAI, HUNANLU);
  }

  @Test
  void shandong_base_100_with_fair_completion_satisfaction_and_knowledge_upkeep() {
    LocalDate lastDay = LocalDate.of(2025, 9, 30);
    List<KnowledgeEntry> entries = new ArrayList<>();
    // 湖南路 owns 10 entries, 2 of them last reviewed more than a year ago; 水务 owns 5, all current.
    for (int i = 1; i <= 10; i++) {
      entries.add(entry("hnl-" + i, HUNANLU, i <= 2 ? LocalDate.of(2024, 6, 1) : LocalDate.of(2025, 3, 1)));
    }
    for (int i = 1; i <= 5; i++) {
      entries.add(entry("water-" + i, WATER, LocalDate.of(2025, 8, 1)));
    }
    KnowledgeUpkeep upkeep = KnowledgeUpkeep.of(entries, lastDay, Period.ofYears(1));
    AssessmentScheme shandong = AssessmentSchemes.shandong();
    Scorecards cards = score(shandong, AssessmentLedger.of(shandong, SEPTEMBER), upkeep);

    // 湖南路: completion (fair) 6/8 = 75 %, 25 points short × 0.4 = 10
    //   satisfaction 4.6/6 = 76.6667 %, 23.3333 short × 0.4 = 9.3333
    //   knowledge upkeep 8/10 = 80 %, 20 short × 0.2 = 4
    //   100 - 10 - 9.3333 - 4 = 76.6667
    Scorecard hunanlu = card(cards, HUNANLU);
    assertTally(hunanlu, Indicator.KNOWLEDGE_UPKEEP, 8, 10);
    assertThat(hunanlu.terms()).extracting(TermScore::points).containsExactly(10.0, 9.3333, 4.0);
    assertThat(hunanlu.score()).hasValue(76.6667);
    // 宁海路: completion 4/6 = 66.6667 %, 33.3333 short × 0.4 = 13.3333; satisfaction 96 %, 4 short × 0.4 = 1.6;
    //   no knowledge entries: no deduction; 100 - 13.3333 - 1.6 = 85.0667
    assertThat(card(cards, NINGHAI).score()).hasValue(85.0667);
    // Had the open overdue C13 been left out (the naive rate, 4/5 = 80 %), 宁海路 would lose 8, not 13.3333:
    // leaving a late case open gains nothing.
    assertThat(card(cards, NINGHAI).rate(Indicator.ON_TIME_NAIVE)).hasValue(0.8);
    // 水务: completion 2/3, 13.3333; satisfaction 1/3 = 33.3333 %, 66.6667 short × 0.4 = 26.6667;
    //   upkeep 5/5: 0; 100 - 13.3333 - 26.6667 = 60
    assertThat(card(cards, WATER).score()).hasValue(60);
    // 鼓楼: completion 2/3 (C20 open and overdue), 13.3333; satisfaction 1.8/2 = 90 %, 10 short × 0.4 = 4;
    //   100 - 13.3333 - 4 = 82.6667
    assertThat(card(cards, GULOU).score()).hasValue(82.6667);
    assertThat(cards.ranking("街道乡镇")).extracting(Scorecard::department).containsExactly(NINGHAI, HUNANLU);
  }

  private static KnowledgeEntry entry(String id, DepartmentId owner, LocalDate reviewedOn) {
    return new KnowledgeEntry(id, "问题" + id, "答案" + id, List.of(), Optional.empty(), owner, reviewedOn);
  }
}
