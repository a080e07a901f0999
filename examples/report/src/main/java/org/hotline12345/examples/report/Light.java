package org.hotline12345.examples.report;

/** A supervision light (督办亮灯) on an open case's stage deadline. */
public enum Light {
  /** In time (绿灯). */
  GREEN("绿灯"),
  /** Near its deadline (黄灯, by default 80 % of the limit used). */
  YELLOW("黄灯"),
  /** Overdue (红灯). */
  RED("红灯");

  private final String chinese;

  Light(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 红灯}
   */
  public String chinese() {
    return chinese;
  }
}
