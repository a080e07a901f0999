package org.hotline12345.benchmarks.calendar.impl;

import java.time.LocalDate;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.hotline12345.benchmarks.calendar.ChinaSchedule;
import org.hotline12345.benchmarks.calendar.WorkdayCalendar;

/**
 * ObjectLab Kit's {@code DateCalculator} with a {@code FORWARD} holiday handler, given every
 * dated holiday of the schedule. ObjectLab Kit knows a weekly working week and a set of
 * holidays; it has no way to say that a Saturday or Sunday is a working day, so the make-up
 * working days are missing.
 *
 * <p>Conventions: {@code setStartDate} on a non-working day rolls forward to the next working
 * day, which is already the first working day after the date, so one step fewer is moved from
 * there; {@code getNumberOfBusinessDaysBetween(a, b)} counts working days from {@code a}
 * included to {@code b} excluded, so it is asked for the day after each end. Both adjustments
 * use ObjectLab Kit's own answers only.
 *
 * <p>Not thread-safe: the calculator keeps the current date.
 */
public final class ObjectLabWorkdayCalendar implements WorkdayCalendar {

  private static final String NAME = "CN";

  private final DateCalculator<LocalDate> calculator;

  /** Creates the adapter, registering the schedule's holidays with a new factory. */
  public ObjectLabWorkdayCalendar() {
    this(ChinaSchedule.holidays());
  }

  /**
   * Creates the adapter over the given holidays.
   *
   * @param holidays the days off besides Saturdays and Sundays
   */
  public ObjectLabWorkdayCalendar(Set<LocalDate> holidays) {
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(NAME, new DefaultHolidayCalendar<>(holidays));
    this.calculator = factory.getDateCalculator(NAME, HolidayHandlerType.FORWARD);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n == 0) {
      return date;
    }
    int steps = calculator.isNonWorkingDay(date) ? n - 1 : n;
    calculator.setStartDate(date);
    return calculator.moveByBusinessDays(steps).getCurrentBusinessDate();
  }

  @Override
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    return calculator.getNumberOfBusinessDaysBetween(start.plusDays(1), end.plusDays(1));
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return !calculator.isNonWorkingDay(date);
  }
}
