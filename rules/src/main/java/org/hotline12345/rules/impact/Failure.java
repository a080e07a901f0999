package org.hotline12345.rules.impact;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseNumber;

/**
 * A case the report could not read, or a decision that threw instead of deciding: counted and
 * listed, and the report goes on with the next. Only the exception's type is kept, never its
 * message, which a host's rule could have filled with what it read.
 *
 * @param caseNumber the case's number (工单编号)
 * @param decision the decision that failed; empty when the case itself could not be read
 * @param step which side failed, or {@link Step#READ}
 * @param exceptionType the simple name of the exception's class
 */
public record Failure(CaseNumber caseNumber, Optional<DecisionKind> decision, Step step, String exceptionType) {

  /** Where a failure happened. */
  public enum Step {
    /** Reading or replaying the case's events. */
    READ,
    /** The current rules' decision. */
    CURRENT,
    /** The candidate rules' decision. */
    CANDIDATE
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a read failure names a decision, or a decision's failure
   *     names none
   */
  public Failure {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(exceptionType, "exceptionType");
    if (decision.isPresent() == (step == Step.READ)) {
      throw new IllegalArgumentException("decision: a " + step + " failure must " + (step == Step.READ ? "not " : "")
          + "name the decision that failed");
    }
  }
}
