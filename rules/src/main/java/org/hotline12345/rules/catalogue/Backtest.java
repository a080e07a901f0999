package org.hotline12345.rules.catalogue;

import org.hotline12345.rules.internal.catalogue.Shares;

/**
 * How a proposed catalogue would have routed cases whose handling department is known (回测):
 * for example the cases of the last day, held back from mining.
 *
 * @param cases the cases scored
 * @param agreed routed to the department that really handled them
 * @param disagreed routed to another department
 * @param unrouted matched by no row
 */
public record Backtest(int cases, int agreed, int disagreed, int unrouted) {

  /**
   * Checks the counts.
   *
   * @param cases the cases scored
   * @param agreed routed to the department that handled them
   * @param disagreed routed to another department
   * @param unrouted matched by no row
   * @throws IllegalArgumentException if a count is negative or agreed, disagreed and unrouted
   *     do not add up to the cases
   */
  public Backtest {
    if (agreed < 0 || disagreed < 0 || unrouted < 0 || (long) agreed + disagreed + unrouted != cases) {
      throw new IllegalArgumentException("agreed (" + agreed + "), disagreed (" + disagreed
          + ") and unrouted (" + unrouted + ") must be 0 or more and add up to cases (" + cases + ")");
    }
  }

  /**
   * The share of cases routed to the department that really handled them.
   *
   * @return agreed / cases, from 0 to 1; 0 when there are no cases
   */
  public double share() {
    return cases == 0 ? 0.0 : (double) agreed / cases;
  }

  /**
   * The agreed cases of all, for example {@code 807 of 832 (97.0%)}.
   *
   * @return the description
   */
  public String description() {
    return Shares.describe(agreed, cases);
  }
}
