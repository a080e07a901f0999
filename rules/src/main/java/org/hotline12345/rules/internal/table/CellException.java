package org.hotline12345.rules.internal.table;

/**
 * A cell or output value of a row that its column refuses, with where it is, so that a file
 * reader can name the line and the column. The message names the row and the column.
 */
public final class CellException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The row's index in the table, from 0. */
  private final int row;
  /** The column's name. */
  private final String column;
  /** Why, without the row and column. */
  private final String reason;

  /**
   * A refusal.
   *
   * @param row the row's index, from 0
   * @param rowId the row's id, for the message
   * @param column the column's name
   * @param reason why
   */
  public CellException(int row, String rowId, String column, String reason) {
    super("row " + TableText.quote(rowId) + " column " + TableText.quote(column) + ": "
        + reason);
    this.row = row;
    this.column = column;
    this.reason = reason;
  }

  /**
   * The row's index in the table.
   *
   * @return the index, from 0
   */
  public int row() {
    return row;
  }

  /**
   * The column's name.
   *
   * @return the name
   */
  public String column() {
    return column;
  }

  /**
   * Why, without the row and column.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
