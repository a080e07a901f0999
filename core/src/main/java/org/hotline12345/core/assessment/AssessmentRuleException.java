package org.hotline12345.core.assessment;

import java.util.Objects;

/**
 * An entry the assessment ledger refused: names the {@link AssessmentRule} broken. The message
 * never holds free text (reasons, notes). Nothing is changed by a refused entry.
 */
public final class AssessmentRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final AssessmentRule rule;

  /**
   * Creates the exception.
   *
   * @param rule the rule broken
   * @param message what happened, without free text
   */
  public AssessmentRuleException(AssessmentRule rule, String message) {
    super(Objects.requireNonNull(rule, "rule") + ": " + message);
    this.rule = rule;
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public AssessmentRule rule() {
    return rule;
  }
}
