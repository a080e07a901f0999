/**
 * Implementation of the calendar module: the working-day index, the file readers, and the
 * shapes every data file of the SDK shares ({@link org.hotline12345.calendar.internal.CsvReader},
 * {@link org.hotline12345.calendar.internal.Texts}). Exported only to the SDK's own modules
 * that read data files (a qualified export in {@code module-info.java}); hosts must not depend
 * on it.
 */
package org.hotline12345.calendar.internal;
