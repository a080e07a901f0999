package org.hotline12345.core.appeal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The citizen who raises an appeal (诉求人). Name, phone number and ID number are personal
 * data: they never appear in {@code toString}, logs, exceptions or exports, and a handler of a
 * confidential (保密) case sees only {@link #masked()} data.
 *
 * <p>A citizen is either anonymous (匿名) or reachable by phone, so that the department can
 * contact them and the platform can call back.
 */
@Value.Immutable
public abstract class Citizen {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  /**
   * The name as given.
   *
   * @return the name, if given
   */
  public abstract Optional<@Size(min = 1, max = 100) String> getName();

  /**
   * The phone number for contact and callback.
   *
   * @return the phone number, if given
   */
  public abstract Optional<@Pattern(regexp = "\\+?[0-9][0-9 ()*-]{4,24}",
      message = "must be a phone number of 5 to 25 digits") String> getPhone();

  /**
   * The resident identity card number (身份证号), if given.
   *
   * @return the ID number
   */
  public abstract Optional<@Pattern(regexp = "\\d{17}[\\dX]",
      message = "must be 17 digits and a check digit or X") String> getIdNumber();

  /**
   * Whether the citizen chose to stay anonymous (匿名).
   *
   * @return true if anonymous
   */
  @Value.Default
  public boolean isAnonymous() {
    return false;
  }

  /**
   * Whether the citizen asked for confidentiality (保密): handlers see masked data only.
   *
   * @return true if confidential
   */
  @Value.Default
  public boolean isConfidential() {
    return false;
  }

  /**
   * Whether the citizen can be contacted: anonymous, or with a phone number.
   *
   * @return true if anonymous or a phone number is given
   */
  @AssertTrue(message = "a citizen who is not anonymous needs a phone number")
  public boolean isReachable() {
    return isAnonymous() || getPhone().filter(p -> !p.isBlank()).isPresent();
  }

  /**
   * Whether the ID number, if given, has the right check digit (GB 11643).
   *
   * @return true if no ID number is given or its check digit is right
   */
  @AssertTrue(message = "the ID number's check digit is wrong")
  public boolean isIdNumberChecked() {
    return getIdNumber().map(Citizen::checkDigitOk).orElse(true);
  }

  private static boolean checkDigitOk(String id) {
    if (!id.matches("\\d{17}[\\dX]")) {
      return true;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11) == id.charAt(17);
  }

  /**
   * This citizen with the name and numbers masked, as a handler of a confidential case sees
   * them: {@code 张*}, {@code 138****5678}, {@code 3201**********123X}.
   *
   * @return the masked citizen
   */
  public Citizen masked() {
    return builder().from(this)
        .name(getName().map(Citizen::maskName))
        .phone(getPhone().map(Citizen::maskNumber))
        .idNumber(getIdNumber().map(Citizen::maskNumber))
        .build();
  }

  private static String maskName(String name) {
    int first = name.codePointAt(0);
    int rest = name.codePointCount(0, name.length()) - 1;
    return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(1, rest))).toString();
  }

  private static String maskNumber(String number) {
    int length = number.length();
    if (length <= 7) {
      return "*".repeat(length);
    }
    int keepStart = length >= 15 ? 4 : 3;
    return number.substring(0, keepStart) + "*".repeat(length - keepStart - 4)
        + number.substring(length - 4);
  }

  /**
   * An anonymous citizen.
   *
   * @return the citizen
   */
  public static Citizen anonymous() {
    return builder().anonymous(true).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citizen}. */
  public static class Builder extends ImmutableCitizen.Builder {}

  /** Never shows personal data. */
  @Override
  public String toString() {
    return "Citizen[" + (isAnonymous() ? "anonymous" : "named") + (isConfidential() ? ", confidential" : "")
        + (getPhone().isPresent() ? ", phone ***" : "") + (getIdNumber().isPresent() ? ", id ***" : "") + "]";
  }
}
