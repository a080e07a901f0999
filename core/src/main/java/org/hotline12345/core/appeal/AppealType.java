package org.hotline12345.core.appeal;

/** The type (诉求类型) of an appeal, which selects time limits and handling. */
public enum AppealType {
  /** A question (咨询), often answered directly from the knowledge base. */
  CONSULTATION("咨询"),
  /** A request for help (求助). */
  HELP("求助"),
  /** A complaint (投诉) about a service or an official. */
  COMPLAINT("投诉"),
  /** A report (举报) of wrongdoing; never routed to, or shown with identity to, the accused. */
  REPORT("举报"),
  /** A suggestion (建议). */
  SUGGESTION("建议"),
  /** Praise (表扬). */
  PRAISE("表扬");

  private final String chinese;

  AppealType(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 投诉}
   */
  public String chinese() {
    return chinese;
  }
}
