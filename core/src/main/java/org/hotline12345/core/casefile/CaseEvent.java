package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event in the append-only log of a case: which case, its place in the log (1 for the
 * registration, then one more for each accepted command), who did it, when, and what changed.
 *
 * @param caseId the case
 * @param sequence the position in the case's log, from 1
 * @param actor who did it
 * @param at when
 * @param change what changed
 * @param explanation why, when a rule decided the step (rule set, version, row, text)
 */
public record CaseEvent(CaseId caseId, long sequence, Actor actor, Instant at, CaseChange change,
    Optional<Explanation> explanation) {

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
    Objects.requireNonNull(explanation, "explanation");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
    }
  }

  /**
   * An event without an explanation: a person's step, or one no rule decided.
   *
   * @param caseId the case
   * @param sequence the sequence number, 1 or more
   * @param actor who did it
   * @param at when
   * @param change what it changed
   */
  public CaseEvent(CaseId caseId, long sequence, Actor actor, Instant at, CaseChange change) {
    this(caseId, sequence, actor, at, change, Optional.empty());
  }

  /**
   * The kind of change.
   *
   * @return the kind, whose {@link EventKind#wireName()} is the stored type
   */
  public EventKind kind() {
    return change.kind();
  }

  /** Never shows personal data: the registration's appeal prints without it. */
  @Override
  public String toString() {
    return "CaseEvent[" + caseId + " #" + sequence + " " + kind() + " by " + actor.role() + " "
        + actor.id() + " at " + at + ": " + change + "]";
  }

}
