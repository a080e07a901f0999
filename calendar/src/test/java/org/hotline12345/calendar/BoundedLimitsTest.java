package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Every input bounded: a time limit the factories accept can be written and read back, and
 * every accepted limit gives a deadline from any supported start, or a documented refusal that
 * names the limit. Nothing can make a stored limit unreadable.
 */
class BoundedLimitsTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();
  /** One working day a week and round-the-clock office hours: the sparsest counting there is. */
  private static final WorkingCalendar SUNDAYS = WorkingCalendar.builder("sundays", ZoneId.of("Pacific/Kiritimati"))
      .workingWeek(DayOfWeek.SUNDAY)
      .officeHours(OfficeHours.of(LocalTime.MIDNIGHT, LocalTime.MAX))
      .build();
  private static final WorkingCalendar NO_OFFICE_HOURS =
      WorkingCalendar.builder("no-hours", ZoneId.of("America/Los_Angeles")).build();

  // ---------------------------------------------------------------- hand-worked cases

  @Test
  void a_billion_working_days_is_refused_at_the_door_naming_the_rule() {
    assertThatThrownBy(() -> TimeLimit.workingDays(1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be at most 36600 working days (about a hundred years), was 1000000000");
    assertThatThrownBy(() -> TimeLimit.of(878_401, TimeLimit.Unit.HOURS))
        .hasMessage("amount must be at most 878400 hours (about a hundred years), was 878401");
    assertThatThrownBy(() -> TimeLimit.calendarDays(-5))
        .hasMessage("amount must be at least 1, was -5");
    assertThatThrownBy(() -> TimeLimit.parse("1000000000 working days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time limit '1000000000 working days': amount must be at most 36600 working"
            + " days (about a hundred years), was 1000000000");
  }

  @Test
  void the_largest_limits_are_accepted_and_read_back() {
    assertThat(TimeLimit.Unit.WORKING_DAYS.maxAmount()).isEqualTo(TimeLimit.MAX_WORKING_DAYS).isEqualTo(36_600);
    assertThat(TimeLimit.Unit.CALENDAR_DAYS.maxAmount()).isEqualTo(TimeLimit.MAX_CALENDAR_DAYS).isEqualTo(36_600);
    assertThat(TimeLimit.Unit.HOURS.maxAmount()).isEqualTo(TimeLimit.MAX_HOURS).isEqualTo(878_400);
    assertThat(TimeLimit.Unit.WORKING_HOURS.maxAmount()).isEqualTo(TimeLimit.MAX_WORKING_HOURS).isEqualTo(878_400);
    for (TimeLimit.Unit unit : TimeLimit.Unit.values()) {
      TimeLimit largest = TimeLimit.of(unit.maxAmount(), unit);
      assertThat(TimeLimit.parse(largest.toString())).isEqualTo(largest);
    }
  }

  @Test
  void extensions_that_would_pass_the_maximum_are_refused_naming_the_total() {
    Deadline due = CN.deadline(Instant.parse("2025-03-03T02:00:00Z"), TimeLimit.workingDays(36_000));
    Deadline extended = due.extendedBy(TimeLimit.workingDays(600));
    assertThat(extended.totalLimit()).isEqualTo(TimeLimit.workingDays(36_600));
    assertThatThrownBy(() -> extended.extendedBy(TimeLimit.workingDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add 1 working day to 36600 working days: the total of 36601 working"
            + " days would exceed the maximum of 36600 working days");
  }

  @Test
  void a_deadline_beyond_the_supported_dates_is_refused_naming_limit_and_start() {
    Instant start = Instant.parse("9990-01-04T02:00:00Z");
    assertThatThrownBy(() -> CN.deadline(start, TimeLimit.workingDays(36_600)))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("deadline of 36600 working days from 9990-01-04T02:00:00Z on calendar"
            + " 'cn-mainland': its last day falls after 9999-12-31, the last date the calendar"
            + " supports");
    assertThatThrownBy(() -> CN.deadline(Instant.MAX, TimeLimit.hours(1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("deadline of 1 hour from +1000000000-12-31T23:59:59.999999999Z")
        .hasMessageContaining("start +1000000000-12-31T23:59:59.999999999Z is outside the dates"
            + " the calendar supports, 1900-01-01 to 9999-12-31");
    assertThatThrownBy(() -> CN.deadline(Instant.parse("1899-12-31T12:00:00Z"), TimeLimit.hours(1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("is outside the dates the calendar supports");
    Deadline ok = CN.deadline(Instant.parse("2025-03-03T02:00:00Z"), TimeLimit.hours(2));
    assertThatThrownBy(() -> ok.pausedBetween(Instant.parse("2025-03-03T03:00:00Z"), Instant.MAX))
        .isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("deadline of 2 hours from 2025-03-03T02:00:00Z")
        .hasMessageContaining("pause to +1000000000-12-31T23:59:59.999999999Z is outside");
  }

  @Test
  void working_day_arithmetic_refuses_results_outside_the_supported_dates() {
    assertThatThrownBy(() -> CN.plusWorkingDays(LocalDate.of(2025, 1, 2), Long.MAX_VALUE))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("2025-01-02 plus 9223372036854775807 working days falls after 9999-12-31,"
            + " the last date the calendar supports");
    assertThatThrownBy(() -> CN.minusWorkingDays(LocalDate.of(2025, 1, 2), Long.MIN_VALUE))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("falls after 9999-12-31");
    assertThatThrownBy(() -> CN.plusWorkingDays(LocalDate.of(2025, 1, 2), Long.MIN_VALUE))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("2025-01-02 minus 2^63 working days falls before 1900-01-01, the first date"
            + " the calendar supports");
    assertThatThrownBy(() -> CN.nextWorkingDay(LocalDate.MAX))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("date +999999999-12-31 is outside the dates the calendar supports, 1900-01-01"
            + " to 9999-12-31");
    assertThatThrownBy(() -> CN.plusWorkingTime(Instant.parse("2025-01-02T00:00:00Z"),
        Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("falls after 9999-12-31");
    // The last working day of 9999 is reachable, the next is not.
    LocalDate last = CN.isWorkingDay(LocalDate.of(9999, 12, 31)) ? LocalDate.of(9999, 12, 31)
        : CN.previousWorkingDay(LocalDate.of(9999, 12, 31));
    assertThat(CN.plusWorkingDays(CN.previousWorkingDay(last), 1)).isEqualTo(last);
    assertThatThrownBy(() -> CN.nextWorkingDay(last)).isInstanceOf(DateTimeException.class)
        .hasMessage(last + " plus 1 working days falls after 9999-12-31, the last date the"
            + " calendar supports");
    // Questions about one date are answered for any date.
    assertThat(CN.isWorkingDay(LocalDate.MIN)).isIn(true, false);
    assertThat(CN.isWorkingDay(LocalDate.of(1800, 1, 6))).isTrue();
  }

  @Test
  void working_time_over_centuries_does_not_overflow() {
    Instant from = Instant.parse("1900-01-02T00:00:00Z");
    Instant to = Instant.parse("9999-12-30T00:00:00Z");
    Duration span = SUNDAYS.workingTimeBetween(from, to);
    long sundays = SUNDAYS.workingDaysBetween(LocalDate.of(1900, 1, 2), LocalDate.of(9999, 12, 29));
    assertThat(sundays).isGreaterThan(420_000);
    assertThat(span.toHours()).isBetween((sundays - 2) * 24, (sundays + 2) * 24);
    assertThat(SUNDAYS.workingTimeBetween(to, from)).isEqualTo(span.negated());
  }

  @Test
  void the_known_years_of_a_schedule_are_bounded() {
    assertThatThrownBy(() -> WorkingCalendar.builder("x", ZoneId.of("UTC"))
        .scheduleKnownFor(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstYear must be from 1900 to 9999, the years the calendar supports, was -2147483648");
    assertThatThrownBy(() -> WorkingCalendar.builder("x", ZoneId.of("UTC"))
        .scheduleKnownFor(List.of(2025, 30_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years must be from 1900 to 9999, the years the calendar supports, was 30000");
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<TimeLimit> limits() {
    return Arbitraries.of(TimeLimit.Unit.class).flatMap(unit -> Combinators.combine(
        Arbitraries.longs().between(1, unit.maxAmount()), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as((amount, close, strict) -> {
          TimeLimit limit = TimeLimit.of(amount, unit);
          if (close && unit.isDayBased()) {
            limit = limit.endingAtCloseOfBusiness();
          }
          if (strict && unit == TimeLimit.Unit.CALENDAR_DAYS) {
            limit = limit.withoutRollOver();
          }
          return limit;
        }));
  }

  /** Instants whose date is a supported date in every zone (offsets are within 18 hours). */
  @Provide
  Arbitrary<Instant> supportedStarts() {
    long first = WorkingCalendar.MIN_SUPPORTED_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long last = WorkingCalendar.MAX_SUPPORTED_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long today = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(first, last)),
        Tuple.of(2, Arbitraries.longs().between(today - 50L * 365 * 86400, today + 50L * 365 * 86400)),
        Tuple.of(1, Arbitraries.longs().between(last - 200L * 365 * 86400, last)))
        .map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return Arbitraries.of(CN, SUNDAYS, NO_OFFICE_HOURS);
  }

  @Property
  void every_accepted_limit_reads_back_equal(@ForAll("limits") TimeLimit limit) {
    assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
    assertThat(limit.amount()).isBetween(1L, limit.unit().maxAmount());
  }

  @Property
  void every_amount_outside_the_range_is_refused_naming_the_amount(@ForAll TimeLimit.Unit unit,
      @ForAll long amount) {
    if (amount >= 1 && amount <= unit.maxAmount()) {
      assertThat(TimeLimit.of(amount, unit).amount()).isEqualTo(amount);
    } else {
      assertThatThrownBy(() -> TimeLimit.of(amount, unit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("amount must be at")
          .hasMessageEndingWith("was " + amount);
    }
  }

  @Property(tries = 2000)
  void every_accepted_limit_from_every_supported_start_gives_a_deadline_or_a_documented_refusal(
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("supportedStarts") Instant start,
      @ForAll("limits") TimeLimit limit) {
    Deadline due = documented(calendar, limit, () -> calendar.deadline(start, limit));
    if (due != null) {
      assertThat(due.dueAt()).isAfter(start);
      assertThat(due.lastDay()).isBeforeOrEqualTo(WorkingCalendar.MAX_SUPPORTED_DATE);
      assertThat(due.fractionUsed(start)).isZero();
      assertThat(due.fractionUsed(due.dueAt())).isBetween(0.999_999, 1.000_001);
    }
  }

  @Property(tries = 500)
  void many_extensions_give_a_deadline_or_a_documented_refusal(
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("supportedStarts") Instant start,
      @ForAll("limits") TimeLimit limit,
      @ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.constraints.LongRange(min = 1, max = 5000) Long> amounts) {
    Deadline due = documented(calendar, limit, () -> calendar.deadline(start, limit));
    long total = limit.amount();
    for (long amount : amounts) {
      if (due == null) {
        return;
      }
      TimeLimit extension = TimeLimit.of(amount, limit.unit());
      if (total + amount > limit.unit().maxAmount()) {
        Deadline current = due;
        assertThatThrownBy(() -> current.extendedBy(extension))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("would exceed the maximum of " + limit.unit().maxAmount());
        return;
      }
      total += amount;
      Deadline current = due;
      TimeLimit expected = current.totalLimit().plus(extension);
      due = documented(calendar, expected, () -> current.extendedBy(extension));
      if (due != null) {
        assertThat(due.totalLimit()).isEqualTo(expected);
        assertThat(due.totalLimit().amount()).isEqualTo(total);
        assertThat(due.dueAt()).isAfterOrEqualTo(current.dueAt());
      }
    }
  }

  @Property(tries = 1000)
  void any_supported_pause_gives_a_deadline_or_a_documented_refusal(
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("supportedStarts") Instant start,
      @ForAll("limits") TimeLimit limit, @ForAll("supportedStarts") Instant a,
      @ForAll("supportedStarts") Instant b) {
    Deadline due = documented(calendar, limit, () -> calendar.deadline(start, limit));
    if (due == null) {
      return;
    }
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    Deadline paused = documented(calendar, limit, () -> due.pausedBetween(from, to));
    if (paused != null) {
      assertThat(paused.dueAt()).isAfterOrEqualTo(due.dueAt());
      assertThat(paused.lastDay()).isBeforeOrEqualTo(WorkingCalendar.MAX_SUPPORTED_DATE);
      assertThat(paused.fractionUsed(to)).isNotNegative();
    }
  }

  /**
   * Runs the action; a refusal is allowed only as documented: a {@link DateTimeException} naming
   * the limit and saying that the deadline falls after the supported dates, or an {@link IllegalStateException} for a calendar
   * without the office hours the limit needs.
   *
   * @return the deadline, or null when refused as documented
   */
  private static Deadline documented(WorkingCalendar calendar, TimeLimit limit, Supplier<Deadline> action) {
    RuntimeException thrown;
    try {
      return action.get();
    } catch (RuntimeException e) {
      thrown = e;
    }
    if (thrown instanceof IllegalStateException && calendar.officeHours().isEmpty()
        && (limit.unit() == TimeLimit.Unit.WORKING_HOURS
            || limit.dayEnd() == TimeLimit.DayEnd.CLOSE_OF_BUSINESS)) {
      assertThat(thrown).hasMessageContaining("has no office hours");
      return null;
    }
    assertThat(thrown).isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("deadline of " + limit + " from ")
        .hasMessageContaining("after 9999-12-31, the last date the calendar supports");
    return null;
  }
}
