/**
 * Adapters that put each calendar library under benchmark behind
 * {@link org.hotline12345.benchmarks.calendar.WorkdayCalendar}, as Caffeine's {@code impl}
 * package does for caches. Each adapter calls its library's public API and returns what the
 * library computes.
 */
package org.hotline12345.benchmarks.calendar.impl;
