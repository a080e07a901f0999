package org.hotline12345.core.casefile;

/** The emergency lines to which the hotline refers emergencies (转紧急热线). */
public enum EmergencyLine {
  /** Police (110). */
  POLICE("110"),
  /** Fire and rescue (119). */
  FIRE("119"),
  /** Ambulance (120). */
  AMBULANCE("120"),
  /** Traffic police (122). */
  TRAFFIC("122"),
  /** Lift (elevator) emergencies (96333). */
  ELEVATOR("96333");

  private final String number;

  EmergencyLine(String number) {
    this.number = number;
  }

  /**
   * The line's number.
   *
   * @return for example {@code 110}
   */
  public String number() {
    return number;
  }
}
