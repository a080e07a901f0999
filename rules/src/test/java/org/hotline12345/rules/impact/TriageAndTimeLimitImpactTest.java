package org.hotline12345.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.rules.impact.DispatchOffice.Morning.numbers;

import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.core.timelimit.TimeLimitTable;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.impact.Comparison.Change;
import org.junit.jupiter.api.Test;

/**
 * The same morning of calls ({@link DispatchOffice#aMorningOfCalls()}), checked against a new
 * acceptance rule (受理) and new time limits (办理时限) before they go live.
 */
class TriageAndTimeLimitImpactTest {

  private final DispatchOffice office = new DispatchOffice();
  private final DispatchOffice.Morning morning = office.aMorningOfCalls();

  private static Explanation because(String version, String row) {
    return new Explanation("acceptance", version, Optional.of(row), "row " + row);
  }

  /** The acceptance in use: every appeal is accepted. */
  private static final Triage ACCEPT_ALL = (c, history) -> new TriageOutcome.Accept(because("1", "A1"));

  /** The candidate: street lights are the power company's, not the government's (不属于本级政府职责). */
  private static final Triage LIGHTS_NOT_ACCEPTED = (c, history) -> c.category()
      .filter(DispatchOffice.STREET_LIGHTS::equals).isPresent()
      ? new TriageOutcome.NotAccept(NotAcceptedReason.OUTSIDE_LOCAL_POWERS, because("2", "N1"))
      : new TriageOutcome.Accept(because("2", "A1"));

  private RuleChangeImpact.Builder impact() {
    return RuleChangeImpact.builder().service(office.service).registeredBetween(morning.from(), morning.to());
  }

  @Test
  void the_candidate_acceptance_turns_away_the_two_street_light_cases_and_nothing_else() {
    Comparison triage = impact().triage(ACCEPT_ALL, LIGHTS_NOT_ACCEPTED).build().run()
        .comparison(DecisionKind.TRIAGE).orElseThrow();

    // Every case of the period is triaged, the one not accepted included.
    assertThat(triage.compared()).isEqualTo(9);
    assertThat(triage.differing()).isEqualTo(2);
    assertThat(triage.changes()).containsExactly(new Change("accept (受理)",
        "not accept (不予受理): OUTSIDE_LOCAL_POWERS", 2, numbers(morning.hunanluLights(), morning.ninghaiLights())));
    assertThat(triage.categories()).first().isEqualTo(new Comparison.Group(Optional.of("040201"), 2, 2));
    assertThat(triage.departments()).isEmpty();
    assertThat(triage.examples().get(0)).isEqualTo(new Example(morning.hunanluLights().number(),
        Optional.of(DispatchOffice.STREET_LIGHTS), Optional.of("320106001"), "accept (受理)",
        "not accept (不予受理): OUTSIDE_LOCAL_POWERS", "acceptance v1 row A1", "acceptance v2 row N1",
        Optional.of("accept (受理)")));
  }

  @Test
  void against_what_the_agents_really_decided_accepting_all_is_right_eight_times_and_the_candidate_six() {
    RealityCheck reality = impact().triage(ACCEPT_ALL, LIGHTS_NOT_ACCEPTED).build().run()
        .comparison(DecisionKind.TRIAGE).orElseThrow().reality();

    // Eight accepted, one not accepted as already handled: accepting all misses that one; the
    // candidate misses it and the two street-light cases the agents accepted.
    assertThat(reality).isEqualTo(new RealityCheck(9, 8, 6, List.of()));
  }

