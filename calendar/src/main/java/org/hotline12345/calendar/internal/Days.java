package org.hotline12345.calendar.internal;

import java.time.LocalDate;

/**
 * Shared {@link LocalDate} instances for 1970 to 2100, so that working-day arithmetic returns
 * dates without allocating, inside and beyond the years of a calendar's exceptions, and
 * calendars share one copy of each date. About 48,000 dates, built once on first use.
 */
final class Days {

  private static final long FIRST = LocalDate.of(1970, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2100, 12, 31).toEpochDay();

  private Days() {}

  private static final class Table {
    static final LocalDate[] DAYS = build();

    private static LocalDate[] build() {
      LocalDate[] days = new LocalDate[(int) (LAST - FIRST + 1)];
      for (int i = 0; i < days.length; i++) {
        days[i] = LocalDate.ofEpochDay(FIRST + i);
      }
      return days;
    }
  }

  /** The date of an epoch day: a shared instance from 1970 to 2100, a new one outside. */
  static LocalDate of(long epochDay) {
    if (epochDay < FIRST || epochDay > LAST) {
      return LocalDate.ofEpochDay(epochDay);
    }
    return Table.DAYS[(int) (epochDay - FIRST)];
  }
}
