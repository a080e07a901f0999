package org.hotline12345.examples.report;

import java.util.List;

/**
 * Routing quality (派单准确性): how many dispatched cases were returned how often, and each
 * agency's returns.
 *
 * @param casesByReturns the dispatched cases by their number of returns: index 0 the cases never
 *     returned, 1 returned once, and the last index that many or more
 * @param byAgency each agency that got a case as lead
 */
public record RoutingQuality(List<Long> casesByReturns, List<AgencyRouting> byAgency) {

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if a count is negative or there is no bucket
   */
  public RoutingQuality {
    casesByReturns = Checks.list(casesByReturns, "casesByReturns");
    if (casesByReturns.isEmpty()) {
      throw new IllegalArgumentException("casesByReturns: at least the bucket of cases never returned");
    }
    for (int i = 0; i < casesByReturns.size(); i++) {
      Checks.count(casesByReturns.get(i), "casesByReturns[" + i + "]");
    }
    byAgency = Checks.list(byAgency, "byAgency");
  }

  /**
   * The dispatched cases.
   *
   * @return the sum of the buckets
   */
  public long dispatchedCases() {
    return casesByReturns.stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The share of dispatched cases that reached the right agency first (一次派准率).
   *
   * @return 0 to 1, 0 without cases
   */
  public double firstTimeRight() {
    long all = dispatchedCases();
    return all == 0 ? 0 : (double) casesByReturns.get(0) / all;
  }
}
