/**
 * Implementation of the core: the JSON payloads of events, hierarchies
 * ({@link org.hotline12345.core.internal.Forest}), and the text rules
 * ({@link org.hotline12345.core.internal.Texts}) every package applies. Data files are read with
 * the SDK's one CSV reader, {@link org.hotline12345.calendar.internal.CsvReader}, and refused
 * with its one {@link org.hotline12345.calendar.FileFormatException}. Not exported; hosts must
 * not depend on it.
 */
package org.hotline12345.core.internal;
