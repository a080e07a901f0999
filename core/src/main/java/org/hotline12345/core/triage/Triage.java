package org.hotline12345.core.triage;

import org.hotline12345.core.casefile.Case;

/**
 * The triage port (分拨研判): decides what to do with a case just registered. Implementations
 * are thread-safe and do not change anything themselves: the service turns an outcome into a
 * lifecycle command of the system actor (or shows it to a clerk) and records the explanation.
 */
@FunctionalInterface
public interface Triage {

  /**
   * Decides a registered case.
   *
   * @param registered the case, in status {@code REGISTERED}; its appeal unmasked
   * @param history the appeals before it, for rules that look back (how often the same caller or
   *     place appealed, the open case a repeat merges into); {@link AppealHistory#none()} where
   *     none is at hand
   * @return the outcome, with its explanation
   */
  TriageOutcome triage(Case registered, AppealHistory history);
}
