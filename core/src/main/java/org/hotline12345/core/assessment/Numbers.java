package org.hotline12345.core.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the package prints numbers: plainly, to at most four decimals. Package-private. */
final class Numbers {

  private Numbers() {}

  /**
   * A number as a clerk writes it: {@code 7}, {@code 7.5}, {@code 0.8333}.
   *
   * @param value a finite number
   * @return the text
   */
  static String plain(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
