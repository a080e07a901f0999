package org.hotline12345.rules.internal.impact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.Eligibility;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Failure;

/**
 * Routes a case both ways as it stood before its first dispatch (派单), with the eligibility it
 * had then: no department had returned it yet, a report's accused department was excluded, the
 * directory is the lifecycle's. Two routes are the same decision when lead, assisting departments
 * and next candidates are equal; explanations are not compared.
 */
public final class RoutingJudge implements Judge {

  private final Router current;
  private final Router candidate;
  private final CaseLifecycle lifecycle;

  /**
   * A judge of two routers.
   *
   * @param current the router in use
   * @param candidate the router to compare
   * @param lifecycle the lifecycle whose eligibility the routers are given
   */
  public RoutingJudge(Router current, Router candidate, CaseLifecycle lifecycle) {
    this.current = Objects.requireNonNull(current, "current");
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.ROUTING;
  }

  @Override
  public Optional<Judgement> judge(CaseTimeline timeline) {
    Optional<Case> before = timeline.beforeFirstDispatch();
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Case c = before.get();
    Eligibility eligibility = lifecycle.eligibility(c);
    RoutingOutcome now = Judge.attempt(Failure.Step.CURRENT, () -> current.route(c, eligibility));
    RoutingOutcome next = Judge.attempt(Failure.Step.CANDIDATE, () -> candidate.route(c, eligibility));
    String nowLabel = Labels.of(now);
    String nextLabel = Labels.of(next);
    Optional<DepartmentId> handler = timeline.finalHandler();
    List<DepartmentId> returnedBy = List.copyOf(timeline.now().returnedBy());
    Optional<String> real = handler.map(h -> real(timeline, h, returnedBy));
    return Optional.of(new Judgement(
        sameRoute(now, next) ? List.of() : List.of(new Judgement.Pair(nowLabel, nextLabel)),
        nowLabel, nextLabel, Labels.why(now.explanation()), Labels.why(next.explanation()),
        Optional.of(now.explanation()), Optional.of(next.explanation()), real, handler.isPresent(),
        handler.isPresent() && handler.equals(lead(now)), handler.isPresent() && handler.equals(lead(next)),
        Optional.of(new Judgement.Leads(lead(now), lead(next), handler, returnedBy))));
  }

  /** The same dispatch: both to a person, or lead, assisting and candidates equal. */
  static boolean sameRoute(RoutingOutcome a, RoutingOutcome b) {
    if (a instanceof RoutingOutcome.Route x && b instanceof RoutingOutcome.Route y) {
      return x.lead().equals(y.lead()) && x.assisting().equals(y.assisting()) && x.candidates().equals(y.candidates());
    }
    return a instanceof RoutingOutcome.HandToPerson && b instanceof RoutingOutcome.HandToPerson;
  }

  private static Optional<DepartmentId> lead(RoutingOutcome outcome) {
    return outcome instanceof RoutingOutcome.Route r ? Optional.of(r.lead()) : Optional.empty();
  }

  private static String real(CaseTimeline timeline, DepartmentId handler, List<DepartmentId> returnedBy) {
    StringBuilder text = new StringBuilder();
    timeline.firstDispatch().ifPresent(d -> text.append("dispatched to ").append(d.lead().value()).append(", "));
    for (DepartmentId d : returnedBy) {
      text.append("returned by ").append(d.value()).append(" (退单), ");
    }
    return text.append("handled by ").append(handler.value()).toString();
  }
}
