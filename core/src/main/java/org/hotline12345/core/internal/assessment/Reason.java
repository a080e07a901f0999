package org.hotline12345.core.internal.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.casefile.CaseFacts.StageFact;
import org.hotline12345.core.timelimit.Stage;

/**
 * Why a department's part counted as it did for an indicator: a code the counting pass records
 * cheaply, rendered into a sentence only when a clerk asks (a case's explanation). A sentence
 * quotes instants and stages, never the case's text.
 */
public enum Reason {
  /** Signed for by the sign-for deadline. */
  SIGNED_ON_TIME,
  /** Asked to return the case within the return window: a timely answer to the dispatch. */
  RETURN_ASKED_IN_TIME,
  /** Signed for after the deadline. */
  SIGNED_LATE,
  /** Not signed for, and the deadline passed. */
  NOT_SIGNED,
  /** Signed for, with no sign-for limit recorded. */
  SIGNED_NO_LIMIT,
  /** An assisting department signed for by the lead's sign-for deadline. */
  ASSISTING_SIGNED_ON_TIME,
  /** An assisting department signed for after it. */
  ASSISTING_SIGNED_LATE,
  /** An assisting department did not sign for by it. */
  ASSISTING_NOT_SIGNED,
  /** Contacted the citizen by the deadline. */
  CONTACTED_ON_TIME,
  /** Contacted the citizen after the deadline. */
  CONTACTED_LATE,
  /** Did not contact the citizen, and the deadline passed. */
  NOT_CONTACTED,
  /** Signed for (or returned) and contacted in time. */
  RESPONDED,
  /** Resolved (replied) by the resolution deadline. */
  RESOLVED_ON_TIME,
  /** Resolved after it. */
  RESOLVED_LATE,
  /** The case closed unresolved by the department after its deadline. */
  UNRESOLVED_AT_CLOSE,
  /** The case is open and its resolution is overdue. */
  OPEN_OVERDUE,
  /** The callback says resolved. */
  CALLBACK_RESOLVED,
  /** The callback says unresolved. */
  CALLBACK_UNRESOLVED,
  /** The citizen is satisfied. */
  SATISFIED,
  /** The citizen is basically satisfied. */
  BASICALLY_SATISFIED,
  /** The citizen is dissatisfied. */
  DISSATISFIED,
  /** Kept the case (did not return it). */
  KEPT,
  /** Returned the case. */
  RETURNED,
  /** No denied return, and no return that came back. */
  NO_WRONG_RETURN,
  /** The platform denied the department's return. */
  RETURN_DENIED,
  /** The department returned the case and it came back to it. */
  RETURNED_CAME_BACK,
  /** No extension was granted. */
  NOT_EXTENDED,
  /** An extension was granted. */
  EXTENDED,
  /** Not reopened after the callback. */
  NOT_REOPENED,
  /** Reopened after the callback. */
  REOPENED;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * The sentence for a part.
   *
   * @param parts the case's parts
   * @param index the part that decided
   * @param groupLead the lead part of its dispatch, or -1
   * @param callback the callback counted, if any
   * @param zone the zone to show instants in
   * @return the sentence
   */
  public String render(List<DepartmentFacts> parts, int index, int groupLead, Optional<CallbackResult> callback,
      ZoneId zone) {
    DepartmentFacts p = parts.get(index);
    DepartmentFacts lead = groupLead >= 0 ? parts.get(groupLead) : p;
    String role = (p.lead() ? "as lead" : "as assisting") + ", assigned " + at(p.assignedAt(), zone) + ": ";
    String shared = p.lead() ? "" : "the lead's: ";
    return role + switch (this) {
      case SIGNED_ON_TIME -> "signed for " + met(p, Stage.SIGN_FOR, zone) + ", on time";
      case RETURN_ASKED_IN_TIME -> "asked to return it within the return window" + due(p, Stage.RETURN, zone);
      case SIGNED_LATE -> "signed for " + met(p, Stage.SIGN_FOR, zone) + ", late";
      case NOT_SIGNED -> "not signed for" + due(p, Stage.SIGN_FOR, zone);
      case SIGNED_NO_LIMIT -> "signed for " + p.signedAt().map(t -> at(t, zone)).orElse("") + " (no limit recorded)";
      case ASSISTING_SIGNED_ON_TIME -> "signed for " + p.signedAt().map(t -> at(t, zone)).orElse("")
          + due(lead, Stage.SIGN_FOR, zone) + ", on time";
      case ASSISTING_SIGNED_LATE -> "signed for " + p.signedAt().map(t -> at(t, zone)).orElse("")
          + due(lead, Stage.SIGN_FOR, zone) + ", late";
      case ASSISTING_NOT_SIGNED -> "not signed for" + due(lead, Stage.SIGN_FOR, zone);
      case CONTACTED_ON_TIME -> "contacted the citizen " + met(p, Stage.FIRST_CONTACT, zone) + ", on time";
      case CONTACTED_LATE -> "contacted the citizen " + met(p, Stage.FIRST_CONTACT, zone) + ", late";
      case NOT_CONTACTED -> "did not contact the citizen" + due(p, Stage.FIRST_CONTACT, zone);
      case RESPONDED -> "signed for (or returned) and contacted the citizen in time";
      case RESOLVED_ON_TIME -> shared + "resolved " + met(lead, Stage.RESOLUTION, zone) + ", on time";
      case RESOLVED_LATE -> shared + "resolved " + met(lead, Stage.RESOLUTION, zone) + ", late";
      case UNRESOLVED_AT_CLOSE -> shared + "closed without its resolution" + due(lead, Stage.RESOLUTION, zone);
      case OPEN_OVERDUE -> shared + "open and overdue" + due(lead, Stage.RESOLUTION, zone);
      case CALLBACK_RESOLVED -> "the callback " + callbackAt(callback, zone) + " says resolved";
      case CALLBACK_UNRESOLVED -> "the callback " + callbackAt(callback, zone) + " says unresolved";
      case SATISFIED -> "the callback " + callbackAt(callback, zone) + " found the citizen satisfied (满意)";
      case BASICALLY_SATISFIED -> "the callback " + callbackAt(callback, zone)
          + " found the citizen basically satisfied (基本满意)";
      case DISSATISFIED -> "the callback " + callbackAt(callback, zone) + " found the citizen dissatisfied (不满意)";
      case KEPT -> "kept the case";
      case RETURNED -> "returned the case " + p.returnedAt().map(t -> at(t, zone)).orElse("");
      case NO_WRONG_RETURN -> "no return denied, none came back";
      case RETURN_DENIED -> "the platform denied its return " + p.returnsDenied() + " time(s)";
      case RETURNED_CAME_BACK -> "returned the case " + p.returnedAt().map(t -> at(t, zone)).orElse("")
          + " and it came back";
      case NOT_EXTENDED -> "no extension";
      case EXTENDED -> p.extensions() + " extension(s) granted";
      case NOT_REOPENED -> shared + "not reopened";
      case REOPENED -> shared + "reopened after the callback";
    };
  }

  private static String met(DepartmentFacts p, Stage stage, ZoneId zone) {
    StageFact f = p.stages().get(stage);
    if (f == null) {
      return "";
    }
    return f.metAt().map(t -> at(t, zone)).orElse("") + " (due " + at(f.dueAt(), zone) + ")";
  }

  private static String due(DepartmentFacts p, Stage stage, ZoneId zone) {
    StageFact f = p.stages().get(stage);
    return f == null ? "" : " (due " + at(f.dueAt(), zone) + ")";
  }

  private static String callbackAt(Optional<CallbackResult> callback, ZoneId zone) {
    return callback.map(cb -> "of " + at(cb.at(), zone)).orElse("");
  }

  private static String at(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }
}
