package org.hotline12345.rules.internal.table;

/**
 * A set of rows as a bit set with a summary: bit r of {@code bits} stands for row r, and bit w
 * of {@code summary} says whether word w of {@code bits} is not zero. Intersecting the summaries
 * first finds the few words where all sets have rows, so a decision reads a handful of words of
 * each column's set instead of all of them. Shared sets are never written; a scratch set is
 * refilled by one thread.
 */
final class RowSet {

  final long[] bits;
  final long[] summary;

  RowSet(int words) {
    this.bits = new long[words];
    this.summary = new long[Bits.words(words)];
  }

  private RowSet(long[] bits, long[] summary) {
    this.bits = bits;
    this.summary = summary;
  }

  /** A set of the given bits, its summary computed; the array is kept. */
  static RowSet of(long[] bits) {
    RowSet set = new RowSet(bits, new long[Bits.words(bits.length)]);
    set.summarise();
    return set;
  }

  /** Recomputes the summary after the bits changed. */
  RowSet summarise() {
    java.util.Arrays.fill(summary, 0L);
    for (int w = 0; w < bits.length; w++) {
      if (bits[w] != 0) {
        summary[w >>> 6] |= 1L << w;
      }
    }
    return this;
  }

  /** Makes this set a copy of another of the same size (the summary is copied too). */
  void copyOf(RowSet other) {
    System.arraycopy(other.bits, 0, bits, 0, bits.length);
    System.arraycopy(other.summary, 0, summary, 0, summary.length);
  }

  /** A copy, to keep. */
  RowSet copy() {
    return new RowSet(bits.clone(), summary.clone());
  }
}
