package org.hotline12345.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

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
 * <p>A special day falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: a date
 * outside them is a typo (a calendar naming the year 3,000,000 would need an index of a
 * billion days), and refused.
 *
 * @param date the day, in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}
 * @param kind whether the day is off or on, never null
 * @param name the festival or reason (for example {@code 春节}): one line of plain text, not
 *     blank, at most {@value #MAX_NAME_LENGTH} characters
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

  /** The first year in which a special day may fall. */
  public static final int FIRST_YEAR = 1900;

  /** The last year in which a special day may fall. */
  public static final int LAST_YEAR = 2200;

  /** The longest name a special day may have, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

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
   * @param date the day
   * @param kind whether the day is off or on
   * @param name the festival or reason
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the date is outside the years {@value #FIRST_YEAR} to
   *     {@value #LAST_YEAR}, or the name is blank, longer than {@value #MAX_NAME_LENGTH}
   *     characters, or not one line of plain text
   */
  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    String outside = Texts.outsideYears(date, FIRST_YEAR, LAST_YEAR, "a special day may fall");
    if (outside != null) {
      throw new IllegalArgumentException(outside);
    }
    Texts.requireName(name, "name", MAX_NAME_LENGTH);
  }

  /**
   * A day off.
   *
   * @param date the day
   * @param name the festival, for example {@code 春节}
   * @return the special day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the date or the name breaks its rule (see above)
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
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the date or the name breaks its rule (see above)
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
