package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.table.Column;

/**
 * Finds the combinations of enumerated inputs (TEXT columns with allowed values, BOOLEAN
 * columns) that no row covers, whatever the other columns and the day: such an input can match
 * no row. Counts them exactly without listing them all: column by column, values that the same
 * rows accept are taken together, so the work follows the table's structure rather than the
 * product of the domains. Stops after a budget of steps.
 */
final class GapSearch {

  /** The most examples kept. */
  static final int MAX_EXAMPLES = 20;

  /** The most steps of the search. */
  private static final int BUDGET = 200_000;

  private final List<Column> columns = new ArrayList<>();
  private final List<List<String>> domains = new ArrayList<>();
  private final List<SetCell[]> cells = new ArrayList<>();
  private final List<Map<String, String>> examples = new ArrayList<>();
  private long count;
  private int steps;
  private boolean stopped;

  private GapSearch() {}

  static GapSearch run(List<Column> inputs, Engine engine) {
    GapSearch search = new GapSearch();
    List<Integer> live = new ArrayList<>();
    for (int r = 0; r < engine.rowCount(); r++) {
      boolean matches = true;
      for (int c = 0; c < inputs.size() && matches; c++) {
        matches = !engine.cell(r, c).isEmpty();
      }
      if (matches) {
        live.add(r);
      }
    }
    for (int c = 0; c < inputs.size(); c++) {
      Column column = inputs.get(c);
      if (column.isEnumerated()) {
        search.columns.add(column);
        search.domains.add(column.domain());
        SetCell[] column0 = new SetCell[live.size()];
        for (int i = 0; i < live.size(); i++) {
          column0[i] = (SetCell) engine.cell(live.get(i), c);
        }
        search.cells.add(column0);
      }
    }
    if (search.columns.isEmpty()) {
      return search;
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      all.add(i);
    }
    search.count = search.uncovered(0, all, new String[search.columns.size()]);
    return search;
  }

  long count() {
    return count;
  }

  List<Map<String, String>> examples() {
    return examples;
  }

  String message() {
    List<String> shown = new ArrayList<>();
    for (Map<String, String> example : examples) {
      List<String> parts = new ArrayList<>();
      example.forEach((name, value) -> parts.add(name + " " + Texts.quote(value)));
      shown.add(String.join(", ", parts));
    }
    List<String> names = new ArrayList<>();
    columns.forEach(column -> names.add(column.name()));
    return (stopped ? "at least " : "") + count + " of " + product(0) + " combinations of "
        + String.join(" x ", names) + " match no row, for example: "
        + Texts.escape(String.join("; ", shown), 4_000)
        + (stopped ? " (the search stopped after " + BUDGET + " steps)" : "");
  }

  private long product(int from) {
    long product = 1;
    for (int d = from; d < domains.size(); d++) {
      product = multiply(product, domains.get(d).size());
    }
    return product;
  }

  private static long multiply(long a, long b) {
    long product = a * b;
    return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE : product;
  }

  private long uncovered(int depth, List<Integer> rows, String[] prefix) {
    if (++steps > BUDGET) {
      stopped = true;
      return 0;
    }
    if (rows.isEmpty()) {
      collect(depth, prefix);
      return product(depth);
    }
    if (depth == columns.size()) {
      return 0;
    }
    SetCell[] column = cells.get(depth);
    Map<List<Integer>, List<String>> groups = new LinkedHashMap<>();
    for (String value : domains.get(depth)) {
      List<Integer> accepting = new ArrayList<>();
      for (int row : rows) {
        if (column[row].matches(value)) {
          accepting.add(row);
        }
      }
      groups.computeIfAbsent(accepting, k -> new ArrayList<>()).add(value);
    }
    long total = 0;
    for (Map.Entry<List<Integer>, List<String>> group : groups.entrySet()) {
      List<String> values = group.getValue();
      prefix[depth] = values.get(0);
      long gaps = uncovered(depth + 1, group.getKey(), prefix);
      total = add(total, multiply(gaps, values.size()));
      for (int v = 1; v < values.size() && gaps > 0 && examples.size() < MAX_EXAMPLES; v++) {
        prefix[depth] = values.get(v);
        uncovered(depth + 1, group.getKey(), prefix);
      }
    }
    return total;
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private void collect(int depth, String[] prefix) {
    if (examples.size() >= MAX_EXAMPLES) {
      return;
    }
    if (depth == columns.size()) {
      Map<String, String> example = new LinkedHashMap<>();
      for (int d = 0; d < columns.size(); d++) {
        example.put(columns.get(d).name(), prefix[d]);
      }
      examples.add(example);
      return;
    }
    for (String value : domains.get(depth)) {
      prefix[depth] = value;
      collect(depth + 1, prefix);
      if (examples.size() >= MAX_EXAMPLES) {
        return;
      }
    }
  }
}
