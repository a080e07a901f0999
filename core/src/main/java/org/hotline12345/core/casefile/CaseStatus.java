package org.hotline12345.core.casefile;

/**
 * The status of a case in its lifecycle, each either open or closed ({@link #isOpen()}), so
 * that Open311's {@code open}/{@code closed} maps at once while the full vocabulary stays.
 */
public enum CaseStatus {
  /** Registered (登记), awaiting the acceptance decision. */
  REGISTERED("登记", true),
  /** Accepted (受理), awaiting dispatch. */
  ACCEPTED("已受理", true),
  /** Not accepted (不予受理), with a reason: closed. */
  NOT_ACCEPTED("不予受理", false),
  /** Referred to an emergency line (转110/119/120/122): closed. */
  REFERRED("已转办紧急热线", false),
  /** Answered directly by the agent from the knowledge base (直接办结): closed. */
  ANSWERED_DIRECTLY("直接办结", false),
  /** Merged into another case (并案): closed. */
  MERGED("已并案", false),
  /** Dispatched (已派单) to a department, awaiting its signature. */
  DISPATCHED("已派单", true),
  /** Returned (退单) by every candidate: awaiting a human dispatcher. */
  AWAITING_DISPATCH("待人工派单", true),
  /** Signed for (已签收): the department is handling it. */
  SIGNED("办理中", true),
  /** Replied (已反馈): the department's result awaits review. */
  REPLIED("待审核", true),
  /** Reply approved (审核通过): awaiting the callback. */
  AWAITING_CALLBACK("待回访", true),
  /** Called back (已回访): to be closed, or reopened when the citizen is dissatisfied. */
  CALLED_BACK("已回访", true),
  /** Closed (办结归档). */
  CLOSED("已办结", false);

  private final String chinese;
  private final boolean open;

  CaseStatus(String chinese, boolean open) {
    this.chinese = chinese;
    this.open = open;
  }

  /**
   * Whether a case in this status is open (Open311 {@code open}).
   *
   * @return true if open, false if closed
   */
  public boolean isOpen() {
    return open;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 已派单}
   */
  public String chinese() {
    return chinese;
  }
}
