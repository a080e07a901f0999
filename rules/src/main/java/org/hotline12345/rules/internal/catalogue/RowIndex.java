package org.hotline12345.rules.internal.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.hotline12345.core.category.CategoryCode;

/**
 * The rows of a catalogue by cell, for finding the first row that matches a case as hit policy
 * FIRST does, in time proportional to the case's categories times its areas. Immutable.
 */
public final class RowIndex {

  private record Key(CategoryCode category, String area) {}

  private final Map<Key, Integer> positions = new HashMap<>();

  /**
   * Indexes rows by their cells; a cell named twice keeps its first position.
   *
   * @param categories the category of each row, in row order
   * @param areas the area of each row (empty for any area), in row order
   */
  public RowIndex(List<CategoryCode> categories, List<Optional<String>> areas) {
    for (int i = 0; i < categories.size(); i++) {
      positions.putIfAbsent(new Key(categories.get(i), areas.get(i).orElse(null)), i);
    }
  }

  /**
   * The position of the first row among those {@code live} accepts whose category is one of
   * the given and whose area is on the path or is any area.
   *
   * @param categories the case's category and those above it
   * @param path the case's area path
   * @param live which row positions count
   * @return the position, or -1 if no row matches
   */
  public int first(List<CategoryCode> categories, List<String> path, IntPredicate live) {
    int first = Integer.MAX_VALUE;
    for (CategoryCode c : categories) {
      first = Math.min(first, position(new Key(c, null), live));
      for (String area : path) {
        first = Math.min(first, position(new Key(c, area), live));
      }
    }
    return first == Integer.MAX_VALUE ? -1 : first;
  }

  private int position(Key key, IntPredicate live) {
    Integer p = positions.get(key);
    return p != null && live.test(p) ? p : Integer.MAX_VALUE;
  }
}
