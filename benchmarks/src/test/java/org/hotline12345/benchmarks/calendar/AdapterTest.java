package org.hotline12345.benchmarks.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks that every adapter is wired right: on days every library knows, they all answer as
 * the Hotline SDK does, and on the days a library cannot know, it answers as documented.
 */
class AdapterTest {

  private static final Map<CalendarType, WorkdayCalendar> CALENDARS =
      new EnumMap<>(CalendarType.class);

  @BeforeAll
  static void createCalendars() {
    for (CalendarType type : CalendarType.values()) {
      CALENDARS.put(type, type.create());
    }
  }

  @ParameterizedTest
  @EnumSource(CalendarType.class)
  void agreesWithHotlineWhereNoSpecialDayIsNear(CalendarType type) {
    WorkdayCalendar calendar = CALENDARS.get(type);
    // 2019-03-01 is a Friday; no holiday or make-up day from February 11 to April 4.
    LocalDate friday = LocalDate.of(2019, 3, 1);
    for (LocalDate start = friday; start.isBefore(friday.plusDays(7));
        start = start.plusDays(1)) {
      for (int n = 0; n <= 10; n++) {
        LocalDate expected = ChinaSchedule.calendar().plusWorkingDays(start, n);
        assertThat(calendar.plusWorkingDays(start, n)).as("%s + %d", start, n)
            .isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).as("%s to %s", start, expected)
            .isEqualTo(n);
      }
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 3, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 3, 4))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CalendarType.class)
  void knowsNationalDay(CalendarType type) {
    assertThat(CALENDARS.get(type).isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();
    assertThat(CALENDARS.get(type).isWorkingDay(LocalDate.of(2024, 10, 4))).isFalse();
  }

  @Test
  void onlyHotlineKnowsMakeUpWorkingDays() {
    LocalDate sunday = LocalDate.of(2024, 9, 29);
    assertThat(CALENDARS.get(CalendarType.HOTLINE).isWorkingDay(sunday)).isTrue();
    assertThat(CALENDARS.get(CalendarType.OBJECTLAB).isWorkingDay(sunday)).isFalse();
    assertThat(CALENDARS.get(CalendarType.JOLLYDAY).isWorkingDay(sunday)).isFalse();
    assertThat(CALENDARS.get(CalendarType.TASKANA).isWorkingDay(sunday)).isFalse();
    assertThat(CALENDARS.get(CalendarType.HOTLINE).plusWorkingDays(LocalDate.of(2024, 9, 27), 1))
        .isEqualTo(sunday);
  }

  @Test
  void onlyTaskanaMissesTheLunarHolidays() {
    LocalDate springFestivalMonday = LocalDate.of(2024, 2, 12);
    assertThat(CALENDARS.get(CalendarType.HOTLINE).isWorkingDay(springFestivalMonday)).isFalse();
    assertThat(CALENDARS.get(CalendarType.OBJECTLAB).isWorkingDay(springFestivalMonday))
        .isFalse();
    assertThat(CALENDARS.get(CalendarType.JOLLYDAY).isWorkingDay(springFestivalMonday))
        .isFalse();
    assertThat(CALENDARS.get(CalendarType.TASKANA).isWorkingDay(springFestivalMonday)).isTrue();
  }

  @Test
  void taskanaGetsTheHolidaysOfEveryYear() {
    assertThat(ChinaSchedule.holidaysInEveryYear()).containsExactly(
        MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 1), MonthDay.of(10, 2),
        MonthDay.of(10, 3), MonthDay.of(10, 4), MonthDay.of(10, 5));
  }

  @Test
  void workloadIsFixedAndInRange() {
    LocalDate[] dates = WorkingDayBenchmark.startDates(WorkingDayBenchmark.DATES,
        WorkingDayBenchmark.SEED);
    assertThat(dates).hasSize(WorkingDayBenchmark.DATES)
        .containsExactly(WorkingDayBenchmark.startDates(WorkingDayBenchmark.DATES,
            WorkingDayBenchmark.SEED))
        .allMatch(d -> !d.isBefore(WorkingDayBenchmark.FIRST)
            && !d.isAfter(WorkingDayBenchmark.LAST));
  }
}
