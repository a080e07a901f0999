package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;

/**
 * What an event did to a case: the data of a {@link CaseEvent}, one kind per command. Plain
 * data: replaying the changes in order rebuilds the case, with no calendar, policy or
 * directory needed. A {@code switch} over this sealed type lets the compiler find every
 * missing case.
 */
public sealed interface CaseChange {

  /**
   * The kind of change, with its stable wire name.
   *
   * @return the kind
   */
  EventKind kind();

  /**
   * The case was registered (登记).
   *
   * @param number the readable case number
   * @param inquiryCodeHash the hash of the citizen's inquiry code: the code itself is given to
   *     the citizen once and never stored
   * @param appeal the appeal
   */
  record Registered(CaseNumber number, InquiryCodeHash inquiryCodeHash, Appeal appeal) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.REGISTERED;
    }

    /** Checks the fields. */
    public Registered {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(inquiryCodeHash, "inquiryCodeHash");
      Objects.requireNonNull(appeal, "appeal");
    }
  }

  /** The appeal was accepted (受理). */
  record Accepted() implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.ACCEPTED;
    }
  }

  /**
   * The appeal was not accepted (不予受理).
   *
   * @param reason the configured reason
   * @param note the explanation
   */
  record NotAccepted(NotAcceptedReason reason, Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.NOT_ACCEPTED;
    }

    /** Checks the fields. */
    public NotAccepted {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * The case was referred to an emergency line.
   *
   * @param line the line
   * @param note what was passed on
   */
  record ReferredToEmergency(EmergencyLine line, Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.REFERRED_TO_EMERGENCY;
    }

    /** Checks the fields. */
    public ReferredToEmergency {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * A consultation was answered directly (直接办结).
   *
   * @param answer the answer
   */
  record AnsweredDirectly(Remark answer) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.ANSWERED_DIRECTLY;
    }

    /** Checks the fields. */
    public AnsweredDirectly {
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * The case was merged into another (并案).
   *
   * @param target the case it was merged into
   */
  record MergedInto(CaseId target) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.MERGED_INTO;
    }

    /** Checks the fields. */
    public MergedInto {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * A repeat case was merged into this one (并案), bringing its appeals: its own and any merged
   * into it before.
   *
   * @param source the merged case
   * @param appeals its appeals, at least one
   */
  record DuplicateAbsorbed(CaseId source, List<Appeal> appeals) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.DUPLICATE_ABSORBED;
    }

    /** Checks the fields and copies the list. */
    public DuplicateAbsorbed {
      Objects.requireNonNull(source, "source");
      appeals = List.copyOf(Objects.requireNonNull(appeals, "appeals"));
      if (appeals.isEmpty()) {
        throw new IllegalArgumentException("appeals: a merged case brings at least one appeal");
      }
    }
  }

  /**
   * The case was dispatched (派单).
   *
   * @param lead the lead department
   * @param assisting the assisting departments
   * @param candidates further candidates, in order, for automatic re-dispatch on return
   * @param overrideReturns whether a human dispatcher overrode earlier returns
   * @param level the lead's level in the department hierarchy: 0 for the city level, 1 for a
   *     district or a municipal department, 2 for a street, and so on (一级、二级派单)
   * @param deadlines the new deadlines of the stages
   */
  record Dispatched(DepartmentId lead, List<DepartmentId> assisting, List<DepartmentId> candidates,
      boolean overrideReturns, int level, List<StageDeadline> deadlines) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.DISPATCHED;
    }

    /** Checks the fields and copies the lists. */
    public Dispatched {
      Objects.requireNonNull(lead, "lead");
      assisting = List.copyOf(assisting);
      candidates = List.copyOf(candidates);
      deadlines = List.copyOf(deadlines);
    }
  }

  /**
   * A department signed for the case (签收).
   *
   * @param department the department
   */
  record SignedFor(DepartmentId department) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.SIGNED_FOR;
    }

    /** Checks the fields. */
    public SignedFor {
      Objects.requireNonNull(department, "department");
    }
  }

  /**
   * The lead department returned the case (退单); if a candidate not yet tried remained, the
   * case went to it at once, otherwise it waits for a human dispatcher.
   *
   * @param department the department that returned it
   * @param reason why
   * @param redispatch the automatic re-dispatch, if a candidate remained
   */
  record Returned(DepartmentId department, Remark reason, Optional<Dispatched> redispatch) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.RETURNED;
    }

    /** Checks the fields. */
    public Returned {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(redispatch, "redispatch");
    }
  }

  /**
   * The lead department asked to return the case (退单申请); the platform decides.
   *
   * @param department the department
   * @param reason why
   */
  record ReturnRequested(DepartmentId department, Remark reason) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.RETURN_REQUESTED;
    }

    /** Checks the fields. */
    public ReturnRequested {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The platform denied the pending return (驳回退单): the department keeps the case.
   *
   * @param department the department that asked
   * @param reason why
   */
  record ReturnDenied(DepartmentId department, Remark reason) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.RETURN_DENIED;
    }

    /** Checks the fields. */
    public ReturnDenied {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Contact with the citizen was recorded.
   *
   * @param department the department
   * @param note what was agreed
   */
  record ContactRecorded(DepartmentId department, Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.CONTACT_RECORDED;
    }

    /** Checks the fields. */
    public ContactRecorded {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * An extension was requested (申请延期).
   *
   * @param department the department
   * @param amount the extension asked for
   * @param reason why
   */
  record ExtensionRequested(DepartmentId department, TimeLimit amount, Remark reason) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.EXTENSION_REQUESTED;
    }

    /** Checks the fields. */
    public ExtensionRequested {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The pending extension was approved: the resolution deadline moved.
   *
   * @param resolution the extended resolution deadline
   */
  record ExtensionApproved(StageDeadline resolution) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.EXTENSION_APPROVED;
    }

    /** Checks the fields. */
    public ExtensionApproved {
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  /**
   * The pending extension was denied.
   *
   * @param reason why
   */
  record ExtensionDenied(Remark reason) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.EXTENSION_DENIED;
    }

    /** Checks the fields. */
    public ExtensionDenied {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The clock was paused (挂起).
   *
   * @param reason why
   */
  record ClockPaused(Remark reason) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.CLOCK_PAUSED;
    }

    /** Checks the fields. */
    public ClockPaused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The clock was resumed; the running deadlines moved by the pause.
   *
   * @param deadlines the moved deadlines
   */
  record ClockResumed(List<StageDeadline> deadlines) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.CLOCK_RESUMED;
    }

    /** Copies the list. */
    public ClockResumed {
      deadlines = List.copyOf(deadlines);
    }
  }

  /**
   * The department replied (办结反馈).
   *
   * @param department the department
   * @param result what was done
   * @param resolved whether it considers the matter resolved
   */
  record Replied(DepartmentId department, Remark result, boolean resolved) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.REPLIED;
    }

    /** Checks the fields. */
    public Replied {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * The reply was reviewed.
   *
   * @param approved whether it was approved
   * @param note the reviewer's note
   * @param callback the callback deadline, when approved
   */
  record ReplyReviewed(boolean approved, Remark note, Optional<StageDeadline> callback) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.REPLY_REVIEWED;
    }

    /** Checks the fields. */
    public ReplyReviewed {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(callback, "callback");
    }
  }

  /**
   * The citizen was called back (回访).
   *
   * @param result the result
   * @param note what the citizen said
   */
  record CalledBack(CallbackResult result, Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.CALLED_BACK;
    }

    /** Checks the fields. */
    public CalledBack {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * The case was reopened (重办).
   *
   * @param reason why
   * @param redispatch the dispatch to the same departments with new deadlines
   */
  record Reopened(Remark reason, Dispatched redispatch) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.REOPENED;
    }

    /** Checks the fields. */
    public Reopened {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(redispatch, "redispatch");
    }
  }

  /**
   * The case was closed (办结归档).
   *
   * @param note the closing note
   */
  record Closed(Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.CLOSED;
    }

    /** Checks the fields. */
    public Closed {
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * The case was supervised (督办).
   *
   * @param measure remind, urge or escalate
   * @param note what was said
   */
  record Supervised(SupervisionKind measure, Remark note) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.SUPERVISED;
    }

    /** Checks the fields. */
    public Supervised {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(note, "note");
    }
  }

  /** The case's personal data was erased (个人信息已删除): its key destroyed, its facts kept. */
  record PersonalDataErased() implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.PERSONAL_DATA_ERASED;
    }
  }

  /**
   * The case was classified (分类): its category set or corrected.
   *
   * @param category the category
   */
  record Classified(org.hotline12345.core.category.CategoryCode category) implements CaseChange {
    /** Checks the fields. */
    public Classified {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public EventKind kind() {
      return EventKind.CLASSIFIED;
    }
  }

  /**
   * Provisional deadlines were computed again on the lifecycle's calendars, once the official
   * schedule of a year they reached was loaded (重算期限): by the system, never refused for a
   * role, and recorded only when a deadline moved or became final.
   *
   * @param deadlines the recomputed deadlines, at least one, each with where it stood before
   */
  record DeadlinesRecomputed(List<RecomputedDeadline> deadlines) implements CaseChange {
    /** Checks the fields and copies the list. */
    public DeadlinesRecomputed {
      deadlines = List.copyOf(Objects.requireNonNull(deadlines, "deadlines"));
      if (deadlines.isEmpty()) {
        throw new IllegalArgumentException("deadlines: a recomputation records at least one deadline");
      }
    }

    @Override
    public EventKind kind() {
      return EventKind.DEADLINES_RECOMPUTED;
    }
  }

  // ---------------------------------------------------------------- import of history

  /**
   * A case imported from another system's history (历史导入): what happened to it there, recorded
   * as one event, not replayed command by command. It opens the case's log in place of {@link
   * Registered}: the event's instant is when the source system received the request, the case's
   * registration instant. The case was dispatched to the lead at once (its resolution deadline
   * computed then by the lifecycle's policy on the lead's calendar) and, for a closed outcome,
   * closed at {@code closedAt}, its resolution met then if it was resolved.
   *
   * @param number the case number
   * @param inquiryCodeHash the hash of an inquiry code never issued: no citizen holds one
   * @param sourceKey the record's key in the source system
   * @param appeal the appeal, anonymous and without personal data
   * @param dispatch the dispatch to the lead, with the resolution deadline
   * @param outcome how the case ended there, or that it is open
   * @param closedAt when it closed, for a closed outcome
   * @param originalDueAt the due instant the source system gave it, kept as a record
   * @param importedAt when it was imported
   */
  record Imported(CaseNumber number, InquiryCodeHash inquiryCodeHash, String sourceKey, Appeal appeal,
      Dispatched dispatch, HistoricalCase.Outcome outcome, Optional<Instant> closedAt,
      Optional<Instant> originalDueAt, Instant importedAt) implements CaseChange {
    @Override
    public EventKind kind() {
      return EventKind.IMPORTED;
    }

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the closing time is missing for a closed outcome or
     *     present for an open one
     */
    public Imported {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(inquiryCodeHash, "inquiryCodeHash");
      Objects.requireNonNull(sourceKey, "sourceKey");
      Objects.requireNonNull(appeal, "appeal");
      Objects.requireNonNull(dispatch, "dispatch");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(closedAt, "closedAt");
      Objects.requireNonNull(originalDueAt, "originalDueAt");
      Objects.requireNonNull(importedAt, "importedAt");
      if (outcome.isClosed() != closedAt.isPresent()) {
        throw new IllegalArgumentException("closedAt: present exactly when the outcome is closed, outcome " + outcome);
      }
    }
  }

  /**
   * A step of the escalation ladder was taken (督办措施) for a stage's deadline: by the sweep, as
   * the supervision policy says, or by a supervisor. Each step is taken at most once for a
   * deadline, known by its stage and due instant: a deadline that moves (an extension, a new
   * lead) climbs its ladder again. Holds no personal data.
   *
   * @param stage the stage whose deadline is supervised
   * @param step the step
   * @param addressee to whom it is addressed, as a role
   * @param light the deadline's light when the step was taken
   * @param dueAt the deadline's due instant
   */
  record SupervisionStepTaken(Stage stage, EscalationStep step, Addressee addressee, Light light,
      java.time.Instant dueAt) implements CaseChange {
    /** Checks the fields. */
    public SupervisionStepTaken {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(addressee, "addressee");
      Objects.requireNonNull(light, "light");
      Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public EventKind kind() {
      return EventKind.SUPERVISION_STEP_TAKEN;
    }
  }
}
