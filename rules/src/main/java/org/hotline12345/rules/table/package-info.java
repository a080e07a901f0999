/**
 * Decision tables (决策表) a dispatch office maintains in a spreadsheet: routing (派单)
 * catalogues, acceptance (受理) and emergency referral rules, time limits. The shape of DMN 1.3
 * decision tables: input columns ({@link org.hotline12345.rules.table.Column}, typed by
 * {@link org.hotline12345.rules.table.ColumnType}: text, hierarchical category codes, areas at
 * any level, keywords in free text, numbers, dates, booleans), output columns, rows with ids,
 * descriptions and effective dates, and a {@link org.hotline12345.rules.table.HitPolicy}
 * (FIRST, UNIQUE, PRIORITY, ANY, COLLECT, RULE ORDER, OUTPUT ORDER).
 *
 * <p>A table is compiled when built: per input column an index from input value to the bit set
 * of rows whose cell matches (equality maps for text, the input's whole path for categories and
 * areas, one Aho-Corasick automaton over every keyword of the column, each distinct interval for
 * numbers and dates), and one over the rows' periods of effect. A decision ANDs the columns' bit
 * sets word by word and, under FIRST, stops at the first row found; sets of repeated inputs are
 * remembered, so a decision allocates little more than its result.
 *
 * <p>{@link org.hotline12345.rules.table.DecisionTables} reads tables from CSV or TSV files and
 * verifies them (overlaps, shadowed rows, gaps, unknown departments and categories);
 * {@link org.hotline12345.rules.table.DecisionExplanation} tells a dispatcher why a decision
 * went as it did; {@link org.hotline12345.rules.table.LiveTable} swaps a new version in while
 * other threads decide. Free appeal text given to a keyword column is personal data: no type
 * here keeps it beyond a decision or shows it.
 */
package org.hotline12345.rules.table;
