package org.hotline12345.examples.report;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Tally;

/**
 * The cases behind one number of an agency's scorecard (下钻), from {@code Assessment.drillDown},
 * each with why it counted.
 *
 * @param agencyId the agency
 * @param indicator the indicator
 * @param tally the tally counted again over every case
 * @param cases the cases listed, in the order read
 * @param truncated whether more cases were left out for the limit
 */
public record Breakdown(String agencyId, Indicator indicator, Tally tally, List<CaseReason> cases,
    boolean truncated) {

  /**
   * Checks the fields and copies the list.
   *
   * @throws NullPointerException if a field or an element is null
   */
  public Breakdown {
    Checks.text(agencyId, "agencyId");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(tally, "tally");
    cases = Checks.list(cases, "cases");
  }
}
