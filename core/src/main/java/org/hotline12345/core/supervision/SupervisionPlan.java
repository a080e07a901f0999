package org.hotline12345.core.supervision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.timelimit.Stage;

/**
 * What supervision (督办) makes of one case under a policy: for each deadline the case watches
 * ({@link Case#watchedDeadlines()}: not met, not the return window, not paused), the instant it
 * turns yellow, its light at any instant, and when each rung of its ladder triggers; the steps
 * due at an instant and not yet taken; and the case's <b>next alarm</b>, the earliest trigger of
 * a step not yet taken, which the sweep wakes the case by. Pure: computed from the case, the
 * policy and the calendars alone, with no clock and no store.
 *
 * <p><b>Once per deadline.</b> A step is taken at most once for a deadline, known by its stage
 * and due instant ({@link Case#hasTaken}). A deadline that moves, by an extension (延期), a pause
 * (挂起) that shifts it, a recomputation, or a new dispatch (a new lead, a reopened case), is a
 * new deadline, and its ladder starts again from the bottom; the steps taken for the old one
 * stay in the case's history.
 *
 * <p><b>Times.</b> The yellow instant is {@link org.hotline12345.calendar.Deadline#instantWhenUsed}
 * of the policy's threshold on the deadline's own calendar (the handling department's),
 * rounded up to the whole microsecond as stores keep instants. A step falls due once its
 * trigger has passed ({@code now} after it), as {@code CaseQueries.dueBefore(now)} wakes a case
 * whose alarm is before now.
 *
 * <pre>{@code
 * SupervisionPlan plan = SupervisionPlan.of(c, SupervisionTable.standard(), lifecycle.calendars());
 * plan.nextAlarm();                   // when the sweep must look at the case again
 * for (SupervisionPlan.DueStep due : plan.stepsDue(now)) {
 *   lifecycle.execute(c, due.toCommand(), Actor.system(), now);   // as the sweep does
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SupervisionPlan {

  private final List<Watch> watches;

  private SupervisionPlan(List<Watch> watches) {
    this.watches = List.copyOf(watches);
  }

  /**
   * The plan of a case.
   *
   * @param c the case
   * @param policy the policy
   * @param calendars the calendars by id, as {@link StageDeadline#calendarId()} names them
   *     ({@code CaseLifecycle.calendars()})
   * @return the plan; without watches for a closed case
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a deadline's calendar is not among the calendars, or the
   *     policy answers a threshold outside {@code (0, 1]} or a ladder out of order
   * @throws java.time.DateTimeException if a trigger falls outside its calendar's supported dates
   */
  public static SupervisionPlan of(Case c, SupervisionPolicy policy, Map<String, WorkingCalendar> calendars) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendars, "calendars");
    List<Watch> watches = new ArrayList<>();
    for (StageDeadline d : c.watchedDeadlines()) {
      WorkingCalendar calendar = calendars.get(d.calendarId());
      if (calendar == null) {
        throw new IllegalStateException("the " + d.stage() + " deadline's calendar '" + d.calendarId()
            + "' is not among the calendars " + calendars.keySet());
      }
      double threshold = policy.yellowThreshold(d.stage());
      String problem = SupervisionTable.thresholdProblem(threshold);
      if (problem != null) {
        throw new IllegalStateException("supervision policy " + policy + ", stage " + d.stage() + ": " + problem);
      }
      List<Rung> ladder = List.copyOf(policy.ladder(d.stage()));
      Rung.problemOf(ladder).ifPresent(p -> {
        throw new IllegalStateException("supervision policy " + policy + ", the ladder of " + d.stage() + ", rung "
            + (p.getKey() + 1) + ": " + p.getValue().reason());
      });
      Instant yellowAt = ceilMicros(d.toDeadline(calendar).instantWhenUsed(threshold));
      if (yellowAt.isAfter(d.dueAt())) {
        yellowAt = d.dueAt();
      }
      List<Trigger> triggers = new ArrayList<>(ladder.size());
      for (Rung rung : ladder) {
        Instant anchor = rung.anchor() == Rung.Anchor.YELLOW ? yellowAt : d.dueAt();
        triggers.add(new Trigger(rung, ceilMicros(rung.triggerAt(anchor, calendar)),
            c.hasTaken(d.stage(), rung.step(), d.dueAt())));
      }
      watches.add(new Watch(d, yellowAt, triggers));
    }
    return new SupervisionPlan(watches);
  }

  private static Instant ceilMicros(Instant instant) {
    Instant down = instant.truncatedTo(ChronoUnit.MICROS);
    return down.equals(instant) ? instant : down.plus(1, ChronoUnit.MICROS);
  }

  /**
   * The watched deadlines, soonest due first.
   *
   * @return the watches
   */
  public List<Watch> watches() {
    return watches;
  }

  /**
   * The most pressing watched deadline: the one due soonest, which a board shows for the case.
   *
   * @return the watch, or empty when the case watches none
   */
  public Optional<Watch> mostPressing() {
    return watches.isEmpty() ? Optional.empty() : Optional.of(watches.get(0));
  }

  /**
   * The next alarm (下次提醒): the earliest trigger of a step not yet taken, over every watched
   * deadline. Not the raw deadline: a case whose ladder is all taken has none, and the sweep
   * leaves it alone until something changes.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> nextAlarm() {
    Instant next = null;
    for (Watch w : watches) {
      Optional<Instant> own = w.nextAlarm();
      if (own.isPresent() && (next == null || own.get().isBefore(next))) {
        next = own.get();
      }
    }
    return Optional.ofNullable(next);
  }

  /**
   * The steps due at an instant and not yet taken: their trigger has passed. Several when a
   * sweep comes late; in the order of their triggers, then of the ladder.
   *
   * @param now the instant
   * @return the steps, each with its deadline's light at {@code now}
   * @throws NullPointerException if now is null
   */
  public List<DueStep> stepsDue(Instant now) {
    Objects.requireNonNull(now, "now");
    List<DueStep> due = new ArrayList<>();
    for (Watch w : watches) {
      Light light = w.lightAt(now);
      for (Trigger t : w.triggers()) {
        if (!t.taken() && now.isAfter(t.at())) {
          due.add(new DueStep(w.stage(), t.rung().step(), t.rung().addressee(), light, w.dueAt(), t.at()));
        }
      }
    }
    due.sort(Comparator.comparing(DueStep::triggeredAt).thenComparing(DueStep::step).thenComparing(DueStep::stage));
    return due;
  }

  @Override
  public String toString() {
    return "SupervisionPlan" + watches;
  }

  /**
   * A watched deadline under the policy.
   *
   * @param deadline the deadline
   * @param yellowAt when it turns yellow
   * @param triggers its ladder's rungs with their trigger instants, in ladder order
   */
  public record Watch(StageDeadline deadline, Instant yellowAt, List<Trigger> triggers) {

    /**
     * Checks the fields and copies the triggers.
     *
     * @throws NullPointerException if a field is null
     */
    public Watch {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(yellowAt, "yellowAt");
      triggers = List.copyOf(Objects.requireNonNull(triggers, "triggers"));
    }

    /**
     * The stage.
     *
     * @return the deadline's stage
     */
    public Stage stage() {
      return deadline.stage();
    }

    /**
     * The due instant.
     *
     * @return the deadline's due instant
     */
    public Instant dueAt() {
      return deadline.dueAt();
    }

    /**
     * The light at an instant: see {@link Light#at}.
     *
     * @param now the instant
     * @return the light
     * @throws NullPointerException if now is null
     */
    public Light lightAt(Instant now) {
      return Light.at(now, yellowAt, deadline.dueAt());
    }

    /**
     * The earliest trigger of this deadline's steps not yet taken.
     *
     * @return the instant, or empty when every step was taken (or the ladder is empty)
     */
    public Optional<Instant> nextAlarm() {
      Instant next = null;
      for (Trigger t : triggers) {
        if (!t.taken() && (next == null || t.at().isBefore(next))) {
          next = t.at();
        }
      }
      return Optional.ofNullable(next);
    }
  }

  /**
   * A rung of a deadline's ladder: when it triggers, and whether its step was taken.
   *
   * @param rung the rung
   * @param at when it triggers
   * @param taken whether its step was taken for this deadline
   */
  public record Trigger(Rung rung, Instant at, boolean taken) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Trigger {
      Objects.requireNonNull(rung, "rung");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A step due and not yet taken.
   *
   * @param stage the stage of its deadline
   * @param step the step
   * @param addressee to whom it is addressed
   * @param light the deadline's light at the instant asked about
   * @param dueAt the deadline's due instant
   * @param triggeredAt when the step fell due
   */
  public record DueStep(Stage stage, EscalationStep step, Addressee addressee, Light light, Instant dueAt,
      Instant triggeredAt) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public DueStep {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(addressee, "addressee");
      Objects.requireNonNull(light, "light");
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(triggeredAt, "triggeredAt");
    }

    /**
     * The command that takes this step.
     *
     * @return the command
     */
    public CaseCommand.TakeSupervisionStep toCommand() {
      return new CaseCommand.TakeSupervisionStep(stage, step, addressee, light, dueAt);
    }
  }
}
