package org.hotline12345.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Texts;

/**
 * A manual deduction or bonus (扣分项, 加分项) for a department in a period, entered in the
 * {@linkplain AssessmentLedger ledger} with its author: for example 2 points off for a case
 * exposed by the media, 1 point on for a commendation. The item is a short label shown on the
 * scorecard; the reason is free text and, like all free text, never printed.
 *
 * @param kind a deduction or a bonus
 * @param department the department
 * @param points the points, more than 0 and at most 100
 * @param item a short label, 1 to 100 characters, for example {@code 媒体曝光}: no personal data
 * @param reason why, not blank
 * @param caseId the case it is about, if any
 */
public record Adjustment(Kind kind, DepartmentId department, double points, String item, Remark reason,
    Optional<CaseId> caseId) {

  /** The most points one adjustment moves. */
  public static final double MAX_POINTS = 100;

  /** Which way an adjustment moves the score. */
  public enum Kind {
    /** A deduction (扣分项). */
    DEDUCTION("扣分项"),
    /** A bonus (加分项). */
    BONUS("加分项");

    private final String chinese;

    Kind(String chinese) {
      this.chinese = chinese;
    }

    /**
     * The Chinese name.
     *
     * @return for example {@code 扣分项}
     */
    public String chinese() {
      return chinese;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException naming the field whose rule is broken
   */
  public Adjustment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(caseId, "caseId");
    if (!(points > 0 && points <= MAX_POINTS)) {
      throw new IllegalArgumentException("points: must be more than 0 and at most " + (int) MAX_POINTS + ", was "
          + points);
    }
    Texts.requireText("item", item, 100);
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: an adjustment needs a reason");
    }
  }

  /**
   * A deduction.
   *
   * @param department the department
   * @param points the points
   * @param item a short label
   * @param reason why
   * @return the adjustment, about no case
   */
  public static Adjustment deduction(DepartmentId department, double points, String item, Remark reason) {
    return new Adjustment(Kind.DEDUCTION, department, points, item, reason, Optional.empty());
  }

  /**
   * A bonus.
   *
   * @param department the department
   * @param points the points
   * @param item a short label
   * @param reason why
   * @return the adjustment, about no case
   */
  public static Adjustment bonus(DepartmentId department, double points, String item, Remark reason) {
    return new Adjustment(Kind.BONUS, department, points, item, reason, Optional.empty());
  }

  /**
   * This adjustment about a case.
   *
   * @param c the case
   * @return the adjustment
   * @throws NullPointerException if c is null
   */
  public Adjustment aboutCase(CaseId c) {
    return new Adjustment(kind, department, points, item, reason, Optional.of(Objects.requireNonNull(c, "c")));
  }

  @Override
  public String toString() {
    return "Adjustment[" + kind + " " + Numbers.plain(points) + " for " + department + ", " + Texts.forDisplay(item, 100)
        + caseId.map(c -> ", case " + c).orElse("") + "]";
  }
}
