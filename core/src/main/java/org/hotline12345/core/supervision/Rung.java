package org.hotline12345.core.supervision;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.WorkingCalendar;

/**
 * One rung of an escalation ladder: a step, when it falls due (an anchor, plus a delay counted
 * on the handling department's calendar), and to whom it is addressed.
 *
 * <p>The <b>anchor</b> is the instant the deadline turns {@linkplain Anchor#YELLOW yellow} or
 * its {@linkplain Anchor#DUE due instant}. The <b>delay</b> is a calendar {@link TimeLimit}
 * counted from the anchor as a deadline is ({@code calendar.deadline(anchor, delay).dueAt()}),
 * or none, for the anchor itself. A due instant at 24:00 belongs to the day that ends then, so
 * a day-based delay counts from the next day: one working day after a deadline due at 24:00 on
 * Monday is 24:00 on Tuesday, the end of the first whole working day overdue.
 *
 * <p>A step falls due once its trigger instant has passed.
 *
 * @param step the step
 * @param anchor what the delay counts from
 * @param delay the delay after the anchor, or empty for none
 * @param addressee to whom the step is addressed
 */
public record Rung(EscalationStep step, Anchor anchor, Optional<TimeLimit> delay, Addressee addressee) {

  /** What a rung's delay counts from. */
  public enum Anchor {
    /** The instant the deadline turns yellow (亮黄灯). */
    YELLOW("亮黄灯"),
    /** The deadline's due instant (到期). */
    DUE("到期");

    private final String chinese;

    Anchor(String chinese) {
      this.chinese = chinese;
    }

    /**
     * The Chinese name.
     *
     * @return for example {@code 到期}
     */
    public String chinese() {
      return chinese;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Rung {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(addressee, "addressee");
  }

  /**
   * A rung due at its anchor itself.
   *
   * @param step the step
   * @param anchor the anchor
   * @param addressee to whom
   * @return the rung
   * @throws NullPointerException if an argument is null
   */
  public static Rung of(EscalationStep step, Anchor anchor, Addressee addressee) {
    return new Rung(step, anchor, Optional.empty(), addressee);
  }

  /**
   * A rung due a delay after its anchor.
   *
   * @param step the step
   * @param anchor the anchor
   * @param delay the delay, for example {@code TimeLimit.workingDays(1)}
   * @param addressee to whom
   * @return the rung
   * @throws NullPointerException if an argument is null
   */
  public static Rung of(EscalationStep step, Anchor anchor, TimeLimit delay, Addressee addressee) {
    return new Rung(step, anchor, Optional.of(Objects.requireNonNull(delay, "delay")), addressee);
  }

  /**
   * When this rung triggers, from its anchor's instant, on the handling department's calendar.
   *
   * @param anchorInstant the instant of the anchor (the deadline's yellow or due instant)
   * @param calendar the calendar of the deadline
   * @return the trigger instant, not before the anchor's
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the delay counts working hours and the calendar has no
   *     office hours
   * @throws java.time.DateTimeException if the trigger falls outside the calendar's supported dates
   */
  public Instant triggerAt(Instant anchorInstant, WorkingCalendar calendar) {
    Objects.requireNonNull(anchorInstant, "anchorInstant");
    Objects.requireNonNull(calendar, "calendar");
    if (delay.isEmpty()) {
      return anchorInstant;
    }
    TimeLimit d = delay.get();
    Instant from = anchorInstant;
    if (d.unit().isDayBased() && anchorInstant.atZone(calendar.zone()).toLocalTime().equals(LocalTime.MIDNIGHT)) {
      from = anchorInstant.minusNanos(1);
    }
    return calendar.deadline(from, d).dueAt();
  }

  @Override
  public String toString() {
    return step + " (" + step.chinese() + ") at " + anchor + delay.map(d -> " + " + d).orElse("") + " to " + addressee;
  }

  /** What is wrong with a rung after the one before it: the field at fault and why. */
  record Problem(String field, String reason) {}

  /**
   * Checks a ladder: steps up the ladder, each at most once; the rungs anchored at yellow before
   * those anchored at the due instant; within an anchor, no delay shorter than the one before
   * it in the same unit (no delay counts as the shortest).
   *
   * @param ladder the rungs
   * @return the index of the first rung out of order and why, or empty if the ladder is sound
   */
  static Optional<java.util.Map.Entry<Integer, Problem>> problemOf(List<Rung> ladder) {
    for (int i = 1; i < ladder.size(); i++) {
      Problem p = problemAfter(ladder.get(i - 1), ladder.get(i));
      if (p != null) {
        return Optional.of(java.util.Map.entry(i, p));
      }
    }
    return Optional.empty();
  }

  /** What is wrong with a rung after another, or null. */
  static Problem problemAfter(Rung before, Rung rung) {
    if (rung.step.compareTo(before.step) <= 0) {
      return new Problem("step", rung.step + " comes after " + before.step + "; the steps go up the ladder "
          + List.of(EscalationStep.values()) + ", each at most once");
    }
    if (rung.anchor.compareTo(before.anchor) < 0) {
      return new Problem("anchor", rung.step + " is anchored at " + rung.anchor + " after " + before.step
          + " at " + before.anchor + "; the rungs anchored at YELLOW come first");
    }
    if (rung.anchor == before.anchor && shorter(rung.delay, before.delay)) {
      return new Problem("delay", rung.step + " comes " + rung.delay.map(TimeLimit::toString).orElse("with no delay")
          + " after " + rung.anchor + ", sooner than " + before.step + " before it ("
          + before.delay.map(TimeLimit::toString).orElse("no delay") + ")");
    }
    return null;
  }

  private static boolean shorter(Optional<TimeLimit> delay, Optional<TimeLimit> before) {
    if (before.isEmpty()) {
      return false;
    }
    if (delay.isEmpty()) {
      return true;
    }
    return delay.get().unit() == before.get().unit() && delay.get().amount() < before.get().amount();
  }
}
