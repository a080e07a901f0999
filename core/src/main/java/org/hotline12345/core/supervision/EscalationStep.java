package org.hotline12345.core.supervision;

/**
 * The steps of the escalation ladder (逐级督办), lowest first: each is taken at most once for a
 * deadline, when its {@link Rung} says. The order of the constants is the order of the ladder.
 */
public enum EscalationStep {
  /** An online reminder (提醒) that the deadline is near. */
  REMIND("提醒"),
  /** Urging (催办): the deadline has passed, do it now. */
  URGE("催办"),
  /** A formal supervision notice (督办单), to be answered in writing. */
  NOTICE("督办单"),
  /** An interview (约谈) of the department's leader. */
  INTERVIEW("约谈"),
  /** A report to the city leadership (报市领导). */
  REPORT("报市领导");

  private final String chinese;

  EscalationStep(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 催办}
   */
  public String chinese() {
    return chinese;
  }
}
