package org.hotline12345.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hotline12345.calendar.internal.ExplanationText;

/**
 * Why a {@link Deadline} falls where it does (期限说明): every day from the start to the last
 * day, counted or skipped and why (the start's own day, a weekend, a named holiday, a make-up
 * working day that counted, a pause with its reason, a day an extension added, a roll-over),
 * as data and as one readable paragraph in Chinese or English ({@link #toText(Locale)}). It
 * settles disputes over overdue marks: a clerk reads the paragraph, an auditor the days.
 *
 * <pre>{@code
 * Deadline due = WorkingCalendars.chinaMainland().deadline(
 *     ZonedDateTime.parse("2025-09-30T10:00+08:00[Asia/Shanghai]"), TimeLimit.workingDays(5));
 * due.explain().toText(Locale.ENGLISH);
 * // The clock started on Tuesday 30 September 2025 at 10:00 with a limit of 5 working days; the
 * // day it started is not counted (Civil Code art. 201). Counted 9-11 and 13-14 October, of which
 * // 11 October is a make-up working day for National Day and Mid-Autumn Festival; skipped
 * // 1-8 October (National Day and Mid-Autumn Festival holiday) and 12 October (Sunday). Due at
 * // the end of Tuesday 14 October 2025.
 * }</pre>
 *
 * <p>The calendar knows a pause only as an interval; the reasons come from whoever recorded
 * the pauses ({@link #withPauseReasons}), as do the reasons of extensions
 * ({@link #withExtensionReasons}). Reasons are free text that may quote a citizen: they appear
 * in {@link #days()}, {@link #pauses()}, {@link #extensions()} and {@link #toText(Locale)}, never
 * in {@link #toString()}.
 *
 * <p>Immutable and thread-safe. Built day by day: time and memory grow with the days between the
 * start and the deadline, which suits explaining one deadline on request, not a sweep over many.
 */
public final class DeadlineExplanation {

  /** What happened to a day between the start and the deadline. */
  public enum DayKind {
    /** The day the clock started, not counted for a day-based limit (Civil Code art. 201). */
    START_DAY,
    /** A day counted: a working day, any day of a calendar-day limit, or time of an hour limit. */
    COUNTED,
    /** A make-up working day (调休上班) at a weekend, counted; the note names the festival. */
    COUNTED_MAKE_UP,
    /** A day off by the weekly pattern (a weekend), skipped. */
    SKIPPED_WEEKEND,
    /** An official holiday (节假日), skipped; the note names it. */
    SKIPPED_HOLIDAY,
    /** A working day the clock was paused (挂起) all through, skipped; the note gives the reason if known. */
    SKIPPED_PAUSED,
    /** A working day of an hour limit on which no office time fell within the clock's run. */
    SKIPPED_OUTSIDE_OFFICE_HOURS,
    /**
     * A day after the last counted day of a calendar-day limit that ended on a day off: the
     * period runs on to the next working day (Civil Code art. 203).
     */
    ROLLED_OVER;

    /**
     * Whether a day of this kind counts toward the limit.
     *
     * @return true for {@link #COUNTED} and {@link #COUNTED_MAKE_UP}
     */
    public boolean isCounted() {
      return this == COUNTED || this == COUNTED_MAKE_UP;
    }
  }

  /**
   * One day between the start and the deadline.
   *
   * @param date the date, in the calendar's zone
   * @param kind counted or skipped, and why
   * @param note the festival's name of a holiday or make-up working day, or the reasons of a
   *     paused day when known; empty otherwise
   * @param number the day's place among the counted days, from 1; 0 for a day not counted
   * @param extension 0 for a day of the limit as first set, k for a day the k-th extension added
   *     (for an hour limit: the extension in which the day's last counted moment falls)
   * @param timeCounted for an hour limit, the time the day counted; empty for a day-based limit
   */
  public record Day(LocalDate date, DayKind kind, Optional<String> note, long number, int extension,
      Optional<Duration> timeCounted) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if number or extension is negative
     */
    public Day {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(timeCounted, "timeCounted");
      if (number < 0 || extension < 0) {
        throw new IllegalArgumentException("number and extension must not be negative, were " + number + " and "
            + extension);
      }
    }

