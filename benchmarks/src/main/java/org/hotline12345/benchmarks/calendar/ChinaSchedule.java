package org.hotline12345.benchmarks.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.WorkingCalendars;

/**
 * The China mainland schedule that every library under benchmark is fed: the rows of the
 * {@code cn-holidays.csv} shipped in {@code hotline-calendar} (State Council notices), read
 * through {@link WorkingCalendars#chinaMainland()}, so that every library starts from exactly
 * the data the Hotline SDK uses.
 */
public final class ChinaSchedule {

  private ChinaSchedule() {}

  /**
   * The Hotline SDK's China mainland calendar, the reference.
   *
   * @return the calendar
   */
  public static WorkingCalendar calendar() {
    return WorkingCalendars.chinaMainland();
  }

  /**
   * Every date that the schedule declares a holiday (放假), weekends within a holiday
   * included.
   *
   * @return the dates, sorted and unmodifiable
   */
  public static NavigableSet<LocalDate> holidays() {
    return datesOf(SpecialDay.Kind.HOLIDAY);
  }

  /**
   * Every make-up working day (调休上班): a Saturday or Sunday that is a working day.
   *
   * @return the dates, sorted and unmodifiable
   */
  public static NavigableSet<LocalDate> makeUpWorkingDays() {
    return datesOf(SpecialDay.Kind.WORKDAY);
  }

  /**
   * The days of the year that are holidays in every year of the schedule: what a library that
   * takes only yearly recurring holidays can be given (1 January, 1 May, 1 to 5 October).
   *
   * @return the days, sorted and unmodifiable
   */
  public static SortedSet<MonthDay> holidaysInEveryYear() {
    SortedSet<Integer> years = calendar().layers().get(0).holidayYears();
    Map<MonthDay, Set<Integer>> yearsByDay = new TreeMap<>();
    for (LocalDate date : holidays()) {
      yearsByDay.computeIfAbsent(MonthDay.from(date), day -> new TreeSet<>()).add(date.getYear());
    }
    SortedSet<MonthDay> every = new TreeSet<>();
    yearsByDay.forEach((day, in) -> {
      if (in.containsAll(years)) {
        every.add(day);
      }
    });
    return Collections.unmodifiableSortedSet(every);
  }

  private static NavigableSet<LocalDate> datesOf(SpecialDay.Kind kind) {
    NavigableSet<LocalDate> dates = new TreeSet<>();
    for (SpecialDay day : calendar().specialDays().values()) {
      if (day.kind() == kind) {
        dates.add(day.date());
      }
    }
    return Collections.unmodifiableNavigableSet(dates);
  }
}
