package org.hotline12345.rules.triage;

import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;

/**
 * One step of triage (分拨研判): a rule that either decides a registered case, with its
 * explanation, or passes it on to the next step. A triage is a list of steps tried in order, the
 * first decision winning (emergency referral before not accepting, a duplicate merge before
 * accepting, and so on), with a default for a case no step decides. Implementations are
 * thread-safe and change nothing themselves.
 *
 * <pre>{@code
 * TriageStep duplicates = DuplicateFinder.builder().ruleSet("nanjing-duplicates", "2025.1").build();
 * Triage triage = (c, history) -> duplicates.decide(c, history).orElseGet(() -> accept(c));
 * }</pre>
 */
@FunctionalInterface
public interface TriageStep {

  /**
   * Decides a registered case, or passes.
   *
   * @param registered the case, in status {@code REGISTERED}; its appeal unmasked
   * @param history the appeals before it, for steps that look back
   * @return the outcome with its explanation, or empty when this step does not decide the case
   */
  Optional<TriageOutcome> decide(Case registered, AppealHistory history);
}
