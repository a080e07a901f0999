package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * An event in the append-only log of a case: which case, its place in the log (1 for the
 * registration, then one more for each accepted command), who did it, when, and what changed.
 *
 * @param caseId the case
 * @param sequence the position in the case's log, from 1
 * @param actor who did it
 * @param at when
 * @param change what changed
 */
public record CaseEvent(CaseId caseId, long sequence, Actor actor, Instant at, CaseChange change) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public CaseEvent {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(change, "change");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
    }
  }

  /**
   * The kind of change, for logs: for example {@code Dispatched}.
   *
   * @return the simple name of the change's type
   */
  public String kind() {
    return change.getClass().getSimpleName();
  }

  /** Never shows personal data: the registration's appeal prints without it. */
  @Override
  public String toString() {
    return "CaseEvent[" + caseId + " #" + sequence + " " + kind() + " by " + actor.role() + " "
        + actor.id() + " at " + at + ": " + change + "]";
  }

}
