package org.hotline12345.core.casefile;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hotline12345.core.internal.Texts;

/**
 * An emergency line an appeal is referred to (转紧急热线): data, not a closed list, so that a
 * 12345 platform keeps the seeds' lines ({@link #CHINA}: 110, 119, 120, 122, 96333) and a 311
 * city its own ({@link #NINE_ONE_ONE}, or another agency). The lifecycle refers only to the
 * lines it is configured with.
 *
 * @param code a stable code, stored in events: 1 to 64 of A-Z, 0-9 and _
 * @param number the number to call: 1 to 20 digits, with spaces, hyphens or a leading +
 * @param name what the line is, for people: 1 to 100 characters
 */
public record EmergencyLine(String code, String number, String name) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 -]{0,19}");

  /** Police (110 报警). */
  public static final EmergencyLine POLICE = new EmergencyLine("POLICE", "110", "公安报警 110");
  /** Fire and rescue (119 火警). */
  public static final EmergencyLine FIRE = new EmergencyLine("FIRE", "119", "消防救援 119");
  /** Ambulance (120 急救). */
  public static final EmergencyLine AMBULANCE = new EmergencyLine("AMBULANCE", "120", "医疗急救 120");
  /** Traffic accidents (122 交通事故). */
  public static final EmergencyLine TRAFFIC = new EmergencyLine("TRAFFIC", "122", "交通事故 122");
  /** Lift entrapment (96333 电梯应急). */
  public static final EmergencyLine ELEVATOR = new EmergencyLine("ELEVATOR", "96333", "电梯应急 96333");
  /** The seeds' emergency lines of a 12345 platform in China. */
  public static final List<EmergencyLine> CHINA = List.of(POLICE, FIRE, AMBULANCE, TRAFFIC, ELEVATOR);
  /** A 311 city's emergency number. */
  public static final EmergencyLine NINE_ONE_ONE = new EmergencyLine("EMERGENCY_911", "911",
      "Emergency: police, fire, medical (911)");

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException naming the field and its rule
   */
  public EmergencyLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(name, "name");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be 1 to 64 of A-Z, 0-9 and _, was " + Texts.quote(code));
    }
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("number: must be 1 to 20 digits with spaces, hyphens or a leading +, was "
          + Texts.quote(number));
    }
    Texts.requireText("name", name, 100);
  }

  @Override
  public String toString() {
    return "EmergencyLine[" + code + " " + number + "]";
  }
}
