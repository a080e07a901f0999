package org.hotline12345.core.department;

/**
 * The kind of a {@linkplain Department department} (承办单位类型): where it sits in the
 * administration, which decides how cases reach it (a street is reached through its district,
 * a public utility directly).
 */
public enum DepartmentKind {
  /** A department of the city government (市直部门), for example the transport bureau. */
  MUNICIPAL_DEPARTMENT("市直部门"),
  /** A district or county government (区县). */
  DISTRICT("区县"),
  /** A street office or township (街道/乡镇). */
  STREET("街道/乡镇"),
  /** A residents' or villagers' committee (社区/村). */
  COMMUNITY("社区/村"),
  /** A public institution or utility (公共事业单位), for example the water company. */
  PUBLIC_UTILITY("公共事业单位"),
  /** An enterprise that carries public duties (承担公共职能的企业), for example a bus company. */
  ENTERPRISE("承担公共职能的企业"),
  /** Any other handling unit (其他). */
  OTHER("其他");

  private final String chinese;

  DepartmentKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 区县}
   */
  public String chinese() {
    return chinese;
  }
}
