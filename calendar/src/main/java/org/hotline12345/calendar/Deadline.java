package org.hotline12345.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

/**
 * The deadline (办理期限) of a {@link TimeLimit} started at an instant on a
 * {@link WorkingCalendar}, with its extensions (延期) and clock pauses (挂起).
 *
 * <p>A step done at or before {@link #dueAt()} is on time. {@link #lastDay()} is the last
 * counted day, the date a clerk writes on the form. A deadline that needed a year whose
 * official schedule is not loaded is {@linkplain #isProvisional() provisional}: computed on
 * the weekly pattern and to be {@linkplain #recomputedOn(WorkingCalendar) recomputed} when
 * the schedule is published.
 *
 * <p><b>Extensions</b> count in the limit's own unit and add to the current deadline, not to
 * the day they were asked for: 5 working days extended by 3 end on the 8th counted working
 * day.
 *
 * <p><b>Pauses</b> stop the clock. For hour-based limits the paused time is not counted (for
 * working hours, only its office time matters, so a pause at night changes nothing). For
 * day-based limits only whole days count: every counted day that a pause covers from 00:00
 * to 24:00 is skipped, so a pause that covers k whole working days moves a working-day
 * deadline by exactly k working days, and a pause within one day, or wholly in non-working
 * days, moves nothing. Pauses are kept merged, in order, and clipped to the start.
 *
 * <p><b>Bounds.</b> The start, the pauses and the deadline lie within the calendar's
 * {@linkplain WorkingCalendar#MIN_SUPPORTED_DATE supported dates}; a deadline that would fall
 * outside them is refused with a {@link DateTimeException} naming the limit and the start.
 * Extensions add up to at most the unit's {@linkplain TimeLimit.Unit#maxAmount() maximum}.
 *
 * <p>Immutable and thread-safe; holds no personal data.
 */
public final class Deadline {

  private static final double NANOS_PER_HOUR = 3_600_000_000_000.0;
  /** How far either side of its estimate {@link #instantWhenUsed} looks first. */
  private static final Duration BRACKET = Duration.ofNanos(1_000);

  private final WorkingCalendar calendar;
  private final Instant start;
  private final TimeLimit limit;
  private final List<TimeLimit> extensions;
  private final List<ClockPause> pauses;
  private final TimeLimit total;
  private final LocalDate startDate;
  /** Day-based limits: the count of the start date, and the paused count ranges [a, b]. */
  private final long base;
  private final long[] pausedRanges;
  private final Instant dueAt;
  private final LocalDate lastDay;
  private final boolean provisional;
  private final double budget;

  /**
   * Computes a deadline.
   *
   * @throws IllegalArgumentException if the extensions add up to more than the unit's maximum
   * @throws DateTimeException naming the limit and start if an instant is outside the
   *     supported dates
   * @throws IllegalStateException if the calendar lacks the office hours the limit needs
   */
  Deadline(WorkingCalendar calendar, Instant start, TimeLimit limit, List<TimeLimit> extensions,
      List<ClockPause> pauses) {
    this.calendar = calendar;
    this.start = start;
    this.limit = limit;
    this.extensions = List.copyOf(extensions);
    TimeLimit sum = limit;
    for (TimeLimit extension : this.extensions) {
      sum = sum.plus(extension);
    }
    this.total = sum;
    try {
      this.startDate = calendar.dateOf(start, "start");
      for (ClockPause pause : pauses) {
        calendar.dateOf(pause.from(), "pause from");
        calendar.requireSupported(pause.to(), "pause to");
      }
      this.pauses = normalise(pauses, start);
      if (limit.unit().isDayBased()) {
        this.base = dayCount(startDate);
        this.pausedRanges = pausedDayRanges();
        long target = base + total.amount();
        for (int i = 0; i < pausedRanges.length; i += 2) {
          if (pausedRanges[i] <= target) {
            target += pausedRanges[i + 1] - pausedRanges[i] + 1;
          }
        }
        if (target > dayCount(WorkingCalendar.MAX_SUPPORTED_DATE)) {
          throw WorkingCalendar.beyond("its last day", WorkingCalendar.MAX_SUPPORTED_DATE);
        }
        LocalDate counted = dayNumbered(target);
        LocalDate last = counted;
        boolean known = limit.unit() != TimeLimit.Unit.WORKING_DAYS
            || calendar.isScheduleKnownBetween(startDate.plusDays(1), counted);
        if (total.rollsOver() && !calendar.isWorkingDay(counted)) {
          last = calendar.nextWorkingDay(counted);
          known = calendar.isScheduleKnownBetween(counted, last);
        }
        this.lastDay = last;
        this.provisional = !known;
        this.dueAt = total.dayEnd() == TimeLimit.DayEnd.CLOSE_OF_BUSINESS
            ? calendar.at(last, calendar.closingTime())
            : calendar.startOf(last.plusDays(1));
      } else {
        this.base = 0;
        this.pausedRanges = new long[0];
        Duration length = Duration.ofHours(total.amount());
        Instant due;
        if (limit.unit() == TimeLimit.Unit.HOURS) {
          due = start.plus(length);
          for (ClockPause pause : this.pauses) {
            if (pause.from().isBefore(due)) {
              due = due.plus(pause.length());
            }
          }
        } else {
          due = calendar.addWorkingTime(start, length);
          for (ClockPause pause : this.pauses) {
            if (pause.from().isBefore(due)) {
              due = calendar.addWorkingTime(due, calendar.workingTime(pause.from(), pause.to()));
            }
          }
        }
        this.dueAt = due;
        this.lastDay = calendar.reachedDate(due.minusNanos(1), "its last day");
        this.provisional = limit.unit() == TimeLimit.Unit.WORKING_HOURS
            && !calendar.isScheduleKnownBetween(startDate, lastDay);
      }
    } catch (DateTimeException e) {
      throw new DateTimeException("deadline of " + total + " from " + start + " on calendar "
          + Texts.quote(calendar.id()) + ": " + e.getMessage(), e);
    }
    this.budget = consumed(dueAt);
  }

