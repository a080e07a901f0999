package org.hotline12345.core.routing;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.department.DepartmentId;

/** Where a router sends a case, and why. */
public sealed interface RoutingOutcome {

  /**
   * Why.
   *
   * @return the explanation
   */
  Explanation explanation();

  /**
   * Send the case to a lead, with assisting departments and the candidates to try next.
   *
   * @param lead the lead department (主办)
   * @param assisting the assisting departments (协办)
   * @param candidates the next candidates, in order, should the lead return the case
   * @param explanation why
   */
  record Route(DepartmentId lead, List<DepartmentId> assisting, List<DepartmentId> candidates,
      Explanation explanation) implements RoutingOutcome {
    /** Checks the fields and copies the lists. */
    public Route {
      Objects.requireNonNull(lead, "lead");
      assisting = List.copyOf(assisting);
      candidates = List.copyOf(candidates);
      Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The dispatch this route asks for.
     *
     * @return the command
     */
    public CaseCommand.Dispatch toDispatch() {
      return new CaseCommand.Dispatch(lead, assisting, candidates, false);
    }
  }

  /**
   * No eligible department: a person decides.
   *
   * @param explanation why
   */
  record HandToPerson(Explanation explanation) implements RoutingOutcome {
    /** Checks the fields. */
    public HandToPerson {
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}
