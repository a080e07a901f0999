package org.hotline12345.benchmarks.calendar;

import java.util.function.Supplier;
import org.hotline12345.benchmarks.calendar.impl.HotlineWorkdayCalendar;
import org.hotline12345.benchmarks.calendar.impl.JollydayWorkdayCalendar;
import org.hotline12345.benchmarks.calendar.impl.ObjectLabWorkdayCalendar;
import org.hotline12345.benchmarks.calendar.impl.TaskanaWorkdayCalendar;

/**
 * The calendar libraries under benchmark, each fed the China mainland schedule as far as it
 * can express it (see {@link ChinaSchedule}); a JMH {@code @Param} over this enum runs every
 * library on the same workload.
 */
public enum CalendarType {

  /** The Hotline SDK's {@link org.hotline12345.calendar.WorkingCalendar}: the reference. */
  HOTLINE(HotlineWorkdayCalendar::new),

  /**
   * ObjectLab Kit ({@code net.objectlab.kit:datecalc-jdk8}): every dated holiday, no make-up
   * working days (it cannot express them).
   */
  OBJECTLAB(ObjectLabWorkdayCalendar::new),

  /**
   * Jollyday ({@code de.focus-shift:jollyday-core}), which ships no China mainland
   * definition: every dated holiday in a Jollyday configuration, no make-up working days (it
   * cannot express them).
   */
  JOLLYDAY(JollydayWorkdayCalendar::new),

  /**
   * Taskana ({@code pro.taskana}): only holidays that recur on the same day of the same month
   * every year (it takes nothing else), no make-up working days.
   */
  TASKANA(TaskanaWorkdayCalendar::new);

  private final Supplier<WorkdayCalendar> factory;

  CalendarType(Supplier<WorkdayCalendar> factory) {
    this.factory = factory;
  }

  /**
   * Creates a calendar of this library, loaded with the China mainland schedule.
   *
   * @return a new calendar, for one thread
   */
  public WorkdayCalendar create() {
    return factory.get();
  }
}
