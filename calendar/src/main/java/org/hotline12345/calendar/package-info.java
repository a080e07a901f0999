/**
 * Working-day calendars, office hours, time limits and deadlines for hotline work.
 *
 * <p>The entry points are {@link org.hotline12345.calendar.WorkingCalendars#chinaMainland()}
 * and {@link org.hotline12345.calendar.WorkingCalendar#builder}; a
 * {@link org.hotline12345.calendar.WorkingCalendar} turns a
 * {@link org.hotline12345.calendar.TimeLimit} (时限) started at an instant into a
 * {@link org.hotline12345.calendar.Deadline} (期限) that knows when it is due, whether a step
 * was on time, how much of it is used, and whether it is provisional; a
 * {@link org.hotline12345.calendar.DeadlineExplanation} (期限说明) tells why it falls where it does,
 * day by day, in Chinese or English. Every type is
 * immutable and thread-safe, in the manner of {@code java.time}. No dependency beyond the
 * JDK.
 */
package org.hotline12345.calendar;
