package org.hotline12345.core.casefile;

/** The rules of the case lifecycle; a refused command names the one it broke. */
public enum RuleName {
  /** The appeal lacks essential elements (要素不全): every violation is listed. */
  INCOMPLETE_ELEMENTS,
  /** A closed case accepts no handling command. */
  CASE_CLOSED,
  /** The command is not allowed in the case's current status. */
  NOT_ALLOWED_IN_STATUS,
  /** The command's instant is before the case's last event. */
  OUT_OF_ORDER,
  /** A department actor acted for another department. */
  ACTOR_NOT_OF_DEPARTMENT,
  /** The reason for not accepting is not one of the configured reasons. */
  UNKNOWN_NOT_ACCEPTED_REASON,
  /** Only a consultation (咨询) can be answered directly. */
  ONLY_CONSULTATIONS_ANSWERED_DIRECTLY,
  /** A case cannot be merged into itself. */
  MERGE_INTO_SELF,
  /** A case cannot be merged into a closed case. */
  MERGE_TARGET_CLOSED,
  /** The department is not in the directory. */
  UNKNOWN_DEPARTMENT,
  /** The department is not active. */
  DEPARTMENT_INACTIVE,
  /** The lead department is also named as assisting. */
  LEAD_ALSO_ASSISTING,
  /** The department returned this case before; only a human dispatcher may send it back. */
  DEPARTMENT_ALREADY_RETURNED,
  /** Overriding earlier returns needs a human dispatcher. */
  HUMAN_DISPATCHER_REQUIRED,
  /** A report (举报) is never routed to the department it accuses, or to one under it. */
  REPORT_ROUTED_TO_ACCUSED,
  /** The department is not assigned to this case. */
  NOT_ASSIGNED,
  /** Only the lead department may do this. */
  NOT_LEAD,
  /** The department has already signed for the case. */
  ALREADY_SIGNED,
  /** The return came after the return time limit. */
  RETURN_TOO_LATE,
  /** A return needs a reason. */
  RETURN_REASON_REQUIRED,
  /** The extension limit is reached. */
  EXTENSION_LIMIT_REACHED,
  /** An extension must be requested before the resolution deadline. */
  EXTENSION_REQUESTED_TOO_LATE,
  /** An extension request is already waiting for a decision. */
  EXTENSION_ALREADY_PENDING,
  /** No extension request is waiting for a decision. */
  NO_PENDING_EXTENSION,
  /** The extension counts in another unit than the resolution limit, or exceeds the cap. */
  EXTENSION_NOT_PERMITTED,
  /** The clock is already paused. */
  CLOCK_ALREADY_PAUSED,
  /** The clock is not paused. */
  CLOCK_NOT_PAUSED,
  /** The clock is paused: resume it first. */
  CLOCK_PAUSED,
  /** A case can only be reopened when the callback found the citizen dissatisfied or the matter unresolved. */
  REOPEN_NEEDS_DISSATISFACTION,
  /** A case whose citizen can be called back is closed only after a callback. */
  CALLBACK_REQUIRED,
  /** The actor's role may not run this step ({@link Permissions}). */
  ROLE_NOT_PERMITTED,
  /** No one approves or reviews a request, reply or callback of their own department. */
  OWN_DEPARTMENT_REQUEST,
  /** A return awaits the platform's decision. */
  RETURN_PENDING,
  /** No return awaits a decision. */
  NO_PENDING_RETURN,
  /** The department signed for the case: the return window is closed. */
  RETURN_AFTER_SIGN_FOR,
  /** A case can be merged only while registered or accepted, into an open case. */
  MERGE_NOT_ALLOWED,
  /** An amount (an extension, a limit) is above the configured maximum. */
  AMOUNT_TOO_LARGE,
  /** The appeal's receivedAt is outside the window the lifecycle accepts around the clock. */
  RECEIVED_AT_OUT_OF_WINDOW,
  /** Personal data is erased only from a closed case, and only once. */
  ERASURE_NOT_ALLOWED,
  /** The emergency line is not one of the lifecycle's configured lines. */
  UNKNOWN_EMERGENCY_LINE,
  /** The category is not in the taxonomy. */
  UNKNOWN_CATEGORY,
  /** A supervision step names a deadline the case does not watch (met, paused, moved, or the return window). */
  NO_WATCHED_DEADLINE,
  /** The supervision step was taken for this deadline before. */
  SUPERVISION_STEP_ALREADY_TAKEN,
  /** A supervision step's light contradicts its deadline: red exactly from the due instant on. */
  WRONG_LIGHT
}
