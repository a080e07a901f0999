package org.hotline12345.rules.internal.impact;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.casefile.Assignment;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.department.DepartmentId;

/**
 * A stored case's event log cut where rules decided: the case as triage saw it (every event before
 * the first triage decision), the case just before its first dispatch (派单), and what really
 * happened after (the first triage decision, the first dispatch, the departments that returned the
 * case, the department that finally handled it). Immutable.
 */
public final class CaseTimeline {

  /** The kinds of event a triage decision (分拨研判) records. */
  static final Set<EventKind> TRIAGE_KINDS = EnumSet.of(EventKind.ACCEPTED, EventKind.NOT_ACCEPTED,
      EventKind.REFERRED_TO_EMERGENCY, EventKind.ANSWERED_DIRECTLY, EventKind.MERGED_INTO);

  private final List<CaseEvent> events;
  private final Case now;
  private final int firstTriage;
  private final int firstDispatch;

  private CaseTimeline(List<CaseEvent> events) {
    this.events = List.copyOf(events);
    this.now = Case.replay(this.events);
    this.firstTriage = indexOf(this.events, e -> TRIAGE_KINDS.contains(e.kind()));
    this.firstDispatch = indexOf(this.events, e -> e.kind() == EventKind.DISPATCHED);
  }

  /**
   * The timeline of a case's events, as the service's history gives them.
   *
   * @param events the events, oldest first, starting with the registration
   * @return the timeline
   * @throws IllegalArgumentException if the events do not replay into a case
   */
  public static CaseTimeline of(List<CaseEvent> events) {
    Objects.requireNonNull(events, "events");
    return new CaseTimeline(events);
  }

  private static int indexOf(List<CaseEvent> events, java.util.function.Predicate<CaseEvent> test) {
    for (int i = 0; i < events.size(); i++) {
      if (test.test(events.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The case as it stands now, after every event.
   *
   * @return the case
   */
  public Case now() {
    return now;
  }

  /**
   * The case as triage saw it: registered, with everything that happened before the first triage
   * decision (a classification, say).
   *
   * @return the case, in status {@code REGISTERED}
   */
  public Case beforeTriage() {
    return firstTriage < 0 ? now : Case.replay(events.subList(0, firstTriage));
  }

  /**
   * The first triage decision really taken.
   *
   * @return its change, or empty while the case is still registered
   */
  public Optional<CaseChange> realTriage() {
    return firstTriage < 0 ? Optional.empty() : Optional.of(events.get(firstTriage).change());
  }

  /**
   * The case as a router saw it before its first dispatch, with the eligibility it had then (no
   * department had returned it); or, never dispatched, as it stands when it awaits dispatch.
   *
   * @return the case in status {@code ACCEPTED} or {@code AWAITING_DISPATCH}; empty for a case
   *     that was never to be routed (not accepted, referred, answered, merged, still registered)
   */
  public Optional<Case> beforeFirstDispatch() {
    Case before = firstDispatch < 0 ? now : Case.replay(events.subList(0, firstDispatch));
    return before.status() == CaseStatus.ACCEPTED || before.status() == CaseStatus.AWAITING_DISPATCH
        ? Optional.of(before) : Optional.empty();
  }

  /**
   * The first dispatch really made.
   *
   * @return its change, or empty if the case was never dispatched
   */
  public Optional<CaseChange.Dispatched> firstDispatch() {
    return firstDispatch < 0 ? Optional.empty()
        : Optional.of((CaseChange.Dispatched) events.get(firstDispatch).change());
  }

  /**
   * The first callback deadline's limit really set (on the first approved review), if any.
   *
   * @return the review's change, or empty
   */
  public Optional<CaseChange.ReplyReviewed> firstApprovedReview() {
    for (CaseEvent e : events) {
      if (e.change() instanceof CaseChange.ReplyReviewed r && r.approved() && r.callback().isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The department that finally handled the case: its lead now, once that lead signed for it (签收)
   * and has not returned it.
   *
   * @return the department, or empty while no lead has signed for the case
   */
  public Optional<DepartmentId> finalHandler() {
    Optional<DepartmentId> lead = now.lead();
    if (lead.isEmpty()) {
      return Optional.empty();
    }
    List<Assignment> assignments = now.assignments();
    for (int i = assignments.size() - 1; i >= 0; i--) {
      Assignment a = assignments.get(i);
      if (a.lead() && a.department().equals(lead.get())) {
        return a.isActive() && a.signedAt().isPresent() ? lead : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
