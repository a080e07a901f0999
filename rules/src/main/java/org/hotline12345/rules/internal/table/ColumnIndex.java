package org.hotline12345.rules.internal.table;

/**
 * The index of one input column: from an input to the set of rows whose cell matches it.
 * Immutable apart from its memo of computed sets; thread-safe.
 */
abstract class ColumnIndex {

  /**
   * The rows whose cell matches the input.
   *
   * @param input the input, in the engine's representation
   * @param scratch a set of the table's size this call may fill and return
   * @param stamps a per-thread int array as long as {@link #stampsNeeded()}
   * @return the set: shared and read-only, or the scratch array
   */
  abstract RowSet rows(Object input, RowSet scratch, int[] stamps);

  /**
   * Whether every row matches every input, so the column can be skipped.
   *
   * @return true if all cells are any
   */
  abstract boolean isTrivial();

  /** The length of the per-thread stamp array {@link #rows} needs; 0 for none. */
  int stampsNeeded() {
    return 0;
  }
}