    /**
     * Whether an extension added this day.
     *
     * @return true if {@link #extension()} is above 0
     */
    public boolean isAddedByExtension() {
      return extension > 0;
    }
  }

  /**
   * A pause of the clock and what it did to the deadline.
   *
   * @param interval when the clock stood still, as the deadline keeps it (merged, clipped to the start)
   * @param reasons the reasons recorded for it, in order; empty when none was given
   * @param daysSkipped for a day-based limit, the counted days it covered whole (and so skipped)
   * @param timeSkipped for an hour limit, the time it kept from counting; zero for a day-based limit
   */
  public record Pause(ClockPause interval, List<String> reasons, long daysSkipped, Duration timeSkipped) {

    /**
     * Checks the fields and copies the reasons.
     *
     * @throws NullPointerException if a field or a reason is null
     */
    public Pause {
      Objects.requireNonNull(interval, "interval");
      reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
      Objects.requireNonNull(timeSkipped, "timeSkipped");
    }

    /**
     * Whether the pause moved the deadline.
     *
     * @return true if it skipped a day or kept time from counting
     */
    public boolean movedTheDeadline() {
      return daysSkipped > 0 || !timeSkipped.isZero();
    }
  }

  /**
   * An extension (延期) granted.
   *
   * @param number its place among the extensions, from 1
   * @param amount what it added, in the limit's unit
   * @param reason the reason recorded for it, if given
   */
  public record Extension(int number, TimeLimit amount, Optional<String> reason) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Extension {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A reason given for a stretch of paused time. */
  private record Reason(ClockPause interval, String text) {}

  private final Deadline deadline;
  private final List<Reason> pauseReasons;
  private final List<String> extensionReasons;
  private final List<Day> days;
  private final List<Pause> pauses;
  private final List<Extension> extensions;

  private DeadlineExplanation(Deadline deadline, List<Reason> pauseReasons, List<String> extensionReasons) {
    this.deadline = deadline;
    this.pauseReasons = List.copyOf(pauseReasons);
    this.extensionReasons = List.copyOf(extensionReasons);
    this.days = Collections.unmodifiableList(deadline.limit().unit().isDayBased() ? wholeDays() : hourDays());
    this.pauses = pausesExplained();
    List<Extension> granted = new ArrayList<>();
    for (int i = 0; i < deadline.extensions().size(); i++) {
      granted.add(new Extension(i + 1, deadline.extensions().get(i),
          i < this.extensionReasons.size() && !this.extensionReasons.get(i).isBlank()
              ? Optional.of(this.extensionReasons.get(i)) : Optional.empty()));
    }
    this.extensions = List.copyOf(granted);
  }

  /**
   * The explanation of a deadline, without reasons for its pauses and extensions.
   *
   * @param deadline the deadline
   * @return the explanation
   * @throws NullPointerException if deadline is null
   * @see Deadline#explain()
   */
  public static DeadlineExplanation of(Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return new DeadlineExplanation(deadline, List.of(), List.of());
  }

  /**
   * This explanation with the reasons of the pauses, as their recorder knows them: each
   * stretch of paused time with why (for example, waiting for the citizen's material). A paused
   * day, and a {@link Pause}, takes the reasons of every stretch that overlaps it; stretches
   * that overlap nothing are ignored. Replaces any reasons given before.
   *
   * @param reasons the reasons by stretch of paused time
   * @return the explanation with the reasons
   * @throws NullPointerException if reasons, a stretch or a reason is null
   */
  public DeadlineExplanation withPauseReasons(Map<ClockPause, String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    List<Reason> list = new ArrayList<>();
    reasons.forEach((interval, text) -> list.add(new Reason(Objects.requireNonNull(interval,
        "reasons must not contain a null pause"), Objects.requireNonNull(text, "reasons must not contain a null reason"))));
    list.sort(Comparator.comparing((Reason r) -> r.interval().from()).thenComparing(r -> r.interval().to()));
    return new DeadlineExplanation(deadline, list, extensionReasons);
  }

  /**
   * This explanation with the reasons of the extensions, in the order they were granted; the
   * list may be shorter than the extensions (the rest have none), and a blank reason counts as
   * none. Replaces any given before.
   *
   * @param reasons the reasons, at most one per extension
   * @return the explanation with the reasons
   * @throws NullPointerException if reasons or a reason is null
   * @throws IllegalArgumentException if there are more reasons than extensions
   */
  public DeadlineExplanation withExtensionReasons(List<String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    for (int i = 0; i < reasons.size(); i++) {
      Objects.requireNonNull(reasons.get(i), "reasons[" + i + "]");
    }
    if (reasons.size() > deadline.extensions().size()) {
      throw new IllegalArgumentException("reasons: " + reasons.size() + " given for " + deadline.extensions().size()
          + " extension(s); at most one per extension");
    }
    return new DeadlineExplanation(deadline, pauseReasons, reasons);
  }

  // ---------------------------------------------------------------- days

  private WorkingCalendar calendar() {
    return deadline.calendar();
  }

  private LocalDate startDate() {
    return deadline.start().atZone(calendar().zone()).toLocalDate();
  }

  /** Day-based limits: the start's day, then each day to the last, counted or skipped. */
  private List<Day> wholeDays() {
    boolean working = deadline.limit().unit() == TimeLimit.Unit.WORKING_DAYS;
    long total = deadline.totalLimit().amount();
    List<Day> out = new ArrayList<>();
    LocalDate date = startDate();
    out.add(new Day(date, DayKind.START_DAY, Optional.empty(), 0, 0, Optional.empty()));
    long number = 0;
    while (date.isBefore(deadline.lastDay())) {
      date = date.plusDays(1);
      Optional<SpecialDay> special = calendar().specialDay(date);
      if (number >= total) {
        out.add(new Day(date, DayKind.ROLLED_OVER, special.map(SpecialDay::name), 0, 0, Optional.empty()));
      } else if (working && !calendar().isWorkingDay(date)) {
        boolean holiday = special.filter(s -> !s.isWorkingDay()).isPresent();
        out.add(new Day(date, holiday ? DayKind.SKIPPED_HOLIDAY : DayKind.SKIPPED_WEEKEND,
            holiday ? special.map(SpecialDay::name) : Optional.empty(), 0, 0, Optional.empty()));
      } else if (isPausedAllDay(date)) {
        out.add(new Day(date, DayKind.SKIPPED_PAUSED, reasonsOverlapping(startOf(date), startOf(date.plusDays(1))),
            0, 0, Optional.empty()));
      } else {
        number++;
        boolean makeUp = working && isMakeUp(date);
        out.add(new Day(date, makeUp ? DayKind.COUNTED_MAKE_UP : DayKind.COUNTED,
            makeUp ? special.map(SpecialDay::name) : Optional.empty(), number, extensionOf(number), Optional.empty()));
      }
    }
    return out;
  }

  /** Hour limits: each day from the start's to the last, with the time it counted. */
  private List<Day> hourDays() {
    boolean working = deadline.limit().unit() == TimeLimit.Unit.WORKING_HOURS;
    List<Day> out = new ArrayList<>();
    Duration cumulative = Duration.ZERO;
    long number = 0;
    for (LocalDate date = startDate(); !date.isAfter(deadline.lastDay()); date = date.plusDays(1)) {
      Instant from = later(deadline.start(), startOf(date));
      Instant to = earlier(deadline.dueAt(), startOf(date.plusDays(1)));
      Duration counted = Duration.ZERO;
      Duration paused = Duration.ZERO;
      if (to.isAfter(from)) {
        counted = time(from, to);
        for (ClockPause p : deadline.pauses()) {
          Instant a = later(from, p.from());
          Instant b = earlier(to, p.to());
          if (b.isAfter(a)) {
            paused = paused.plus(time(a, b));
          }
        }
        counted = counted.minus(paused);
      }
      Optional<SpecialDay> special = calendar().specialDay(date);
      if (!counted.isZero()) {
        cumulative = cumulative.plus(counted);
        number++;
        boolean makeUp = working && isMakeUp(date);
        out.add(new Day(date, makeUp ? DayKind.COUNTED_MAKE_UP : DayKind.COUNTED,
            makeUp ? special.map(SpecialDay::name) : Optional.empty(), number, extensionOf(cumulative),
            Optional.of(counted)));
      } else if (working && !calendar().isWorkingDay(date)) {
        boolean holiday = special.filter(s -> !s.isWorkingDay()).isPresent();
        out.add(new Day(date, holiday ? DayKind.SKIPPED_HOLIDAY : DayKind.SKIPPED_WEEKEND,
            holiday ? special.map(SpecialDay::name) : Optional.empty(), 0, 0, Optional.of(Duration.ZERO)));
      } else if (!paused.isZero()) {
        out.add(new Day(date, DayKind.SKIPPED_PAUSED, reasonsOverlapping(from, to), 0, 0, Optional.of(Duration.ZERO)));
      } else {
        out.add(new Day(date, DayKind.SKIPPED_OUTSIDE_OFFICE_HOURS, Optional.empty(), 0, 0, Optional.of(Duration.ZERO)));
      }
    }
    return out;
  }

  /** The time an hour limit counts between two instants: natural, or office time of working days. */
  private Duration time(Instant from, Instant to) {
    return deadline.limit().unit() == TimeLimit.Unit.HOURS ? Duration.between(from, to)
        : calendar().workingTime(from, to);
  }

  private boolean isMakeUp(LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    return !calendar().workingWeek().contains(weekday)
        && calendar().specialDay(date).filter(SpecialDay::isWorkingDay).isPresent();
  }

  private boolean isPausedAllDay(LocalDate date) {
    Instant from = startOf(date);
    Instant to = startOf(date.plusDays(1));
    for (ClockPause p : deadline.pauses()) {
      if (!p.from().isAfter(from) && !p.to().isBefore(to)) {
        return true;
      }
    }
    return false;
  }

  /** The extension that added the counted day with this number: 0 for the limit as first set. */
  private int extensionOf(long number) {
    long bound = deadline.limit().amount();
    int k = 0;
    while (number > bound && k < deadline.extensions().size()) {
      bound += deadline.extensions().get(k).amount();
      k++;
    }
    return k;
  }

  private int extensionOf(Duration cumulative) {
    Duration bound = Duration.ofHours(deadline.limit().amount());
    int k = 0;
    while (cumulative.compareTo(bound) > 0 && k < deadline.extensions().size()) {
      bound = bound.plusHours(deadline.extensions().get(k).amount());
      k++;
    }
    return k;
  }

  private Optional<String> reasonsOverlapping(Instant from, Instant to) {
    List<String> found = reasonList(from, to);
    return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
  }

  private List<String> reasonList(Instant from, Instant to) {
    Set<String> found = new LinkedHashSet<>();
    for (Reason r : pauseReasons) {
      if (r.interval().from().isBefore(to) && r.interval().to().isAfter(from)) {
        found.add(r.text());
      }
    }
    return List.copyOf(found);
  }

  private List<Pause> pausesExplained() {
    List<Pause> out = new ArrayList<>();
    boolean dayBased = deadline.limit().unit().isDayBased();
    for (ClockPause p : deadline.pauses()) {
      long daysSkipped = 0;
      Duration timeSkipped = Duration.ZERO;
      if (dayBased) {
        for (Day day : days) {
          if (day.kind() == DayKind.SKIPPED_PAUSED && !p.from().isAfter(startOf(day.date()))
              && !p.to().isBefore(startOf(day.date().plusDays(1)))) {
            daysSkipped++;
          }
        }
      } else {
        Instant a = later(p.from(), deadline.start());
        Instant b = earlier(p.to(), deadline.dueAt());
        if (b.isAfter(a)) {
          timeSkipped = time(a, b);
        }
      }
      out.add(new Pause(p, reasonList(p.from(), p.to()), daysSkipped, timeSkipped));
    }
    return List.copyOf(out);
  }

  private Instant startOf(LocalDate date) {
    return calendar().startOf(date);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The deadline explained.
   *
   * @return the deadline
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * When the clock started, in the calendar's zone.
   *
   * @return the start
   */
  public ZonedDateTime start() {
    return deadline.start().atZone(calendar().zone());
  }

  /**
   * When the deadline falls, in the calendar's zone: 24:00 of the last day (shown as 00:00 of
   * the next), the close of business, or the instant an hour limit runs out.
   *
   * @return the due date-time
   */
  public ZonedDateTime dueAt() {
    return deadline.dueAtZoned();
  }

  /**
   * Every day from the start's day to the {@linkplain Deadline#lastDay() last day}, each once,
   * in order.
   *
   * @return the days, unmodifiable
   */
  public List<Day> days() {
    return days;
  }

  /**
   * The days counted toward the limit: as many as the limit and its extensions ask for a
   * day-based limit.
   *
   * @return the counted days, in order
   */
  public List<Day> countedDays() {
    return days.stream().filter(d -> d.kind().isCounted()).toList();
  }

  /**
   * The pauses of the clock, merged and in order, each with its reasons and what it skipped.
   *
   * @return the pauses, unmodifiable
   */
  public List<Pause> pauses() {
    return pauses;
  }

  /**
   * The extensions granted, in order, with their reasons when given.
   *
   * @return the extensions, unmodifiable
   */
  public List<Extension> extensions() {
    return extensions;
  }

  /**
   * Whether the deadline is provisional: it needed a year whose official schedule is not
   * loaded, counted on the weekly pattern instead.
   *
   * @return true if provisional
   */
  public boolean isProvisional() {
    return deadline.isProvisional();
  }

  /**
   * The years the deadline reached whose official schedule is not loaded: empty unless
   * {@linkplain #isProvisional() provisional}.
   *
   * @return the years, ascending, unmodifiable
   */
  public SortedSet<Integer> provisionalYears() {
    SortedSet<Integer> years = new TreeSet<>();
    if (deadline.isProvisional()) {
      for (int y = startDate().getYear(); y <= deadline.lastDay().getYear(); y++) {
        if (!calendar().isScheduleKnown(y)) {
          years.add(y);
        }
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }

  /**
   * One paragraph that tells the days counted and skipped and why, the pauses, extensions and
   * roll-over, and when the deadline falls: in Chinese for a Chinese locale
   * ({@link Locale#CHINESE}, {@code zh-CN}...), in English for any other. Consecutive days of
   * the same kind are given as ranges, so a long limit still reads in a few lines. Reasons are
   * shown on one line each, cut after 200 characters.
   *
   * @param locale the reader's locale
   * @return the paragraph
   * @throws NullPointerException if locale is null
   */
  public String toText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return ExplanationText.write(this, "zh".equals(locale.getLanguage()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeadlineExplanation that && deadline.equals(that.deadline)
        && pauseReasons.equals(that.pauseReasons) && extensionReasons.equals(that.extensionReasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, pauseReasons, extensionReasons);
  }

  /** Shows the limit, start, due and counts, never a reason. */
  @Override
  public String toString() {
    return "DeadlineExplanation[" + deadline.totalLimit() + " from " + start() + ", due " + dueAt() + ", "
        + days.size() + " days, " + countedDays().size() + " counted" + (isProvisional() ? ", provisional" : "") + "]";
  }
}
