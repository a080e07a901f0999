package org.hotline12345.benchmarks.calendar;

import java.time.LocalDate;

/**
 * The working-day operations that every calendar library under benchmark can answer, in the
 * Hotline SDK's terms, so that one JMH parameter runs every library on the same workload (as
 * Caffeine's {@code BasicCache} does for caches).
 *
 * <p>The terms follow {@link org.hotline12345.calendar.WorkingCalendar}: counting from a date,
 * the date itself is never counted (Civil Code art. 201), whether or not it is a working day.
 * An adapter translates these terms into its library's own conventions using only that
 * library's API and knowledge; what the library answers is what the adapter returns.
 *
 * <p>Implementations need not be thread-safe: a benchmark thread creates its own.
 */
public interface WorkdayCalendar {

  /**
   * The n-th working day after the date, the date itself not counted.
   *
   * @param date the date to count from
   * @param n the working days to add, not negative
   * @return the working day reached, or {@code date} when n is 0
   */
  LocalDate plusWorkingDays(LocalDate date, int n);

  /**
   * The number of working days after {@code start} up to and including {@code end}.
   *
   * @param start the date counted from, itself never counted
   * @param end the last date counted, not before {@code start}
   * @return the working days
   */
  long workingDaysBetween(LocalDate start, LocalDate end);

  /**
   * Whether the library takes the date for a working day.
   *
   * @param date the date
   * @return true on a working day
   */
  boolean isWorkingDay(LocalDate date);
}
