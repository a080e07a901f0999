package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calendar files written by mistake or in malice: every one is refused with the file, the line
 * and the rule, in a message that stays on one line; none is half read, none exhausts memory.
 */
class HostileCalendarFilesTest {

  @TempDir
  Path dir;

  private static FileFormatException csvRefusal(String text) {
    return refusal(text, () -> CalendarLayer.readCsv(new StringReader(text), "cn.csv", "cn"));
  }

  private static FileFormatException icsRefusal(String text) {
    return refusal(text, () -> CalendarLayer.readICalendar(new StringReader(text), "feed.ics", "feed"));
  }

  private static FileFormatException refusal(String text, Runnable read) {
    try {
      read.run();
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("expected a refusal of:\n" + text);
  }

  // ---------------------------------------------------------------- CSV

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the year 3,000,000 | +3000000-01-01 | date +3000000-01-01 is outside the years 1900 to 2200 in which a special day may fall
      the year 1800      | 1800-01-01     | date 1800-01-01 is outside the years 1900 to 2200 in which a special day may fall
      the year 9999      | 9999-12-31     | date 9999-12-31 is outside the years 1900 to 2200 in which a special day may fall
      no sign on a year  | 3000000-01-01  | date '3000000-01-01' is not an ISO date (yyyy-MM-dd)
      """)
  void a_year_outside_1900_to_2200_is_refused_with_file_and_line(String why, String date, String reason) {
    FileFormatException e = csvRefusal("date,kind,name\n2025-01-01,holiday,元旦\n" + date + ",holiday,x\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void a_name_that_shows_nothing_or_breaks_a_line_or_runs_on_is_refused_at_its_column() {
    assertThat(csvRefusal("date,kind,name\n2025-01-01,holiday,\"\u200B\u200B\"\n"))
        .hasMessage("cn.csv:2:20: name must not be blank, was '\\u200B\\u200B'");
    assertThat(csvRefusal("date,kind,name\n2025-01-01,holiday,元\u0007旦\n"))
        .hasMessage("cn.csv:2:21: the control character \\u0007 is not allowed in a CSV line;"
            + " fields must be printable text");
    assertThat(csvRefusal("date,kind,name\n2025-01-01,holiday," + "节".repeat(101) + "\n"))
        .hasMessageStartingWith("cn.csv:2:20: name must be at most 100 characters, was 101: '节节");
    assertThat(csvRefusal("date,kind,name\n2025-01-01,holiday,元\uDC00旦\n"))
        .hasMessage("cn.csv:2:21: the text is not well-formed: an unpaired surrogate \\uDC00 (a half"
            + " of a character) is not text");
  }

  @Test
  void a_file_that_is_not_utf_8_fails_naming_file_line_and_column() throws Exception {
    Path gbk = dir.resolve("cn-gbk.csv");
    Files.write(gbk, "date,kind,name\n2025-01-01,holiday,元旦\n".getBytes("GBK"));
    assertThatThrownBy(() -> CalendarLayer.readCsv(gbk))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(gbk.toString());
          assertThat(e.line()).isEqualTo(2);
          // 元 in GBK (D4 AA) happens to be a UTF-8 character; 旦 (B5 A9) is not.
          assertThat(e.column()).isEqualTo(21);
          assertThat(e.reason()).isEqualTo("the file is not valid UTF-8: the bytes 0xB5 are not a"
              + " UTF-8 character; save the file as UTF-8");
        });
    Path ics = dir.resolve("feed.ics");
    Files.write(ics, ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251001\nSUMMARY:国庆节\n"
        + "END:VEVENT\nEND:VCALENDAR\n").getBytes("GBK"));
    assertThatThrownBy(() -> CalendarLayer.readICalendar(ics))
        .isInstanceOf(FileFormatException.class)
        .hasMessageStartingWith(ics + ":4:9: the file is not valid UTF-8");
  }

  @Test
  void a_file_name_that_could_forge_a_log_line_is_shown_escaped() throws Exception {
    Path evil = dir.resolve("cn\n2026-01-01 INFO all good.csv");
    Files.writeString(evil, "date,kind,name\n2025-13-01,holiday,x\n", StandardCharsets.UTF_8);
    // The file's name would be the layer's name, which must be one line.
    assertThatThrownBy(() -> CalendarLayer.readCsv(evil))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name must be one line of plain text")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("\\n2026-01-01"));
    FileFormatException e = csvRefusal("date,kind,name\n2025-13-01,holiday,x\n");
    assertThat(new FileFormatException("cn\n.csv", e.line(), e.column(), e.reason()).getMessage())
        .isEqualTo("cn\\n.csv:2:1: date '2025-13-01' is not an ISO date (yyyy-MM-dd)");
  }

  @Test
  void a_long_bad_token_is_echoed_cut() {
    FileFormatException e = csvRefusal("date,kind,name\n2025-01-01," + "x".repeat(5000) + ",元旦\n");
    assertThat(e.reason()).isEqualTo("kind '" + "x".repeat(64) + "…' (5000 characters) is neither"
        + " 'holiday' nor 'workday'");
  }

  @Test
  void a_csv_file_without_its_header_is_refused() {
    assertThat(csvRefusal("2025-01-01,holiday,元旦\n"))
        .hasMessage("cn.csv:1: expected the header date,kind,name before the records");
  }

  // ---------------------------------------------------------------- iCalendar

  private static final String NATIONAL_DAY_UNCLOSED = """
      BEGIN:VCALENDAR
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251001
      DTEND;VALUE=DATE:20251009
      SUMMARY:国庆节、中秋节
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251011
      SUMMARY:国庆节补班
      END:VEVENT
      END:VCALENDAR
      """;

  @Test
  void an_unclosed_vevent_is_refused_not_dropped() {
    assertThat(icsRefusal(NATIONAL_DAY_UNCLOSED)).hasMessage("feed.ics:6: BEGIN:VEVENT inside VEVENT"
        + " opened at line 2, which is not closed by END:VEVENT");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no END:VCALENDAR              | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;SUMMARY:x;END:VEVENT                                         | 1 | VCALENDAR is not closed by END:VCALENDAR
      an event after END:VCALENDAR  | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;SUMMARY:x;END:VEVENT;END:VCALENDAR;BEGIN:VEVENT           | 7 | nothing may follow END:VCALENDAR (line 6), found 'BEGIN'
      a property after it           | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;SUMMARY:x;END:VEVENT;END:VCALENDAR;SUMMARY:late          | 7 | nothing may follow END:VCALENDAR (line 6), found 'SUMMARY'
      a mismatched END              | BEGIN:VCALENDAR;BEGIN:VEVENT;BEGIN:VALARM;END:VEVENT;END:VCALENDAR                                         | 4 | END:VEVENT does not close VALARM opened at line 3; expected END:VALARM
      an END without BEGIN          | BEGIN:VCALENDAR;END:VEVENT;END:VCALENDAR                                                                   | 2 | END:VEVENT does not close VCALENDAR opened at line 1; expected END:VCALENDAR
      an event in a time zone       | BEGIN:VCALENDAR;BEGIN:VTIMEZONE;BEGIN:VEVENT                                                               | 3 | BEGIN:VEVENT inside VTIMEZONE opened at line 2; a VEVENT must be directly inside the VCALENDAR
      a nested calendar             | BEGIN:VCALENDAR;BEGIN:VCALENDAR                                                                            | 2 | BEGIN:VCALENDAR inside VCALENDAR (line 1)
      a huge DURATION               | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;DURATION:P99999999D;SUMMARY:x;END:VEVENT;END:VCALENDAR     | 4 | DURATION 'P99999999D' is longer than 366 days
      an overflowing DURATION       | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;DURATION:P99999999999999999999W;SUMMARY:x;END:VEVENT;END:VCALENDAR | 4 | DURATION 'P99999999999999999999W' is longer than 366 days
      weeks that pass a year        | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;DURATION:P53W;SUMMARY:x;END:VEVENT;END:VCALENDAR           | 4 | DURATION 'P53W' is longer than 366 days
      DTEND and DURATION            | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;DTEND:20251002;DURATION:P1D;SUMMARY:x;END:VEVENT;END:VCALENDAR | 5 | a VEVENT may have DTEND or DURATION, not both (DTEND at line 4)
      DTSTART twice                 | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;DTSTART:20251002;SUMMARY:x;END:VEVENT;END:VCALENDAR         | 4 | DTSTART appears twice in the VEVENT (first at line 3)
      a start in 1800               | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:18000101;SUMMARY:x;END:VEVENT;END:VCALENDAR                          | 3 | DTSTART: date 1800-01-01 is outside the years 1900 to 2200 in which a special day may fall
      a start in 9999               | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:99990101;SUMMARY:x;END:VEVENT;END:VCALENDAR                          | 3 | DTSTART: date 9999-01-01 is outside the years 1900 to 2200 in which a special day may fall
      an end past 2200              | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:22001231;DURATION:P2D;SUMMARY:x;END:VEVENT;END:VCALENDAR             | 4 | the event's last day: date 2201-01-01 is outside the years 1900 to 2200 in which a special day may fall
      a two-line SUMMARY            | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;SUMMARY:国庆节\\nERROR forged;END:VEVENT;END:VCALENDAR       | 4 | SUMMARY: name must be one line of plain text, without control characters, line breaks or unpaired surrogates; '国庆节\\nERROR forged' has \\n at position 4
      a blank SUMMARY               | BEGIN:VCALENDAR;BEGIN:VEVENT;DTSTART:20251001;SUMMARY: ;END:VEVENT;END:VCALENDAR                          | 4 | VEVENT has no SUMMARY to name the day
      """)
  void a_broken_icalendar_structure_is_refused_with_the_line(String why, String lines, int line,
      String reason) {
    FileFormatException e = icsRefusal(lines.replace(';', '\n') + "\n");
    assertThat(e.source()).isEqualTo("feed.ics");
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void a_control_character_or_a_runaway_folded_line_is_refused() {
    assertThat(icsRefusal("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\u0000\nEND:VEVENT\nEND:VCALENDAR\n"))
        .hasMessage("feed.ics:3: the control character \\u0000 is not allowed in a content line");
    String runaway = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n" + " xxxxxxxxxx\n".repeat(1000);
    assertThat(icsRefusal(runaway)).hasMessage("feed.ics:3: the content line, folded lines joined,"
        + " is longer than 8192 characters");
  }

  @Test
  void an_alarm_inside_an_event_does_not_lend_it_its_duration() {
    CalendarLayer layer = CalendarLayer.readICalendar(new StringReader("""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251001
        SUMMARY:国庆节
        BEGIN:VALARM
        TRIGGER:-PT15M
        DURATION:PT15M
        REPEAT:2
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """), "feed.ics", "feed");
    assertThat(layer.days()).containsOnlyKeys(LocalDate.of(2025, 10, 1));
  }

  @Test
  void bytes_with_a_byte_order_mark_read_as_utf_8() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251001\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    CalendarLayer layer = CalendarLayer.readICalendar(new ByteArrayInputStream(all), "feed.ics", "feed");
    assertThat(layer.days().get(LocalDate.of(2025, 10, 1)).name()).isEqualTo("国庆节");
  }

  // ---------------------------------------------------------------- in code

  @Test
  void special_days_built_in_code_follow_the_same_rules() {
    assertThatThrownBy(() -> SpecialDay.holiday(LocalDate.of(3_000_000, 1, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date +3000000-01-01 is outside the years 1900 to 2200 in which a special day may fall");
    assertThatThrownBy(() -> SpecialDay.holiday(LocalDate.of(2025, 1, 1), "元旦\r\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name must be one line");
    assertThatThrownBy(() -> CalendarLayer.of("国务院\n", SpecialDay.holiday(LocalDate.of(2025, 1, 1), "元旦")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name must be one line");
  }
}
