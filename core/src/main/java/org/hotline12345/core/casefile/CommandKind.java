package org.hotline12345.core.casefile;

/**
 * The kinds of step in a case's life, as the {@link Permissions} table names them: the
 * registration, each {@link CaseCommand}, and the merge of two cases.
 *
 * <p>Each kind belongs to a side: the platform's (受理, 派单, 审核, 回访, 督办 ...) or the
 * assigned department's (签收, 退单, 联系, 延期申请, 办结反馈 ...). A permission table may give
 * a kind only to roles of its side: a department's staff never approve, and the platform
 * never signs for a department.
 */
public enum CommandKind {
  /** Register (登记) an appeal as a case. */
  REGISTER("登记", Side.PLATFORM),
  /** Accept (受理). */
  ACCEPT("受理", Side.PLATFORM),
  /** Do not accept (不予受理). */
  NOT_ACCEPT("不予受理", Side.PLATFORM),
  /** Refer to an emergency line (转紧急热线). */
  REFER_TO_EMERGENCY("转紧急热线", Side.PLATFORM),
  /** Answer directly (直接办结). */
  ANSWER_DIRECTLY("直接办结", Side.PLATFORM),
  /** Merge a repeat into an open case (并案). */
  MERGE("并案", Side.PLATFORM),
  /** Classify (分类): set or correct the case's category. */
  CLASSIFY("分类", Side.PLATFORM),
  /** Dispatch (派单). */
  DISPATCH("派单", Side.PLATFORM),
  /** Sign for (签收). */
  SIGN_FOR("签收", Side.DEPARTMENT),
  /** Return (退单). */
  RETURN("退单", Side.DEPARTMENT),
  /** Approve a return (退单审核通过). */
  APPROVE_RETURN("退单审核", Side.PLATFORM),
  /** Deny a return (驳回退单). */
  DENY_RETURN("驳回退单", Side.PLATFORM),
  /** Record contact with the citizen (联系诉求人). */
  RECORD_CONTACT("联系诉求人", Side.DEPARTMENT),
  /** Request an extension (申请延期). */
  REQUEST_EXTENSION("申请延期", Side.DEPARTMENT),
  /** Approve an extension (批准延期). */
  APPROVE_EXTENSION("批准延期", Side.PLATFORM),
  /** Deny an extension (驳回延期). */
  DENY_EXTENSION("驳回延期", Side.PLATFORM),
  /** Pause the clock (挂起). */
  PAUSE_CLOCK("挂起", Side.DEPARTMENT),
  /** Resume the clock (解挂): the department, or the platform if the department forgets. */
  RESUME_CLOCK("解挂", Side.EITHER),
  /** Reply with the result (办结反馈). */
  REPLY("办结反馈", Side.DEPARTMENT),
  /** Review the reply (审核). */
  REVIEW_REPLY("审核", Side.PLATFORM),
  /** Call back (回访); a host may let the citizen rate online with the inquiry code. */
  CALL_BACK("回访", Side.PLATFORM),
  /** Reopen (重办). */
  REOPEN("重办", Side.PLATFORM),
  /** Close (办结归档). */
  CLOSE("办结归档", Side.PLATFORM),
  /** Supervise (督办). */
  SUPERVISE("督办", Side.PLATFORM),
  /** Take a step of the escalation ladder (督办措施): remind, urge, notice, interview, report. */
  TAKE_SUPERVISION_STEP("督办措施", Side.PLATFORM),
  /** Erase a closed case's personal data when its retention ends (删除个人信息). */
  ERASE_PERSONAL_DATA("删除个人信息", Side.PLATFORM),
  /** Import a case from another system's history (历史导入). */
  IMPORT("历史导入", Side.PLATFORM);

  /** Whose step a kind is. */
  public enum Side {
    /** The platform's roles (and, for {@link #CALL_BACK}, the citizen). */
    PLATFORM,
    /** The assigned department's handlers. */
    DEPARTMENT,
    /** Either. */
    EITHER
  }

  private final String chinese;
  private final Side side;

  CommandKind(String chinese, Side side) {
    this.chinese = chinese;
    this.side = side;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 签收}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whose step this is.
   *
   * @return the side
   */
  public Side side() {
    return side;
  }

  /**
   * Whether a permission table may give this kind to the role at all.
   *
   * @param role a role
   * @return true if the role is of this kind's side
   */
  public boolean isGrantableTo(Actor.Role role) {
    if (role == Actor.Role.CITIZEN) {
      return this == CALL_BACK;
    }
    return switch (side) {
      case PLATFORM -> role.isPlatform();
      case DEPARTMENT -> role == Actor.Role.HANDLER;
      case EITHER -> true;
    };
  }
}