  private static List<ClockPause> normalise(List<ClockPause> pauses, Instant start) {
    List<ClockPause> sorted = new ArrayList<>();
    for (ClockPause pause : pauses) {
      Instant from = pause.from().isBefore(start) ? start : pause.from();
      if (pause.to().isAfter(from)) {
        sorted.add(new ClockPause(from, pause.to()));
      }
    }
    sorted.sort(Comparator.comparing(ClockPause::from));
    List<ClockPause> merged = new ArrayList<>();
    for (ClockPause pause : sorted) {
      int lastIndex = merged.size() - 1;
      if (lastIndex >= 0 && !pause.from().isAfter(merged.get(lastIndex).to())) {
        ClockPause previous = merged.get(lastIndex);
        Instant to = pause.to().isAfter(previous.to()) ? pause.to() : previous.to();
        merged.set(lastIndex, new ClockPause(previous.from(), to));
      } else {
        merged.add(pause);
      }
    }
    return List.copyOf(merged);
  }

  /** Day-based: the count of a day (working days or plain days up to it). */
  private long dayCount(LocalDate date) {
    return limit.unit() == TimeLimit.Unit.WORKING_DAYS
        ? calendar.workingDayCount(date) : date.toEpochDay();
  }

  private LocalDate dayNumbered(long count) {
    return limit.unit() == TimeLimit.Unit.WORKING_DAYS
        ? calendar.workingDayNumbered(count) : LocalDate.ofEpochDay(count);
  }

  /** The counts of the counted days that pauses cover whole, as pairs [first, last]. */
  private long[] pausedDayRanges() {
    List<Long> ranges = new ArrayList<>();
    for (ClockPause pause : pauses) {
      ZonedDateTime from = pause.from().atZone(calendar.zone());
      LocalDate firstFull = from.toLocalDate();
      if (!calendar.startOf(firstFull).equals(pause.from())) {
        firstFull = firstFull.plusDays(1);
      }
      LocalDate lastFull = pause.to().atZone(calendar.zone()).toLocalDate().minusDays(1);
      long first = Math.max(dayCount(firstFull.minusDays(1)) + 1, base + 1);
      long last = dayCount(lastFull);
      if (first <= last) {
        ranges.add(first);
        ranges.add(last);
      }
    }
    long[] result = new long[ranges.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ranges.get(i);
    }
    return result;
  }

  /** Day-based: how many of the counted days up to and including {@code count} are paused. */
  private long pausedUpTo(long count) {
    long paused = 0;
    for (int i = 0; i < pausedRanges.length; i += 2) {
      if (pausedRanges[i] <= count) {
        paused += Math.min(count, pausedRanges[i + 1]) - pausedRanges[i] + 1;
      }
    }
    return paused;
  }

