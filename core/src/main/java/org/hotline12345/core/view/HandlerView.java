package org.hotline12345.core.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * A case as a handling department's staff (承办人) see it: when the case is sensitive (any of
 * its appeals is a report 举报 or comes from a citizen who asked for confidentiality 保密),
 * every appeal is {@linkplain Appeal#maskedForHandler() masked}: the citizen's contact data,
 * the detailed address, and in the free text the names, numbers and address.
 *
 * @param id the case id
 * @param number the case number
 * @param status the status
 * @param sensitive whether the appeals are masked
 * @param appeals every appeal of the case, masked when sensitive
 * @param lead the lead department
 * @param assisting the assisting departments
 * @param deadlines the current deadlines
 * @param pendingExtension the extension request awaiting a decision
 * @param pendingReturn the return request awaiting a decision
 * @param registeredAt when the case was registered
 */
public record HandlerView(CaseId id, CaseNumber number, CaseStatus status, boolean sensitive,
    List<Appeal> appeals, Optional<DepartmentId> lead, List<DepartmentId> assisting,
    Map<Stage, StageDeadline> deadlines, Optional<CaseChange.ExtensionRequested> pendingExtension,
    Optional<CaseChange.ReturnRequested> pendingReturn, Instant registeredAt) {

  /** Checks the fields and copies the collections. */
  public HandlerView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    appeals = List.copyOf(appeals);
    Objects.requireNonNull(lead, "lead");
    assisting = List.copyOf(assisting);
    deadlines = Map.copyOf(deadlines);
    Objects.requireNonNull(pendingExtension, "pendingExtension");
    Objects.requireNonNull(pendingReturn, "pendingReturn");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /**
   * The view of a case for a handler.
   *
   * @param c the case
   * @param handler a handler (承办人) of a department the case is, or was, assigned to
   * @return the view
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the actor is not a handler, or its department never had
   *     the case: a department sees only the cases sent to it
   */
  public static HandlerView of(Case c, Actor handler) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(handler, "handler");
    if (handler.role() != Actor.Role.HANDLER) {
      throw new IllegalArgumentException("handler: a HandlerView is for a HANDLER, not a " + handler.role());
    }
    DepartmentId department = handler.department().orElseThrow();
    if (c.assignments().stream().noneMatch(a -> a.department().equals(department))) {
      throw new IllegalArgumentException("handler: department " + department + " was never assigned case " + c.number());
    }
    return new HandlerView(c.id(), c.number(), c.status(), c.isSensitive(), c.appealsAsSeenBy(handler), c.lead(),
        c.assisting(), c.deadlines(), c.pendingExtension(), c.pendingReturn(), c.registeredAt());
  }

  @Override
  public String toString() {
    return "HandlerView[" + number + ", " + status + ", " + appeals.size() + " appeal(s)" + (sensitive ? ", masked" : "")
        + "]";
  }
}
