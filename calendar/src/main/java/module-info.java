/**
 * Hotline SDK calendar: working-day and holiday calendars with make-up working days (调休),
 * office hours, time limits and deadlines. Depends on the JDK only.
 */
module org.hotline12345.calendar {
  exports org.hotline12345.calendar;
}
