package org.hotline12345.core.appeal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.hotline12345.core.internal.Texts;
import org.immutables.value.Value;

/**
 * The citizen who raises an appeal (诉求人). Name, phone number and ID number are personal
 * data: they never appear in {@code toString}, logs, exceptions or exports, and a handler of a
 * confidential (保密) case sees only {@link #masked()} data.
 *
 * <p>A citizen is either anonymous (匿名) or reachable by phone, so that the department can
 * contact them and the platform can call back.
 *
 * <p>When built, every text must be well-formed UTF-16 and within its maximum length
 * ({@link AppealLimits}), or the builder throws an {@link IllegalArgumentException} naming
 * the fields. The rules of form (a name that is not blank, a phone number, a plausible ID
 * number) are Jakarta constraints, checked at registration: a masked citizen breaks them.
 *
 * <h2>Building one</h2>
 * <pre>{@code
 * Citizen zhang = Citizen.builder()
 *     .name("张三")
 *     .phone("138 1234 5678")
 *     .confidential(true)
 *     .build();
 * Citizen unnamed = Citizen.anonymous();
 * Citizen moved = Citizen.builder().from(zhang).phone("025-8360 1234").build();
 * }</pre>
 * The builder's methods, each returning the builder; those marked <b>required</b> must be called
 * before {@code build()}, the others may be left out. A method taking an {@code Optional} clears
 * the field with {@code Optional.empty()}; a list's {@code addX} adds to it and its plain
 * {@code x(Iterable)} replaces it. No field is required by the builder; registration
 * requires a phone number unless the citizen is anonymous.
 * <ul>
 *   <li>{@code name(String)}, {@code name(Optional)};</li>
 *   <li>{@code phone(String)}, {@code phone(Optional)}: needed unless anonymous;</li>
 *   <li>{@code idNumber(String)}, {@code idNumber(Optional)}: the resident identity card
 *       number;</li>
 *   <li>{@code anonymous(boolean)}: false if not called;</li>
 *   <li>{@code confidential(boolean)}: false if not called;</li>
 *   <li>{@code from(Citizen)}: every field of an existing citizen, for a copy with some fields
 *       changed.</li>
 * </ul>
 */
@Value.Immutable
public abstract class Citizen {

  /**
   * A phone number: one optional leading {@code +}, then {@value AppealLimits#MIN_PHONE_DIGITS}
   * to {@value AppealLimits#MAX_PHONE_DIGITS} ASCII digits, with spaces, hyphens and parentheses
   * anywhere among them.
   */
  static final String PHONE = "\\+?[ ()-]*(?:[0-9][ ()-]*){"
      + AppealLimits.MIN_PHONE_DIGITS + "," + AppealLimits.MAX_PHONE_DIGITS + "}";

  /**
   * The name as given; not blank, at most {@value AppealLimits#MAX_NAME_LENGTH} characters.
   *
   * @return the name, if given
   */
  public abstract Optional<@Pattern(regexp = Texts.VISIBLE, message = "must not be blank") String> getName();

  /**
   * The phone number for contact and callback: {@value AppealLimits#MIN_PHONE_DIGITS} to
   * {@value AppealLimits#MAX_PHONE_DIGITS} digits with optional spaces, hyphens, parentheses
   * and one leading {@code +}, such as {@code 13812345678}, {@code 025-8360 1234},
   * {@code (025) 83601234}, {@code +86 138 1234 5678} or {@code 12345}; at most
   * {@value AppealLimits#MAX_PHONE_LENGTH} characters.
   *
   * @return the phone number, if given
   */
  public abstract Optional<@Pattern(regexp = PHONE, message = "must be a phone number: "
      + AppealLimits.MIN_PHONE_DIGITS + " to " + AppealLimits.MAX_PHONE_DIGITS
      + " digits, with optional spaces, hyphens, parentheses and one leading +") String> getPhone();

