package org.hotline12345.core.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the 18-character resident identity card number (居民身份证号码, GB 11643):
 * six digits of the region of registration, whose first two are a province-level division;
 * eight of the birth date ({@code yyyyMMdd}); three of a sequence; a check character (a digit
 * or {@code X}) computed over the first seventeen. Each rule but the form holds vacuously for a
 * number of the wrong form, so that a violation names one rule only.
 */
final class ResidentIdNumbers {

  /** The form: 17 digits and a check digit or {@code X}. */
  static final String FORM = "\\d{17}[\\dX]";

  private static final Pattern FORM_PATTERN = Pattern.compile(FORM);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private ResidentIdNumbers() {}

  static boolean hasForm(String id) {
    return FORM_PATTERN.matcher(id).matches();
  }

  /**
   * Whether the first two digits are a province-level code: 11-15 (North), 21-23 (North-east),
   * 31-37 (East), 41-46 (Central and South), 50-54 (South-west), 61-65 (North-west), 71
   * (Taiwan), 81-83 (Hong Kong, Macao, Taiwan residence permits).
   */
  static boolean regionKnown(String id) {
    if (!hasForm(id)) {
      return true;
    }
    int province = Integer.parseInt(id.substring(0, 2));
    return (province >= 11 && province <= 15) || (province >= 21 && province <= 23)
        || (province >= 31 && province <= 37) || (province >= 41 && province <= 46)
        || (province >= 50 && province <= 54) || (province >= 61 && province <= 65)
        || province == 71 || (province >= 81 && province <= 83);
  }

  /**
   * The birth date of characters 7 to 14 when it is a real date from
   * {@link AppealLimits#EARLIEST_BIRTH_DATE}; empty for a number of the wrong form or a date
   * that does not exist ({@code 19990230}) or is too early.
   */
  static Optional<LocalDate> birthDate(String id) {
    if (!hasForm(id)) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
      return date.isBefore(AppealLimits.EARLIEST_BIRTH_DATE) ? Optional.empty() : Optional.of(date);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static boolean birthDateReal(String id) {
    return !hasForm(id) || birthDate(id).isPresent();
  }

  static boolean checkDigitRight(String id) {
    if (!hasForm(id)) {
      return true;
    }
    return checkCharacter(id.substring(0, 17)) == id.charAt(17);
  }

  /** The check character of seventeen digits (ISO 7064 MOD 11-2). */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
