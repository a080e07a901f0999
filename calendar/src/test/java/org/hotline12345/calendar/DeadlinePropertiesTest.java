package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of deadlines, extensions, pauses and the fraction used, for all inputs. */
class DeadlinePropertiesTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();
  private static final ZoneId ZONE = CN.zone();

  @Provide
  Arbitrary<Instant> starts() {
    long from = LocalDate.of(2008, 1, 1).atStartOfDay(ZONE).toEpochSecond();
    long to = LocalDate.of(2026, 6, 30).atStartOfDay(ZONE).toEpochSecond();
    return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s / 60 * 60));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  private static LocalDate dateOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  @Property
  void working_days_end_at_24_00_of_the_nth_working_day_after_the_start_date(
      @ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 400) int n) {
    Deadline d = CN.deadline(start, TimeLimit.workingDays(n));
    assertThat(d.lastDay()).isEqualTo(CN.plusWorkingDays(dateOf(start), n));
    assertThat(d.dueAt()).isEqualTo(startOf(d.lastDay().plusDays(1)));
    assertThat(CN.isWorkingDay(d.lastDay())).isTrue();
    assertThat(d.isOnTime(d.dueAt())).isTrue();
  }

  @Property
  void an_extension_adds_to_the_current_deadline(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 30) int m) {
    Deadline d = CN.deadline(start, TimeLimit.workingDays(n));
    Deadline extended = d.extendedBy(TimeLimit.workingDays(m));
    assertThat(extended.lastDay()).isEqualTo(CN.plusWorkingDays(d.lastDay(), m));
    assertThat(extended.dueAt()).isEqualTo(CN.deadline(start, TimeLimit.workingDays(n + m)).dueAt());
  }

  /** A pause from the start of one non-working run to somewhere inside it. */
  private static Instant[] nonWorkingPause(LocalDate near, int offset, int lengthMinutes) {
    LocalDate day = near.plusDays(offset);
    while (CN.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    LocalDate lastOff = day;
    while (!CN.isWorkingDay(lastOff.plusDays(1))) {
      lastOff = lastOff.plusDays(1);
    }
    Instant from = startOf(day).plus(Math.min(lengthMinutes, 600), ChronoUnit.MINUTES);
    Instant to = startOf(lastOff.plusDays(1));
    return new Instant[] {from, to};
  }

  @Property
  void a_pause_wholly_in_non_working_days_changes_no_working_day_deadline(
      @ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 60) int offset, @ForAll @IntRange(min = 0, max = 2000) int minutes) {
    Deadline d = CN.deadline(start, TimeLimit.workingDays(n));
    Instant[] pause = nonWorkingPause(dateOf(start), offset, minutes);
    Deadline paused = d.pausedBetween(pause[0], pause[1]);
    assertThat(paused.dueAt()).isEqualTo(d.dueAt());
    assertThat(paused.lastDay()).isEqualTo(d.lastDay());
  }

  @Property
  void a_pause_outside_office_hours_changes_no_working_hour_deadline(
      @ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 20) int offset) {
    Deadline d = CN.deadline(start, TimeLimit.workingHours(n));
    LocalDate day = dateOf(start).plusDays(offset);
    // The night from one day's close of business to the next day's opening.
    Instant from = LocalDateTime.of(day, WorkingCalendars.CHINA_OFFICE_HOURS.closingTime()).atZone(ZONE).toInstant();
    Instant to = LocalDateTime.of(day.plusDays(1), WorkingCalendars.CHINA_OFFICE_HOURS.openingTime()).atZone(ZONE).toInstant();
    assertThat(d.pausedBetween(from, to).dueAt()).isEqualTo(d.dueAt());
    Instant[] weekend = nonWorkingPause(day, 0, 0);
    assertThat(d.pausedBetween(weekend[0], weekend[1]).dueAt()).isEqualTo(d.dueAt());
  }

  @Property
  void a_zero_length_pause_changes_nothing(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 0, max = 100_000) int minutes,
      @ForAll TimeLimit.Unit unit) {
    Deadline d = CN.deadline(start, TimeLimit.of(n, unit));
    Instant at = start.plus(minutes, ChronoUnit.MINUTES);
    assertThat(d.pausedBetween(at, at).dueAt()).isEqualTo(d.dueAt());
  }

  @Property
  void a_pause_covering_k_whole_working_days_moves_the_deadline_by_exactly_k(
      @ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @IntRange(min = 1, max = 40) int from, @ForAll @IntRange(min = 0, max = 15) int days) {
    Deadline d = CN.deadline(start, TimeLimit.workingDays(n));
    LocalDate first = dateOf(start).plusDays(from);
    Assume.that(!first.isAfter(d.lastDay()));
    LocalDate end = first.plusDays(days);
    long k = CN.workingDaysBetween(first.minusDays(1), end.minusDays(1));
    Deadline paused = d.pausedBetween(startOf(first), startOf(end));
    assertThat(paused.lastDay()).isEqualTo(CN.plusWorkingDays(d.lastDay(), k));
  }

  @Property
  void the_fraction_used_grows_from_0_to_1_at_the_deadline(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 30) int n, @ForAll TimeLimit.Unit unit,
      @ForAll @IntRange(min = 0, max = 100) int a, @ForAll @IntRange(min = 0, max = 100) int b) {
    Deadline d = CN.deadline(start, TimeLimit.of(n, unit));
    assertThat(d.fractionUsed(start)).isZero();
    assertThat(d.fractionUsed(d.dueAt())).isCloseTo(1.0, within(1e-9));
    long span = d.dueAt().getEpochSecond() - start.getEpochSecond();
    Instant earlier = start.plusSeconds(span * Math.min(a, b) / 80);
    Instant later = start.plusSeconds(span * Math.max(a, b) / 80);
    assertThat(d.fractionUsed(later)).isGreaterThanOrEqualTo(d.fractionUsed(earlier));
    if (!d.isOverdue(later)) {
      assertThat(d.fractionUsed(later)).isLessThanOrEqualTo(1.0 + 1e-9);
    }
  }

  @Property(tries = 300)
  void working_hours_agree_with_walking_minute_by_minute(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 24) int n) {
    Instant due = CN.deadline(start, TimeLimit.workingHours(n)).dueAt();
    long left = n * 60L;
    Instant t = start;
    while (left > 0) {
      LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
      if (CN.isWorkingDay(local.toLocalDate())
          && WorkingCalendars.CHINA_OFFICE_HOURS.isOpenAt(local.toLocalTime())) {
        left--;
      }
      t = t.plus(1, ChronoUnit.MINUTES);
    }
    assertThat(due).isEqualTo(t);
    assertThat(CN.workingTimeBetween(start, due)).hasMinutes(n * 60L);
  }

  @Property
  void a_time_limit_reads_back_what_it_writes(@ForAll @IntRange(min = 1, max = 1000) int n,
      @ForAll TimeLimit.Unit unit, @ForAll boolean close, @ForAll boolean strict) {
    TimeLimit limit = TimeLimit.of(n, unit);
    if (close && unit.isDayBased()) {
      limit = limit.endingAtCloseOfBusiness();
    }
    if (strict && unit == TimeLimit.Unit.CALENDAR_DAYS) {
      limit = limit.withoutRollOver();
    }
    assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
  }
}
