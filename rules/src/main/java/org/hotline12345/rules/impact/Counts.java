package org.hotline12345.rules.impact;

/** The checks of the report's counts, in one place. */
final class Counts {

  private Counts() {}

  /** A count: 0 or more. */
  static long require(String name, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + ": must be 0 or more, was " + count);
    }
    return count;
  }

  /** A whole and two parts of it, each 0 or more, neither part above the whole. */
  static void requireParts(String whole, long total, String first, long a, String second, long b) {
    require(whole, total);
    require(first, a);
    require(second, b);
    if (a > total || b > total) {
      throw new IllegalArgumentException(first + " and " + second + ": must not exceed " + whole + " (" + total
          + "), were " + a + " and " + b);
    }
  }
}
