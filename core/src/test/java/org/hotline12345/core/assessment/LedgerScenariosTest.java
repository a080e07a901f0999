package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.assessment.Month.GULOU;
import static org.hotline12345.core.assessment.Month.HUNANLU;
import static org.hotline12345.core.assessment.Month.NINGHAI;
import static org.hotline12345.core.assessment.Month.SEPTEMBER;
import static org.hotline12345.core.assessment.Month.at;

import java.time.Instant;
import java.util.List;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.junit.jupiter.api.Test;

/**
 * The ledger's stories on the hand-worked month: a veto, an appeal, a restatement, and what the
 * ledger refuses.
 */
class LedgerScenariosTest {

  static final Actor SUPERVISOR = Actor.supervisor("kh-01");
  static final Actor NINGHAI_CLERK = Actor.handler("nh-07", NINGHAI);
  static final CaseId C10 = CaseId.of("case-10");
  static final String APPEAL_TEXT = "退单待平台审核期间无法签收，诉求人张三13812345678";

  private static Assessment assessment(AssessmentScheme scheme, AssessmentLedger ledger) {
    return Assessment.of(scheme, SEPTEMBER).withGroups(RankingGroups.byKind(HandWorkedMonthTest.DIRECTORY))
        .withLedger(ledger).withZone(Month.ZONE);
  }

  private static AssessmentLedger appealedC10(AssessmentLedger ledger, Instant at) {
    return ledger.withAppeal(AssessmentAppeal.of(NINGHAI, C10, Remark.of(APPEAL_TEXT), Indicator.RESPONSE,
        Indicator.SIGN_FOR_ON_TIME), NINGHAI_CLERK, at);
  }

  @Test
  void a_vetoed_department_scores_the_veto_score_and_ranks_after_the_rest_until_the_veto_is_revoked() {
    AssessmentScheme shandong = AssessmentSchemes.shandong();
    AssessmentLedger ledger = AssessmentLedger.of(shandong, SEPTEMBER).withVeto(Veto.of(NINGHAI, VetoReason.PERFUNCTORY,
        Remark.of("C12 答复敷衍，未实地核查")).aboutCase(CaseId.of("case-12")), SUPERVISOR, at(31, 9));

    Scorecards cards = assessment(shandong, ledger).score(Month.twentyCases());

    Scorecard ninghai = cards.find(NINGHAI).orElseThrow();
    // 宁海路 would have 85.0667 (see the hand-worked Shandong month) and rank first among the streets.
    assertThat(ninghai.vetoed()).isTrue();
    assertThat(ninghai.scoreBeforeVeto()).hasValue(85.0667);
    assertThat(ninghai.score()).hasValue(0);
    assertThat(ninghai.entries()).containsExactly(1L);
    assertThat(cards.ranking("街道乡镇")).extracting(Scorecard::department).containsExactly(HUNANLU, NINGHAI);
    assertThat(ninghai.rank()).hasValue(2);

    AssessmentLedger revoked = ledger.withRevocation(1, Remark.of("复核：已实地核查"), SUPERVISOR, at(31, 15));
    Scorecards again = assessment(shandong, revoked).score(Month.twentyCases());
    assertThat(again.find(NINGHAI).orElseThrow().score()).hasValue(85.0667);
    assertThat(again.ranking("街道乡镇")).extracting(Scorecard::department).containsExactly(NINGHAI, HUNANLU);
    assertThat(revoked.vetoes()).isEmpty();
    assertThat(revoked.entries()).hasSize(2);
  }

  @Test
  void a_veto_for_a_reason_the_scheme_does_not_list_is_refused() {
    AssessmentLedger ledger = AssessmentLedger.of(AssessmentSchemes.shandong(), SEPTEMBER);
    assertThatThrownBy(() -> ledger.withVeto(Veto.of(NINGHAI, VetoReason.RETALIATION, Remark.of("…")), SUPERVISOR,
        at(31, 9))).isInstanceOfSatisfying(AssessmentRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(AssessmentRule.VETO_REASON_NOT_IN_SCHEME));
  }

