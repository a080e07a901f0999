package org.hotline12345.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-worked deadlines a clerk would check, on the China mainland calendar. */
class DeadlineTest {

  private final WorkingCalendar cn = WorkingCalendars.chinaMainland();

  /** A Beijing-time instant, for example {@code at("2024-09-30T10:00")}. */
  private static Instant at(String localDateTime) {
    return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  @Nested
  class Working_days {

    @Test
    void national_day_2024_five_working_days_end_on_the_make_up_saturday() {
      Deadline d = cn.deadline(at("2024-09-30T10:00"), TimeLimit.workingDays(5));
      assertThat(d.lastDay()).isEqualTo(of(2024, 10, 12));
      assertThat(d.dueAt()).isEqualTo(at("2024-10-13T00:00"));
      assertThat(d.isProvisional()).isFalse();
    }

    @Test
    void spring_festival_2024_three_working_days_jump_the_holiday() {
      // Thu 8 Feb: counted days are Fri 9 Feb, Sun 18 Feb (make-up), Mon 19 Feb.
      Deadline d = cn.deadline(at("2024-02-08T15:20"), TimeLimit.workingDays(3));
      assertThat(d.lastDay()).isEqualTo(of(2024, 2, 19));
      assertThat(d.dueAt()).isEqualTo(at("2024-02-20T00:00"));
    }

    @Test
    void a_start_at_23_59_on_a_working_day_does_not_count_that_day() {
      Deadline late = cn.deadline(at("2024-03-12T23:59"), TimeLimit.workingDays(1));
      Deadline early = cn.deadline(at("2024-03-12T00:01"), TimeLimit.workingDays(1));
      assertThat(late.lastDay()).isEqualTo(of(2024, 3, 13));
      assertThat(late.dueAt()).isEqualTo(early.dueAt()).isEqualTo(at("2024-03-14T00:00"));
    }

    @Test
    void a_start_on_a_holiday_counts_from_the_first_working_day_after_it() {
      Deadline d = cn.deadline(at("2024-10-03T10:00"), TimeLimit.workingDays(3));
      assertThat(d.lastDay()).isEqualTo(of(2024, 10, 10));
    }

    @Test
    void a_start_given_in_another_zone_is_reckoned_in_beijing_time() {
      // 2024-03-12T17:30Z is 13 March 01:30 in Beijing: the 13th is the uncounted day.
      Deadline d = cn.deadline(ZonedDateTime.parse("2024-03-12T17:30Z"), TimeLimit.workingDays(1));
      assertThat(d.lastDay()).isEqualTo(of(2024, 3, 14));
    }

    @Test
    void ending_at_close_of_business() {
      Deadline d = cn.deadline(at("2024-09-30T10:00"), TimeLimit.workingDays(5).endingAtCloseOfBusiness());
      assertThat(d.dueAt()).isEqualTo(at("2024-10-12T17:30"));
      assertThat(d.isOnTime(at("2024-10-12T17:30"))).isTrue();
      assertThat(d.isOnTime(at("2024-10-12T17:31"))).isFalse();
    }

    @Test
    void a_step_at_the_deadline_is_on_time_and_a_nanosecond_later_is_not() {
      Deadline d = cn.deadline(at("2024-03-12T10:00"), TimeLimit.workingDays(5));
      assertThat(d.isOnTime(d.dueAt())).isTrue();
      assertThat(d.isOverdue(d.dueAt())).isFalse();
      assertThat(d.isOnTime(d.dueAt().plusNanos(1))).isFalse();
      assertThat(d.isOverdue(d.dueAt().plusNanos(1))).isTrue();
    }
  }

  @Nested
  class Hours {

    @Test
    void natural_hours_run_through_the_night_and_the_holidays() {
      Deadline d = cn.deadline(at("2024-10-01T23:00"), TimeLimit.hours(2));
      assertThat(d.dueAt()).isEqualTo(at("2024-10-02T01:00"));
      assertThat(d.lastDay()).isEqualTo(of(2024, 10, 2));
      assertThat(d.isProvisional()).isFalse();
    }

    @Test
    void working_hours_skip_the_lunch_break() {
      // Tue 12 March 11:00: 11:00-12:00, then 13:30-14:30.
      Deadline d = cn.deadline(at("2024-03-12T11:00"), TimeLimit.workingHours(2));
      assertThat(d.dueAt()).isEqualTo(at("2024-03-12T14:30"));
    }

    @Test
    void working_hours_skip_the_weekend() {
      // Fri 15 March 16:30: one hour to 17:30, then Monday 09:00-11:00.
      Deadline d = cn.deadline(at("2024-03-15T16:30"), TimeLimit.workingHours(3));
      assertThat(d.dueAt()).isEqualTo(at("2024-03-18T11:00"));
      assertThat(d.lastDay()).isEqualTo(of(2024, 3, 18));
    }

    @Test
    void working_hours_skip_golden_week_and_end_at_a_session_close_not_the_next_open() {
      // Mon 30 Sep 16:00: 1.5 hours to 17:30, then Tue 8 Oct 09:00-11:30.
      assertThat(cn.deadline(at("2024-09-30T16:00"), TimeLimit.workingHours(4)).dueAt())
          .isEqualTo(at("2024-10-08T11:30"));
      // 09:00 plus 3 working hours is 12:00, not 13:30.
      assertThat(cn.deadline(at("2024-03-12T09:00"), TimeLimit.workingHours(3)).dueAt())
          .isEqualTo(at("2024-03-12T12:00"));
    }

    @Test
    void working_hours_started_at_night_begin_at_the_next_opening() {
      assertThat(cn.deadline(at("2024-03-12T20:00"), TimeLimit.workingHours(1)).dueAt())
          .isEqualTo(at("2024-03-13T10:00"));
      assertThat(cn.deadline(at("2024-03-12T12:45"), TimeLimit.workingHours(1)).dueAt())
          .isEqualTo(at("2024-03-12T14:30"));
    }

    @Test
    void working_hours_many_days_ahead_in_one_step() {
      // 70 working hours = 10 working days of 7 hours: from Mon 4 March 09:00 to the close
      // of Fri 15 March.
      assertThat(cn.deadline(at("2024-03-04T09:00"), TimeLimit.workingHours(70)).dueAt())
          .isEqualTo(at("2024-03-15T17:30"));
    }

    @Test
    void a_calendar_without_office_hours_refuses_working_hours_by_name() {
      WorkingCalendar bare = WorkingCalendar.builder("bare", cn.zone()).build();
      assertThatThrownBy(() -> bare.deadline(at("2024-03-12T09:00"), TimeLimit.workingHours(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("'bare' has no office hours");
    }
  }

  @Nested
  class Calendar_days {

    @Test
    void a_last_day_in_golden_week_rolls_to_the_next_working_day() {
      // 20 Sep + 15 days = Sat 5 Oct, a holiday: the period ends on Tue 8 Oct (art. 203).
      Deadline d = cn.deadline(at("2024-09-20T10:00"), TimeLimit.calendarDays(15));
      assertThat(d.lastDay()).isEqualTo(of(2024, 10, 8));
      Deadline strict = cn.deadline(at("2024-09-20T10:00"), TimeLimit.calendarDays(15).withoutRollOver());
      assertThat(strict.lastDay()).isEqualTo(of(2024, 10, 5));
    }

    @Test
    void a_last_day_that_is_a_make_up_working_day_stays() {
      // 27 Sep + 2 = Sun 29 Sep, a make-up working day.
      assertThat(cn.deadline(at("2024-09-27T10:00"), TimeLimit.calendarDays(2)).lastDay())
          .isEqualTo(of(2024, 9, 29));
    }
  }

  @Nested
  class Beyond_the_known_years {

    @Test
    void a_deadline_reaching_into_2027_is_provisional_one_within_2026_is_not() {
      assertThat(cn.deadline(at("2026-12-28T10:00"), TimeLimit.workingDays(5)).isProvisional()).isTrue();
      assertThat(cn.deadline(at("2026-12-01T10:00"), TimeLimit.workingDays(5)).isProvisional()).isFalse();
      assertThat(cn.deadline(at("2026-12-31T16:00"), TimeLimit.workingHours(1)).isProvisional()).isFalse();
      assertThat(cn.deadline(at("2026-12-31T17:00"), TimeLimit.workingHours(1)).isProvisional()).isTrue();
      assertThat(cn.deadline(at("2026-12-31T23:00"), TimeLimit.hours(5)).isProvisional()).isFalse();
    }

    @Test
    void a_provisional_deadline_is_recomputed_once_the_schedule_is_loaded() {
      // Fri 2026-12-25 + 5 on the weekly pattern: 28, 29, 30, 31 Dec, Fri 1 Jan 2027.
      Deadline provisional = cn.deadline(at("2026-12-25T10:00"), TimeLimit.workingDays(5));
      assertThat(provisional.lastDay()).isEqualTo(of(2027, 1, 1));
      assertThat(provisional.isProvisional()).isTrue();

      WorkingCalendar published = WorkingCalendar.builder("cn-2027", cn.zone())
          .officeHours(WorkingCalendars.CHINA_OFFICE_HOURS)
          .layer(cn.layers().get(0))
          .layer(CalendarLayer.of("2027 notice", SpecialDay.holiday(of(2027, 1, 1), "元旦")))
          .scheduleKnownFor(2007, 2027)
          .build();
      Deadline recomputed = provisional.recomputedOn(published);
      assertThat(recomputed.isProvisional()).isFalse();
      assertThat(recomputed.lastDay()).isEqualTo(of(2027, 1, 4));
      assertThat(recomputed.start()).isEqualTo(provisional.start());
    }
  }

  @Nested
  class Extensions {

    @Test
    void an_extension_adds_its_working_days_to_the_current_deadline() {
      Deadline d = cn.deadline(at("2024-09-20T10:00"), TimeLimit.workingDays(5));
      // Counted: 23, 24, 25, 26, 27 Sep. Extended by 3: 29 Sep (make-up), 30 Sep, 8 Oct.
      assertThat(d.lastDay()).isEqualTo(of(2024, 9, 27));
      Deadline extended = d.extendedBy(TimeLimit.workingDays(3));
      assertThat(extended.lastDay()).isEqualTo(of(2024, 10, 8));
      assertThat(extended.extensions()).containsExactly(TimeLimit.workingDays(3));
      assertThat(extended.totalLimit()).isEqualTo(TimeLimit.workingDays(8));
      assertThat(extended.extendedBy(TimeLimit.workingDays(1)).lastDay()).isEqualTo(of(2024, 10, 9));
    }

    @Test
    void an_extension_in_another_unit_is_refused_naming_both() {
      Deadline d = cn.deadline(at("2024-09-20T10:00"), TimeLimit.workingDays(5));
      assertThatThrownBy(() -> d.extendedBy(TimeLimit.calendarDays(3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("extension 3 calendar days")
          .hasMessageContaining("WORKING_DAYS");
    }
  }

  @Nested
  class Pauses {

    private final Deadline fiveDays = cn.deadline(at("2024-03-11T10:00"), TimeLimit.workingDays(5));

    @Test
    void without_pause_five_working_days_from_monday_end_on_monday() {
      assertThat(fiveDays.lastDay()).isEqualTo(of(2024, 3, 18));
    }

    @Test
    void a_pause_covering_two_whole_working_days_moves_the_deadline_two_working_days() {
      Deadline paused = fiveDays.pausedBetween(at("2024-03-12T00:00"), at("2024-03-14T00:00"));
      assertThat(paused.lastDay()).isEqualTo(of(2024, 3, 20));
    }

    @Test
    void a_pause_within_a_day_or_on_a_weekend_or_of_no_length_moves_nothing() {
      assertThat(fiveDays.pausedBetween(at("2024-03-12T09:00"), at("2024-03-12T17:00")).dueAt())
          .isEqualTo(fiveDays.dueAt());
      assertThat(fiveDays.pausedBetween(at("2024-03-16T00:00"), at("2024-03-18T00:00")).dueAt())
          .isEqualTo(fiveDays.dueAt());
      assertThat(fiveDays.pausedBetween(at("2024-03-13T10:00"), at("2024-03-13T10:00")).dueAt())
          .isEqualTo(fiveDays.dueAt());
    }

    @Test
    void only_whole_days_count_for_a_day_based_limit() {
      // Tue 10:00 to Thu 10:00 covers Wednesday whole: one working day.
      assertThat(fiveDays.pausedBetween(at("2024-03-12T10:00"), at("2024-03-14T10:00")).lastDay())
          .isEqualTo(of(2024, 3, 19));
    }

    @Test
    void overlapping_pauses_count_once() {
      Deadline paused = fiveDays
          .pausedBetween(at("2024-03-12T00:00"), at("2024-03-14T00:00"))
          .pausedBetween(at("2024-03-13T00:00"), at("2024-03-15T00:00"));
      assertThat(paused.pauses()).containsExactly(new ClockPause(at("2024-03-12T00:00"), at("2024-03-15T00:00")));
      assertThat(paused.lastDay()).isEqualTo(of(2024, 3, 21));
    }

    @Test
    void a_pause_of_working_hours_moves_by_its_office_time_only() {
      Deadline d = cn.deadline(at("2024-03-12T09:00"), TimeLimit.workingHours(4));
      assertThat(d.dueAt()).isEqualTo(at("2024-03-12T14:30"));
      // Paused 10:00-14:00: 2 hours 30 minutes of office time, so 14:30 moves to 17:00.
      Deadline paused = d.pausedBetween(at("2024-03-12T10:00"), at("2024-03-12T14:00"));
      assertThat(paused.dueAt()).isEqualTo(at("2024-03-12T17:00"));
      // Paused overnight: nothing.
      assertThat(d.pausedBetween(at("2024-03-11T18:00"), at("2024-03-12T08:00")).dueAt()).isEqualTo(d.dueAt());
    }

    @Test
    void a_pause_of_natural_hours_moves_by_its_length() {
      Deadline d = cn.deadline(at("2024-03-12T09:00"), TimeLimit.hours(2));
      assertThat(d.pausedBetween(at("2024-03-12T10:00"), at("2024-03-12T10:45")).dueAt())
          .isEqualTo(at("2024-03-12T11:45"));
    }

    @Test
    void a_pause_that_ends_before_it_starts_is_refused() {
      assertThatThrownBy(() -> fiveDays.pausedBetween(at("2024-03-13T00:00"), at("2024-03-12T00:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("to (")
          .hasMessageContaining("must not be before from");
    }
  }

  @Nested
  class Fraction_used_and_time_left {

    private final Deadline d = cn.deadline(at("2024-03-08T10:00"), TimeLimit.workingDays(4));

    @Test
    void a_working_day_limit_does_not_age_over_the_weekend() {
      // Fri 8 March: counted days Mon 11 to Thu 14 March.
      assertThat(d.lastDay()).isEqualTo(of(2024, 3, 14));
      assertThat(d.fractionUsed(at("2024-03-08T10:00"))).isZero();
      assertThat(d.fractionUsed(at("2024-03-10T23:00"))).isZero();
      assertThat(d.fractionUsed(at("2024-03-11T12:00"))).isCloseTo(0.125, within(1e-9));
      assertThat(d.fractionUsed(at("2024-03-13T00:00"))).isCloseTo(0.5, within(1e-9));
      assertThat(d.fractionUsed(d.dueAt())).isCloseTo(1.0, within(1e-9));
      assertThat(d.fractionUsed(at("2024-03-16T12:00"))).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void time_left_is_natural_time_and_negative_when_overdue() {
      assertThat(d.timeLeft(at("2024-03-14T22:00"))).isEqualTo(Duration.ofHours(2));
      assertThat(d.timeLeft(at("2024-03-15T01:00"))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void natural_hours_use_the_clock() {
      Deadline two = cn.deadline(at("2024-03-09T10:00"), TimeLimit.hours(2));
      assertThat(two.fractionUsed(at("2024-03-09T11:30"))).isCloseTo(0.75, within(1e-9));
    }
  }

  @Test
  void equal_inputs_make_equal_deadlines_and_the_text_names_the_limit() {
    Deadline a = cn.deadline(at("2024-09-30T10:00"), TimeLimit.workingDays(5));
    Deadline b = cn.deadline(ZonedDateTime.parse("2024-09-30T02:00Z"), TimeLimit.workingDays(5));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("5 working days").contains("last day 2024-10-12");
  }
}
