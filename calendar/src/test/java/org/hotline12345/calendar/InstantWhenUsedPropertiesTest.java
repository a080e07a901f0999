package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Deadline#instantWhenUsed}: the earliest instant at which the fraction used reaches a
 * fraction, for every unit, with pauses and extensions, as {@link Deadline#fractionUsed} counts.
 */
class InstantWhenUsedPropertiesTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland()
      .withOfficeHours(OfficeHours.parse("09:00-12:00, 13:30-17:30"));
  private static final ZoneId ZONE = CN.zone();
  private static final Duration NANO = Duration.ofNanos(1);

  @Provide
  Arbitrary<Instant> starts() {
    long from = LocalDate.of(2010, 1, 1).atStartOfDay(ZONE).toEpochSecond();
    long to = LocalDate.of(2026, 6, 30).atStartOfDay(ZONE).toEpochSecond();
    return Arbitraries.longs().between(from, to).map(s -> Instant.ofEpochSecond(s / 60 * 60));
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, 0.5, 0.8, 0.9, 1.0),
        Arbitraries.doubles().between(0, 1));
  }

  /** A deadline of any unit, perhaps extended, perhaps paused for a while after its start. */
  private static Deadline deadline(Instant start, int n, TimeLimit.Unit unit, int extension, int pauseStartHours,
      int pauseHours) {
    Deadline d = CN.deadline(start, TimeLimit.of(n, unit));
    if (extension > 0) {
      d = d.extendedBy(TimeLimit.of(extension, unit));
    }
    if (pauseHours > 0) {
      Instant from = start.plus(Duration.ofHours(pauseStartHours));
      d = d.pausedBetween(from, from.plus(Duration.ofHours(pauseHours)));
    }
    return d;
  }

  @Property(tries = 500)
  void the_instant_is_the_earliest_at_which_the_fraction_is_reached(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll TimeLimit.Unit unit,
      @ForAll @IntRange(min = 0, max = 5) int extension, @ForAll @IntRange(min = 0, max = 100) int pauseStart,
      @ForAll @IntRange(min = 0, max = 80) int pauseHours, @ForAll("fractions") double fraction) {
    Deadline d = deadline(start, n, unit, extension, pauseStart, pauseHours);
    Instant reached = d.instantWhenUsed(fraction);
    assertThat(reached).isBetween(d.start(), d.dueAt());
    assertThat(d.fractionUsed(reached)).isGreaterThanOrEqualTo(fraction);
    if (reached.isAfter(d.start())) {
      assertThat(d.fractionUsed(reached.minus(NANO))).isLessThan(fraction);
    }
  }

  @Property(tries = 300)
  void a_larger_fraction_is_reached_no_earlier(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll TimeLimit.Unit unit,
      @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
    Deadline d = CN.deadline(start, TimeLimit.of(n, unit));
    assertThat(d.instantWhenUsed(Math.max(a, b))).isAfterOrEqualTo(d.instantWhenUsed(Math.min(a, b)));
    assertThat(d.instantWhenUsed(0)).isEqualTo(d.start());
    assertThat(d.instantWhenUsed(1)).isEqualTo(d.dueAt());
  }

  @Property(tries = 300)
  void k_of_n_working_days_are_used_at_24_00_of_the_kth_counted_working_day(@ForAll("starts") Instant start,
      @ForAll @IntRange(min = 2, max = 30) int n, @ForAll @IntRange(min = 1, max = 29) int k) {
    int used = Math.min(k, n - 1);
    Deadline d = CN.deadline(start, TimeLimit.workingDays(n));
    LocalDate kth = CN.plusWorkingDays(start.atZone(ZONE).toLocalDate(), used);
    assertThat(d.instantWhenUsed((double) used / n)).isEqualTo(kth.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  @Test
  void a_resolution_dispatched_before_national_day_2025_turns_yellow_on_the_make_up_saturday() {
    // Monday 29 September 2025, 10:00: five working days are 30 September, 9, 10, 11 (a make-up
    // Saturday) and 13 October; the holidays of 1 to 8 October and Sunday 12 October do not count.
    Deadline d = CN.deadline(ZonedDateTime.parse("2025-09-29T10:00+08:00[Asia/Shanghai]"), TimeLimit.workingDays(5));
    assertThat(d.dueAtZoned()).isEqualTo(ZonedDateTime.parse("2025-10-14T00:00+08:00[Asia/Shanghai]"));
    assertThat(d.instantWhenUsed(0.8).atZone(ZONE))
        .isEqualTo(ZonedDateTime.parse("2025-10-12T00:00+08:00[Asia/Shanghai]"));
    assertThat(d.instantWhenUsed(0.5).atZone(ZONE))
        .as("2.5 working days: noon of the 3rd, Friday 10 October")
        .isEqualTo(ZonedDateTime.parse("2025-10-10T12:00+08:00[Asia/Shanghai]"));
  }

  @Test
  void hours_and_working_hours_reach_a_fraction_in_their_own_time() {
    Instant friday16 = ZonedDateTime.parse("2024-03-15T16:00+08:00[Asia/Shanghai]").toInstant();
    assertThat(CN.deadline(friday16, TimeLimit.hours(2)).instantWhenUsed(0.8))
        .isEqualTo(friday16.plus(Duration.ofMinutes(96)));
    // 8 working hours from Friday 16:00: 1.5 hours on Friday, then Monday; 80 % is 6.4 hours,
    // 4.9 hours into Monday: 09:00-12:00 and 1.9 hours after 13:30, that is 15:24.
    assertThat(CN.deadline(friday16, TimeLimit.workingHours(8)).instantWhenUsed(0.8).atZone(ZONE))
        .isEqualTo(ZonedDateTime.parse("2024-03-18T15:24+08:00[Asia/Shanghai]"));
  }

  @Test
  void a_fraction_outside_0_to_1_is_refused() {
    Deadline d = CN.deadline(Instant.parse("2024-03-11T01:00:00Z"), TimeLimit.workingDays(5));
    for (double bad : new double[] {-0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> d.instantWhenUsed(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fraction must be 0 to 1, was " + bad);
    }
  }
}
