package org.hotline12345.rules.internal.table;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the path inputs of codes, so that a decision on a code seen before builds no path:
 * category and area codes are configuration (a few thousand), never personal data. Bounded:
 * past its size it computes without remembering. Thread-safe.
 */
public final class PathCache {

  private final int size;
  private final ConcurrentHashMap<String, PathInput> paths = new ConcurrentHashMap<>();

  /**
   * A cache of at most the given number of codes.
   *
   * @param size the most codes remembered
   */
  public PathCache(int size) {
    this.size = size;
  }

  /**
   * The path of a code, computed once while the cache has room.
   *
   * @param code the code as given
   * @param make computes the path, or throws for a code that is not one (nothing remembered)
   * @return the path
   */
  public PathInput get(String code, Function<String, PathInput> make) {
    PathInput known = paths.get(code);
    if (known != null) {
      return known;
    }
    PathInput made = make.apply(code);
    if (paths.size() < size) {
      paths.putIfAbsent(code, made);
    }
    return made;
  }
}
