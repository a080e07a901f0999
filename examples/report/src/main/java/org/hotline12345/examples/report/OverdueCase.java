package org.hotline12345.examples.report;

import java.time.Instant;
import java.util.Objects;

/**
 * An overdue open case on the board: its public case number (工单编号, never the inquiry code),
 * who holds it, the stage, when it fell due and by how much it is late.
 *
 * @param caseNumber the case number
 * @param agencyId the agency that holds it
 * @param stage the stage's display name
 * @param dueAt when the stage fell due
 * @param overdue how late, in words (working time, for example {@code 3.5 个工作日})
 * @param overdueDays how late in working days, for sorting and charts
 */
public record OverdueCase(String caseNumber, String agencyId, String stage, Instant dueAt, String overdue,
    double overdueDays) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank
   */
  public OverdueCase {
    Checks.text(caseNumber, "caseNumber");
    Checks.text(agencyId, "agencyId");
    Checks.text(stage, "stage");
    Objects.requireNonNull(dueAt, "dueAt");
    Checks.text(overdue, "overdue");
  }
}