  @Test
  void an_accepted_appeal_takes_the_case_out_of_the_indicators_it_names_and_the_score_is_recomputed() {
    AssessmentScheme beijing = AssessmentSchemes.beijing();
    AssessmentLedger filed = appealedC10(AssessmentLedger.of(beijing, SEPTEMBER), at(31, 9));
    // Filed but not decided: nothing changes; 宁海路 has 98.
    assertThat(assessment(beijing, filed).score(Month.twentyCases()).find(NINGHAI).orElseThrow().score()).hasValue(98);
    assertThat(filed.pendingAppeals()).hasSize(1);

    AssessmentLedger accepted = filed.withAppealAccepted(1, Remark.of("属实：平台审核退单用时3小时"), SUPERVISOR,
        at(31, 14));
    Scorecards cards = assessment(beijing, accepted).score(Month.twentyCases());
    Scorecard ninghai = cards.find(NINGHAI).orElseThrow();
    // C10 leaves 宁海路's response: 4/5 -> 4/4, 1 excluded; 1 × 10 + 45 + 45 = 100.
    assertThat(ninghai.tally(Indicator.RESPONSE)).isEqualTo(new Tally(4, 4, 4, 1));
    assertThat(ninghai.tally(Indicator.SIGN_FOR_ON_TIME)).isEqualTo(new Tally(4, 4, 4, 1));
    assertThat(ninghai.score()).hasValue(100);
    assertThat(ninghai.entries()).containsExactly(1L);
    // ... and nothing else: its other indicators and the other departments are as before.
    Scorecards before = assessment(beijing, AssessmentLedger.of(beijing, SEPTEMBER)).score(Month.twentyCases());
    Scorecard ninghaiBefore = before.find(NINGHAI).orElseThrow();
    for (Indicator indicator : Indicator.values()) {
      if (indicator != Indicator.RESPONSE && indicator != Indicator.SIGN_FOR_ON_TIME) {
        assertThat(ninghai.tally(indicator)).as(indicator.name()).isEqualTo(ninghaiBefore.tally(indicator));
      }
    }
    assertThat(cards.find(HUNANLU)).isEqualTo(before.find(HUNANLU));

    // The drill-down shows the case excluded, and the case says why.
    Drilldown response = assessment(beijing, accepted).drillDown(Month.twentyCases(), NINGHAI, Indicator.RESPONSE, 100);
    assertThat(response.tally()).isEqualTo(ninghai.tally(Indicator.RESPONSE));
    assertThat(response.excluded()).singleElement().satisfies(c -> {
      assertThat(c.number().value()).isEqualTo("NJ20250910");
      assertThat(c.excludedBy()).hasValue(1);
    });
    List<Counted> why = assessment(beijing, accepted).explain(Month.twentyCases().get(9));
    assertThat(why).filteredOn(c -> c.indicator() == Indicator.RESPONSE).singleElement().satisfies(c -> {
      assertThat(c.excludedBy()).hasValue(1);
      assertThat(c.why()).isEqualTo("as lead, assigned 2025-09-05 09:00: signed for 2025-09-05 13:00 (due 2025-09-05"
          + " 11:00), late");
    });
    // The appeal's text is personal data: it is in no string of the ledger's values, nor in its decisions.
    assertThat(accepted.toString() + accepted.entries() + cards + ninghai + why).doesNotContain("张三", "13812345678",
        "退单待平台审核");
  }

  @Test
  void a_rejected_appeal_changes_nothing() {
    AssessmentScheme beijing = AssessmentSchemes.beijing();
    AssessmentLedger rejected = appealedC10(AssessmentLedger.of(beijing, SEPTEMBER), at(31, 9))
        .withAppealRejected(1, Remark.of("签收时限不因退单申请中止"), SUPERVISOR, at(31, 14));
    Scorecards cards = assessment(beijing, rejected).score(Month.twentyCases());
    assertThat(cards.find(NINGHAI).orElseThrow().score()).hasValue(98);
    assertThat(rejected.acceptedAppeals()).isEmpty();
    assertThat(rejected.decisionOf(1)).hasValueSatisfying(d -> assertThat(d.accepted()).isFalse());
  }

