package org.hotline12345.core.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;

/**
 * An assessment appeal (考核申诉): a department contests how one of its cases was counted for
 * some indicators, with a reason (the citizen could not be reached for a week, the case was
 * not its duty and the platform dispatched it anyway...). Filed in the {@linkplain
 * AssessmentLedger ledger}; the platform accepts or rejects it; an accepted appeal takes the
 * case out of the named indicators of that department, and of nothing else.
 *
 * @param department the department that appeals
 * @param caseId the case
 * @param indicators the indicators contested, at least one, each counted from cases
 * @param reason why, not blank; free text, never printed
 */
public record AssessmentAppeal(DepartmentId department, CaseId caseId, Set<Indicator> indicators, Remark reason) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field or an indicator is null
   * @throws IllegalArgumentException if there is no indicator, one is not counted from cases, or
   *     the reason is blank
   */
  public AssessmentAppeal {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(reason, "reason");
    if (indicators.isEmpty() || indicators.contains(null)) {
      throw new IllegalArgumentException("indicators: an appeal names at least one indicator, none null");
    }
    for (Indicator indicator : indicators) {
      if (!indicator.isCountedFromCases()) {
        throw new IllegalArgumentException("indicators: " + indicator + " is not counted from cases;"
            + " a case cannot be appealed out of it");
      }
    }
    indicators = Collections.unmodifiableSet(EnumSet.copyOf(indicators));
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: an appeal needs a reason");
    }
  }

  /**
   * An appeal of one case for some indicators.
   *
   * @param department the department
   * @param caseId the case
   * @param reason why
   * @param first an indicator
   * @param more more indicators
   * @return the appeal
   */
  public static AssessmentAppeal of(DepartmentId department, CaseId caseId, Remark reason, Indicator first,
      Indicator... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    return new AssessmentAppeal(department, caseId, EnumSet.of(first, more), reason);
  }

  @Override
  public String toString() {
    return "AssessmentAppeal[" + department + ", case " + caseId + ", " + indicators + "]";
  }
}
