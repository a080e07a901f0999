package org.hotline12345.rules.internal.impact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.department.DepartmentId;

/**
 * One decision taken both ways on one case, as a tally counts it.
 *
 * @param changes the (current, candidate) pairs that differ: none when both decide alike, one for
 *     routing and triage, one per stage for time limits
 * @param current the current decision, as an example shows it
 * @param candidate the candidate decision, as an example shows it
 * @param currentWhy the rule behind the current decision
 * @param candidateWhy the rule behind the candidate decision
 * @param currentRule the current decision's explanation, where the port gives one
 * @param candidateRule the candidate decision's explanation, where the port gives one
 * @param real what really happened, as an example shows it, when known
 * @param known whether what really happened is known (the case got that far)
 * @param currentAgrees whether the current decision is what really happened (false when unknown)
 * @param candidateAgrees whether the candidate decision is what really happened (false when unknown)
 * @param routing for routing, the leads and the returns; empty for the other decisions
 */
public record Judgement(List<Pair> changes, String current, String candidate, String currentWhy,
    String candidateWhy, Optional<Explanation> currentRule, Optional<Explanation> candidateRule,
    Optional<String> real, boolean known, boolean currentAgrees, boolean candidateAgrees, Optional<Leads> routing) {

  /** Copies the list. */
  public Judgement {
    changes = List.copyOf(changes);
    Objects.requireNonNull(real, "real");
    Objects.requireNonNull(routing, "routing");
  }

  /**
   * Whether the two rule sets decide differently.
   *
   * @return true if a pair differs
   */
  public boolean differs() {
    return !changes.isEmpty();
  }

  /**
   * A change from a current decision to a candidate one.
   *
   * @param current the current decision's label
   * @param candidate the candidate decision's label
   */
  public record Pair(String current, String candidate) {}

  /**
   * Where each rule set sends the case, and where it really went.
   *
   * @param current the current lead, empty for a hand-over to a person
   * @param candidate the candidate lead, empty for a hand-over to a person
   * @param handler the department that finally handled the case, if one did
   * @param returnedBy the departments that returned the case, in order
   */
  public record Leads(Optional<DepartmentId> current, Optional<DepartmentId> candidate,
      Optional<DepartmentId> handler, List<DepartmentId> returnedBy) {
    /** Copies the list. */
    public Leads {
      returnedBy = List.copyOf(returnedBy);
    }
  }
}
