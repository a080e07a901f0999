package org.hotline12345.examples.report;

import java.util.List;

/**
 * A section of plain rows after the report's own sections (附表): what a host has to show that
 * the report has no chart for, such as the rows an import refused counted by reason, or the
 * sections its data cannot fill and why. Texts are shown as given (escaped), and must carry no
 * personal data.
 *
 * <p>In the page: {@code section.table-section} with the id, its rows {@code tr.table-row}, each
 * cell a {@code td} in the columns' order.
 *
 * @param id the section's id in the page: lower-case letters, digits and hyphens, not one of
 *     the report's own ({@code volumes}, {@code routing}, {@code board}, {@code assessment},
 *     {@code deadlines}, {@code figures})
 * @param title the heading
 * @param lead the paragraph under the heading, empty for none
 * @param columns the column headings, at least one
 * @param rows the rows, each with one cell per column
 */
public record TableSection(String id, String title, String lead, List<String> columns, List<List<String>> rows) {

  private static final List<String> RESERVED = List.of("volumes", "routing", "board", "assessment", "deadlines",
      "figures");

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field, a column or a cell is null
   * @throws IllegalArgumentException if the id is not of the form or reserved, the title blank,
   *     there is no column, or a row has another number of cells
   */
  public TableSection {
    Checks.text(id, "id");
    if (!id.matches("[a-z][a-z0-9-]{0,63}") || RESERVED.contains(id)) {
      throw new IllegalArgumentException("id: lower-case letters, digits and hyphens, at most 64, not one of "
          + RESERVED + ", was '" + id + "'");
    }
    Checks.text(title, "title");
    java.util.Objects.requireNonNull(lead, "lead");
    columns = Checks.list(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("columns: at least one");
    }
    rows = Checks.list(rows, "rows");
    List<List<String>> copies = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = Checks.list(rows.get(i), "rows[" + i + "]");
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("rows[" + i + "]: has " + row.size() + " cells for " + columns.size()
            + " columns");
      }
      copies.add(row);
    }
    rows = List.copyOf(copies);
  }
}
