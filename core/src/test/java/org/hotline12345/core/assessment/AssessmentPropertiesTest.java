package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;

/** Invariants of scoring, on random months ({@link RandomMonth}) under every preset. */
class AssessmentPropertiesTest {

  static final List<AssessmentScheme> PRESETS = List.of(AssessmentSchemes.beijing(), AssessmentSchemes.county(),
      AssessmentSchemes.shandong());

  private static Assessment assessment(AssessmentScheme scheme, AssessmentLedger ledger) {
    return Assessment.of(scheme, Month.SEPTEMBER).withGroups(RankingGroups.byKind(HandWorkedMonthTest.DIRECTORY))
        .withLedger(ledger);
  }

  @Property
  void scores_do_not_depend_on_the_order_cases_are_read(@ForAll @IntRange(min = 0, max = 80) int size,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int preset) {
    AssessmentScheme scheme = PRESETS.get(preset);
    List<AssessedCase> cases = RandomMonth.cases(size, seed);
    AssessmentLedger ledger = AssessmentLedger.of(scheme, Month.SEPTEMBER).withAdjustment(
        Adjustment.deduction(Month.WATER, 1.5, "通报批评", Remark.of("…")), Actor.supervisor("s"), Month.at(31, 9));
    if (!cases.isEmpty()) {
      AssessedCase c = cases.get(new Random(seed).nextInt(cases.size()));
      ledger = ledger.withAppeal(AssessmentAppeal.of(c.facts().departments().get(0).department(), c.id(),
          Remark.of("…"), Indicator.ON_TIME, Indicator.SATISFACTION), Actor.handler("h",
          c.facts().departments().get(0).department()), Month.at(31, 10))
          .withAppealAccepted(2, Remark.of("属实"), Actor.supervisor("s"), Month.at(31, 11));
    }
    List<AssessedCase> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));

    Scorecards one = assessment(scheme, ledger).score(cases);
    Scorecards two = assessment(scheme, ledger).score(shuffled);

    assertThat(two).isEqualTo(one);
  }

  @Property(tries = 50)
  void a_parallel_pass_scores_exactly_as_a_sequential_one(@ForAll @IntRange(min = 0, max = 400) int size,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int preset) {
    AssessmentScheme scheme = PRESETS.get(preset);
    List<AssessedCase> cases = RandomMonth.cases(size, seed);
    Assessment assessment = assessment(scheme, AssessmentLedger.of(scheme, Month.SEPTEMBER));

    assertThat(assessment.score(cases.parallelStream())).isEqualTo(assessment.score(cases));
  }

  @Property
  void an_accepted_appeal_changes_only_the_indicators_it_names_by_the_case_it_names(
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int preset) {
    AssessmentScheme scheme = PRESETS.get(preset);
    List<AssessedCase> cases = RandomMonth.cases(size, seed);
    Random random = new Random(seed);
    AssessedCase appealed = cases.get(random.nextInt(cases.size()));
    DepartmentId department = appealed.facts().departments().get(random.nextInt(appealed.facts().departments()
        .size())).department();
    Set<Indicator> named = EnumSet.noneOf(Indicator.class);
    List<Indicator> fromCases = List.of(Indicator.values()).stream().filter(Indicator::isCountedFromCases).toList();
    named.add(fromCases.get(random.nextInt(fromCases.size())));
    named.add(fromCases.get(random.nextInt(fromCases.size())));
    AssessmentLedger ledger = AssessmentLedger.of(scheme, Month.SEPTEMBER)
        .withAppeal(new AssessmentAppeal(department, appealed.id(), named, Remark.of("…")),
            Actor.handler("h", department), Month.at(31, 10))
        .withAppealAccepted(1, Remark.of("属实"), Actor.supervisor("s"), Month.at(31, 11));

    Assessment plain = assessment(scheme, AssessmentLedger.of(scheme, Month.SEPTEMBER));
    Scorecards before = plain.score(cases);
    Scorecards after = assessment(scheme, ledger).score(cases);
    List<Counted> contribution = plain.explain(appealed);

    for (Scorecard b : before.all()) {
      Scorecard a = after.find(b.department()).orElseThrow();
      if (!b.department().equals(department)) {
        assertThat(a.tallies()).isEqualTo(b.tallies());
        assertThat(a.score()).isEqualTo(b.score());
        continue;
      }
      for (Indicator indicator : Indicator.values()) {
        Tally tb = b.tally(indicator);
        Tally ta = a.tally(indicator);
        Counted counted = contribution.stream().filter(c -> c.department().equals(department)
            && c.indicator() == indicator).findFirst().orElse(null);
        if (!named.contains(indicator) || counted == null) {
          assertThat(ta).as(indicator.name()).isEqualTo(tb);
        } else {
          assertThat(tb.numerator() - ta.numerator()).isCloseTo(counted.numerator(), within(1e-9));
          assertThat(tb.denominator() - ta.denominator()).isCloseTo(counted.weight(), within(1e-9));
          assertThat(ta.cases()).isEqualTo(tb.cases() - 1);
          assertThat(ta.excluded()).isEqualTo(tb.excluded() + 1);
        }
      }
    }
  }

  @Property
  void the_fair_on_time_rate_is_never_above_the_naive_one(@ForAll @IntRange(min = 0, max = 80) int size,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int preset) {
    Scorecards cards = assessment(PRESETS.get(preset), AssessmentLedger.of(PRESETS.get(preset), Month.SEPTEMBER))
        .score(RandomMonth.cases(size, seed));
    for (Scorecard c : cards.all()) {
      Tally fair = c.tally(Indicator.ON_TIME);
      Tally naive = c.tally(Indicator.ON_TIME_NAIVE);
      assertThat(fair.denominator()).isGreaterThanOrEqualTo(naive.denominator());
      assertThat(fair.numerator()).isLessThanOrEqualTo(naive.numerator());
      if (fair.rate().isPresent() && naive.rate().isPresent()) {
        assertThat(fair.rate().getAsDouble()).isLessThanOrEqualTo(naive.rate().getAsDouble());
      }
    }
  }

  @Property(tries = 50)
  void every_number_is_the_sum_of_the_cases_a_drill_down_lists(@ForAll @IntRange(min = 0, max = 40) int size,
      @ForAll long seed) {
    List<AssessedCase> cases = RandomMonth.cases(size, seed);
    Assessment county = assessment(AssessmentSchemes.county(), AssessmentLedger.of(AssessmentSchemes.county(),
        Month.SEPTEMBER));
    Scorecards cards = county.score(cases);
    for (Scorecard card : cards.all()) {
      for (Indicator indicator : Indicator.values()) {
        if (!indicator.isCountedFromCases()) {
          continue;
        }
        Drilldown d = county.drillDown(cases, card.department(), indicator, Assessment.MAX_DRILLDOWN);
        assertThat(d.tally()).isEqualTo(card.tally(indicator));
        assertThat(d.denominator().stream().mapToDouble(CountedCase::weight).sum())
            .isCloseTo(card.tally(indicator).denominator(), within(1e-9));
        assertThat(d.cases().stream().mapToDouble(CountedCase::numerator).sum())
            .isCloseTo(card.tally(indicator).numerator(), within(1e-9));
        assertThat(d.cases()).hasSize(card.tally(indicator).cases());
      }
    }
  }
}
