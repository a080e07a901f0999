package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The index of a TEXT, BOOLEAN, CATEGORY or AREA column: per value named in a cell, the rows
 * that name it positively and the rows whose {@code not(...)} names it; a base set of rows that
 * match a value no cell names (any and {@code not(...)} rows). A TEXT input's set is the base
 * plus the value's positive rows minus its negative ones, computed once per value; a path's set
 * is the same over every code on the path, remembered per path.
 */
final class SetIndex extends ColumnIndex {

  private final boolean paths;
  private final Map<String, Integer> ids = new HashMap<>();
  private final int[][] positive;
  private final int[][] negative;
  private final RowSet base;
  private final boolean trivial;
  private final AtomicReferenceArray<RowSet> byValue;
  private final Memo memo;

  SetIndex(Cell[] cells, int words, boolean paths) {
    this.paths = paths;
    List<List<Integer>> pos = new ArrayList<>();
    List<List<Integer>> neg = new ArrayList<>();
    long[] baseBits = new long[words];
    boolean allAny = true;
    for (int row = 0; row < cells.length; row++) {
      Cell cell = cells[row];
      allAny &= cell.isAny();
      boolean negated = paths ? ((PathCell) cell).negated() : ((SetCell) cell).negated();
      Iterable<String> values = paths ? ((PathCell) cell).codes() : ((SetCell) cell).values();
      if (negated) {
        Bits.set(baseBits, row);
      }
      for (String value : values) {
        int id = ids.computeIfAbsent(value, v -> {
          pos.add(new ArrayList<>());
          neg.add(new ArrayList<>());
          return pos.size() - 1;
        });
        (negated ? neg : pos).get(id).add(row);
      }
    }
    trivial = allAny;
    base = RowSet.of(baseBits);
    positive = toArrays(pos);
    negative = toArrays(neg);
    byValue = new AtomicReferenceArray<>(positive.length);
    memo = new Memo(words);
  }

  static int[][] toArrays(List<List<Integer>> lists) {
    int[][] arrays = new int[lists.size()][];
    for (int i = 0; i < arrays.length; i++) {
      arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return arrays;
  }

  @Override
  boolean isTrivial() {
    return trivial;
  }

  @Override
  RowSet rows(Object input, RowSet scratch, int[] stamps) {
    if (!paths) {
      Integer id = ids.get(input);
      if (id == null) {
        return base;
      }
      RowSet set = byValue.get(id);
      if (set == null) {
        long[] bits = base.bits.clone();
        Bits.setAll(bits, positive[id]);
        Bits.clearAll(bits, negative[id]);
        byValue.compareAndSet(id, null, RowSet.of(bits));
        set = byValue.get(id);
      }
      return set;
    }
    RowSet known = memo.get(input);
    if (known != null) {
      return known;
    }
    PathInput path = (PathInput) input;
    boolean copied = false;
    for (int i = 0; i < path.length(); i++) {
      Integer id = ids.get(path.at(i));
      if (id != null) {
        if (!copied) {
          scratch.copyOf(base);
          copied = true;
        }
        Bits.setAll(scratch.bits, positive[id]);
        Bits.clearAll(scratch.bits, negative[id]);
      }
    }
    return copied ? memo.remember(input, scratch.summarise()) : base;
  }
}
