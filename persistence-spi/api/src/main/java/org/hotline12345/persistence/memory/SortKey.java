package org.hotline12345.persistence.memory;

import java.time.Instant;
import java.util.Comparator;

/**
 * The key of an ordered index: an instant, then the case id that breaks ties.
 *
 * @param at the instant
 * @param caseId the case id
 */
record SortKey(Instant at, String caseId) implements Comparable<SortKey> {

  private static final Comparator<SortKey> ORDER =
      Comparator.comparing(SortKey::at).thenComparing(SortKey::caseId);

  /**
   * The smallest key at an instant: every key at that instant is at or after it.
   *
   * @param at the instant
   * @return the key
   */
  static SortKey lowest(Instant at) {
    return new SortKey(at, "");
  }

  @Override
  public int compareTo(SortKey other) {
    return ORDER.compare(this, other);
  }
}
