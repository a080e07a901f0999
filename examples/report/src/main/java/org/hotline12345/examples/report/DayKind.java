package org.hotline12345.examples.report;

/** What kind of day a day of the report's period was on the platform's calendar. */
public enum DayKind {
  /** An ordinary working day (工作日). */
  WORKING("工作日"),
  /** A weekend day off (周末). */
  WEEKEND("周末"),
  /** An official holiday (法定节假日), including the weekdays moved into it. */
  HOLIDAY("节假日"),
  /** A make-up working day (调休上班) on a weekend. */
  MAKE_UP_WORKING_DAY("调休上班");

  private final String chinese;

  DayKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 调休上班}
   */
  public String chinese() {
    return chinese;
  }
}
