package org.hotline12345.core.service;

/**
 * What a supervision sweep did.
 *
 * @param scanned the open cases with a deadline in the window
 * @param reminded the cases reminded (提醒) of a near deadline
 * @param urged the cases urged (催办) for a passed deadline
 */
public record SweepReport(int scanned, int reminded, int urged) {}
