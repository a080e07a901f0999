package org.hotline12345.core.assessment;

import java.util.Objects;

/**
 * One term of a scheme (考核项): how one indicator's rate turns into points. Either weighted
 * (加权计分: the rate times the points, so 45 points at a rate of 0.9 earn 40.5) or a deduction
 * below a target (未达标扣分: so many points for each percentage point short of the target, up
 * to a maximum). For an indicator where lower is better (returns, extensions, reopens) a
 * weighted term pays for one minus the rate, and a deduction's target is the highest rate
 * allowed.
 *
 * @param kind weighted or a deduction below a target
 * @param indicator the indicator
 * @param points the points at stake: earned at best by a weighted term, deducted at most by a
 *     deduction; more than 0, at most 1,000
 * @param target for a deduction, the rate to reach (or not to exceed, where lower is better),
 *     0 to 1; 0 for a weighted term
 * @param pointsPerPercent for a deduction, the points deducted per percentage point short of
 *     the target, more than 0, at most 100; 0 for a weighted term
 */
public record Term(Kind kind, Indicator indicator, double points, double target, double pointsPerPercent) {

  /** The most points one term puts at stake. */
  public static final double MAX_POINTS = 1_000;

  /** How a term scores. */
  public enum Kind {
    /** Weighted (加权): the rate times the points. */
    WEIGHTED("加权"),
    /** A deduction below a target (未达标扣分). */
    DEDUCTION("未达标扣分");

    private final String chinese;

    Kind(String chinese) {
      this.chinese = chinese;
    }

    /**
     * The Chinese name.
     *
     * @return for example {@code 加权}
     */
    public String chinese() {
      return chinese;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if kind or indicator is null
   * @throws IllegalArgumentException naming the field whose rule is broken
   */
  public Term {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(indicator, "indicator");
    if (!(points > 0 && points <= MAX_POINTS)) {
      throw new IllegalArgumentException("points: must be more than 0 and at most " + (int) MAX_POINTS + ", was "
          + points);
    }
    if (kind == Kind.WEIGHTED) {
      if (target != 0 || pointsPerPercent != 0) {
        throw new IllegalArgumentException("a weighted term has no target and no pointsPerPercent");
      }
    } else {
      if (!(target >= 0 && target <= 1)) {
        throw new IllegalArgumentException("target: must be a rate from 0 to 1, was " + target);
      }
      if (!(pointsPerPercent > 0 && pointsPerPercent <= 100)) {
        throw new IllegalArgumentException("pointsPerPercent: must be more than 0 and at most 100, was "
            + pointsPerPercent);
      }
    }
  }

  /**
   * A weighted term.
   *
   * @param indicator the indicator
   * @param points the points a rate of 1 earns (0 where lower is better)
   * @return the term
   */
  public static Term weighted(Indicator indicator, double points) {
    return new Term(Kind.WEIGHTED, indicator, points, 0, 0);
  }

  /**
   * A deduction below a target.
   *
   * @param indicator the indicator
   * @param target the rate to reach, or not to exceed where lower is better
   * @param pointsPerPercent the points per percentage point short
   * @param maxPoints the most points deducted
   * @return the term
   */
  public static Term deduction(Indicator indicator, double target, double pointsPerPercent, double maxPoints) {
    return new Term(Kind.DEDUCTION, indicator, maxPoints, target, pointsPerPercent);
  }

  /**
   * The points of a rate: earned by a weighted term, deducted by a deduction (a positive
   * number, to subtract).
   *
   * @param rate the rate, 0 to 1
   * @return the points, 0 to {@link #points()}
   */
  public double pointsFor(double rate) {
    double good = indicator.isHigherBetter() ? rate : 1 - rate;
    if (kind == Kind.WEIGHTED) {
      return points * good;
    }
    double shortfall = indicator.isHigherBetter() ? target - rate : rate - target;
    if (shortfall <= 0) {
      return 0;
    }
    // Percentage points short, rounded to a millionth so that 0.95 - 0.94 is 1, not 1.0000000000000009.
    double percent = Math.round(shortfall * 100 * 1e6) / 1e6;
    return Math.min(points, percent * pointsPerPercent);
  }

  @Override
  public String toString() {
    return kind == Kind.WEIGHTED
        ? indicator + " weighted " + Numbers.plain(points)
        : indicator + " deduct " + Numbers.plain(pointsPerPercent) + " a point " + (indicator.isHigherBetter()
            ? "below " : "above ") + Numbers.plain(target * 100) + "%, at most " + Numbers.plain(points);
  }
}