  @Test
  void a_published_period_is_frozen_and_a_later_appeal_shows_as_an_explicit_restatement() {
    AssessmentScheme beijing = AssessmentSchemes.beijing();
    AssessmentLedger ledger = AssessmentLedger.of(beijing, SEPTEMBER);
    Scorecards published = assessment(beijing, ledger).score(Month.twentyCases());
    ledger = ledger.withPublication(published, SUPERVISOR, at(31, 9));

    ledger = appealedC10(ledger, at(33, 9)).withAppealAccepted(2, Remark.of("属实"), SUPERVISOR, at(34, 9));
    // The official figures stay those published: 宁海路 98.
    assertThat(ledger.published()).hasValue(published);
    assertThat(ledger.published().orElseThrow().find(NINGHAI).orElseThrow().score()).hasValue(98);

    Scorecards now = assessment(beijing, ledger).score(Month.twentyCases());
    Restatement restatement = Restatement.between(published, now, ledger);
    assertThat(restatement.changes()).singleElement().satisfies(c -> {
      assertThat(c.department()).isEqualTo(NINGHAI);
      assertThat(c.scoreBefore()).hasValue(98);
      assertThat(c.scoreAfter()).hasValue(100);
      assertThat(c.rankBefore()).isEqualTo(c.rankAfter());
      assertThat(c.indicators()).extracting(Restatement.IndicatorChange::indicator)
          .containsExactly(Indicator.SIGN_FOR_ON_TIME, Indicator.RESPONSE);
      assertThat(c.factsChanged()).isFalse();
    });
    assertThat(restatement.entries()).extracting(LedgerEntry::sequence).containsExactly(2L, 3L);
    // As docs/assessment.md shows it:
    assertThat(restatement.toText()).isEqualTo("""
        Restatement (更正) of 2025-09: ledger #0 -> #3
        nj.gulou.ninghai: 98 -> 100; SIGN_FOR_ON_TIME 4/5 (5 case(s)) -> 4/4 (4 case(s), 1 excluded); \
        RESPONSE 4/5 (5 case(s)) -> 4/4 (4 case(s), 1 excluded)
        entry #2 appeal-filed by nh-07 at 2025-10-03T01:00:00Z
        entry #3 appeal-decided by kh-01 at 2025-10-04T01:00:00Z
        """);

    // Publishing the new figures restates the period, on the record.
    ledger = ledger.withPublication(now, SUPERVISOR, at(35, 9));
    assertThat(ledger.published()).hasValue(now);
    assertThat(ledger.restatements()).singleElement().isEqualTo(restatement);
    AssessmentLedger twice = ledger;
    Scorecards same = assessment(beijing, twice).score(Month.twentyCases());
    assertThatThrownBy(() -> twice.withPublication(same, SUPERVISOR, at(35, 10)))
        .isInstanceOfSatisfying(AssessmentRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(AssessmentRule.NOTHING_TO_RESTATE));
  }

  @Test
  void a_late_case_closing_after_publication_shows_as_changed_facts_not_a_silent_rewrite() {
    AssessmentScheme shandong = AssessmentSchemes.shandong();
    AssessmentLedger ledger = AssessmentLedger.of(shandong, SEPTEMBER);
    Scorecards published = assessment(shandong, ledger).score(Month.twentyCases());
    ledger = ledger.withPublication(published, SUPERVISOR, at(31, 9));
    // C06 (湖南路, open and overdue in September) closes on 3 October: September's query no longer
    // reads it (it closed outside the period and is not open); October counts it, closed late.
    List<AssessedCase> reread = Month.twentyCases().stream().filter(c -> !c.id().value().equals("case-06")).toList();
    Scorecards now = assessment(shandong, ledger).score(reread);

    Restatement restatement = Restatement.between(ledger.published().orElseThrow(), now, ledger);
    assertThat(restatement.changes()).singleElement().satisfies(c -> {
      assertThat(c.department()).isEqualTo(HUNANLU);
      // completion 6/8 -> 6/7: 100 - 5.7143 (14.2857 points short × 0.4) - 9.3333 = 84.9524 (no upkeep given)
      assertThat(c.scoreBefore()).hasValue(80.6667);
      assertThat(c.scoreAfter()).hasValue(84.9524);
      assertThat(c.indicators()).extracting(Restatement.IndicatorChange::indicator).containsExactly(Indicator.ON_TIME);
      assertThat(c.factsChanged()).isTrue();
    });
    assertThat(restatement.entries()).isEmpty();
    assertThat(ledger.published()).hasValue(published);
  }

