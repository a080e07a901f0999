package org.hotline12345.core.timelimit;

/** A stage of a case that runs against its own deadline. */
public enum Stage {
  /** The assigned department signs for the case (签收). */
  SIGN_FOR("签收"),
  /** The department first contacts the citizen (首次联系). */
  FIRST_CONTACT("联系诉求人"),
  /** The department resolves the case and replies (办结). */
  RESOLUTION("办结"),
  /** A department that is not responsible returns the case (退单). */
  RETURN("退单"),
  /** The platform calls the citizen back (回访). */
  CALLBACK("回访");

  /** The stages a dispatch starts, run by the assigned department, in order. */
  public static final java.util.List<Stage> DEPARTMENT_STAGES =
      java.util.List.of(SIGN_FOR, RETURN, FIRST_CONTACT, RESOLUTION);

  private final String chinese;

  Stage(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Whether supervision (督办) watches this stage's deadline. The return window is not
   * watched: returning is a right, not a duty; it closes on sign-for.
   *
   * @return false for {@link #RETURN}
   */
  public boolean isSupervised() {
    return this != RETURN;
  }

  /**
   * Whether a clock pause (挂起) stops this stage's clock: the first contact and the
   * resolution.
   *
   * @return true for {@link #FIRST_CONTACT} and {@link #RESOLUTION}
   */
  public boolean isPausable() {
    return this == FIRST_CONTACT || this == RESOLUTION;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 签收}
   */
  public String chinese() {
    return chinese;
  }
}
