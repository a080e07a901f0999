package org.hotline12345.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;

/**
 * A one-vote veto (一票否决) of a department for a period, entered in the {@linkplain
 * AssessmentLedger ledger} with its author and a reason the scheme lists: the department scores
 * the scheme's veto score and ranks last in its group, whatever its rates.
 *
 * @param department the department
 * @param reason the reason, one of the scheme's
 * @param note the facts, free text, not blank; never printed
 * @param caseId the case it is about, if any
 */
public record Veto(DepartmentId department, VetoReason reason, Remark note, Optional<CaseId> caseId) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the note is blank
   */
  public Veto {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(caseId, "caseId");
    if (note.isBlank()) {
      throw new IllegalArgumentException("note: a veto needs the facts it rests on");
    }
  }

  /**
   * A veto about no case in particular.
   *
   * @param department the department
   * @param reason the reason
   * @param note the facts
   * @return the veto
   */
  public static Veto of(DepartmentId department, VetoReason reason, Remark note) {
    return new Veto(department, reason, note, Optional.empty());
  }

  /**
   * This veto about a case.
   *
   * @param c the case
   * @return the veto
   * @throws NullPointerException if c is null
   */
  public Veto aboutCase(CaseId c) {
    return new Veto(department, reason, note, Optional.of(Objects.requireNonNull(c, "c")));
  }

  @Override
  public String toString() {
    return "Veto[" + department + ", " + reason + caseId.map(c -> ", case " + c).orElse("") + "]";
  }
}
