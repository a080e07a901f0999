package org.hotline12345.examples.demo;

import java.time.LocalDate;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.examples.report.DayKind;

/**
 * A day of the simulation: its kind on the platform's calendar and how many appeals it gets
 * relative to an ordinary working day.
 *
 * @param date the date
 * @param kind working day, weekend, holiday (法定节假日) or make-up working day (调休上班)
 * @param name the holiday's name, empty for none
 * @param inPeriod whether the day is in the assessed month (false for the lead-in week)
 */
record SimulatedDay(LocalDate date, DayKind kind, String name, boolean inPeriod) {

  /**
   * A day as the calendar has it.
   *
   * @param calendar the platform's calendar
   * @param date the date
   * @param inPeriod whether it is in the month
   * @return the day
   */
  static SimulatedDay of(WorkingCalendar calendar, LocalDate date, boolean inPeriod) {
    java.util.Optional<SpecialDay> special = calendar.specialDay(date);
    boolean weekend = date.getDayOfWeek().getValue() >= 6;
    DayKind kind;
    if (special.isPresent()) {
      kind = special.get().isWorkingDay() ? DayKind.MAKE_UP_WORKING_DAY : DayKind.HOLIDAY;
    } else {
      kind = weekend ? DayKind.WEEKEND : DayKind.WORKING;
    }
    if (kind == DayKind.WORKING && !calendar.isWorkingDay(date)) {
      kind = DayKind.HOLIDAY;
    }
    return new SimulatedDay(date, kind, special.map(SpecialDay::name).orElse(""), inPeriod);
  }

  /** @return how many appeals the day gets, an ordinary working day being 1 */
  double weight() {
    return switch (kind) {
      case WORKING -> 1.0;
      case MAKE_UP_WORKING_DAY -> 0.95;
      case WEEKEND -> 0.6;
      case HOLIDAY -> 0.5;
    };
  }
}
