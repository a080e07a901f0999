package org.hotline12345.rules.internal.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.persistence.Keys;

/** The one check of an area path (区域路径): codes of areas, most general first. */
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
}
