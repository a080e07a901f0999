package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one format exception of the SDK's data files: source, line, column and reason. */
class FileFormatExceptionTest {

  @Test
  void the_message_names_source_line_column_and_reason() {
    FileFormatException e = new FileFormatException("holidays.csv", 4, 12, "kind 'x' is neither");
    assertThat(e).hasMessage("holidays.csv:4:12: kind 'x' is neither").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.source()).isEqualTo("holidays.csv");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.reason()).isEqualTo("kind 'x' is neither");
    assertThat(new FileFormatException("a.ics", 7, "no SUMMARY")).hasMessage("a.ics:7: no SUMMARY")
        .extracting(FileFormatException::column).isEqualTo(0);
    assertThat(new FileFormatException("a.ics", 0, "no events")).hasMessage("a.ics: no events");
  }

  @Test
  void the_message_stays_one_line_whatever_the_source_and_reason_hold() {
    FileFormatException e = new FileFormatException("evil\n2026-01-01 INFO forged.csv", 1,
        "bad\r\nthing\u0000");
    assertThat(e).hasMessage("evil\\n2026-01-01 INFO forged.csv:1: bad\\r\\nthing\\u0000");
    assertThat(e.source()).isEqualTo("evil\n2026-01-01 INFO forged.csv");
    String longName = "d/".repeat(300) + "x.csv";
    assertThat(new FileFormatException(longName, 1, "r").getMessage())
        .startsWith("d/d/").contains("… (605 characters):1: r").hasSizeLessThan(260);
  }

  @Test
  void bad_positions_and_nulls_are_refused_by_name() {
    assertThatThrownBy(() -> new FileFormatException(null, 1, "r"))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> new FileFormatException("s", 1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> new FileFormatException("s", -1, "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("line must not be negative, was -1");
    assertThatThrownBy(() -> new FileFormatException("s", 1, -2, "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("column must not be negative, was -2");
    assertThatThrownBy(() -> new FileFormatException("s", 0, 3, "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a column (3) needs a line");
  }
}
