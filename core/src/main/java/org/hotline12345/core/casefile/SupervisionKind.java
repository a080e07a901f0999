package org.hotline12345.core.casefile;

/** The kinds of supervision (督办) of a case, which mark it without changing its status. */
public enum SupervisionKind {
  /** A reminder (提醒) before a deadline. */
  REMIND,
  /** Urging (催办) a department that is late. */
  URGE,
  /** Escalation (督办) to a higher level. */
  ESCALATE
}
