package org.hotline12345.rules.internal.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;

/**
 * The counts of past assignments by cell (category x area, or category in any area) and
 * department, and the choice of each cell's majority department. Not thread-safe while being
 * filled; read-only afterwards.
 *
 * <p>A cell's majority department is the one with the most of the cell's cases. A tie goes, in
 * this order, to the department with more cases in the areas one level up (summed over the areas
 * that enclosed this one on the paths counted: one area in a proper hierarchy), then two levels
 * up, and so on, then in the category as a whole; then to the department that handled the most
 * recent of the cell's cases (when cases carry times); then to the smallest department id in
 * {@link String#compareTo} order.
 */
public final class Tally {

  /**
   * A cell: a category in an area, or in any area.
   *
   * @param category the category
   * @param area the area code, or null for any area
   */
  public record Cell(CategoryCode category, String area) {

    /**
     * Checks the category.
     *
     * @param category the category
     * @param area the area code, or null for any area
     */
    public Cell {
      Objects.requireNonNull(category, "category");
    }
  }

  /**
   * The majority department of a cell.
   *
   * @param department the department
   * @param support the cases it handled in the cell
   * @param cases the cases of the cell
   * @param level the level at which it most often handled them (the smallest on a tie), if any
   *     of its cases said
   */
  public record Winner(DepartmentId department, int support, int cases, OptionalInt level) {}

  private static final class Count {
    int cases;
    Instant latest;
    final Map<Integer, Integer> levels = new TreeMap<>();
  }

  private final Map<Cell, Map<DepartmentId, Count>> cells = new HashMap<>();
  private final Map<String, Integer> levels = new HashMap<>();
  private final Map<String, Set<String>> enclosing = new HashMap<>();

  /**
   * Counts one past case in every cell it falls in.
   *
   * @param field the case's name for messages, for example {@code history[7]}
   * @param categories its category and the categories above it
   * @param path its area path, most general first, checked
   * @param department the department that handled it
   * @param level the level at which it was handled, if known
   * @param at when it was assigned, or null
   * @throws IllegalArgumentException if an area stands at another level than on a path counted
   *     before, naming the case and the area
   */
  public void add(String field, List<CategoryCode> categories, List<String> path,
      DepartmentId department, OptionalInt level, Instant at) {
    for (int i = 0; i < path.size(); i++) {
      Integer before = levels.putIfAbsent(path.get(i), i);
      if (before != null && before != i) {
        throw new IllegalArgumentException(field + ".areaPath[" + i + "]: area "
            + Texts.quote(path.get(i)) + " stands at level " + i + " here but at level " + before
            + " on an earlier path; an area path lists one area a level, most general first");
      }
    }
    for (int i = 1; i < path.size(); i++) {
      enclosing.computeIfAbsent(path.get(i), k -> new HashSet<>()).add(path.get(i - 1));
    }
    for (CategoryCode category : categories) {
      count(new Cell(category, null), department, level, at);
      for (String area : path) {
        count(new Cell(category, area), department, level, at);
      }
    }
  }

  private void count(Cell cell, DepartmentId department, OptionalInt level, Instant at) {
    Count c = cells.computeIfAbsent(cell, k -> new HashMap<>())
        .computeIfAbsent(department, k -> new Count());
    c.cases++;
    if (at != null && (c.latest == null || at.isAfter(c.latest))) {
      c.latest = at;
    }
    level.ifPresent(l -> c.levels.merge(l, 1, Integer::sum));
  }

  /**
   * Every cell counted, in no particular order.
   *
   * @return the cells
   */
  public Set<Cell> cells() {
    return cells.keySet();
  }

  /**
   * Every area on the paths counted.
   *
   * @return the area codes
   */
  public Set<String> areas() {
    return levels.keySet();
  }

  /**
   * The level at which an area stood on the paths counted.
   *
   * @param area an area of a counted path
   * @return its level, 0 for the most general
   */
  public int levelOf(String area) {
    return levels.get(area);
  }

  /**
   * The path of every counted area whose ancestors the counted paths leave in no doubt: one
   * enclosing area at every level up.
   *
   * @return the paths by area, root first, ending with the area
   */
  public Map<String, List<String>> certainPaths() {
    Map<String, List<String>> paths = new HashMap<>();
    for (String area : levels.keySet()) {
      List<String> up = new ArrayList<>();
      String at = area;
      while (at != null) {
        up.add(0, at);
        Set<String> above = enclosing.getOrDefault(at, Set.of());
        at = above.size() == 1 ? above.iterator().next() : null;
        if (above.size() > 1) {
          up = null;
          break;
        }
      }
      if (up != null) {
        paths.put(area, List.copyOf(up));
      }
    }
    return paths;
  }

  /**
   * The majority department of a counted cell, ties broken as the class says.
   *
   * @param cell a counted cell
   * @return its winner
   */
  public Winner winner(Cell cell) {
    Map<DepartmentId, Count> counts = cells.get(cell);
    List<DepartmentId> tied = keepMost(new ArrayList<>(counts.keySet()), d -> counts.get(d).cases);
    if (tied.size() > 1 && cell.area() != null) {
      tied = byEnclosingAreas(cell, tied);
    }
    if (tied.size() > 1) {
      tied = byLatest(counts, tied);
    }
    DepartmentId best = tied.stream().min(Comparator.comparing(DepartmentId::value)).orElseThrow();
    Count c = counts.get(best);
    int total = counts.values().stream().mapToInt(k -> k.cases).sum();
    OptionalInt level = OptionalInt.empty();
    int most = 0;
    for (Map.Entry<Integer, Integer> e : c.levels.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        level = OptionalInt.of(e.getKey());
      }
    }
    return new Winner(best, c.cases, total, level);
  }

  private List<DepartmentId> byEnclosingAreas(Cell cell, List<DepartmentId> tied) {
    Set<String> frontier = Set.of(cell.area());
    for (int l = levelOf(cell.area()) - 1; l >= 0 && tied.size() > 1; l--) {
      Set<String> up = new HashSet<>();
      for (String area : frontier) {
        up.addAll(enclosing.getOrDefault(area, Set.of()));
      }
      frontier = up;
      Set<String> areas = up;
      tied = keepMost(tied, d -> {
        int sum = 0;
        for (String area : areas) {
          sum += casesOf(new Cell(cell.category(), area), d);
        }
        return sum;
      });
    }
    return tied.size() > 1
        ? keepMost(tied, d -> casesOf(new Cell(cell.category(), null), d))
        : tied;
  }

  private List<DepartmentId> byLatest(Map<DepartmentId, Count> counts, List<DepartmentId> tied) {
    Instant latest = null;
    for (DepartmentId d : tied) {
      Instant at = counts.get(d).latest;
      if (at != null && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    }
    if (latest == null) {
      return tied;
    }
    List<DepartmentId> kept = new ArrayList<>();
    for (DepartmentId d : tied) {
      if (latest.equals(counts.get(d).latest)) {
        kept.add(d);
      }
    }
    return kept;
  }

  private int casesOf(Cell cell, DepartmentId department) {
    Count c = cells.getOrDefault(cell, Map.of()).get(department);
    return c == null ? 0 : c.cases;
  }

  private static List<DepartmentId> keepMost(List<DepartmentId> departments,
      ToIntFunction<DepartmentId> score) {
    int most = Integer.MIN_VALUE;
    List<DepartmentId> kept = new ArrayList<>();
    for (DepartmentId d : departments) {
      int s = score.applyAsInt(d);
      if (s > most) {
        most = s;
        kept.clear();
      }
      if (s == most) {
        kept.add(d);
      }
    }
    return kept;
  }
}
