/**
 * The replay of real Los Angeles 311 data: an importer of MyLA311 service-request exports
 * ({@link org.hotline12345.examples.la311.La311Import}) that records each request as a case of
 * history (历史导入) with its original timestamps, on the US federal holiday calendar
 * ({@link org.hotline12345.examples.la311.UsFederalHolidays}) in Pacific time, then assesses
 * (考核) LA's agencies under a stated service level
 * ({@link org.hotline12345.examples.la311.La311Assessment}) and prints the results
 * ({@link org.hotline12345.examples.la311.La311Results}) and in the main demo's HTML report form
 * ({@link org.hotline12345.examples.la311.La311Report}); {@link
 * org.hotline12345.examples.la311.La311Main} is the command line. Addresses and every other
 * column that may hold personal data are never read into memory, logged or reported.
 */
package org.hotline12345.examples.la311;
