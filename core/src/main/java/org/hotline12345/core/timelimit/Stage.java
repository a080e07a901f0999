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

  private final String chinese;

  Stage(String chinese) {
    this.chinese = chinese;
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
