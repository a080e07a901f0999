package org.hotline12345.core.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of citizens' data as people write it, for the properties of this package. */
final class Citizens {

  /** The province-level codes of GB/T 2260 that open an ID number. */
  static final List<Integer> PROVINCES = List.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
      41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);

  /** "Today" of {@link AppealValidationTest#VALIDATOR}. */
  static final LocalDate TODAY = LocalDate.of(2024, 3, 11);

  private static final List<String> SEPARATORS = List.of("", "", "", " ", "-", "(", ")", " - ");

  private Citizens() {}

  /** Digits, each followed by nothing or a separator, optionally after a {@code +}. */
  static Arbitrary<String> phones(int minDigits, int maxDigits) {
    Arbitrary<String> digitThenSeparator = Combinators.combine(
        Arbitraries.chars().range('0', '9'), Arbitraries.of(SEPARATORS)).as((d, s) -> d + s);
    return Combinators.combine(Arbitraries.of("", "", "+"),
            digitThenSeparator.list().ofMinSize(minDigits).ofMaxSize(maxDigits))
        .as((plus, groups) -> plus + String.join("", groups))
        .filter(p -> p.length() <= AppealLimits.MAX_PHONE_LENGTH);
  }

  /** Valid phone numbers: 5 to 20 digits. */
  static Arbitrary<String> phones() {
    return phones(AppealLimits.MIN_PHONE_DIGITS, AppealLimits.MAX_PHONE_DIGITS);
  }

  /** The first seventeen digits of an ID number: a province, a birth date, digits. */
  static Arbitrary<String> idFirst17(Arbitrary<LocalDate> birthDates) {
    return Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.strings().numeric().ofLength(4),
            birthDates, Arbitraries.strings().numeric().ofLength(3))
        .as((province, county, born, sequence) ->
            province + county + born.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence);
  }

  static Arbitrary<LocalDate> birthDates() {
    return Arbitraries.longs().between(AppealLimits.EARLIEST_BIRTH_DATE.toEpochDay(), TODAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Valid ID numbers: a known province, a real birth date up to today, the right check. */
  static Arbitrary<String> idNumbers() {
    return idFirst17(birthDates()).map(first17 -> first17 + ResidentIdNumbers.checkCharacter(first17));
  }

  /** Names of one to six characters, Chinese, Latin or from CJK Extension B (two UTF-16 units each). */
  static Arbitrary<String> names() {
    Arbitrary<String> chinese = Arbitraries.chars().range('\u4E00', '\u9FA5').map(String::valueOf);
    Arbitrary<String> latin = Arbitraries.chars().range('A', 'z').filter(Character::isLetter).map(String::valueOf);
    Arbitrary<String> extensionB = Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, chinese), net.jqwik.api.Tuple.of(1, latin), net.jqwik.api.Tuple.of(1, extensionB))
        .list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }
}
