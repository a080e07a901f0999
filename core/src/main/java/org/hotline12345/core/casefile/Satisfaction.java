package org.hotline12345.core.casefile;

/** The citizen's satisfaction found by a callback (回访满意度). */
public enum Satisfaction {
  /** Satisfied (满意). */
  SATISFIED,
  /** Basically satisfied (基本满意). */
  BASICALLY_SATISFIED,
  /** Dissatisfied (不满意): the case may be reopened. */
  DISSATISFIED,
  /** The citizen could not be reached (未接通). */
  NOT_REACHED
}