  @Test
  void shorter_resolution_for_construction_noise_changes_the_four_dispatched_construction_noise_cases() {
    TimeLimitTable candidate = TimeLimitPolicies.seeds().toBuilder()
        .rule(Stage.RESOLUTION, DispatchOffice.CONSTRUCTION_NOISE, TimeLimit.workingDays(3)).build();

    Comparison limits = impact().timeLimits(TimeLimitPolicies.seeds(), candidate).build().run()
        .comparison(DecisionKind.TIME_LIMITS).orElseThrow();

    // Seven cases were dispatched; four of them are construction noise (the one awaiting dispatch has no limits yet).
    assertThat(limits.compared()).isEqualTo(7);
    assertThat(limits.differing()).isEqualTo(4);
    assertThat(limits.changes()).containsExactly(new Change("办结 RESOLUTION: 5 working days",
        "办结 RESOLUTION: 3 working days", 4,
        numbers(morning.returned1(), morning.returned2(), morning.keptByStreet(), morning.ninghaiNoise())));
    assertThat(limits.examples().get(0)).isEqualTo(new Example(morning.returned1().number(),
        Optional.of(DispatchOffice.CONSTRUCTION_NOISE), Optional.of("320106001"), "办结 RESOLUTION: 5 working days",
        "办结 RESOLUTION: 3 working days", "RESOLUTION (办结): 5 working days, by the rule for every appeal",
        "RESOLUTION (办结): 3 working days, by the rule for category 030101",
        Optional.of("set at the first dispatch: 办结 RESOLUTION: 5 working days")));
    assertThat(limits.currentRuleSets()).isEmpty();
    // The service set the seeds' limits: the current policy agrees on all seven, the candidate on the three others.
    assertThat(limits.reality()).isEqualTo(new RealityCheck(7, 7, 3, List.of()));
  }

  @Test
  void limits_by_the_lead_level_use_the_first_dispatch_not_the_department_that_finally_handled_the_case() {
    TimeLimitPolicy seeds = TimeLimitPolicies.seeds();
    // The candidate: streets (level 1 under the district) sign for within one hour.
    TimeLimitPolicy streetsFaster = (stage, key) -> stage == Stage.SIGN_FOR && key.leadLevel().orElse(0) >= 1
        ? TimeLimit.hours(1) : seeds.limitFor(stage, key);

    Comparison limits = impact().timeLimits(seeds, streetsFaster).build().run()
        .comparison(DecisionKind.TIME_LIMITS).orElseThrow();

    // Five cases went to a street first (the two later returned to the environment bureau among them);
    // the street-light cases went to city management, a municipal department at level 0.
    assertThat(limits.changes()).containsExactly(new Change("签收 SIGN_FOR: 2 hours", "签收 SIGN_FOR: 1 hour", 5,
        numbers(morning.returned1(), morning.returned2(), morning.keptByStreet(), morning.ninghaiNoise(),
            morning.shopNoise())));
  }

  @Test
  void a_stage_the_candidate_has_no_limit_for_is_a_change_to_no_limit_not_a_failure() {
    TimeLimitPolicy seeds = TimeLimitPolicies.seeds();
    TimeLimitPolicy noCallback = (stage, key) -> {
      if (stage == Stage.CALLBACK) {
        throw new IllegalStateException("no rule for stage CALLBACK");
      }
      return seeds.limitFor(stage, key);
    };

    ImpactReport report = impact().timeLimits(seeds, noCallback).build().run();

    Comparison limits = report.comparison(DecisionKind.TIME_LIMITS).orElseThrow();
    assertThat(limits.failed()).isZero();
    assertThat(report.failureCount()).isZero();
    assertThat(limits.changes()).singleElement().satisfies(change -> {
      assertThat(change.current()).isEqualTo("回访 CALLBACK: 3 working days");
      assertThat(change.candidate()).isEqualTo("回访 CALLBACK: no limit");
      assertThat(change.cases()).isEqualTo(7);
    });
  }

  @Test
  void triage_routing_and_time_limits_are_reported_together_in_that_order() {
    ImpactReport report = impact()
        .timeLimits(TimeLimitPolicies.seeds(), TimeLimitPolicies.seeds())
        .routing(DispatchOffice.catalogue("1", DispatchOffice.currentRows()),
            DispatchOffice.catalogue("2", DispatchOffice.candidateRows()))
        .triage(ACCEPT_ALL, LIGHTS_NOT_ACCEPTED)
        .build().run();

    assertThat(report.comparisons()).extracting(Comparison::kind)
        .containsExactly(DecisionKind.TRIAGE, DecisionKind.ROUTING, DecisionKind.TIME_LIMITS);
    assertThat(report.comparisons()).extracting(Comparison::differing).containsExactly(2L, 4L, 0L);
    assertThat(report.toText()).contains("== Triage (分拨研判) ==", "== Routing (派单) ==", "== Time limits (办理时限) ==",
        "Of 9 cases triaged (已研判): the current rules decide as really decided in 8, the candidate rules in 6.");
  }
}
