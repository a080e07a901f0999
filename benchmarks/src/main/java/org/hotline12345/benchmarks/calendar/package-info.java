/**
 * JMH benchmarks of the Hotline SDK's working-day calendar side by side with the Java
 * calendar libraries a hotline team might otherwise use (ObjectLab Kit, Jollyday, Taskana),
 * and a report of how often those libraries answer wrong on the China mainland schedule.
 *
 * <p>Laid out as Caffeine's benchmarks are: one small interface ({@link
 * org.hotline12345.benchmarks.calendar.WorkdayCalendar}), an enum of the libraries ({@link
 * org.hotline12345.benchmarks.calendar.CalendarType}) with adapters in {@code impl}, and a JMH
 * parameter over the enum. See {@code docs/benchmarks.md} for how to run them and the numbers.
 */
package org.hotline12345.benchmarks.calendar;
