package org.hotline12345.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated exception to a calendar's weekly pattern: an official holiday (节假日, a day off
 * whatever its weekday) or a make-up working day (调休上班日, a working day although it falls
 * on a weekend), with the name of the festival it belongs to.
 *
 * <p>For example the 2024 National Day holiday (国庆节) has the holidays 1 to 7 October and
 * the make-up working days Sunday 29 September and Saturday 12 October:
 * <pre>{@code
 * SpecialDay.holiday(LocalDate.of(2024, 10, 1), "国庆节");
 * SpecialDay.workday(LocalDate.of(2024, 9, 29), "国庆节");
 * }</pre>
 *
 * @param date the day, never null
 * @param kind whether the day is off or on, never null
 * @param name the festival or reason, never blank (for example {@code 春节})
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

  /** Whether a special day is a day off or a working day. */
  public enum Kind {
    /** A day off (节假日), even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休上班), even on a weekend. */
    WORKDAY
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name is blank
   */
  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank (special day " + date + ")");
    }
  }

  /**
   * A day off.
   *
   * @param date the day
   * @param name the festival, for example {@code 春节}
   * @return the special day
   */
  public static SpecialDay holiday(LocalDate date, String name) {
    return new SpecialDay(date, Kind.HOLIDAY, name);
  }

  /**
   * A make-up working day (调休).
   *
   * @param date the day
   * @param name the festival whose holiday it makes up for, for example {@code 国庆节}
   * @return the special day
   */
  public static SpecialDay workday(LocalDate date, String name) {
    return new SpecialDay(date, Kind.WORKDAY, name);
  }

  /**
   * Whether this special day is a working day.
   *
   * @return true for a make-up working day, false for a holiday
   */
  public boolean isWorkingDay() {
    return kind == Kind.WORKDAY;
  }
}
