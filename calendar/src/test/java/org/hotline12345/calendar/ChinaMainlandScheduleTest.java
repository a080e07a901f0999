package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped China mainland calendar against the official schedule file, read here
 * independently of the library's reader: every holiday off, every make-up day on, every
 * other day on the weekly pattern.
 */
class ChinaMainlandScheduleTest {

  private static final WorkingCalendar CN = WorkingCalendars.chinaMainland();

  private record Line(LocalDate date, String kind, String name) {}

  private static List<Line> officialLines() throws IOException {
    Path shared = Path.of("..", "..", "shared", "data", "cn-holidays.csv");
    List<String> text;
    if (Files.exists(shared)) {
      text = Files.readAllLines(shared, StandardCharsets.UTF_8);
    } else {
      try (InputStream in = WorkingCalendars.class.getResourceAsStream("internal/cn-holidays.csv")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
    List<Line> lines = new ArrayList<>();
    for (String line : text.subList(1, text.size())) {
      String[] f = line.split(",", 3);
      lines.add(new Line(LocalDate.parse(f[0]), f[1], f[2]));
    }
    return lines;
  }

  @Test
  void the_shipped_copy_is_the_official_file() throws IOException {
    Path shared = Path.of("..", "..", "shared", "data", "cn-holidays.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared),
        "shared/data is not beside the checkout");
    try (InputStream in = WorkingCalendars.class.getResourceAsStream("internal/cn-holidays.csv")) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
    }
  }

  @Test
  void every_holiday_is_off_and_every_make_up_day_is_on_with_its_name() throws IOException {
    List<Line> lines = officialLines();
    assertThat(lines).hasSize(678);
    for (Line line : lines) {
      boolean expectedWorking = line.kind().equals("workday");
      assertThat(CN.isWorkingDay(line.date()))
          .as("%s (%s %s)", line.date(), line.kind(), line.name())
          .isEqualTo(expectedWorking);
      assertThat(CN.specialDay(line.date()))
          .hasValue(new SpecialDay(line.date(),
              expectedWorking ? SpecialDay.Kind.WORKDAY : SpecialDay.Kind.HOLIDAY, line.name()));
    }
  }

  @Test
  void every_other_day_of_every_year_follows_monday_to_friday() throws IOException {
    Map<LocalDate, Line> listed = new TreeMap<>();
    for (Line line : officialLines()) {
      listed.put(line.date(), line);
    }
    LocalDate from = LocalDate.of(2006, 12, 1);
    LocalDate until = LocalDate.of(2027, 2, 1);
    int checked = 0;
    for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
      if (!listed.containsKey(d)) {
        boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        assertThat(CN.isWorkingDay(d)).as("%s", d).isEqualTo(weekday);
        assertThat(CN.specialDay(d)).as("%s", d).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(until.toEpochDay() - from.toEpochDay() - listed.size());
  }

  @Test
  void the_schedule_is_known_for_2007_to_2026_and_not_beyond() {
    for (int year = 2007; year <= 2026; year++) {
      assertThat(CN.isScheduleKnown(year)).as("%d", year).isTrue();
    }
    assertThat(CN.isScheduleKnown(2006)).isFalse();
    assertThat(CN.isScheduleKnown(2027)).isFalse();
  }

  @Test
  void well_known_days_a_clerk_would_check() {
    // 2024 Spring Festival: 10-17 February off, Sundays 4 and 18 February on.
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
    // 2024 National Day: 1-7 October off, Sunday 29 September and Saturday 12 October on.
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 10, 7))).isFalse();
    assertThat(CN.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
    assertThat(CN.specialDay(LocalDate.of(2024, 10, 12)).map(SpecialDay::name)).hasValue("国庆节");
    // 2020: the Spring Festival holiday extended to 2 February.
    assertThat(CN.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
    assertThat(CN.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
  }

  @Test
  void the_preset_zone_and_office_hours() {
    assertThat(CN.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(CN.officeHours()).hasValue(OfficeHours.parse("09:00-12:00, 13:30-17:30"));
    assertThat(CN.id()).isEqualTo("cn-mainland");
    assertThat(WorkingCalendars.chinaMainland()).isSameAs(CN);
  }
}
