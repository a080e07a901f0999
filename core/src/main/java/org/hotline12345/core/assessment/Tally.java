package org.hotline12345.core.assessment;

import java.util.OptionalDouble;

/**
 * One indicator's count for one department (指标计数): the numerator and the denominator, in
 * case units weighted by the department's part (1 as lead, the scheme's assisting weight as
 * assisting; a satisfaction counts a basically satisfied case by its weight), how many cases
 * were counted, and how many were excluded by accepted appeals (考核申诉).
 *
 * @param numerator the weighted cases that count for the indicator, 0 to {@code denominator}
 * @param denominator the weighted cases judged, 0 or more
 * @param cases how many cases were judged, 0 or more
 * @param excluded how many cases accepted appeals took out, 0 or more
 */
public record Tally(double numerator, double denominator, int cases, int excluded) {

  /** Nothing counted. */
  public static final Tally NONE = new Tally(0, 0, 0, 0);

  /** The slack allowed when checking that the numerator does not exceed the denominator. */
  private static final double EPSILON = 1e-9;

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or not finite, or the numerator
   *     exceeds the denominator
   */
  public Tally {
    if (!(numerator >= 0) || !(denominator >= 0) || Double.isInfinite(denominator) || cases < 0 || excluded < 0) {
      throw new IllegalArgumentException("tally: counts must be finite and not negative, were " + numerator + "/"
          + denominator + ", " + cases + " case(s), " + excluded + " excluded");
    }
    if (numerator > denominator + EPSILON * Math.max(1, denominator)) {
      throw new IllegalArgumentException("tally: numerator " + numerator + " exceeds denominator " + denominator);
    }
  }

  /**
   * The rate, numerator over denominator.
   *
   * @return the rate from 0 to 1, or empty when nothing was judged
   */
  public OptionalDouble rate() {
    return denominator > 0 ? OptionalDouble.of(Math.min(1, numerator / denominator)) : OptionalDouble.empty();
  }

  /**
   * Whether anything was judged.
   *
   * @return true if the denominator is positive
   */
  public boolean hasData() {
    return denominator > 0;
  }

  @Override
  public String toString() {
    return Numbers.plain(numerator) + "/" + Numbers.plain(denominator) + " (" + cases + " case(s)"
        + (excluded > 0 ? ", " + excluded + " excluded" : "") + ")";
  }
}
