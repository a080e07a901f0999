package org.hotline12345.rules.internal.table;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The row sets already computed for input values, up to a capacity: inputs repeat (the same
 * category, area, count, day), so most decisions find their sets here and allocate nothing.
 * When full it remembers nothing more. The sets it hands out are shared and never written.
 */
final class Memo {

  /** The memory, in longs, a memo may fill. */
  private static final int BUDGET_LONGS = 1 << 19;

  private final ConcurrentHashMap<Object, RowSet> sets = new ConcurrentHashMap<>();
  private final int capacity;

  Memo(int words) {
    this.capacity = Math.max(64, Math.min(4096, BUDGET_LONGS / Math.max(1, words)));
  }

  RowSet get(Object key) {
    return sets.get(key);
  }

  /**
   * Remembers a set computed into a scratch array, if there is room.
   *
   * @return the set to use: a remembered copy, or the scratch array itself
   */
  RowSet remember(Object key, RowSet scratch) {
    if (sets.size() >= capacity) {
      return scratch;
    }
    RowSet copy = scratch.copy();
    RowSet before = sets.putIfAbsent(key, copy);
    return before != null ? before : copy;
  }
}
