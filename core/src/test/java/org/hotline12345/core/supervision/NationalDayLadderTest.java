package org.hotline12345.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hotline12345.core.supervision.SupervisedCases.beijing;
import static org.hotline12345.core.supervision.SupervisedCases.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.SupervisionRecord;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;

/**
 * The standard ladder worked by hand, as a clerk checks it on the 2025 calendar: a case dispatched
 * on Monday 29 September 2025 at 10:00, two days before the National Day holidays (国庆节、中秋节,
 * 1 to 8 October; Sunday 28 September and Saturday 11 October are make-up working days).
 */
class NationalDayLadderTest {

  private static final Instant DISPATCHED = beijing("2025-09-29T10:00");

  @Test
  void the_resolution_of_5_working_days_turns_yellow_on_the_make_up_saturday_and_climbs_after_the_13th() {
    // Counted working days: 30 Sep (1), 9 Oct (2), 10 Oct (3), Saturday 11 Oct (4, make-up), Monday 13 Oct (5).
    Case c = SupervisedCases.resolvingSince(DISPATCHED);
    SupervisionPlan.Watch resolution = plan(c).mostPressing().orElseThrow();

    assertThat(resolution.stage()).isEqualTo(Stage.RESOLUTION);
    assertThat(resolution.dueAt()).as("24:00 on Monday 13 October").isEqualTo(beijing("2025-10-14T00:00"));
    assertThat(resolution.yellowAt()).as("4 of 5 working days used: 24:00 on the make-up Saturday")
        .isEqualTo(beijing("2025-10-12T00:00"));
    assertThat(resolution.triggers()).extracting(t -> t.rung().step(), SupervisionPlan.Trigger::at,
        t -> t.rung().addressee()).containsExactly(
            tuple(EscalationStep.REMIND, beijing("2025-10-12T00:00"), Addressee.HANDLER),
            tuple(EscalationStep.URGE, beijing("2025-10-14T00:00"), Addressee.LIAISON),
            // One working day overdue: the whole of Tuesday 14 October.
            tuple(EscalationStep.NOTICE, beijing("2025-10-15T00:00"), Addressee.DEPARTMENT_HEAD),
            // Three: 14, 15, 16 October.
            tuple(EscalationStep.INTERVIEW, beijing("2025-10-17T00:00"), Addressee.DEPARTMENT_HEAD),
            // Five: 14 to 17 October and Monday 20 October.
            tuple(EscalationStep.REPORT, beijing("2025-10-21T00:00"), Addressee.CITY_LEADERSHIP));
    assertThat(plan(c).nextAlarm()).contains(beijing("2025-10-12T00:00"));
  }

  @Test
  void the_lights_go_green_yellow_red_by_the_working_days_used() {
    SupervisionPlan.Watch resolution = plan(SupervisedCases.resolvingSince(DISPATCHED)).mostPressing().orElseThrow();
    assertThat(resolution.lightAt(beijing("2025-10-05T12:00"))).as("in the holidays, 1 day used").isEqualTo(Light.GREEN);
    assertThat(resolution.lightAt(beijing("2025-10-11T23:59"))).isEqualTo(Light.GREEN);
    assertThat(resolution.lightAt(beijing("2025-10-12T00:00"))).isEqualTo(Light.YELLOW);
    assertThat(resolution.lightAt(beijing("2025-10-13T18:00"))).isEqualTo(Light.YELLOW);
    assertThat(resolution.lightAt(beijing("2025-10-13T23:59:59.999999"))).isEqualTo(Light.YELLOW);
    assertThat(resolution.lightAt(beijing("2025-10-14T00:00"))).as("red from 24:00 on the 13th").isEqualTo(Light.RED);
  }

  @Test
  void a_sweep_that_comes_late_takes_every_step_due_at_once_then_waits_for_the_next() {
    Case c = SupervisedCases.resolvingSince(DISPATCHED);
    Instant thursday = beijing("2025-10-16T09:00");

    assertThat(plan(c).stepsDue(thursday)).extracting(SupervisionPlan.DueStep::step, SupervisionPlan.DueStep::light)
        .containsExactly(tuple(EscalationStep.REMIND, Light.RED), tuple(EscalationStep.URGE, Light.RED),
            tuple(EscalationStep.NOTICE, Light.RED));
    Case swept = SupervisedCases.sweep(c, SupervisionTable.standard(), thursday);

    assertThat(swept.supervisionSteps()).extracting(SupervisionRecord::step, SupervisionRecord::dueAt,
        SupervisionRecord::at).containsExactly(
            tuple(EscalationStep.REMIND, beijing("2025-10-14T00:00"), thursday),
            tuple(EscalationStep.URGE, beijing("2025-10-14T00:00"), thursday),
            tuple(EscalationStep.NOTICE, beijing("2025-10-14T00:00"), thursday));
    assertThat(plan(swept).stepsDue(thursday)).as("sweeping again at once").isEmpty();
    assertThat(plan(swept).nextAlarm()).as("the interview").contains(beijing("2025-10-17T00:00"));
  }

  @Test
  void signing_for_in_2_hours_is_urged_at_noon_and_its_notice_skips_the_holidays() {
    Case c = SupervisedCases.dispatchedAt(DISPATCHED);
    SupervisionPlan.Watch signFor = plan(c).mostPressing().orElseThrow();

    assertThat(plan(c).watches()).extracting(SupervisionPlan.Watch::stage)
        .as("the return window is never watched").containsExactly(Stage.SIGN_FOR, Stage.FIRST_CONTACT, Stage.RESOLUTION);
    assertThat(signFor.yellowAt()).as("96 minutes: 80 % of two hours").isEqualTo(beijing("2025-09-29T11:36"));
    assertThat(signFor.triggers()).extracting(SupervisionPlan.Trigger::at).containsExactly(
        beijing("2025-09-29T11:36"), beijing("2025-09-29T12:00"),
        beijing("2025-10-01T00:00"),   // 24:00 on 30 September, the one working day before the holidays
        beijing("2025-10-11T00:00"),   // three: 30 September, 9 and 10 October
        beijing("2025-10-14T00:00"));  // five: ... Saturday 11 (make-up) and Monday 13 October
  }

  @Test
  void a_case_whose_ladder_is_all_taken_has_no_next_alarm_but_keeps_its_watch() {
    Case c = SupervisionPlanTestSupport.climbedToTheTop(SupervisedCases.resolvingSince(DISPATCHED));
    assertThat(plan(c).nextAlarm()).isEmpty();
    assertThat(plan(c).mostPressing()).isPresent();
    assertThat(c.supervisionSteps()).hasSize(5);
  }

  @Test
  void a_calendar_missing_from_the_lifecycle_or_a_policy_out_of_order_is_refused_by_name() {
    Case c = SupervisedCases.resolvingSince(DISPATCHED);
    assertThatThrownBy(() -> SupervisionPlan.of(c, SupervisionTable.standard(), Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the RESOLUTION deadline's calendar 'cn-mainland' is not among the calendars []");
    SupervisionPolicy reversed = new SupervisionPolicy() {
      @Override
      public double yellowThreshold(Stage stage) {
        return 0.8;
      }

      @Override
      public List<Rung> ladder(Stage stage) {
        return List.of(Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.LIAISON),
            Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.HANDLER));
      }

      @Override
      public String toString() {
        return "reversed";
      }
    };
    assertThatThrownBy(() -> SupervisionPlan.of(c, reversed, SupervisedCases.CALENDARS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("supervision policy reversed, the ladder of RESOLUTION, rung 2: REMIND comes after URGE");
  }
}
