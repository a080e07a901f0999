package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;

/**
 * A step of the case lifecycle, asked of a case by an actor at an instant: see
 * {@link CaseLifecycle#execute}. Each command either yields the new case and one
 * {@link CaseEvent}, or is refused with a {@link CaseRuleException} naming the rule.
 * Registration, which creates the case, is {@link CaseLifecycle#register}.
 */
public sealed interface CaseCommand permits CaseCommand.Accept, CaseCommand.NotAccept,
    CaseCommand.ReferToEmergency, CaseCommand.AnswerDirectly, CaseCommand.Classify, CaseCommand.Dispatch, CaseCommand.SignFor,
    CaseCommand.Return, CaseCommand.ApproveReturn, CaseCommand.DenyReturn, CaseCommand.RecordContact,
    CaseCommand.RequestExtension, CaseCommand.ApproveExtension, CaseCommand.DenyExtension,
    CaseCommand.PauseClock, CaseCommand.ResumeClock, CaseCommand.Reply, CaseCommand.ReviewReply,
    CaseCommand.CallBack, CaseCommand.Reopen, CaseCommand.Close, CaseCommand.Supervise,
    CaseCommand.TakeSupervisionStep, CaseCommand.ErasePersonalData, MergeSteps.MergeInto,
    MergeSteps.AbsorbDuplicate {

  /**
   * The kind of step, as the {@link Permissions} table names it.
   *
   * @return the kind
   */
  CommandKind kind();

  /** Accept (受理) a registered appeal. */
  record Accept() implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.ACCEPT;
    }
  }

  /**
   * Do not accept (不予受理) a registered appeal, for a configured reason.
   *
   * @param reason the reason
   * @param note an explanation for the citizen
   */
  record NotAccept(NotAcceptedReason reason, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.NOT_ACCEPT;
    }

    /** Checks the fields. */
    public NotAccept {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Refer an emergency to its line (转紧急热线).
   *
   * @param line the line
   * @param note what was passed on
   */
  record ReferToEmergency(EmergencyLine line, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.REFER_TO_EMERGENCY;
    }

    /** Checks the fields. */
    public ReferToEmergency {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Answer a consultation directly from the knowledge base (直接办结).
   *
   * @param answer the answer given
   */
  record AnswerDirectly(Remark answer) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.ANSWER_DIRECTLY;
    }

    /** Checks the fields. */
    public AnswerDirectly {
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * Classify (分类) the case: set its category, or correct it, before it is dispatched. With a
   * taxonomy, the category must be in it.
   *
   * @param category the category
   */
  record Classify(org.hotline12345.core.category.CategoryCode category) implements CaseCommand {
    /** Checks the fields. */
    public Classify {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.CLASSIFY;
    }
  }

  /**
   * Dispatch (派单) to a lead department (主办) and assisting ones (协办), with further
   * candidates to try, in order, if the lead returns the case.
   *
   * @param lead the lead department
   * @param assisting the assisting departments
   * @param candidates the next candidates, in order, for automatic re-dispatch on return
   * @param overrideReturns a human dispatcher's decision to send the case to a department
   *     that returned it before
   */
  record Dispatch(DepartmentId lead, List<DepartmentId> assisting, List<DepartmentId> candidates,
      boolean overrideReturns) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.DISPATCH;
    }

    /** Checks the fields and copies the lists. */
    public Dispatch {
      Objects.requireNonNull(lead, "lead");
      assisting = noNulls(assisting, "assisting");
      candidates = noNulls(candidates, "candidates");
    }

    private static List<DepartmentId> noNulls(List<DepartmentId> list, String name) {
      Objects.requireNonNull(list, name);
      for (int i = 0; i < list.size(); i++) {
        Objects.requireNonNull(list.get(i), name + "[" + i + "]");
      }
      if (list.size() > MAX_DEPARTMENTS) {
        throw new IllegalArgumentException(name + ": at most " + MAX_DEPARTMENTS + " departments, was " + list.size());
      }
      return List.copyOf(list);
    }

    /** The most departments a dispatch names as assisting, or as candidates. */
    public static final int MAX_DEPARTMENTS = 50;

    /**
     * A dispatch to a lead department alone.
     *
     * @param lead the lead
     * @return the command
     */
    public static Dispatch to(DepartmentId lead) {
      return new Dispatch(lead, List.of(), List.of(), false);
    }
  }

  /**
   * Sign for (签收) the case, by an assigned department.
   *
   * @param department the department signing
   */
  record SignFor(DepartmentId department) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.SIGN_FOR;
    }

    /** Checks the fields. */
    public SignFor {
      Objects.requireNonNull(department, "department");
    }
  }

  /**
   * Return (退单) the case as not the department's responsibility: only before signing for it and
   * within the return limit. Unless the lifecycle is set otherwise, the platform approves the
   * return ({@link ApproveReturn}) before the case moves on.
   *
   * @param department the lead department returning it
   * @param reason why, required
   */
  record Return(DepartmentId department, Remark reason) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.RETURN;
    }

    /** Checks the fields. */
    public Return {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Approve the department's pending return (退单审核通过): the case goes to the next candidate or back to dispatch. */
  record ApproveReturn() implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.APPROVE_RETURN;
    }
  }

  /**
   * Deny the department's pending return (驳回退单): the department keeps the case.
   *
   * @param reason why, required
   */
  record DenyReturn(Remark reason) implements CaseCommand {
    /** Checks the fields. */
    public DenyReturn {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.DENY_RETURN;
    }
  }

  /**
   * Record contact with the citizen (联系诉求人).
   *
   * @param department the department that made contact
   * @param note what was agreed
   */
  record RecordContact(DepartmentId department, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.RECORD_CONTACT;
    }

    /** Checks the fields. */
    public RecordContact {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Request an extension (申请延期) of the resolution deadline, before it passes.
   *
   * @param department the lead department
   * @param amount the extension, in the resolution limit's unit
   * @param reason why
   */
  record RequestExtension(DepartmentId department, TimeLimit amount, Remark reason) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.REQUEST_EXTENSION;
    }

    /** Checks the fields. */
    public RequestExtension {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Approve the pending extension request (批准延期). */
  record ApproveExtension() implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.APPROVE_EXTENSION;
    }
  }

  /**
   * Deny the pending extension request (驳回延期).
   *
   * @param reason why
   */
  record DenyExtension(Remark reason) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.DENY_EXTENSION;
    }

    /** Checks the fields. */
    public DenyExtension {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Pause the clock (挂起), for example while waiting for the citizen's material.
   *
   * @param reason why
   */
  record PauseClock(Remark reason) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.PAUSE_CLOCK;
    }

    /** Checks the fields. */
    public PauseClock {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Resume the clock (解挂): the pause moves the running deadlines. */
  record ResumeClock() implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.RESUME_CLOCK;
    }
  }

  /**
   * Reply (办结反馈) with the department's result.
   *
   * @param department the lead department
   * @param result what was done
   * @param resolved whether the department considers the matter resolved
   */
  record Reply(DepartmentId department, Remark result, boolean resolved) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.REPLY;
    }

    /** Checks the fields. */
    public Reply {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * Review the department's reply (审核): approve it for callback, or send it back.
   *
   * @param approved true to approve
   * @param note the reviewer's note
   */
  record ReviewReply(boolean approved, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.REVIEW_REPLY;
    }

    /** Checks the fields. */
    public ReviewReply {
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Call the citizen back (回访) and record the result.
   *
   * @param resolved whether the citizen says the matter is resolved
   * @param satisfaction the citizen's satisfaction
   * @param note what the citizen said
   */
  record CallBack(boolean resolved, Satisfaction satisfaction, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.CALL_BACK;
    }

    /** Checks the fields. */
    public CallBack {
      Objects.requireNonNull(satisfaction, "satisfaction");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Reopen (重办) a case whose callback found the citizen dissatisfied or the matter unresolved:
   * back to the same departments with new deadlines.
   *
   * @param reason why
   */
  record Reopen(Remark reason) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.REOPEN;
    }

    /** Checks the fields. */
    public Reopen {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Close (办结归档) the case.
   *
   * @param note a closing note
   */
  record Close(Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.CLOSE;
    }

    /** Checks the fields. */
    public Close {
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Supervise (督办): remind, urge or escalate, without changing the status.
   *
   * @param measure the kind
   * @param note what was said
   */
  record Supervise(SupervisionKind measure, Remark note) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.SUPERVISE;
    }

    /** Checks the fields. */
    public Supervise {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Take a step of the escalation ladder (督办措施) for a watched deadline of the case, as a
   * {@link org.hotline12345.core.supervision.SupervisionPlan} finds it due: the supervision
   * sweep runs it as the system, and a supervisor may take a step by hand. Refused for a
   * deadline the case does not watch at that due instant ({@link RuleName#NO_WATCHED_DEADLINE}:
   * met, paused, moved, or the return window), for a step taken for it before ({@link
   * RuleName#SUPERVISION_STEP_ALREADY_TAKEN}), and for a light that contradicts the deadline
   * ({@link RuleName#WRONG_LIGHT}: red exactly from the due instant on).
   *
   * @param stage the stage
   * @param step the step
   * @param addressee to whom it is addressed
   * @param light the deadline's light now
   * @param dueAt the deadline's due instant, which names the deadline
   */
  record TakeSupervisionStep(org.hotline12345.core.timelimit.Stage stage,
      org.hotline12345.core.supervision.EscalationStep step, org.hotline12345.core.supervision.Addressee addressee,
      org.hotline12345.core.supervision.Light light, java.time.Instant dueAt) implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.TAKE_SUPERVISION_STEP;
    }

    /** Checks the fields. */
    public TakeSupervisionStep {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(addressee, "addressee");
      Objects.requireNonNull(light, "light");
      Objects.requireNonNull(dueAt, "dueAt");
    }
  }

  /**
   * Record that a closed case's personal data was erased when its retention period ended
   * (删除个人信息): the only step a closed case takes. {@code HotlineService.erasePersonalData}
   * runs it and destroys the case's key in the same unit of work.
   */
  record ErasePersonalData() implements CaseCommand {
    @Override
    public CommandKind kind() {
      return CommandKind.ERASE_PERSONAL_DATA;
    }
  }
}
