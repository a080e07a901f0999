package org.hotline12345.benchmarks.calendar.impl;

import java.time.LocalDate;
import org.hotline12345.benchmarks.calendar.ChinaSchedule;
import org.hotline12345.benchmarks.calendar.WorkdayCalendar;
import org.hotline12345.calendar.WorkingCalendar;

/**
 * The Hotline SDK's China mainland {@link WorkingCalendar}: holidays and make-up working days,
 * arithmetic on a precomputed index.
 */
public final class HotlineWorkdayCalendar implements WorkdayCalendar {

  private final WorkingCalendar calendar = ChinaSchedule.calendar();

  /** Creates the adapter over the shared China mainland calendar. */
  public HotlineWorkdayCalendar() {}

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return calendar.plusWorkingDays(date, n);
  }

  @Override
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    return calendar.workingDaysBetween(start, end);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }
}
