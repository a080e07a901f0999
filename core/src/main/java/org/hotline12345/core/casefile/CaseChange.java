package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;

/**
 * What an event did to a case: the data of a {@link CaseEvent}, one kind per command. Plain
 * data: replaying the changes in order rebuilds the case, with no calendar, policy or
 * directory needed. A {@code switch} over this sealed type lets the compiler find every
 * missing case.
 */
public sealed interface CaseChange {

  /**
   * The case was registered (登记).
   *
   * @param number the readable case number
   * @param inquiryCode the citizen's inquiry code
   * @param appeal the appeal
   */
  record Registered(CaseNumber number, InquiryCode inquiryCode, Appeal appeal) implements CaseChange {
    /** Checks the fields. */
    public Registered {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(inquiryCode, "inquiryCode");
      Objects.requireNonNull(appeal, "appeal");
    }
  }

  /** The appeal was accepted (受理). */
  record Accepted() implements CaseChange {}

  /**
   * The appeal was not accepted (不予受理).
   *
   * @param reason the configured reason
   * @param note the explanation
   */
  record NotAccepted(NotAcceptedReason reason, Remark note) implements CaseChange {
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
    /** Checks the fields. */
    public MergedInto {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * A repeat case was merged into this one, bringing its appeal.
   *
   * @param source the merged case
   * @param appeal its appeal
   */
  record DuplicateAbsorbed(CaseId source, Appeal appeal) implements CaseChange {
    /** Checks the fields. */
    public DuplicateAbsorbed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(appeal, "appeal");
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
    /** Checks the fields. */
    public Returned {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(redispatch, "redispatch");
    }
  }

  /**
   * Contact with the citizen was recorded.
   *
   * @param department the department
   * @param note what was agreed
   */
  record ContactRecorded(DepartmentId department, Remark note) implements CaseChange {
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
    /** Checks the fields. */
    public Closed {
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * The case was supervised (督办).
   *
   * @param kind remind, urge or escalate
   * @param note what was said
   */
  record Supervised(SupervisionKind kind, Remark note) implements CaseChange {
    /** Checks the fields. */
    public Supervised {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(note, "note");
    }
  }
}
