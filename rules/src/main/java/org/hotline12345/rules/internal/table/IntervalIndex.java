package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of a NUMBER or DATE column, or of the rows' periods of effect: the rows of each
 * distinct cell, and a base set of rows that match anything. An input's set is the base plus the
 * rows of every distinct cell holding the value, each cell tested once, remembered per value.
 */
final class IntervalIndex extends ColumnIndex {

  private final IntervalSet[] sets;
  private final int[][] rows;
  private final RowSet base;
  private final boolean trivial;
  private final Memo memo;

  /**
   * An index.
   *
   * @param cells the cells of the rows in order; null stands for a row that matches anything
   */
  IntervalIndex(IntervalCell[] cells, int words) {
    Map<IntervalSet, List<Integer>> distinct = new LinkedHashMap<>();
    long[] baseBits = new long[words];
    for (int row = 0; row < cells.length; row++) {
      IntervalCell cell = cells[row];
      if (cell == null || cell.isAny()) {
        Bits.set(baseBits, row);
      } else if (!cell.isEmpty()) {
        distinct.computeIfAbsent(cell.set(), s -> new ArrayList<>()).add(row);
      }
    }
    sets = distinct.keySet().toArray(new IntervalSet[0]);
    rows = SetIndex.toArrays(new ArrayList<>(distinct.values()));
    trivial = Bits.count(baseBits) == cells.length;
    base = RowSet.of(baseBits);
    memo = new Memo(words);
  }

  @Override
  boolean isTrivial() {
    return trivial;
  }

  @Override
  RowSet rows(Object input, RowSet scratch, int[] stamps) {
    RowSet known = memo.get(input);
    if (known != null) {
      return known;
    }
    double x = IntervalCell.valueOf(input);
    scratch.copyOf(base);
    for (int i = 0; i < sets.length; i++) {
      if (sets[i].contains(x)) {
        Bits.setAll(scratch.bits, rows[i]);
      }
    }
    return memo.remember(input, scratch.summarise());
  }
}
