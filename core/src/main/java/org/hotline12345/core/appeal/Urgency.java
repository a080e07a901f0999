package org.hotline12345.core.appeal;

/** How urgent an appeal is (紧急程度), as the agent judged at intake; a key of time-limit policies. */
public enum Urgency {
  /** Ordinary handling (一般). */
  NORMAL,
  /** Urgent (紧急): shorter limits where the policy says so. */
  URGENT,
  /** Very urgent (特急), for example a water main burst. */
  CRITICAL
}
