package org.hotline12345.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading calendars from CSV and iCalendar files; bad files fail with file, line and reason. */
class CalendarFilesTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CalendarFilesTest.class.getResource("/calendars/" + name).toURI());
  }

  @Test
  void a_csv_file_makes_a_calendar_known_for_the_years_it_lists_holidays_in() throws Exception {
    Path file = write("hk-sample.csv", """
        date,kind,name
        # a comment line

        2025-12-25,holiday,Christmas Day
        2025-12-27,workday,"Make-up day, Saturday"
        2026-01-01,holiday,The first day of January
        """);
    WorkingCalendar calendar = WorkingCalendars.fromCsv(file, ZoneId.of("Asia/Hong_Kong"));
    assertThat(calendar.id()).isEqualTo("hk-sample");
    assertThat(calendar.isWorkingDay(of(2025, 12, 25))).isFalse();
    assertThat(calendar.isWorkingDay(of(2025, 12, 27))).isTrue();
    assertThat(calendar.specialDay(of(2025, 12, 27)).map(SpecialDay::name)).hasValue("Make-up day, Saturday");
    assertThat(calendar.isScheduleKnown(2025)).isTrue();
    assertThat(calendar.isScheduleKnown(2026)).isTrue();
    assertThat(calendar.isScheduleKnown(2027)).isFalse();
    assertThat(calendar.officeHours()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      bad date        | 2024-02-30,holiday,x           | 3 |  1 | date '2024-02-30' is not an ISO date (yyyy-MM-dd)
      bad kind        | 2024-02-01,vacation,x          | 3 | 12 | kind 'vacation' is neither 'holiday' nor 'workday'
      missing name    | 2024-02-01,holiday,            | 3 | 20 | name is empty; every special day needs a name
      two fields      | 2024-02-01,holiday             | 3 |  0 | expected 3 fields date,kind,name but found 2
      open quote      | 2024-02-01,holiday,"x          | 3 | 20 | a quoted field is not closed; a field may not span lines
      stray quote     | 2024-02-01,holiday,a"b"        | 3 | 21 | a quote inside an unquoted field; enclose the field in quotes and double the quote ("")
      duplicate date  | 2024-01-01,workday,again       | 3 |  1 | date 2024-01-01 is already listed at line 2; a date may appear once in a calendar file
      """)
  void a_bad_csv_line_fails_with_file_line_column_and_reason(String why, String line, int number,
      int column, String reason) throws Exception {
    Path file = write("bad.csv", "date,kind,name\n2024-01-01,holiday,元旦\n" + line + "\n");
    assertThatThrownBy(() -> CalendarLayer.readCsv(file))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.line()).isEqualTo(number);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage())
              .isEqualTo(file + ":" + number + (column > 0 ? ":" + column : "") + ": " + reason);
        });
  }

  @Test
  void an_empty_csv_and_a_missing_file_fail_clearly() throws Exception {
    Path empty = write("empty.csv", "date,kind,name\n");
    assertThatThrownBy(() -> CalendarLayer.readCsv(empty))
        .isInstanceOf(FileFormatException.class)
        .hasMessageContaining("no special days");
    assertThatThrownBy(() -> CalendarLayer.readCsv(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void an_icalendar_file_of_all_day_events() throws Exception {
    WorkingCalendar la = WorkingCalendars.fromICalendar(resource("us-federal-2017-2018.ics"), LA);
    assertThat(la.isWorkingDay(of(2017, 12, 25))).isFalse();
    assertThat(la.isWorkingDay(of(2017, 12, 26))).isTrue();
    assertThat(la.isWorkingDay(of(2018, 1, 1))).isFalse();
    // A folded SUMMARY line with an escaped comma.
    assertThat(la.specialDay(of(2018, 1, 15)).map(SpecialDay::name))
        .hasValue("Birthday of Martin Luther King, Jr.");
    // DTEND is exclusive: Thanksgiving and the day after, not the Saturday.
    assertThat(la.isWorkingDay(of(2018, 11, 22))).isFalse();
    assertThat(la.isWorkingDay(of(2018, 11, 23))).isFalse();
    assertThat(la.specialDay(of(2018, 11, 24))).isEmpty();
    // CATEGORIES:WORKDAY makes a Saturday a working day.
    assertThat(la.isWorkingDay(of(2018, 12, 1))).isTrue();
    // Friday 22 December 2017 + 2 working days skips Christmas.
    assertThat(la.plusWorkingDays(of(2017, 12, 22), 2)).isEqualTo(of(2017, 12, 27));
  }

  @Test
  void an_icalendar_make_up_day_is_recognised_by_its_chinese_name() throws Exception {
    CalendarLayer layer = CalendarLayer.readICalendar(resource("cn-2025-partial.ics"));
    assertThat(layer.days().get(of(2025, 1, 26)).kind()).isEqualTo(SpecialDay.Kind.WORKDAY);
    assertThat(layer.days().get(of(2025, 2, 8)).kind()).isEqualTo(SpecialDay.Kind.WORKDAY);
    assertThat(layer.days().get(of(2025, 1, 28)).kind()).isEqualTo(SpecialDay.Kind.HOLIDAY);
    assertThat(layer.days().get(of(2025, 2, 4)).kind()).isEqualTo(SpecialDay.Kind.HOLIDAY);
    assertThat(layer.days()).doesNotContainKey(of(2025, 2, 5));
    // The same days as the official CSV says.
    WorkingCalendar cn = WorkingCalendars.chinaMainland();
    layer.days().values().forEach(day ->
        assertThat(cn.isWorkingDay(day.date())).as("%s", day).isEqualTo(day.isWorkingDay()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      date-time     | DTSTART:20250101T090000Z        | 3 | DTSTART '20250101T090000Z' is a date-time; only all-day events (DTSTART;VALUE=DATE:yyyyMMdd) are read
      bad date      | DTSTART;VALUE=DATE:20250231     | 3 | DTSTART '20250231' is not a date (yyyyMMdd)
      recurrence    | RRULE:FREQ=YEARLY               | 3 | RRULE is not supported: list each holiday as its own event
      no start      | UID:1                           | 2 | VEVENT has no DTSTART
      """)
  void a_bad_icalendar_event_fails_with_file_line_and_reason(String why, String property, int line,
      String reason) {
    String text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\n" + property + "\nSUMMARY:x\n"
        + (property.startsWith("DTSTART") ? "" : "DTSTART;VALUE=DATE:20250101\n")
        + "END:VEVENT\nEND:VCALENDAR\n";
    if (why.equals("no start")) {
      text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n";
    }
    String source = "feed.ics";
    String ics = text;
    assertThatThrownBy(() -> CalendarLayer.readICalendar(new StringReader(ics), source, "feed"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.source()).isEqualTo(source);
        });
  }

  @Test
  void a_file_that_is_not_icalendar_is_refused() {
    assertThatThrownBy(() -> CalendarLayer.readICalendar(new StringReader("date,kind,name\n"), "x.ics", "x"))
        .isInstanceOf(FileFormatException.class)
        .hasMessage("x.ics:1: not an iCalendar file: the first line must be BEGIN:VCALENDAR");
    assertThatThrownBy(() -> CalendarLayer.readICalendar(
        new StringReader("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20250101\nSUMMARY:x\n"), "y.ics", "y"))
        .isInstanceOf(FileFormatException.class)
        .hasMessage("y.ics:2: VEVENT is not closed by END:VEVENT");
  }
}
