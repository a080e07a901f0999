package org.hotline12345.core.triage;

import java.util.Objects;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;

/** What triage decided, and why. */
public sealed interface TriageOutcome {

  /**
   * Why.
   *
   * @return the explanation: rule set, version, row, text
   */
  Explanation explanation();

  /**
   * Accept (受理): the case goes on to routing.
   *
   * @param explanation why
   */
  record Accept(Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public Accept {
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Do not accept (不予受理), for a configured reason.
   *
   * @param reason the reason
   * @param explanation why
   */
  record NotAccept(NotAcceptedReason reason, Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public NotAccept {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Refer to an emergency line (转紧急热线).
   *
   * @param line the line
   * @param explanation why
   */
  record ReferToEmergency(EmergencyLine line, Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public ReferToEmergency {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Answer a consultation directly from the knowledge base (直接办结).
   *
   * @param answer the answer given to the citizen
   * @param explanation why, naming the knowledge-base entry
   */
  record AnswerDirectly(Remark answer, Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public AnswerDirectly {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Merge into an open case (并案), through the two-sided merge.
   *
   * @param target the open case
   * @param explanation why
   */
  record MergeInto(CaseId target, Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public MergeInto {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * Leave the decision to a person.
   *
   * @param explanation why no rule decided
   */
  record HandToPerson(Explanation explanation) implements TriageOutcome {
    /** Checks the fields. */
    public HandToPerson {
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The lifecycle command this outcome asks for, when it is a single command.
   *
   * @param outcome the outcome
   * @return the command; empty for a merge (a two-sided operation) and for a person's decision
   */
  static java.util.Optional<CaseCommand> commandOf(TriageOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome instanceof Accept) {
      return java.util.Optional.of(new CaseCommand.Accept());
    } else if (outcome instanceof NotAccept n) {
      return java.util.Optional.of(new CaseCommand.NotAccept(n.reason(), Remark.of(n.explanation().text())));
    } else if (outcome instanceof ReferToEmergency r) {
      return java.util.Optional.of(new CaseCommand.ReferToEmergency(r.line(), Remark.of(r.explanation().text())));
    } else if (outcome instanceof AnswerDirectly a) {
      return java.util.Optional.of(new CaseCommand.AnswerDirectly(a.answer()));
    }
    return java.util.Optional.empty();
  }
}
