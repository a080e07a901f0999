package org.hotline12345.core.timelimit;

import org.hotline12345.calendar.TimeLimit;

/**
 * The port that sets the time limit (时限) of each stage of a case. The core ships
 * {@link TimeLimitTable} and the presets of {@link TimeLimitPolicies}; the rules module, or a
 * host, may plug in its own.
 */
public interface TimeLimitPolicy {

  /**
   * The limit of a stage for an appeal.
   *
   * @param stage the stage
   * @param key the appeal's type, category path and urgency
   * @return the limit, never null
   * @throws IllegalStateException if the policy has no limit for the stage, naming the stage
   */
  TimeLimit limitFor(Stage stage, PolicyKey key);

  /**
   * Why a stage has the limit it has, for a clerk: which rule of the policy decided. Policies
   * that know their rows say which; the default names the limit and the policy.
   *
   * @param stage the stage
   * @param key the appeal's key
   * @return a readable explanation, one line
   * @throws IllegalStateException if the policy has no limit for the stage
   */
  default String explain(Stage stage, PolicyKey key) {
    return stage + " (" + stage.chinese() + "): " + limitFor(stage, key) + ", by " + this;
  }
}
