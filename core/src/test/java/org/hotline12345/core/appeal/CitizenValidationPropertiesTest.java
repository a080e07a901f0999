package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.appeal.AppealValidationTest.violations;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Phone numbers and ID numbers: every number of the documented form passes, and changing one
 * element breaks exactly the rule of that element.
 */
class CitizenValidationPropertiesTest {

  private static Citizen withPhone(String phone) {
    return Citizen.builder().phone(phone).build();
  }

  private static Citizen withId(String id) {
    return Citizen.builder().phone("13800000000").idNumber(id).build();
  }

  @Provide
  Arbitrary<String> phones() {
    return Citizens.phones();
  }

  @Provide
  Arbitrary<String> tooFewDigits() {
    return Citizens.phones(1, AppealLimits.MIN_PHONE_DIGITS - 1);
  }

  @Provide
  Arbitrary<String> tooManyDigits() {
    return Citizens.phones(AppealLimits.MAX_PHONE_DIGITS + 1, AppealLimits.MAX_PHONE_LENGTH);
  }

  @Property
  void a_phone_number_of_5_to_20_digits_with_separators_passes(@ForAll("phones") String phone) {
    assertThat(violations(withPhone(phone))).isEmpty();
  }

  @Property
  void fewer_or_more_digits_are_not_a_phone_number(@ForAll("tooFewDigits") String few, @ForAll("tooManyDigits") String many) {
    assertThat(violations(withPhone(few))).singleElement().asString().startsWith("phone: must be a phone number");
    assertThat(violations(withPhone(many))).singleElement().asString().startsWith("phone: must be a phone number");
  }

  @Property
  void a_character_that_is_neither_digit_nor_separator_spoils_a_phone_number(
      @ForAll("phonesWithRoomForOneMore") String phone, @ForAll @IntRange(max = 40) int at,
      @ForAll("foreign") char foreign) {
    int index = Math.min(at, phone.length());
    String spoiled = phone.substring(0, index) + foreign + phone.substring(index);
    assertThat(violations(withPhone(spoiled))).singleElement().asString().startsWith("phone: must be a phone number");
  }

  @Provide
  Arbitrary<String> phonesWithRoomForOneMore() {
    return Citizens.phones().filter(p -> p.length() < AppealLimits.MAX_PHONE_LENGTH);
  }

  @Provide
  Arbitrary<Character> foreign() {
    return Arbitraries.of('*', '#', '.', '/', 'x', '＋', '１', '\u200B');
  }

  @Provide
  Arbitrary<String> idNumbers() {
    return Citizens.idNumbers();
  }

  @Property
  void an_id_number_of_a_province_a_real_birth_date_and_its_check_digit_passes(@ForAll("idNumbers") String id) {
    assertThat(violations(withId(id))).isEmpty();
    assertThat(withId(id).getIdNumberBirthDate()).hasValueSatisfying(born ->
        assertThat(born).isBetween(AppealLimits.EARLIEST_BIRTH_DATE, Citizens.TODAY));
  }

  @Property
  void any_other_check_character_is_refused(@ForAll("idNumbers") String id, @ForAll("checkCharacters") char other) {
    String changed = id.substring(0, 17) + other;
    if (other != id.charAt(17)) {
      assertThat(violations(withId(changed))).containsExactly("idNumberChecked: the ID number's check digit is wrong");
    }
  }

  @Provide
  Arbitrary<Character> checkCharacters() {
    return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }

  @Property
  void a_region_outside_the_provinces_is_refused(@ForAll("idNumbers") String id, @ForAll @IntRange(max = 99) int region) {
    String first17 = String.format("%02d", region) + id.substring(2, 17);
    String changed = first17 + ResidentIdNumbers.checkCharacter(first17);
    boolean known = Citizens.PROVINCES.contains(region);
    assertThat(violations(withId(changed))).isEqualTo(known ? java.util.Set.of()
        : java.util.Set.of("idNumberRegionKnown: the ID number's first two digits are not a province-level region code"));
  }

  @Provide
  Arbitrary<LocalDate> futureDates() {
    return Arbitraries.longs().between(Citizens.TODAY.toEpochDay() + 1, LocalDate.of(2999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void a_birth_date_after_today_is_refused(@ForAll("futureIds") String id) {
    assertThat(violations(withId(id)))
        .containsExactly("idNumberBirthDate: the ID number's birth date must not be after today");
  }

  @Provide
  Arbitrary<String> futureIds() {
    return Citizens.idFirst17(futureDates()).map(f -> f + ResidentIdNumbers.checkCharacter(f));
  }
}
