package org.hotline12345.rules.impact;

/** The decisions a rule-change impact compares, each over one of the core's ports. */
public enum DecisionKind {
  /** Triage (分拨研判) of the registered case: accept, not accept, refer, answer, merge, or a person. */
  TRIAGE("分拨研判"),
  /** Routing (派单) of the accepted case, as at its first dispatch. */
  ROUTING("派单"),
  /** The time limit (办理时限) of each stage, as at the first dispatch. */
  TIME_LIMITS("办理时限");

  private final String chinese;

  DecisionKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 派单}
   */
  public String chinese() {
    return chinese;
  }
}
