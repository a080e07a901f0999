/**
 * Hotline SDK calendar: working-day and holiday calendars with make-up working days (调休),
 * office hours, time limits and deadlines. Depends on the JDK only.
 */
module org.hotline12345.calendar {
  exports org.hotline12345.calendar;
  // The shared CSV reader and text rules, for the SDK's own modules only.
  exports org.hotline12345.calendar.internal to org.hotline12345.core, org.hotline12345.rules;
}
