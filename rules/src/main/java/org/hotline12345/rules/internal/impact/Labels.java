package org.hotline12345.rules.internal.impact;

import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.timelimit.Stage;

/**
 * The short texts a report shows for decisions: department ids, outcome kinds with their Chinese
 * names, reason and line codes, limits. Never an appeal's text, a knowledge-base answer or a
 * rule's free explanation.
 */
final class Labels {

  /** A hand-over to a person, in routing and in triage. */
  static final String PERSON = "to a person (人工)";
  /** A stage without a limit under a policy. */
  static final String NO_LIMIT = "no limit";
  private static final int MAX_WHY = 300;

  private Labels() {}

  /** A route: the lead, the assisting departments after {@code +}, the next candidates after {@code then}. */
  static String of(RoutingOutcome outcome) {
    if (outcome instanceof RoutingOutcome.Route r) {
      return r.lead().value() + (r.assisting().isEmpty() ? "" : " + " + ids(r.assisting()) + " (协办)")
          + (r.candidates().isEmpty() ? "" : " then " + ids(r.candidates()));
    }
    return PERSON;
  }

  private static String ids(List<DepartmentId> departments) {
    StringBuilder text = new StringBuilder();
    for (DepartmentId d : departments) {
      text.append(text.length() == 0 ? "" : ", ").append(d.value());
    }
    return text.toString();
  }

  /** Accepting (受理). */
  static final String ACCEPT = "accept (受理)";
  /** Answering from the knowledge base (直接办结); the answer itself is never shown. */
  static final String ANSWER = "answer directly (直接办结)";
  /** Merging into an open case (并案). */
  static final String MERGE = "merge (并案)";

  /** Not accepting (不予受理), with the reason's code. */
  static String notAccept(String reasonCode) {
    return "not accept (不予受理): " + reasonCode;
  }

  /** Referring to an emergency line (转紧急热线), with its number. */
  static String refer(String number) {
    return "refer (转) " + number;
  }

  /** A stage's limit: {@code 办结 RESOLUTION: 5 working days}. */
  static String of(Stage stage, Optional<TimeLimit> limit) {
    return stage.chinese() + " " + stage + ": " + limit.map(TimeLimit::toString).orElse(NO_LIMIT);
  }

  /** The rule behind a decision: rule set, version and row. */
  static String why(Explanation explanation) {
    return explanation.ruleSet() + " v" + explanation.version() + explanation.row().map(r -> " row " + r).orElse("");
  }

  /** A policy's one-line explanation, cut to a length a report shows. */
  static String why(String policyExplanation) {
    String oneLine = policyExplanation.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_WHY) {
      return oneLine;
    }
    int end = Character.isHighSurrogate(oneLine.charAt(MAX_WHY - 2)) ? MAX_WHY - 2 : MAX_WHY - 1;
    return oneLine.substring(0, end) + "…";
  }
}
