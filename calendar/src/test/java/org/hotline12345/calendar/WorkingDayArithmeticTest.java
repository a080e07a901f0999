package org.hotline12345.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hand-worked working-day arithmetic on the China mainland calendar. */
class WorkingDayArithmeticTest {

  private final WorkingCalendar cn = WorkingCalendars.chinaMainland();

  @Test
  void golden_week_2024_counts_the_make_up_sunday_and_saturday() {
    // Fri 27 Sep + 1 = Sun 29 Sep (make-up day); + 2 = Mon 30 Sep; + 3 = Tue 8 Oct.
    assertThat(cn.plusWorkingDays(of(2024, 9, 27), 1)).isEqualTo(of(2024, 9, 29));
    assertThat(cn.plusWorkingDays(of(2024, 9, 27), 2)).isEqualTo(of(2024, 9, 30));
    assertThat(cn.plusWorkingDays(of(2024, 9, 27), 3)).isEqualTo(of(2024, 10, 8));
    // Mon 30 Sep + 5 = Sat 12 Oct (make-up day).
    assertThat(cn.plusWorkingDays(of(2024, 9, 30), 5)).isEqualTo(of(2024, 10, 12));
    assertThat(cn.workingDaysBetween(of(2024, 9, 30), of(2024, 10, 12))).isEqualTo(5);
  }

  @Test
  void spring_festival_2024_skips_the_eight_days_off() {
    // Thu 8 Feb + 1 = Fri 9 Feb; + 2 = Sun 18 Feb (make-up); + 3 = Mon 19 Feb.
    assertThat(cn.plusWorkingDays(of(2024, 2, 8), 1)).isEqualTo(of(2024, 2, 9));
    assertThat(cn.plusWorkingDays(of(2024, 2, 8), 2)).isEqualTo(of(2024, 2, 18));
    assertThat(cn.plusWorkingDays(of(2024, 2, 8), 3)).isEqualTo(of(2024, 2, 19));
    assertThat(cn.workingDaysBetween(of(2024, 2, 9), of(2024, 2, 17))).isZero();
  }

  @Test
  void counting_starts_after_the_day_whether_or_not_it_is_a_working_day() {
    // From a holiday (3 Oct 2024) the first working day counted is 8 Oct.
    assertThat(cn.nextWorkingDay(of(2024, 10, 3))).isEqualTo(of(2024, 10, 8));
    // From a Saturday, Monday.
    assertThat(cn.nextWorkingDay(of(2024, 3, 16))).isEqualTo(of(2024, 3, 18));
    assertThat(cn.plusWorkingDays(of(2024, 3, 16), 0)).isEqualTo(of(2024, 3, 16));
  }

  @Test
  void counting_back_mirrors_counting_forward() {
    assertThat(cn.previousWorkingDay(of(2024, 10, 8))).isEqualTo(of(2024, 9, 30));
    assertThat(cn.minusWorkingDays(of(2024, 10, 8), 2)).isEqualTo(of(2024, 9, 29));
    // From a Saturday back one working day is the Friday.
    assertThat(cn.previousWorkingDay(of(2024, 3, 16))).isEqualTo(of(2024, 3, 15));
    assertThat(cn.workingDaysBetween(of(2024, 3, 16), of(2024, 3, 15))).isEqualTo(-1);
    assertThat(cn.workingDaysBetween(of(2024, 10, 8), of(2024, 9, 29))).isEqualTo(-2);
  }

  @Test
  void beyond_the_known_years_the_weekly_pattern_applies() {
    // 2030 has no official schedule: 1 January 2030 is a Tuesday and counts as working.
    assertThat(cn.isWorkingDay(of(2030, 1, 1))).isTrue();
    assertThat(cn.plusWorkingDays(of(2029, 12, 28), 1)).isEqualTo(of(2029, 12, 31));
    assertThat(cn.plusWorkingDays(of(1999, 12, 31), 1)).isEqualTo(of(2000, 1, 3));
    // Across the whole schedule and beyond, in one step.
    LocalDate far = cn.plusWorkingDays(of(2000, 1, 3), 10_000);
    assertThat(cn.workingDaysBetween(of(2000, 1, 3), far)).isEqualTo(10_000);
    assertThat(cn.isWorkingDay(far)).isTrue();
  }

  @Test
  void a_year_of_2024_has_the_official_number_of_working_days() {
    // 262 weekdays - 19 weekday holidays + 8 make-up weekend days = 251.
    long counted = 0;
    for (LocalDate d = of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
      if (cn.isWorkingDay(d)) {
        counted++;
      }
    }
    assertThat(cn.workingDaysBetween(of(2023, 12, 31), of(2024, 12, 31))).isEqualTo(counted);
    assertThat(counted).isEqualTo(251);
  }

  @Test
  void null_arguments_are_refused_by_name() {
    assertThatThrownBy(() -> cn.plusWorkingDays(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> cn.workingDaysBetween(of(2024, 1, 1), null))
        .isInstanceOf(NullPointerException.class).hasMessage("end");
  }
}
