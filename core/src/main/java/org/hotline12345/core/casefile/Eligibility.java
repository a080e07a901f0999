package org.hotline12345.core.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;

/**
 * Which departments a case may go to (可派单位), the one check dispatching, a return's automatic
 * re-dispatch and any router use, so that no rule set copies it: a department must be in the
 * directory and active, must not be accused by a report among the case's appeals (merged ones
 * included) nor sit under the accused department, and must not have returned the case before
 * unless a human dispatcher overrides. Obtain one with {@link CaseLifecycle#eligibility(Case)};
 * immutable.
 */
public final class Eligibility {

  /** Why a department may not have a case. */
  public enum Reason {
    /** Not in the directory. */
    UNKNOWN(RuleName.UNKNOWN_DEPARTMENT),
    /** In the directory, not active. */
    INACTIVE(RuleName.DEPARTMENT_INACTIVE),
    /** Accused by a report of the case, or under the accused department (举报回避). */
    ACCUSED(RuleName.REPORT_ROUTED_TO_ACCUSED),
    /** Returned the case before; only a human dispatcher may send it back. */
    RETURNED(RuleName.DEPARTMENT_ALREADY_RETURNED);

    private final RuleName rule;

    Reason(RuleName rule) {
      this.rule = rule;
    }

    /**
     * The rule a dispatch to such a department breaks.
     *
     * @return the rule
     */
    public RuleName rule() {
      return rule;
    }
  }

  private final DepartmentDirectory directory;
  private final Set<DepartmentId> accused;
  private final Set<DepartmentId> returned;

  Eligibility(DepartmentDirectory directory, Set<DepartmentId> accused, Set<DepartmentId> returned) {
    this.directory = directory;
    this.accused = Set.copyOf(accused);
    this.returned = Set.copyOf(returned);
  }

  /**
   * Why the department may not have the case, if it may not.
   *
   * @param department the department
   * @param overrideReturns whether a human dispatcher overrides earlier returns
   * @return the first reason that applies, in the order of {@link Reason}, or empty if eligible
   * @throws NullPointerException if department is null
   */
  public Optional<Reason> whyNot(DepartmentId department, boolean overrideReturns) {
    Objects.requireNonNull(department, "department");
    if (directory.find(department).isEmpty()) {
      return Optional.of(Reason.UNKNOWN);
    }
    if (!directory.isActive(department)) {
      return Optional.of(Reason.INACTIVE);
    }
    if (accused.contains(department)) {
      return Optional.of(Reason.ACCUSED);
    }
    if (!overrideReturns && returned.contains(department)) {
      return Optional.of(Reason.RETURNED);
    }
    return Optional.empty();
  }

  /**
   * Whether the department may have the case, without an override.
   *
   * @param department the department
   * @return true if eligible
   * @throws NullPointerException if department is null
   */
  public boolean isEligible(DepartmentId department) {
    return whyNot(department, false).isEmpty();
  }

  /**
   * The eligible ones among candidates, in their order.
   *
   * @param candidates departments in order of preference
   * @return those that may have the case
   * @throws NullPointerException if candidates or one of them is null
   */
  public List<DepartmentId> filter(List<DepartmentId> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    List<DepartmentId> eligible = new ArrayList<>();
    for (DepartmentId candidate : candidates) {
      if (isEligible(candidate)) {
        eligible.add(candidate);
      }
    }
    return eligible;
  }

  @Override
  public String toString() {
    return "Eligibility[" + accused.size() + " accused, " + returned.size() + " returned]";
  }
}
