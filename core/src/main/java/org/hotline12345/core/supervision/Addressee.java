package org.hotline12345.core.supervision;

/**
 * To whom a step of the escalation ladder is addressed, as a role: the host's notifier finds the
 * people (the case's handler, the department's liaison and head from its own directory, the
 * platform's supervision office, the city leadership's office). The library names the role and
 * never a person.
 */
public enum Addressee {
  /** The department's handler (承办人) of the case. */
  HANDLER("承办人"),
  /** The department's liaison (联络员) with the hotline platform. */
  LIAISON("联络员"),
  /** The head of the handling department (单位负责人). */
  DEPARTMENT_HEAD("单位负责人"),
  /** The platform's own supervision office (督查室). */
  SUPERVISION_OFFICE("督查室"),
  /** The city leadership (市领导), through its office. */
  CITY_LEADERSHIP("市领导");

  private final String chinese;

  Addressee(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 联络员}
   */
  public String chinese() {
    return chinese;
  }
}
