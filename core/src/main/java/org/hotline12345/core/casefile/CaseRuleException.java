package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;

/**
 * A lifecycle command refused: names the {@link RuleName rule} it broke and, for an appeal
 * with missing elements, every violation. The message never holds personal data. Nothing is
 * changed by a refused command.
 */
public final class CaseRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RuleName rule;
  private final transient List<String> violations;

  /**
   * Creates the exception.
   *
   * @param rule the rule broken
   * @param message what happened, in words, without personal data
   */
  public CaseRuleException(RuleName rule, String message) {
    this(rule, message, List.of());
  }

  /**
   * Creates the exception with a list of violations.
   *
   * @param rule the rule broken
   * @param message what happened
   * @param violations each violation as {@code property: rule}
   */
  public CaseRuleException(RuleName rule, String message, List<String> violations) {
    super(rule + ": " + message);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.violations = List.copyOf(violations);
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public RuleName rule() {
    return rule;
  }

  /**
   * The violations, each as {@code property: rule}; empty unless the rule is about input.
   *
   * @return the violations
   */
  public List<String> violations() {
    return violations;
  }
}
