package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline12345.rules.internal.AhoCorasick;

/**
 * The index of a KEYWORDS column: one Aho-Corasick automaton over every keyword of every cell,
 * run once over the input text; per keyword the rows that look for it and the rows whose
 * {@code not(...)} forbids it. A text's set is the base (any and {@code not(...)} rows) plus the
 * rows of the keywords found minus the rows forbidding them. The text is never kept.
 */
final class KeywordIndex extends ColumnIndex {

  private final AhoCorasick automaton;
  private final int[][] positive;
  private final int[][] negative;
  private final RowSet base;
  private final boolean trivial;

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
  }

  @Override
  boolean isTrivial() {
    return trivial;
  }

  @Override
  int stampsNeeded() {
    return positive.length + 1;
  }

  @Override
  RowSet rows(Object input, RowSet scratch, int[] stamps) {
    if (automaton == null) {
      return base;
    }
    CharSequence text = (CharSequence) input;
    int stamp = ++stamps[positive.length];
    if (stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamps, 0);
      stamp = stamps[positive.length] = 1;
    }
    boolean copied = false;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      for (int out = automaton.firstOutput(state); out >= 0; out = automaton.nextOutput(out)) {
        int id = automaton.keywordIndexAt(out);
        if (stamps[id] == stamp) {
          continue;
        }
        stamps[id] = stamp;
        if (!copied) {
          scratch.copyOf(base);
          copied = true;
        }
        Bits.setAll(scratch.bits, positive[id]);
        Bits.clearAll(scratch.bits, negative[id]);
      }
    }
    return copied ? scratch.summarise() : base;
  }
}
