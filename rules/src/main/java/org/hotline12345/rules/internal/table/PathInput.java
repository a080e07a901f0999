package org.hotline12345.rules.internal.table;

import java.util.Arrays;
import java.util.List;

/**
 * A CATEGORY or AREA input: a path of codes, most general first, with its hash computed once so
 * the engine can remember per input which rows match.
 */
public final class PathInput {

  private final String[] path;
  private final int hash;

  /**
   * An input.
   *
   * @param path the codes, most general first; checked by the caller
   */
  public PathInput(List<String> path) {
    this.path = path.toArray(new String[0]);
    this.hash = hash(this.path);
  }

  /**
   * A hash that mixes each code's hash non-linearly: the list hash of similar paths (all the
   * prefixes of one code, the codes of one district) collides often, and colliding keys would
   * make the engine's memo a list.
   */
  private static int hash(String[] path) {
    long h = 0x9E3779B97F4A7C15L;
    for (String code : path) {
      h ^= code.hashCode();
      h ^= h >>> 33;
      h *= 0xFF51AFD7ED558CCDL;
      h ^= h >>> 33;
      h *= 0xC4CEB9FE1A85EC53L;
      h ^= h >>> 33;
    }
    return (int) (h ^ (h >>> 32));
  }

  /**
   * The codes.
   *
   * @return the codes, most general first, as a fresh list
   */
  public List<String> path() {
    return Arrays.asList(path.clone());
  }

  /**
   * The number of codes.
   *
   * @return the length of the path
   */
  public int length() {
    return path.length;
  }

  /**
   * A code of the path.
   *
   * @param i its index, from 0 at the most general
   * @return the code
   */
  public String at(int i) {
    return path[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathInput && ((PathInput) other).hash == hash
        && Arrays.equals(((PathInput) other).path, path);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return String.join(" > ", path);
  }
}
