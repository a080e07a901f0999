package org.hotline12345.benchmarks.calendar.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hotline12345.benchmarks.calendar.ChinaSchedule;
import org.hotline12345.benchmarks.calendar.WorkdayCalendar;
import org.hotline12345.calendar.WorkingCalendars;
import pro.taskana.common.api.CustomHoliday;
import pro.taskana.common.api.WorkingTimeCalculator;
import pro.taskana.common.api.exceptions.InvalidArgumentException;
import pro.taskana.common.internal.workingtime.HolidaySchedule;
import pro.taskana.common.internal.workingtime.WorkingDayCalculatorImpl;

/**
 * Taskana's working-day calculator ({@link WorkingTimeCalculator}), built as Taskana's engine
 * builds it when working-time calculation is off: a {@code WorkingDayCalculatorImpl} over a
 * {@code HolidaySchedule} with German holidays off and the custom holidays of the
 * configuration. The engine itself is not started, since it needs a database.
 *
 * <p>Taskana's custom holidays are a day and a month that recur every year
 * ({@link CustomHoliday}); a holiday on one year's date cannot be given. It is therefore fed
 * {@link ChinaSchedule#holidaysInEveryYear()} (1 January, 1 May, 1 to 5 October): the Spring
 * Festival, Qingming, Dragon Boat and Mid-Autumn holidays, which move with the lunar calendar,
 * and every make-up working day are missing.
 *
 * <p>Conventions: {@code addWorkingTime} counts the start day as day 0 when it is a working
 * day and otherwise counts the next working day as day 0, so from a non-working day one day
 * fewer is asked for; {@code workingTimeBetween(a, b)} counts the working days strictly
 * between {@code a} and {@code b}, so it is asked up to the day after {@code end}. Both
 * adjustments use Taskana's own answers only.
 */
public final class TaskanaWorkdayCalendar implements WorkdayCalendar {

  private static final ZoneId ZONE = WorkingCalendars.CHINA_ZONE;

  private final WorkingTimeCalculator calculator;

  /** Creates the adapter with the holidays that recur on the same day every year. */
  public TaskanaWorkdayCalendar() {
    this(ChinaSchedule.holidaysInEveryYear());
  }

  /**
   * Creates the adapter over the given yearly holidays.
   *
   * @param everyYear the holidays that fall on the same day every year
   */
  public TaskanaWorkdayCalendar(Collection<MonthDay> everyYear) {
    List<CustomHoliday> custom = new ArrayList<>();
    for (MonthDay day : everyYear) {
      custom.add(CustomHoliday.of(day.getDayOfMonth(), day.getMonthValue()));
    }
    this.calculator = new WorkingDayCalculatorImpl(new HolidaySchedule(false, false, custom), ZONE);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n == 0) {
      return date;
    }
    Instant start = startOf(date);
    int days = calculator.isWorkingDay(start) ? n : n - 1;
    try {
      return LocalDate.ofInstant(calculator.addWorkingTime(start, Duration.ofDays(days)), ZONE);
    } catch (InvalidArgumentException e) {
      throw new IllegalArgumentException("Taskana refused " + date + " + " + n, e);
    }
  }

  @Override
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    try {
      return calculator.workingTimeBetween(startOf(start), startOf(end.plusDays(1))).toDays();
    } catch (InvalidArgumentException e) {
      throw new IllegalArgumentException("Taskana refused " + start + " to " + end, e);
    }
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calculator.isWorkingDay(startOf(date));
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant();
  }
}
