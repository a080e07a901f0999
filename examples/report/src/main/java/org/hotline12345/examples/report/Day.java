package org.hotline12345.examples.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the volume charts.
 *
 * @param date the date
 * @param kind working day, weekend, holiday or make-up working day
 * @param holidayName the holiday's or make-up day's name, empty for none
 * @param inPeriod whether the day is in the assessed period (false for a lead-in day shown for
 *     context)
 */
public record Day(LocalDate date, DayKind kind, String holidayName, boolean inPeriod) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Day {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(holidayName, "holidayName");
  }
}
