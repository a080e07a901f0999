package org.hotline12345.core.assessment;

import java.time.Instant;
import java.util.Objects;
import org.hotline12345.core.casefile.Actor;

/** The checks every ledger entry shares. Package-private. */
final class EntryChecks {

  private EntryChecks() {}

  static void common(long sequence, Instant at, Actor by) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence: must be 1 or more, was " + sequence);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}
