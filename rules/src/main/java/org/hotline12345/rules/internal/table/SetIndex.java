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
  private final long[] base;
  private final boolean trivial;
  private final AtomicReferenceArray<long[]> byValue;
  private final Memo memo;

  SetIndex(Cell[] cells, int words, boolean paths) {
    this.paths = paths;
    List<List<Integer>> pos = new ArrayList<>();
    List<List<Integer>> neg = new ArrayList<>();
    base = new long[words];
    boolean allAny = true;
    for (int row = 0; row < cells.length; row++) {
      Cell cell = cells[row];
      allAny &= cell.isAny();
      boolean negated = paths ? ((PathCell) cell).negated() : ((SetCell) cell).negated();
      Iterable<String> values = paths ? ((PathCell) cell).codes() : ((SetCell) cell).values();
      if (negated) {
        Bits.set(base, row);
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
  long[] rows(Object input, long[] scratch, int[] stamps) {
    if (!paths) {
      Integer id = ids.get(input);
      if (id == null) {
        return base;
      }
      long[] set = byValue.get(id);
      if (set == null) {
        set = base.clone();
        Bits.setAll(set, positive[id]);
        Bits.clearAll(set, negative[id]);
        byValue.compareAndSet(id, null, set);
        set = byValue.get(id);
      }
      return set;
    }
    long[] known = memo.get(input);
    if (known != null) {
      return known;
    }
    PathInput path = (PathInput) input;
    boolean copied = false;
    for (int i = 0; i < path.length(); i++) {
      Integer id = ids.get(path.at(i));
      if (id != null) {
        if (!copied) {
          System.arraycopy(base, 0, scratch, 0, base.length);
          copied = true;
        }
        Bits.setAll(scratch, positive[id]);
        Bits.clearAll(scratch, negative[id]);
      }
    }
    return copied ? memo.remember(input, scratch) : base;
  }
}
