package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hotline12345.rules.internal.AhoCorasick;

/**
 * The index of a KEYWORDS column: one Aho-Corasick automaton over every keyword of every cell,
 * run once over the input text; per keyword the rows that look for it and the rows whose
 * {@code not(...)} forbids it. A text's set is the base (any and {@code not(...)} rows) plus the
 * rows of the keywords found minus the rows forbidding them: computed once per keyword when one
 * is found, and remembered per set of keywords when several are. The text is never kept.
 */
final class KeywordIndex extends ColumnIndex {

  private final AhoCorasick automaton;
  private final int[][] positive;
  private final int[][] negative;
  private final RowSet base;
  private final boolean trivial;
  private final AtomicReferenceArray<RowSet> byKeyword;
  private final Memo memo;

  KeywordIndex(Cell[] cells, int words) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<List<Integer>> pos = new ArrayList<>();
    List<List<Integer>> neg = new ArrayList<>();
    long[] baseBits = new long[words];
    boolean allAny = true;
    for (int row = 0; row < cells.length; row++) {
      KeywordCell cell = (KeywordCell) cells[row];
      allAny &= cell.isAny();
      if (cell.negated()) {
        Bits.set(baseBits, row);
      }
      for (String keyword : cell.keywords()) {
        int id = ids.computeIfAbsent(keyword, k -> {
          pos.add(new ArrayList<>());
          neg.add(new ArrayList<>());
          return pos.size() - 1;
        });
        (cell.negated() ? neg : pos).get(id).add(row);
      }
    }
    trivial = allAny;
    base = RowSet.of(baseBits);
    positive = SetIndex.toArrays(pos);
    negative = SetIndex.toArrays(neg);
    automaton = ids.isEmpty() ? null : new AhoCorasick(ids.keySet().toArray(new String[0]));
    byKeyword = new AtomicReferenceArray<>(positive.length);
    memo = new Memo(words);
  }

  @Override
  boolean isTrivial() {
    return trivial;
  }

  /** The stamps per keyword, the current stamp, the count found, then the ids found. */
  @Override
  int stampsNeeded() {
    return 2 * positive.length + 2;
  }

  @Override
  RowSet rows(Object input, RowSet scratch, int[] stamps) {
    if (automaton == null) {
      return base;
    }
    int keywords = positive.length;
    int stamp = ++stamps[keywords];
    if (stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0, keywords + 1, 0);
      stamp = stamps[keywords] = 1;
    }
    int found = 0;
    CharSequence text = (CharSequence) input;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      for (int out = automaton.firstOutput(state); out >= 0; out = automaton.nextOutput(out)) {
        int id = automaton.keywordIndexAt(out);
        if (stamps[id] != stamp) {
          stamps[id] = stamp;
          stamps[keywords + 2 + found++] = id;
        }
      }
    }
    if (found == 0) {
      return base;
    }
    if (found == 1) {
      return single(stamps[keywords + 2]);
    }
    Arrays.sort(stamps, keywords + 2, keywords + 2 + found);
    Object key = key(stamps, keywords + 2, found);
    RowSet known = memo.get(key);
    if (known != null) {
      return known;
    }
    scratch.copyOf(base);
    for (int i = 0; i < found; i++) {
      Bits.setAll(scratch.bits, positive[stamps[keywords + 2 + i]]);
    }
    for (int i = 0; i < found; i++) {
      Bits.clearAll(scratch.bits, negative[stamps[keywords + 2 + i]]);
    }
    return memo.remember(key, scratch.summarise());
  }

  /** The set when exactly one keyword is found, computed once. */
  private RowSet single(int id) {
    RowSet set = byKeyword.get(id);
    if (set == null) {
      long[] bits = base.bits.clone();
      Bits.setAll(bits, positive[id]);
      Bits.clearAll(bits, negative[id]);
      byKeyword.compareAndSet(id, null, RowSet.of(bits));
      set = byKeyword.get(id);
    }
    return set;
  }

  /** The memo key of the sorted ids found: two pack into a long. */
  private static Object key(int[] ids, int from, int count) {
    if (count == 2) {
      return ((long) ids[from] << 32) | ids[from + 1];
    }
    return IntStreamKey.of(ids, from, count);
  }

  /** A key of three or more ids. */
  private record IntStreamKey(List<Integer> ids) {
    static IntStreamKey of(int[] ids, int from, int count) {
      List<Integer> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(ids[from + i]);
      }
      return new IntStreamKey(list);
    }
  }
}
