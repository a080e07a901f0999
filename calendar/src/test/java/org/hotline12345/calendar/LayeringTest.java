package org.hotline12345.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** National, regional and department layers, and the rule for conflicts: the later layer wins. */
class LayeringTest {

  private final WorkingCalendar national = WorkingCalendars.chinaMainland();

  /** Guangxi's own holiday 三月三 (2024: 11-12 April, Thursday and Friday). */
  private final CalendarLayer guangxi = CalendarLayer.of("广西",
      SpecialDay.holiday(of(2024, 4, 11), "壮族三月三"),
      SpecialDay.holiday(of(2024, 4, 12), "壮族三月三"));

  @Test
  void a_regional_holiday_is_off_in_the_region_only() {
    WorkingCalendar region = national.withLayer(guangxi);
    assertThat(region.isWorkingDay(of(2024, 4, 11))).isFalse();
    assertThat(national.isWorkingDay(of(2024, 4, 11))).isTrue();
    assertThat(region.specialDay(of(2024, 4, 12)).map(SpecialDay::name)).hasValue("壮族三月三");
    // Wed 10 April + 1 working day: Monday 15 April in Guangxi, Thursday 11 April elsewhere.
    assertThat(region.nextWorkingDay(of(2024, 4, 10))).isEqualTo(of(2024, 4, 15));
    assertThat(national.nextWorkingDay(of(2024, 4, 10))).isEqualTo(of(2024, 4, 11));
    assertThat(region.id()).isEqualTo("cn-mainland/广西");
  }

  @Test
  void a_department_layer_wins_over_the_national_one_on_the_same_date() {
    CalendarLayer desk = CalendarLayer.of("市政务服务中心",
        SpecialDay.workday(of(2024, 10, 3), "节日值班"),
        SpecialDay.holiday(of(2024, 10, 12), "窗口调整"));
    WorkingCalendar department = national.withLayer(guangxi).withLayer(desk);
    assertThat(department.isWorkingDay(of(2024, 10, 3))).isTrue();
    assertThat(department.isWorkingDay(of(2024, 10, 12))).isFalse();
    assertThat(department.specialDay(of(2024, 10, 3)).map(SpecialDay::name)).hasValue("节日值班");
    assertThat(department.layers()).extracting(CalendarLayer::name)
        .containsExactly("国务院", "广西", "市政务服务中心");
    // The other dates of the lower layers still stand.
    assertThat(department.isWorkingDay(of(2024, 10, 2))).isFalse();
    assertThat(department.isWorkingDay(of(2024, 4, 11))).isFalse();
  }

  @Test
  void layers_keep_the_known_years_and_office_hours_of_their_base() {
    WorkingCalendar region = national.withLayer(guangxi);
    assertThat(region.isScheduleKnown(2024)).isTrue();
    assertThat(region.isScheduleKnown(2027)).isFalse();
    assertThat(region.officeHours()).isEqualTo(national.officeHours());
    assertThat(region.zone()).isEqualTo(national.zone());
  }

  @Test
  void one_layer_may_not_name_a_date_twice() {
    assertThatThrownBy(() -> CalendarLayer.of("dup",
        SpecialDay.holiday(of(2024, 4, 11), "a"), SpecialDay.workday(of(2024, 4, 11), "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-04-11 appears twice in layer 'dup'");
  }

  @Test
  void a_calendar_built_in_code_with_its_own_working_week() {
    WorkingCalendar utility = WorkingCalendar.builder("water-utility", ZoneId.of("Asia/Shanghai"))
        .workingWeek(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
        .officeHours(OfficeHours.parse("08:30-17:00"))
        .scheduleKnownForAllYears()
        .build();
    assertThat(utility.isWorkingDay(of(2024, 3, 16))).isTrue();
    assertThat(utility.isWorkingDay(of(2024, 3, 17))).isFalse();
    assertThat(utility.nextWorkingDay(of(2024, 3, 15))).isEqualTo(of(2024, 3, 16));
    assertThat(utility.deadline(of(2099, 1, 1).atStartOfDay(utility.zone()), TimeLimit.workingDays(3))
        .isProvisional()).isFalse();
  }

  @Test
  void a_blank_id_is_refused_by_name() {
    assertThatThrownBy(() -> WorkingCalendar.builder(" ", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be blank, was ' '");
    // Invisible characters alone are blank too.
    assertThatThrownBy(() -> WorkingCalendar.builder("\u200B\u00A0", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank, was '\\u200B\\u00A0'");
  }

  @Test
  void an_id_that_could_forge_a_log_line_is_refused() {
    assertThatThrownBy(() -> WorkingCalendar.builder("cn\nERROR forged", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be one line of plain text, without control characters, line breaks"
            + " or unpaired surrogates; 'cn\\nERROR forged' has \\n at position 3");
    assertThatThrownBy(() -> WorkingCalendar.builder("x".repeat(101), ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id must be at most 100 characters, was 101: 'xxxx");
  }

  @Test
  void a_newly_published_schedule_makes_a_provisional_deadline_final_and_moves_it() {
    // Given 5 working days from Monday 28 December 2026, computed before the 2027 notice:
    // 29, 30, 31 December and Friday 1, Monday 4 January on the weekly pattern.
    java.time.Instant start = java.time.ZonedDateTime.parse("2026-12-28T10:00+08:00[Asia/Shanghai]").toInstant();
    Deadline before = national.deadline(start, TimeLimit.workingDays(5));
    assertThat(before.isProvisional()).isTrue();
    assertThat(before.lastDay()).isEqualTo(of(2027, 1, 4));

    // When the notice gives 1-3 January 2027 off for New Year's Day,
    CalendarLayer notice = CalendarLayer.of("国务院2027", SpecialDay.holiday(of(2027, 1, 1), "元旦"),
        SpecialDay.holiday(of(2027, 1, 2), "元旦"), SpecialDay.holiday(of(2027, 1, 3), "元旦"));
    WorkingCalendar updated = national.withOfficialSchedule(notice);

    // then 2027 is known, the deadline is final and a working day later, and 2026 is unchanged.
    Deadline after = before.recomputedOn(updated);
    assertThat(updated.isScheduleKnown(2027)).isTrue();
    assertThat(national.isScheduleKnown(2027)).isFalse();
    assertThat(updated.id()).isEqualTo(national.id());
    assertThat(after.isProvisional()).isFalse();
    assertThat(after.lastDay()).isEqualTo(of(2027, 1, 5));
    assertThat(updated.specialDay(of(2026, 10, 1))).isEqualTo(national.specialDay(of(2026, 10, 1)));
  }
}