  /**
   * The resident identity card number (身份证号), if given: 17 digits and a check digit or
   * {@code X}, with a province-level region, a real birth date and the right check digit.
   *
   * @return the ID number
   */
  public abstract Optional<@Pattern(regexp = ResidentIdNumbers.FORM,
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
   * Whether the citizen can be contacted: anonymous, or with a phone number that is not blank.
   *
   * @return true if anonymous or a phone number is given
   */
  @AssertTrue(message = "a citizen who is not anonymous needs a phone number")
  public boolean isReachable() {
    return isAnonymous() || getPhone().filter(p -> !Texts.isBlank(p)).isPresent();
  }

  /**
   * Whether the ID number, if given and of the right form, starts with a province-level region
   * code: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 or 81-83.
   *
   * @return true if no ID number of the right form is given or its region is known
   */
  @AssertTrue(message = "the ID number's first two digits are not a province-level region code")
  public boolean isIdNumberRegionKnown() {
    return getIdNumber().map(ResidentIdNumbers::regionKnown).orElse(true);
  }

  /**
   * Whether the ID number, if given and of the right form, has a real birth date
   * ({@code yyyyMMdd}, characters 7 to 14) from {@link AppealLimits#EARLIEST_BIRTH_DATE}.
   *
   * @return true if no ID number of the right form is given or its birth date is real
   */
  @AssertTrue(message = "the ID number's birth date (characters 7 to 14) is not a real date from 1900-01-01")
  public boolean isIdNumberBirthDateReal() {
    return getIdNumber().map(ResidentIdNumbers::birthDateReal).orElse(true);
  }

  /**
   * The birth date the ID number carries, when it is real; constrained to be no later than
   * today by the validator's clock ({@link jakarta.validation.ClockProvider}), so a host or a
   * test sets "today" where it builds its validator.
   *
   * @return the birth date, or empty if no ID number with a real birth date is given
   */
  public Optional<@PastOrPresent(message = "the ID number's birth date must not be after today")
      LocalDate> getIdNumberBirthDate() {
    return getIdNumber().flatMap(ResidentIdNumbers::birthDate);
  }

  /**
   * Whether the ID number, if given and of the right form, has the right check character
   * (GB 11643, ISO 7064 MOD 11-2).
   *
   * @return true if no ID number of the right form is given or its check character is right
   */
  @AssertTrue(message = "the ID number's check digit is wrong")
  public boolean isIdNumberChecked() {
    return getIdNumber().map(ResidentIdNumbers::checkDigitRight).orElse(true);
  }

  @Value.Check
  void check() {
    Invariants.of("Citizen")
        .text("name", getName(), AppealLimits.MAX_NAME_LENGTH)
        .text("phone", getPhone(), AppealLimits.MAX_PHONE_LENGTH)
        .text("idNumber", getIdNumber(), AppealLimits.MAX_ID_NUMBER_LENGTH)
        .check();
  }

  /**
   * This citizen with the name and numbers masked, as a handler of a confidential case or a
   * report sees them. The name keeps at most its first character ({@code 张三} → {@code 张*},
   * {@code 欧阳娜娜} → {@code 欧***}) and a one-character name shows none ({@code 张} →
   * {@code *}); the phone number hides at least half of its digits and at least four, and drops
   * its separators ({@code 13812345678} → {@code 138******78}, {@code 025-83601234} →
   * {@code 025******34}, {@code 83601234} → {@code 83****34}, {@code 12345} → {@code 1****});
   * the ID number shows its first two characters and its last one
   * ({@code 11***************X}). Masking a masked citizen changes nothing. The masked citizen
   * no longer passes the Jakarta constraints of form; it is for display, not for registration.
   *
   * @return the masked citizen
   */
  public Citizen masked() {
    return builder().from(this)
        .name(getName().map(Masks::name))
        .phone(getPhone().map(Masks::phone))
        .idNumber(getIdNumber().map(Masks::code))
        .build();
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

  /**
   * Builds a {@link Citizen}; its methods are listed under "Building one" in the description of
   * {@link Citizen}.
   */
  public static class Builder extends ImmutableCitizen.Builder {}

  /** Never shows personal data. */
  @Override
  public String toString() {
    return "Citizen[" + (isAnonymous() ? "anonymous" : "named") + (isConfidential() ? ", confidential" : "")
        + (getPhone().isPresent() ? ", phone ***" : "") + (getIdNumber().isPresent() ? ", id ***" : "") + "]";
  }
}
