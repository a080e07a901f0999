package org.hotline12345.examples.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** How the report prints numbers: plain decimals of at most four places, percentages of one. */
public final class Formats {

  private Formats() {}

  /**
   * A number as plain decimal text with at most four places, trailing zeros dropped: the form
   * of the {@code data-} attributes, which tests compare with the assessment's numbers.
   *
   * @param value a finite number
   * @return for example {@code 82.5}, {@code 100}, {@code 0.3333}
   */
  public static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * A rate as a percentage with one decimal.
   *
   * @param rate 0 to 1
   * @return for example {@code 92.4%}
   */
  public static String percent(double rate) {
    return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * A rate as a percentage, or a dash when there is none.
   *
   * @param rate the rate, or empty
   * @return the percentage or {@code –}
   */
  public static String percent(OptionalDouble rate) {
    return rate.isPresent() ? percent(rate.getAsDouble()) : "–";
  }

  /**
   * A count with thousands separators.
   *
   * @param count the count
   * @return for example {@code 3,000}
   */
  public static String count(long count) {
    return String.format(java.util.Locale.ROOT, "%,d", count);
  }
}
