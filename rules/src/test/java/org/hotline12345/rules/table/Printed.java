package org.hotline12345.rules.table;

/**
 * A generated table that jqwik reports as its file, rows and all, when a property fails.
 *
 * @param table the table
 */
record Printed(DecisionTable table) {
  @Override
  public String toString() {
    return "\n" + table.toCsv();
  }
}