  private boolean isPaused(long count) {
    for (int i = 0; i < pausedRanges.length; i += 2) {
      if (pausedRanges[i] <= count && count <= pausedRanges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The limit's units used up by the given instant: counted, unpaused time since start. */
  private double consumed(Instant at) {
    if (!at.isAfter(start)) {
      return 0;
    }
    switch (limit.unit()) {
      case HOURS -> {
        Duration used = Duration.between(start, at);
        for (ClockPause pause : pauses) {
          if (pause.from().isBefore(at)) {
            Instant end = pause.to().isBefore(at) ? pause.to() : at;
            used = used.minus(Duration.between(pause.from(), end));
          }
        }
        return hours(used);
      }
      case WORKING_HOURS -> {
        Duration used = calendar.workingTime(start, at);
        for (ClockPause pause : pauses) {
          if (pause.from().isBefore(at)) {
            Instant end = pause.to().isBefore(at) ? pause.to() : at;
            used = used.minus(calendar.workingTime(pause.from(), end));
          }
        }
        return hours(used);
      }
      default -> {
        ZonedDateTime local = at.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        if (!day.isAfter(startDate)) {
          return 0;
        }
        long before = dayCount(day.minusDays(1));
        long count = dayCount(day);
        double days = (before - base) - pausedUpTo(before);
        if (count != before && !isPaused(count)) {
          Instant dayStart = calendar.startOf(day);
          Instant dayEnd = total.dayEnd() == TimeLimit.DayEnd.CLOSE_OF_BUSINESS
              ? calendar.at(day, calendar.closingTime()) : calendar.startOf(day.plusDays(1));
          double part = (double) Duration.between(dayStart, at).toNanos()
              / Duration.between(dayStart, dayEnd).toNanos();
          days += Math.min(1.0, part);
        }
        return days;
      }
    }
  }

  private static double hours(Duration duration) {
    return duration.getSeconds() / 3600.0 + duration.getNano() / NANOS_PER_HOUR;
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The calendar the deadline is computed on.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * When the clock started.
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * The time limit as first set, without extensions.
   *
   * @return the limit
   */
  public TimeLimit limit() {
    return limit;
  }

  /**
   * The extensions granted, in order.
   *
   * @return the extensions, unmodifiable
   */
  public List<TimeLimit> extensions() {
    return extensions;
  }

  /**
   * The limit with every extension added.
   *
   * @return the total limit
   */
  public TimeLimit totalLimit() {
    return total;
  }

  /**
   * The clock pauses, merged, in order, clipped to the start.
   *
   * @return the pauses, unmodifiable
   */
  public List<ClockPause> pauses() {
    return pauses;
  }

  /**
   * The instant by which the step is due; a step done at or before it is on time.
   *
   * @return the due instant
   */
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * The due instant in the calendar's zone.
   *
   * @return the due date-time
   */
  public ZonedDateTime dueAtZoned() {
    return dueAt.atZone(calendar.zone());
  }

  /**
   * The last counted day: for day-based limits the N-th counted day (after any roll-over),
   * for hour-based limits the day on which the deadline falls (a deadline at exactly 24:00
   * belongs to the day that ends then).
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Whether the deadline needed a year whose official schedule is not loaded and was
   * computed on the weekly pattern instead.
   *
   * @return true if provisional
   */
  public boolean isProvisional() {
    return provisional;
  }

  // ---------------------------------------------------------------- queries

  /**
   * Whether a step done at the given instant is on time: at or before {@link #dueAt()}.
   *
   * @param doneAt when the step was done
   * @return true if on time
   * @throws NullPointerException if doneAt is null
   */
  public boolean isOnTime(Instant doneAt) {
    Objects.requireNonNull(doneAt, "doneAt");
    return !doneAt.isAfter(dueAt);
  }

  /**
   * Whether the deadline has passed at the given instant.
   *
   * @param now the instant, typically from the host's {@code Clock}
   * @return true if {@code now} is after {@link #dueAt()}
   * @throws NullPointerException if now is null
   */
  public boolean isOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    return now.isAfter(dueAt);
  }

  /**
   * The natural time left until {@link #dueAt()}.
   *
   * @param now the instant
   * @return the time left, negative when overdue
   * @throws NullPointerException if now is null
   */
  public Duration timeLeft(Instant now) {
    Objects.requireNonNull(now, "now");
    return Duration.between(now, dueAt);
  }

  /**
   * The fraction of the limit used up at the given instant, measured in the limit's own
   * unit and without paused time: 0 at the start, 1 at {@link #dueAt()}, above 1 when
   * overdue. A working-day limit does not age over a weekend; supervision colours cases
   * yellow and red by this fraction.
   *
   * @param now the instant, within the calendar's supported dates
   * @return the fraction used, 0 or more
   * @throws NullPointerException if now is null
   * @throws DateTimeException if now is outside the supported dates
   */
  public double fractionUsed(Instant now) {
    Objects.requireNonNull(now, "now");
    calendar.requireSupported(now, "now");
    return budget == 0 ? (now.isAfter(dueAt) ? Double.POSITIVE_INFINITY : 0) : consumed(now) / budget;
  }

  /**
   * The earliest instant at which {@link #fractionUsed} reaches the given fraction: when a
   * case turns yellow (亮黄灯) at 80 % of its limit used, say. Counted like {@code fractionUsed},
   * in the limit's own unit and without paused time, so for a working-day limit the instant
   * is the end of a counted day or a point within one, never a weekend: 80 % of 5 working days
   * is reached at 24:00 of the 4th counted working day.
   *
   * <p>0 gives the {@linkplain #start() start}, 1 gives {@link #dueAt()}; in between the result
   * lies in {@code [start, dueAt]}, exact to the nanosecond: {@code fractionUsed(result) >=
   * fraction} and, unless the result is the start, {@code fractionUsed(result - 1 ns) <
   * fraction}. A deadline whose limit takes no time (due at its start) reaches every fraction
   * at its due instant.
   *
   * <pre>{@code
   * // Monday 29 September 2025, 10:00 in Beijing, before the National Day holidays (1 to 8 October)
   * Deadline d = cn.deadline(Instant.parse("2025-09-29T02:00:00Z"), TimeLimit.workingDays(5));
   * d.dueAt();                // 2025-10-14T00:00+08:00: 24:00 on Monday 13 October, the 5th working day
   * d.instantWhenUsed(0.8);   // 2025-10-12T00:00+08:00: 24:00 on Saturday 11 October, a make-up
   *                           // working day (调休) and the 4th counted
   * }</pre>
   *
   * @param fraction the fraction of the limit, 0 to 1
   * @return the instant
   * @throws IllegalArgumentException if the fraction is not a number from 0 to 1
   */
  public Instant instantWhenUsed(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be 0 to 1, was " + fraction);
    }
    if (budget == 0 || fraction == 1) {
      return dueAt;
    }
    if (fraction == 0) {
      return start;
    }
    // The fraction used never decreases with time: the earliest instant is found by halving an
    // interval where it is not reached at the start and reached at the end, down to a nanosecond:
    // first a microsecond either side of where the limit's own arithmetic puts it, and the whole
    // deadline only if that does not hold it (a pause in an hour-based limit, say).
    Instant estimate = estimateWhenUsed(fraction);
    if (estimate != null) {
      Instant lo = estimate.minus(BRACKET);
      Instant hi = estimate.plus(BRACKET);
      lo = lo.isBefore(start) ? start : lo;
      hi = hi.isAfter(dueAt) ? dueAt : hi;
      if (!reached(lo, fraction) && reached(hi, fraction)) {
        return earliestReached(lo, hi, fraction);
      }
    }
    return earliestReached(start, dueAt, fraction);
  }

  private boolean reached(Instant at, double fraction) {
    return consumed(at) / budget >= fraction;
  }

  /** The earliest instant in (lo, hi] at which the fraction is reached: not at lo, at hi. */
  private Instant earliestReached(Instant lo, Instant hi, double fraction) {
    while (hi.getEpochSecond() - lo.getEpochSecond() > 1) {
      Instant mid = lo.plusSeconds((hi.getEpochSecond() - lo.getEpochSecond()) / 2);
      if (reached(mid, fraction)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    long gap = (hi.getEpochSecond() - lo.getEpochSecond()) * 1_000_000_000L + hi.getNano() - lo.getNano();
    while (gap > 1) {
      long half = gap / 2;
      Instant mid = lo.plusNanos(half);
      if (reached(mid, fraction)) {
        hi = mid;
        gap = half;
      } else {
        lo = mid;
        gap -= half;
      }
    }
    return hi;
  }

  /**
   * Where the fraction is reached by the limit's own arithmetic, to within rounding: for day
   * limits, within the counted day that holds it; for hour limits without pauses, that much
   * (office) time after the start. Null when there is no such shortcut.
   */
  private Instant estimateWhenUsed(double fraction) {
    double need = fraction * budget;
    if (limit.unit().isDayBased()) {
      long whole = (long) Math.floor(need);
      double rest = need - whole;
      long count = base + (rest > 0 ? whole + 1 : whole);
      for (int i = 0; i < pausedRanges.length; i += 2) {
        if (pausedRanges[i] <= count) {
          count += pausedRanges[i + 1] - pausedRanges[i] + 1;
        }
      }
      if (count <= base || count > dayCount(WorkingCalendar.MAX_SUPPORTED_DATE)) {
        return null;
      }
      LocalDate day = dayNumbered(count);
      Instant dayStart = calendar.startOf(day);
      Instant dayEnd = total.dayEnd() == TimeLimit.DayEnd.CLOSE_OF_BUSINESS
          ? calendar.at(day, calendar.closingTime()) : calendar.startOf(day.plusDays(1));
      return rest == 0 ? dayEnd : dayStart.plusNanos((long) Math.ceil(rest * Duration.between(dayStart, dayEnd).toNanos()));
    }
    if (!pauses.isEmpty()) {
      return null;
    }
    Duration amount = Duration.ofNanos((long) Math.ceil(need * NANOS_PER_HOUR));
    return limit.unit() == TimeLimit.Unit.HOURS ? start.plus(amount) : calendar.addWorkingTime(start, amount);
  }

  // ---------------------------------------------------------------- changes

  /**
   * This deadline extended (延期): the extension's amount is added to the current deadline.
   *
   * @param extension an extension in the limit's own unit
   * @return the extended deadline
   * @throws NullPointerException if extension is null
   * @throws IllegalArgumentException if the extension counts another unit, or the limit with
   *     all its extensions would exceed the unit's {@linkplain TimeLimit.Unit#maxAmount()
   *     maximum}
   * @throws DateTimeException naming the limit if the extended deadline falls after the
   *     calendar's supported dates
   */
  public Deadline extendedBy(TimeLimit extension) {
    Objects.requireNonNull(extension, "extension");
    if (extension.unit() != limit.unit()) {
      throw new IllegalArgumentException("extension " + extension + " must count in the limit's"
          + " own unit (" + limit.unit() + ", limit " + limit + ")");
    }
    List<TimeLimit> more = new ArrayList<>(extensions);
    more.add(extension);
    return new Deadline(calendar, start, limit, more, pauses);
  }

  /**
   * This deadline with the clock paused from one instant to another.
   *
   * @param from when the clock stopped, within the calendar's supported dates
   * @param to when it restarted, not before {@code from}, within the supported dates
   * @return the deadline with the pause
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws DateTimeException naming the limit if an instant, or the paused deadline, is
   *     outside the calendar's supported dates
   */
  public Deadline pausedBetween(Instant from, Instant to) {
    ClockPause pause = new ClockPause(from, to);
    List<ClockPause> more = new ArrayList<>(pauses);
    more.add(pause);
    return new Deadline(calendar, start, limit, extensions, more);
  }

  /**
   * The same start, limit, extensions and pauses computed on another calendar, for example
   * once next year's official schedule is loaded.
   *
   * @param newCalendar the calendar
   * @return the recomputed deadline
   * @throws NullPointerException if newCalendar is null
   * @throws IllegalStateException if the limit needs office hours and the calendar has none
   * @throws DateTimeException naming the limit if the deadline falls outside the new
   *     calendar's supported dates
   */
  public Deadline recomputedOn(WorkingCalendar newCalendar) {
    Objects.requireNonNull(newCalendar, "newCalendar");
    return new Deadline(newCalendar, start, limit, extensions, pauses);
  }

  /**
   * Why this deadline falls where it does: every day from the start to the last day, counted
   * or skipped and why, as data and as a paragraph in Chinese or English. Reasons of pauses and
   * extensions, which the calendar does not know, are added with
   * {@link DeadlineExplanation#withPauseReasons} and {@link DeadlineExplanation#withExtensionReasons}.
   *
   * @return the explanation
   */
  public DeadlineExplanation explain() {
    return DeadlineExplanation.of(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Deadline that && calendar.equals(that.calendar)
        && start.equals(that.start) && limit.equals(that.limit)
        && extensions.equals(that.extensions) && pauses.equals(that.pauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar.id(), start, limit, extensions, pauses);
  }

  @Override
  public String toString() {
    return "Deadline[" + total + " from " + start.atZone(calendar.zone()) + ", due "
        + dueAtZoned() + ", last day " + lastDay + (provisional ? ", provisional" : "")
        + (pauses.isEmpty() ? "" : ", " + pauses.size() + " pause(s)") + "]";
  }
}
