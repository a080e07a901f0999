package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline12345.rules.internal.AhoCorasick;
import org.hotline12345.rules.table.ColumnType;

/**
 * Candidate rows for verification's pair checks, from one column's cells: the rows whose cell
 * may meet a given row's cell (for overlaps), and the rows whose cell may cover it (for
 * shadowing). A superset of the true answer, as lists of row ids whose union it is; null for
 * "every row" when the column cannot narrow the search. Verification picks, row by row, the
 * column with the fewest candidates, so it checks far fewer than all pairs of a real table.
 */
abstract class Candidates {

  /** Rows whose cell may meet this row's cell, or null for all. */
  abstract List<int[]> meeting(int row);

  /** Rows whose cell may cover this row's cell, or null for all. */
  abstract List<int[]> covering(int row);

  static Candidates of(ColumnType type, Cell[] cells, PathDomain domain) {
    switch (type) {
      case TEXT:
      case BOOLEAN:
        return new Sets(cells);
      case CATEGORY:
      case AREA:
        return new Paths(cells, domain);
      case KEYWORDS:
        return new Keywords(cells);
      default:
        return new None();
    }
  }

  static int size(List<int[]> lists, int all) {
    if (lists == null) {
      return all;
    }
    int size = 0;
    for (int[] list : lists) {
      size += list.length;
    }
    return size;
  }

  private static int[] get(Map<String, int[]> map, String key) {
    int[] rows = map.get(key);
    return rows == null ? new int[0] : rows;
  }

  private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>();
    lists.forEach((key, rows) -> arrays.put(key, rows.stream().mapToInt(Integer::intValue)
        .toArray()));
    return arrays;
  }

  /** Numbers, dates: no narrowing. */
  static final class None extends Candidates {
    @Override
    List<int[]> meeting(int row) {
      return null;
    }

    @Override
    List<int[]> covering(int row) {
      return null;
    }
  }

  /** TEXT and BOOLEAN cells. */
  static final class Sets extends Candidates {
    private final SetCell[] cells;
    private final Map<String, int[]> positive;
    private final int[] negated;

    Sets(Cell[] cells) {
      this.cells = new SetCell[cells.length];
      Map<String, List<Integer>> pos = new HashMap<>();
      List<Integer> neg = new ArrayList<>();
      for (int r = 0; r < cells.length; r++) {
        SetCell cell = (SetCell) cells[r];
        this.cells[r] = cell;
        if (cell.negated()) {
          neg.add(r);
        } else {
          for (String value : cell.values()) {
            pos.computeIfAbsent(value, v -> new ArrayList<>()).add(r);
          }
        }
      }
      positive = arrays(pos);
      negated = neg.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    List<int[]> meeting(int row) {
      SetCell cell = cells[row];
      if (cell.negated()) {
        return null;
      }
      List<int[]> lists = new ArrayList<>();
      cell.values().forEach(value -> lists.add(get(positive, value)));
      lists.add(negated);
      return lists;
    }

    @Override
    List<int[]> covering(int row) {
      SetCell cell = cells[row];
      if (cell.negated()) {
        return List.of(negated);
      }
      if (cell.values().isEmpty()) {
        return null;
      }
      return List.of(get(positive, cell.values().iterator().next()), negated);
    }
  }

  /** CATEGORY and AREA cells. */
  static final class Paths extends Candidates {
    private final PathCell[] cells;
    private final PathDomain domain;
    private final Map<String, int[]> positive;
    private final Map<String, int[]> below;
    private final int[] negated;

    Paths(Cell[] cells, PathDomain domain) {
      this.cells = new PathCell[cells.length];
      this.domain = domain;
      Map<String, List<Integer>> pos = new LinkedHashMap<>();
      List<Integer> neg = new ArrayList<>();
      for (int r = 0; r < cells.length; r++) {
        PathCell cell = (PathCell) cells[r];
        this.cells[r] = cell;
        if (cell.negated()) {
          neg.add(r);
        } else {
          for (String code : cell.codes()) {
            pos.computeIfAbsent(code, v -> new ArrayList<>()).add(r);
          }
        }
      }
      Map<String, List<Integer>> under = new HashMap<>();
      pos.forEach((code, rows) -> {
        for (String above : domain.pathOf(code)) {
          under.computeIfAbsent(above, a -> new ArrayList<>()).addAll(rows);
        }
      });
      positive = arrays(pos);
      below = arrays(under);
      negated = neg.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    List<int[]> meeting(int row) {
      PathCell cell = cells[row];
      if (cell.negated()) {
        return null;
      }
      List<int[]> lists = new ArrayList<>();
      for (String code : cell.codes()) {
        for (String above : domain.pathOf(code)) {
          lists.add(get(positive, above));
        }
        lists.add(get(below, code));
      }
      lists.add(negated);
      return lists;
    }

    @Override
    List<int[]> covering(int row) {
      PathCell cell = cells[row];
      if (cell.negated()) {
        return domain.allCodes().isPresent() ? null : List.of(negated);
      }
      List<int[]> lists = new ArrayList<>();
      for (String above : domain.pathOf(cell.codes().iterator().next())) {
        lists.add(get(positive, above));
      }
      lists.add(negated);
      return lists;
    }
  }

  /** KEYWORDS cells. */
  static final class Keywords extends Candidates {
    private final KeywordCell[] cells;
    private final Map<String, int[]> positive;
    private final int[] negated;
    private final int[] any;
    private final AhoCorasick automaton;
    private final String[] keywords;

    Keywords(Cell[] cells) {
      this.cells = new KeywordCell[cells.length];
      Map<String, List<Integer>> pos = new LinkedHashMap<>();
      List<Integer> neg = new ArrayList<>();
      List<Integer> anyRows = new ArrayList<>();
      for (int r = 0; r < cells.length; r++) {
        KeywordCell cell = (KeywordCell) cells[r];
        this.cells[r] = cell;
        if (cell.negated()) {
          neg.add(r);
          if (cell.isAny()) {
            anyRows.add(r);
          }
        } else {
          for (String keyword : cell.keywords()) {
            pos.computeIfAbsent(keyword, v -> new ArrayList<>()).add(r);
          }
        }
      }
      positive = arrays(pos);
      negated = neg.stream().mapToInt(Integer::intValue).toArray();
      any = anyRows.stream().mapToInt(Integer::intValue).toArray();
      keywords = pos.keySet().toArray(new String[0]);
      automaton = keywords.length == 0 ? null : new AhoCorasick(keywords);
    }

    @Override
    List<int[]> meeting(int row) {
      return null;
    }

    @Override
    List<int[]> covering(int row) {
      KeywordCell cell = cells[row];
      if (cell.negated()) {
        return List.of(negated);
      }
      List<int[]> lists = new ArrayList<>();
      lists.add(any);
      if (automaton != null) {
        String first = cell.keywords().iterator().next();
        int state = 0;
        for (int i = 0; i < first.length(); i++) {
          state = automaton.step(state, first.charAt(i));
          for (int out = automaton.firstOutput(state); out >= 0;
              out = automaton.nextOutput(out)) {
            lists.add(get(positive, keywords[automaton.keywordIndexAt(out)]));
          }
        }
      }
      return lists;
    }
  }
}
