package org.hotline12345.core.assessment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one term of the scheme gave a department: the indicator's rate and the points earned
 * (a weighted term, with its share of the points of weighted terms that had no data) or
 * deducted (a deduction, as a positive number).
 *
 * @param term the term
 * @param rate the indicator's rate, or empty when it had no data
 * @param points the points earned or deducted, 0 or more
 */
public record TermScore(Term term, OptionalDouble rate, double points) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if points is negative or not finite
   */
  public TermScore {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(rate, "rate");
    if (!(points >= 0) || Double.isInfinite(points)) {
      throw new IllegalArgumentException("points: must be finite and not negative, was " + points);
    }
  }

  @Override
  public String toString() {
    return term.indicator() + " " + (rate.isPresent() ? Numbers.plain(rate.getAsDouble() * 100) + "%" : "no data")
        + (term.kind() == Term.Kind.WEIGHTED ? " +" : " -") + Numbers.plain(points);
  }
}
