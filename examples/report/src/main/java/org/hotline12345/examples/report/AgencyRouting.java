package org.hotline12345.examples.report;

/**
 * How one agency's dispatches went (派单质量): the cases it got as lead, how many it returned
 * (退单), and how many of those returns the platform denied (驳回, a wrong return).
 *
 * @param agencyId the agency's id
 * @param dispatched the cases dispatched to it as lead (each dispatch counted once per case)
 * @param returned the cases it returned, approved or not
 * @param returnsDenied the returns the platform denied
 */
public record AgencyRouting(String agencyId, long dispatched, long returned, long returnsDenied) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if agencyId is null
   * @throws IllegalArgumentException if a count is negative or returns exceed dispatches
   */
  public AgencyRouting {
    Checks.text(agencyId, "agencyId");
    Checks.count(dispatched, "dispatched");
    Checks.count(returned, "returned");
    Checks.count(returnsDenied, "returnsDenied");
    if (returned > dispatched) {
      throw new IllegalArgumentException("returned: " + returned + " is more than dispatched " + dispatched);
    }
    if (returnsDenied > returned) {
      throw new IllegalArgumentException("returnsDenied: " + returnsDenied + " is more than returned " + returned);
    }
  }

  /**
   * The share of its dispatches it returned.
   *
   * @return 0 to 1, 0 when it got none
   */
  public double returnRate() {
    return dispatched == 0 ? 0 : (double) returned / dispatched;
  }
}
