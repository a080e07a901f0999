package org.hotline12345.rules.internal.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.persistence.Keys;

/** The one check of an area path (区域路径), codes of areas most general first, and its completion. */
public final class AreaPaths {

  private AreaPaths() {}

  /**
   * Checks an area path and copies it.
   *
   * @param path the codes, most general first; may be empty
   * @param field the argument's name, for the messages (for example {@code areaPath})
   * @return an unmodifiable copy
   * @throws NullPointerException if the path or a code is null, naming the field and index
   * @throws IllegalArgumentException if a code is not an area code (1 to 64 Unicode letters,
   *     digits and {@code . _ : -}) or appears twice, naming the field and index
   */
  public static List<String> require(List<String> path, String field) {
    Objects.requireNonNull(path, field);
    List<String> copy = new ArrayList<>(path.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < path.size(); i++) {
      String name = field + "[" + i + "]";
      String code = Objects.requireNonNull(path.get(i), name + " must not be null");
      Keys.requireDirectoryKey(name, code);
      if (!seen.add(code)) {
        throw new IllegalArgumentException(name + ": area " + Texts.quote(code)
            + " appears twice in the path; an area path names each area once, most general first");
      }
      copy.add(code);
    }
    return List.copyOf(copy);
  }

  /**
   * Completes a checked area path from a hierarchy: the path of its last (finest) area, root
   * first, provided every code given lies on it, in the same order. {@code [320106001]} becomes
   * {@code [320100, 320106, 320106001]}; so does {@code [320100, 320106001]}.
   *
   * @param hierarchy the area hierarchy
   * @param path a path checked by {@link #require}
   * @param field the argument's name, for the messages
   * @return the complete path; empty for an empty path
   * @throws IllegalArgumentException if the finest area is not in the hierarchy, or a code given
   *     is not above the next one in it, naming the field, the index and the codes
   */
  public static List<String> complete(AreaHierarchy hierarchy, List<String> path, String field) {
    if (path.isEmpty()) {
      return path;
    }
    int last = path.size() - 1;
    if (!hierarchy.contains(path.get(last))) {
      throw new IllegalArgumentException(field + "[" + last + "]: area " + Texts.quote(path.get(last))
          + " is not in the area hierarchy");
    }
    List<String> full = hierarchy.pathOf(path.get(last));
    int at = 0;
    for (int i = 0; i < last; i++) {
      int found = full.subList(at, full.size()).indexOf(path.get(i));
      if (found < 0) {
        throw new IllegalArgumentException(field + "[" + i + "]: area " + Texts.quote(path.get(i))
            + " is not above " + Texts.quote(path.get(i + 1)) + " in the area hierarchy, whose path"
            + " to " + Texts.quote(path.get(last)) + " is " + full);
      }
      at += found + 1;
    }
    return full;
  }
}
