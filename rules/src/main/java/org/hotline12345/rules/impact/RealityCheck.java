package org.hotline12345.rules.impact;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.department.DepartmentId;

/**
 * How the current and the candidate rules compare with what really happened (实际办理), the
 * dispatch office's best evidence: for routing, the department that finally handled the case
 * (its lead once it signed for it, 签收); for triage, the decision really taken; for time limits,
 * the limits set at the first dispatch.
 *
 * @param known the compared cases whose real outcome is known (for routing: handled by a lead
 *     that signed for them)
 * @param currentAgrees of those, the cases the current rules decided as really happened
 * @param candidateAgrees of those, the cases the candidate rules decided as really happened
 * @param returnedFrom for routing, each department that returned (退单) handled cases: how many,
 *     and how many each rule set would have sent straight to the department that finally handled
 *     them; empty for the other decisions
 */
public record RealityCheck(long known, long currentAgrees, long candidateAgrees, List<ReturnedFrom> returnedFrom) {

  /**
   * Checks the fields and copies the list.
   *
   * @throws NullPointerException if the list or one of its rows is null
   * @throws IllegalArgumentException if a count is negative or an agreement exceeds {@code known}
   */
  public RealityCheck {
    Counts.requireParts("known", known, "currentAgrees", currentAgrees, "candidateAgrees", candidateAgrees);
    returnedFrom = List.copyOf(returnedFrom);
  }

  /**
   * The cases returned by one department and finally handled by another, with where each rule set
   * would have sent them first. "The candidate would have sent {@code candidateStraight} of the
   * {@code returned} cases returned from X straight to the department that finally handled them."
   *
   * @param department the department that returned the cases
   * @param name its name in the directory, or its id when the directory no longer holds it
   * @param returned the compared cases it returned that another department finally handled
   * @param currentStraight of those, the cases the current rules send straight to that department
   * @param candidateStraight of those, the cases the candidate rules send straight to it
   */
  public record ReturnedFrom(DepartmentId department, String name, long returned, long currentStraight,
      long candidateStraight) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a count is negative or a part exceeds {@code returned}
     */
    public ReturnedFrom {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(name, "name");
      Counts.requireParts("returned", returned, "currentStraight", currentStraight, "candidateStraight",
          candidateStraight);
    }
  }
}
