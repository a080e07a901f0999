/**
 * Implementation of the calendar module: the working-day index and the file readers. Not
 * exported; hosts must not depend on it.
 */
package org.hotline12345.calendar.internal;
