package org.hotline12345.rules.internal.table;

/** Bit sets of rows as {@code long[]}: bit r of word r / 64 stands for row r. */
final class Bits {

  private Bits() {}

  static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  static boolean get(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  static void setAll(long[] bits, int[] rows) {
    for (int row : rows) {
      bits[row >>> 6] |= 1L << row;
    }
  }

  static void clearAll(long[] bits, int[] rows) {
    for (int row : rows) {
      bits[row >>> 6] &= ~(1L << row);
    }
  }

  static int count(long[] bits) {
    int count = 0;
    for (long word : bits) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /** A set of the first n bits. */
  static long[] firstBits(int n, int words) {
    long[] bits = new long[words];
    for (int i = 0; i < n; i++) {
      set(bits, i);
    }
    return bits;
  }
}
