package org.hotline12345.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.SupervisionRecord;
import org.hotline12345.core.timelimit.Stage;

/**
 * Invariants of the supervision plan under any sound policy, for cases dispatched at any time and
 * swept at any instants: each step once, the next alarm the earliest trigger not yet passed,
 * sweeping twice at one instant taking nothing, lights that only go forward.
 */
class SupervisionPlanPropertiesTest {

  private static final EscalationStep[] STEPS = EscalationStep.values();
  private static final Addressee[] ADDRESSEES = Addressee.values();

  @Provide
  Arbitrary<Instant> dispatches() {
    long from = LocalDate.of(2024, 1, 1).atStartOfDay(SupervisedCases.CN.zone()).toEpochSecond();
    long to = LocalDate.of(2026, 9, 30).atStartOfDay(SupervisedCases.CN.zone()).toEpochSecond();
    return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s / 60 * 60));
  }

  /** A sound ladder: some of the steps, in order, anchors that do not go back, delays that do not shrink. */
  @Provide
  Arbitrary<SupervisionPolicy> policies() {
    Arbitrary<Double> yellow = Arbitraries.oneOf(Arbitraries.of(0.5, 0.8, 1.0), Arbitraries.doubles().between(0.01, 1));
    Arbitrary<List<Integer>> shapes = Arbitraries.integers().between(0, 99).list().ofSize(STEPS.length);
    return Combinators.combine(yellow, shapes, Arbitraries.integers().between(0, 4)).as((y, shape, hours) -> {
      List<Rung> ladder = new ArrayList<>();
      boolean due = false;
      int delay = 0;
      for (int i = 0; i < STEPS.length; i++) {
        int code = shape.get(i);
        if (code % 3 == 0) {
          continue;
        }
        if (!due && code % 2 == 0) {
          due = true;
          delay = 0;
        }
        delay += (code / 10) % 3;
        Rung.Anchor anchor = due ? Rung.Anchor.DUE : Rung.Anchor.YELLOW;
        Addressee to = ADDRESSEES[code % ADDRESSEES.length];
        ladder.add(delay == 0 ? Rung.of(STEPS[i], anchor, to)
            : Rung.of(STEPS[i], anchor, i % 2 == 0 ? TimeLimit.workingDays(delay) : TimeLimit.calendarDays(delay), to));
      }
      return SupervisionTable.builder().otherStages(y, ladder)
          .stage(Stage.SIGN_FOR, y, hours == 0 ? ladder : List.of(
              Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, TimeLimit.hours(hours), Addressee.LIAISON)))
          .build();
    });
  }

  private static Case caseOf(Instant dispatch, boolean signed) {
    return signed ? SupervisedCases.resolvingSince(dispatch) : SupervisedCases.dispatchedAt(dispatch);
  }

  private static Set<String> keys(List<SupervisionRecord> records) {
    Set<String> keys = new HashSet<>();
    for (SupervisionRecord r : records) {
      keys.add(r.stage() + "/" + r.step() + "/" + r.dueAt());
    }
    return keys;
  }

  @Property(tries = 200)
  void sweeps_at_any_instants_take_each_step_once_exactly_when_its_trigger_has_passed(
      @ForAll("dispatches") Instant dispatch, @ForAll boolean signed, @ForAll("policies") SupervisionPolicy policy,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 30 * 24) Integer> hoursLater) {
    Case c = caseOf(dispatch, signed);
    SupervisionPlan before = SupervisionPlan.of(c, policy, SupervisedCases.CALENDARS);
    List<Integer> sorted = new ArrayList<>(hoursLater);
    sorted.sort(null);
    for (int h : sorted) {
      Instant now = dispatch.plus(Duration.ofHours(h)).plusSeconds(30);
      c = SupervisedCases.sweep(c, policy, now);
      SupervisionPlan plan = SupervisionPlan.of(c, policy, SupervisedCases.CALENDARS);

      assertThat(plan.stepsDue(now)).as("sweeping twice at one instant").isEmpty();
      Set<String> expected = new HashSet<>();
      Optional<Instant> earliestAhead = Optional.empty();
      for (SupervisionPlan.Watch w : before.watches()) {
        for (SupervisionPlan.Trigger t : w.triggers()) {
          if (now.isAfter(t.at())) {
            expected.add(w.stage() + "/" + t.rung().step() + "/" + w.dueAt());
          } else if (earliestAhead.isEmpty() || t.at().isBefore(earliestAhead.get())) {
            earliestAhead = Optional.of(t.at());
          }
        }
      }
      assertThat(keys(c.supervisionSteps())).as("the steps taken by %s", now).isEqualTo(expected);
      assertThat(c.supervisionSteps()).as("each once").hasSize(expected.size());
      assertThat(plan.nextAlarm()).as("the next alarm: the earliest trigger not yet passed").isEqualTo(earliestAhead);
      plan.nextAlarm().ifPresent(next -> assertThat(next).isAfterOrEqualTo(now));
    }
  }

  @Property(tries = 200)
  void lights_only_go_forward_and_agree_with_the_fraction_used(@ForAll("dispatches") Instant dispatch,
      @ForAll boolean signed, @ForAll("policies") SupervisionPolicy policy,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int a, @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int b) {
    Case c = caseOf(dispatch, signed);
    Instant earlier = dispatch.plus(Duration.ofMinutes(Math.min(a, b))).plusMillis(1);
    Instant later = dispatch.plus(Duration.ofMinutes(Math.max(a, b))).plusMillis(1);
    for (SupervisionPlan.Watch w : SupervisionPlan.of(c, policy, SupervisedCases.CALENDARS).watches()) {
      assertThat(w.lightAt(later)).isGreaterThanOrEqualTo(w.lightAt(earlier));
      assertThat(w.yellowAt()).isBeforeOrEqualTo(w.dueAt());
      double used = w.deadline().toDeadline(SupervisedCases.CN).fractionUsed(earlier);
      Light light = w.lightAt(earlier);
      assertThat(light == Light.RED).isEqualTo(!earlier.isBefore(w.dueAt()));
      if (light != Light.RED) {
        assertThat(light == Light.YELLOW).as("yellow exactly when the threshold is used")
            .isEqualTo(used >= policy.yellowThreshold(w.stage()));
      }
    }
  }
}
