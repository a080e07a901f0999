package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a callback (回访): whether the matter was resolved and how satisfied the
 * citizen is.
 *
 * @param at when the callback was made
 * @param resolved whether the citizen says the matter is resolved (解决)
 * @param satisfaction the citizen's satisfaction, or {@link Satisfaction#NOT_REACHED}
 */
public record CallbackResult(Instant at, boolean resolved, Satisfaction satisfaction) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CallbackResult {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(satisfaction, "satisfaction");
  }

  /**
   * Whether this result lets the case be reopened (重办): the citizen was reached and is
   * dissatisfied, or says the matter is unresolved.
   *
   * @return true if dissatisfied or unresolved
   */
  public boolean warrantsReopening() {
    return satisfaction != Satisfaction.NOT_REACHED
        && (satisfaction == Satisfaction.DISSATISFIED || !resolved);
  }
}
