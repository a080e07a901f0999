package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Office hours, time limits and special days: construction and refusal of bad input. */
class ValuesTest {

  @Test
  void office_hours_with_a_lunch_break() {
    OfficeHours hours = OfficeHours.parse("09:00-12:00, 13:30-17:30");
    assertThat(hours.dailyDuration()).isEqualTo(Duration.ofHours(7));
    assertThat(hours.openingTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(hours.closingTime()).isEqualTo(LocalTime.of(17, 30));
    assertThat(hours.isOpenAt(LocalTime.of(12, 0))).isFalse();
    assertThat(hours.isOpenAt(LocalTime.of(13, 30))).isTrue();
    assertThat(OfficeHours.parse(hours.toString())).isEqualTo(hours);
  }

  @Test
  void office_hours_that_overlap_or_cannot_be_read_are_refused() {
    assertThatThrownBy(() -> OfficeHours.parse("09:00-12:00, 11:00-17:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessions must be ascending and apart");
    assertThatThrownBy(() -> OfficeHours.parse("9am-5pm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not HH:mm-HH:mm");
    assertThatThrownBy(() -> OfficeHours.parse("17:00-09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after its open");    assertThatThrownBy(() -> OfficeHours.parse("09:00-10:00,".repeat(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("(1200 characters) are longer than 1000 characters");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      LocalTime open = LocalTime.MIDNIGHT.plusMinutes(20L * i);
      many.append(i == 0 ? "" : ",").append(open).append('-').append(open.plusMinutes(10));
    }
    assertThatThrownBy(() -> OfficeHours.parse(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessions must be at most 24, were 25");
    assertThatThrownBy(() -> OfficeHours.parse("9am\n-5pm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("office hours '9am\\n-5pm': session '9am\\n-5pm' is not HH:mm-HH:mm");
  }

  @Test
  void time_limits_read_as_the_domain() {
    assertThat(TimeLimit.workingDays(5)).hasToString("5 working days");
    assertThat(TimeLimit.hours(1)).hasToString("1 hour");
    assertThat(TimeLimit.parse("2 Hours")).isEqualTo(TimeLimit.hours(2));
    assertThat(TimeLimit.workingDays(5).plus(TimeLimit.workingDays(10))).isEqualTo(TimeLimit.workingDays(15));
    assertThat(TimeLimit.calendarDays(3).rollsOver()).isTrue();
    assertThat(TimeLimit.workingDays(3).rollsOver()).isFalse();
  }

  @Test
  void bad_time_limits_are_refused_naming_the_rule() {
    assertThatThrownBy(() -> TimeLimit.workingDays(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be at least 1, was 0");
    assertThatThrownBy(() -> TimeLimit.hours(2).endingAtCloseOfBusiness())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only a day-based limit");
    assertThatThrownBy(() -> TimeLimit.workingDays(2).withoutRollOver())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only a calendar-day limit");
    assertThatThrownBy(() -> TimeLimit.parse("five days"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'five days'");
    assertThatThrownBy(() -> TimeLimit.of(1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("unit");
  }

  @Test
  void a_special_day_needs_a_name() {
    assertThatThrownBy(() -> SpecialDay.holiday(java.time.LocalDate.of(2024, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> SpecialDay.holiday(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
