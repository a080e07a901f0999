package org.hotline12345.core.assessment;

/** The rules of the assessment ledger (考核台账); a refused entry names the one it broke. */
public enum AssessmentRule {
  /** The actor's role may not make this entry: the platform's supervisors (督办) assess. */
  NOT_PERMITTED,
  /** No one decides about their own department: adjustments, vetoes, appeals and revocations. */
  OWN_DEPARTMENT,
  /** A department's handler files appeals for their own department only. */
  NOT_OF_DEPARTMENT,
  /** The veto's reason is not one the scheme vetoes for. */
  VETO_REASON_NOT_IN_SCHEME,
  /** No entry of the ledger has that sequence number. */
  UNKNOWN_ENTRY,
  /** The entry named is not an appeal. */
  NOT_AN_APPEAL,
  /** The appeal was decided before: a decision is final. */
  APPEAL_DECIDED_ALREADY,
  /** Only adjustments and vetoes are revoked. */
  NOT_REVOCABLE,
  /** The entry was revoked before. */
  REVOKED_ALREADY,
  /** The entry's instant is before the ledger's last entry. */
  OUT_OF_ORDER,
  /** The scorecards are of another scheme, version or period. */
  SCORECARDS_OF_ANOTHER_PERIOD,
  /** The scorecards were computed before the ledger's latest entries: score again. */
  SCORECARDS_STALE,
  /** The figures are those already published: there is nothing to restate. */
  NOTHING_TO_RESTATE
}
