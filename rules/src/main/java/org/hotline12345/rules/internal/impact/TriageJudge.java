package org.hotline12345.rules.internal.impact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Failure;

/**
 * Triages a case both ways as it was registered (and classified) before the first triage decision,
 * with the service's appeal history. Two outcomes are the same decision when they are of one kind
 * and name the same reason, line, answer or merge target; explanations are not compared. An
 * outcome agrees with the decision really taken in the same way; a hand-over to a person never
 * does (a person decided something).
 */
public final class TriageJudge implements Judge {

  private final Triage current;
  private final Triage candidate;
  private final AppealHistory history;

  /**
   * A judge of two triages.
   *
   * @param current the triage in use
   * @param candidate the triage to compare
   * @param history the appeal history both are given
   */
  public TriageJudge(Triage current, Triage candidate, AppealHistory history) {
    this.current = Objects.requireNonNull(current, "current");
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.history = Objects.requireNonNull(history, "history");
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.TRIAGE;
  }

  @Override
  public Optional<Judgement> judge(CaseTimeline timeline) {
    Case c = timeline.beforeTriage();
    TriageOutcome now = Judge.attempt(Failure.Step.CURRENT, () -> current.triage(c, history));
    TriageOutcome next = Judge.attempt(Failure.Step.CANDIDATE, () -> candidate.triage(c, history));
    Decision nowDecision = Decision.of(now);
    Decision nextDecision = Decision.of(next);
    Optional<Decision> real = timeline.realTriage().flatMap(Decision::of);
    return Optional.of(new Judgement(
        nowDecision.equals(nextDecision) ? List.of()
            : List.of(new Judgement.Pair(nowDecision.label(), nextDecision.label())),
        nowDecision.label(), nextDecision.label(), Labels.why(now.explanation()), Labels.why(next.explanation()),
        Optional.of(now.explanation()), Optional.of(next.explanation()), real.map(Decision::label),
        real.isPresent(), real.filter(nowDecision::equals).isPresent(), real.filter(nextDecision::equals).isPresent(),
        Optional.empty()));
  }

  /**
   * A triage decision's substance: its kind and what it names (the reason, the line, the answer,
   * the merge target), the same whether read from an outcome or from the event that recorded it.
   */
  private record Decision(String label, Object named) {

    static Decision of(TriageOutcome outcome) {
      if (outcome instanceof TriageOutcome.Accept) {
        return new Decision(Labels.ACCEPT, "");
      } else if (outcome instanceof TriageOutcome.NotAccept n) {
        return new Decision(Labels.notAccept(n.reason().code()), n.reason());
      } else if (outcome instanceof TriageOutcome.ReferToEmergency r) {
        return new Decision(Labels.refer(r.line().number()), r.line());
      } else if (outcome instanceof TriageOutcome.AnswerDirectly a) {
        return new Decision(Labels.ANSWER, a.answer());
      } else if (outcome instanceof TriageOutcome.MergeInto m) {
        return new Decision(Labels.MERGE, m.target());
      }
      return new Decision(Labels.PERSON, "");
    }

    static Optional<Decision> of(CaseChange change) {
      if (change instanceof CaseChange.Accepted) {
        return Optional.of(new Decision(Labels.ACCEPT, ""));
      } else if (change instanceof CaseChange.NotAccepted n) {
        return Optional.of(new Decision(Labels.notAccept(n.reason().code()), n.reason()));
      } else if (change instanceof CaseChange.ReferredToEmergency r) {
        return Optional.of(new Decision(Labels.refer(r.line().number()), r.line()));
      } else if (change instanceof CaseChange.AnsweredDirectly a) {
        return Optional.of(new Decision(Labels.ANSWER, a.answer()));
      } else if (change instanceof CaseChange.MergedInto m) {
        return Optional.of(new Decision(Labels.MERGE, m.target()));
      }
      return Optional.empty();
    }
  }
}