  @Test
  void scorecards_computed_before_the_latest_entries_are_not_published() {
    AssessmentScheme beijing = AssessmentSchemes.beijing();
    AssessmentLedger ledger = AssessmentLedger.of(beijing, SEPTEMBER);
    Scorecards stale = assessment(beijing, ledger).score(Month.twentyCases());
    AssessmentLedger later = appealedC10(ledger, at(31, 9));
    assertThatThrownBy(() -> later.withPublication(stale, SUPERVISOR, at(31, 10)))
        .isInstanceOfSatisfying(AssessmentRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(AssessmentRule.SCORECARDS_STALE));
    AssessmentPeriod october = AssessmentPeriod.ofMonth(java.time.YearMonth.of(2025, 10), Month.ZONE);
    Scorecards other = Assessment.of(beijing, october).score(List.of());
    assertThatThrownBy(() -> ledger.withPublication(other, SUPERVISOR, at(31, 10)))
        .isInstanceOfSatisfying(AssessmentRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(AssessmentRule.SCORECARDS_OF_ANOTHER_PERIOD));
  }

  @Test
  void the_ledger_refuses_what_the_rules_forbid_naming_the_rule() {
    AssessmentLedger ledger = appealedC10(AssessmentLedger.of(AssessmentSchemes.beijing(), SEPTEMBER), at(31, 9));
    Adjustment bonus = Adjustment.bonus(NINGHAI, 1, "表扬", Remark.of("表扬信"));
    assertRefused(() -> ledger.withAdjustment(bonus, NINGHAI_CLERK, at(31, 10)), AssessmentRule.NOT_PERMITTED);
    assertRefused(() -> ledger.withAdjustment(bonus, Actor.dispatcher("pd-1"), at(31, 10)),
        AssessmentRule.NOT_PERMITTED);
    assertRefused(() -> ledger.withAdjustment(bonus, SUPERVISOR.ofUnit(NINGHAI), at(31, 10)),
        AssessmentRule.OWN_DEPARTMENT);
    assertRefused(() -> ledger.withAppealAccepted(1, Remark.of("属实"), SUPERVISOR.ofUnit(NINGHAI), at(31, 10)),
        AssessmentRule.OWN_DEPARTMENT);
    assertRefused(() -> appealedC10(ledger, at(31, 10)).withAppeal(AssessmentAppeal.of(NINGHAI, C10,
        Remark.of("再诉"), Indicator.RESOLUTION), Actor.handler("hnl-3", HUNANLU), at(31, 11)),
        AssessmentRule.NOT_OF_DEPARTMENT);
    assertRefused(() -> ledger.withAppeal(AssessmentAppeal.of(NINGHAI, C10, Remark.of("再诉"), Indicator.RESOLUTION),
        SUPERVISOR, at(31, 10)), AssessmentRule.NOT_PERMITTED);
    assertRefused(() -> ledger.withAdjustment(bonus, SUPERVISOR, at(30, 10)), AssessmentRule.OUT_OF_ORDER);
    assertRefused(() -> ledger.withAppealAccepted(7, Remark.of("属实"), SUPERVISOR, at(31, 10)),
        AssessmentRule.UNKNOWN_ENTRY);
    AssessmentLedger decided = ledger.withAppealRejected(1, Remark.of("不属实"), SUPERVISOR, at(31, 10));
    assertRefused(() -> decided.withAppealAccepted(1, Remark.of("属实"), SUPERVISOR, at(31, 11)),
        AssessmentRule.APPEAL_DECIDED_ALREADY);
    assertRefused(() -> decided.withAppealAccepted(2, Remark.of("属实"), SUPERVISOR, at(31, 11)),
        AssessmentRule.NOT_AN_APPEAL);
    assertRefused(() -> decided.withRevocation(1, Remark.of("撤销"), SUPERVISOR, at(31, 11)),
        AssessmentRule.NOT_REVOCABLE);
    AssessmentLedger adjusted = decided.withAdjustment(bonus, SUPERVISOR, at(31, 11))
        .withRevocation(3, Remark.of("重复录入"), SUPERVISOR, at(31, 12));
    assertRefused(() -> adjusted.withRevocation(3, Remark.of("撤销"), SUPERVISOR, at(31, 13)),
        AssessmentRule.REVOKED_ALREADY);
    assertRefused(() -> adjusted.withPublication(Assessment.of(AssessmentSchemes.beijing(), SEPTEMBER)
        .withLedger(adjusted).score(List.of()), NINGHAI_CLERK, at(31, 13)), AssessmentRule.NOT_PERMITTED);
    // Nothing refused was kept.
    assertThat(ledger.entries()).hasSize(1);
    assertThat(adjusted.adjustments()).isEmpty();
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, AssessmentRule rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(AssessmentRuleException.class, e -> {
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.getMessage()).startsWith(rule.name()).doesNotContain("张三", "13812345678");
    });
  }

  @Test
  void the_ledger_and_the_scorecards_read_back_equal_from_their_text() {
    AssessmentScheme county = AssessmentSchemes.county();
    AssessmentLedger ledger = AssessmentLedger.of(county, SEPTEMBER)
        .withAdjustment(Adjustment.deduction(HUNANLU, 2, "媒体曝光", Remark.of("晚报曝光\n\"占道\"")), SUPERVISOR,
            at(31, 9))
        .withVeto(Veto.of(GULOU, VetoReason.CONFIDENTIALITY_BREACH, Remark.of("泄露举报人信息")), SUPERVISOR, at(31, 9));
    ledger = appealedC10(ledger, at(31, 10)).withAppealAccepted(3, Remark.of("属实"), SUPERVISOR, at(31, 11));
    Scorecards cards = assessment(county, ledger).score(Month.twentyCases());
    AssessmentLedger published = ledger.withPublication(cards, Actor.system(), at(31, 12));

    assertThat(Scorecards.read(cards.write())).isEqualTo(cards);
    AssessmentLedger back = AssessmentLedger.read(published.write(), county);
    assertThat(back).isEqualTo(published);
    assertThat(back.published()).hasValue(cards);
    assertThat(cards.write()).doesNotContain("张三", "晚报曝光");
    assertThatThrownBy(() -> AssessmentLedger.read(published.write(), AssessmentSchemes.beijing()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("county-303535");
    assertThatThrownBy(() -> AssessmentLedger.read("{\"v\":1}", county)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ledger:");
  }

  @Test
  void every_number_leads_to_its_cases_and_every_case_says_why_it_counted() {
    Assessment beijing = assessment(AssessmentSchemes.beijing(), AssessmentLedger.of(AssessmentSchemes.beijing(),
        SEPTEMBER));
    Drilldown onTime = beijing.drillDown(Month.twentyCases(), HUNANLU, Indicator.ON_TIME, 100);
    assertThat(onTime.tally()).isEqualTo(new Tally(6, 8, 8, 0));
    assertThat(onTime.numerator()).extracting(c -> c.number().value()).containsExactly("NJ20250901", "NJ20250902",
        "NJ20250904", "NJ20250905", "NJ20250907", "NJ20250908");
    assertThat(onTime.denominator()).extracting(c -> c.number().value()).contains("NJ20250903", "NJ20250906")
        .hasSize(8);
    Drilldown capped = beijing.drillDown(Month.twentyCases(), HUNANLU, Indicator.ON_TIME, 3);
    assertThat(capped.cases()).hasSize(3);
    assertThat(capped.truncated()).isTrue();
    assertThat(capped.tally()).isEqualTo(onTime.tally());

    List<Counted> c09 = beijing.explain(Month.twentyCases().get(8));
    assertThat(c09).filteredOn(c -> c.department().equals(HUNANLU)).extracting(Counted::indicator)
        .containsExactlyInAnyOrder(Indicator.SIGN_FOR_ON_TIME, Indicator.RESPONSE, Indicator.RETURN_RATE,
            Indicator.WRONG_RETURN_RATE);
    assertThat(c09).filteredOn(c -> c.department().equals(HUNANLU) && c.indicator() == Indicator.SIGN_FOR_ON_TIME)
        .singleElement().extracting(Counted::why)
        .isEqualTo("as lead, assigned 2025-09-04 09:00: asked to return it within the return window (due 2025-09-05"
            + " 09:00)");
    assertThat(c09).filteredOn(c -> c.department().equals(NINGHAI) && c.indicator() == Indicator.SATISFACTION)
        .singleElement().satisfies(c -> {
          assertThat(c.numerator()).isEqualTo(1);
          assertThat(c.why()).isEqualTo("as lead, assigned 2025-09-04 12:00: the callback of 2025-09-11 16:00 found"
              + " the citizen satisfied (满意)");
        });
    List<Counted> c06 = beijing.explain(Month.twentyCases().get(5));
    assertThat(c06).singleElement().satisfies(c -> {
      assertThat(c.indicator()).isEqualTo(Indicator.ON_TIME);
      assertThat(c.why()).isEqualTo("as lead, assigned 2025-09-06 09:00: open and overdue (due 2025-09-13 09:00)");
    });
  }
}
