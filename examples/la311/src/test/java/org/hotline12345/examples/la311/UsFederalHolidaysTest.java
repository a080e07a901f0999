package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hotline12345.calendar.Deadline;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The federal holiday list: every row from the rules, none missing, and dates OPM published. */
class UsFederalHolidaysTest {

  /** The rules of 5 U.S.C. 6103 and Executive Order 11582, written again here independently of the file. */
  static Map<LocalDate, String> byTheRules(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    List<LocalDate> fixed = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 4),
        LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25)));
    if (year >= 2021) {
      fixed.add(LocalDate.of(year, 6, 19));
    }
    for (LocalDate d : fixed) {
      LocalDate observed = d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1)
          : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
      days.put(observed, d.toString());
    }
    days.put(nth(year, 1, 3), "MLK");
    days.put(nth(year, 2, 3), "Washington");
    days.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "Memorial");
    days.put(nth(year, 9, 1), "Labor");
    days.put(nth(year, 10, 2), "Columbus");
    days.put(LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)), "Thanksgiving");
    return days;
  }

  private static LocalDate nth(int year, int month, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }

  @Test
  void every_listed_day_follows_the_federal_rules_and_none_is_missing_from_2015_to_2030() {
    Map<LocalDate, String> expected = new TreeMap<>();
    for (int year = 2014; year <= 2031; year++) {
      byTheRules(year).keySet().stream().filter(d -> d.getYear() >= 2015 && d.getYear() <= 2030)
          .forEach(d -> expected.put(d, "holiday"));
    }
    Map<LocalDate, String> listed = new TreeMap<>();
    for (SpecialDay day : UsFederalHolidays.layer().days().values()) {
      listed.put(day.date(), day.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(listed).isEqualTo(expected).hasSize(170);
  }

  @Test
  void the_dates_the_office_of_personnel_management_published() {
    WorkingCalendar la = UsFederalHolidays.calendar();
    for (String holiday : List.of("2017-01-02", "2017-11-10", "2017-12-25", "2018-01-01", "2020-07-03",
        "2021-06-18", "2021-12-24", "2021-12-31", "2022-06-20", "2023-01-02", "2023-11-10", "2024-11-28",
        "2026-07-03", "2027-12-31", "2030-01-21")) {
      assertThat(la.isWorkingDay(LocalDate.parse(holiday))).as(holiday).isFalse();
    }
    for (String workday : List.of("2017-12-26", "2017-12-29", "2018-01-02", "2020-06-19", "2022-01-03", "2015-06-19")) {
      assertThat(la.isWorkingDay(LocalDate.parse(workday))).as(workday).isTrue();
    }
    assertThat(la.zone()).isEqualTo(La311Dates.ZONE);
  }

  @Test
  void five_working_days_from_the_friday_before_christmas_2017_skip_christmas_and_new_years_day() {
    WorkingCalendar la = UsFederalHolidays.calendar();

    Deadline due = la.deadline(ZonedDateTime.parse("2017-12-22T10:00-08:00[America/Los_Angeles]").toInstant(),
        TimeLimit.workingDays(5));

    // 26, 27, 28, 29 December and, after New Year's Day, Tuesday 2 January.
    assertThat(due.lastDay()).isEqualTo(LocalDate.of(2018, 1, 2));
    assertThat(due.dueAt()).isEqualTo(ZonedDateTime.parse("2018-01-03T00:00-08:00[America/Los_Angeles]").toInstant());
    assertThat(due.isProvisional()).isFalse();
    assertThat(la.deadline(ZonedDateTime.parse("2030-12-27T10:00-08:00[America/Los_Angeles]").toInstant(),
        TimeLimit.workingDays(5)).isProvisional()).as("beyond the list").isTrue();
  }
}
