package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.appeal.AppealValidationTest.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.core.internal.Texts;

/**
 * Whatever the phone number, ID number, name or text, the masked form reveals no more than the
 * rule allows, and masking twice is masking once.
 */
class MaskingPropertiesTest {

  private static long digits(String text) {
    return text.codePoints().filter(Character::isDigit).count();
  }

  private static long revealed(String masked) {
    return masked.codePoints().filter(cp -> cp != '*').count();
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.oneOf(Citizens.phones(), Citizens.phones(1, 20),
        Arbitraries.strings().withChars("0123456789０１２３*+- ()").ofMaxLength(32));
  }

  @Property
  void a_masked_phone_hides_at_least_half_of_its_digits_and_at_least_four(@ForAll("phones") String phone) {
    String masked = Masks.phone(phone.replace("*", ""));
    long n = digits(phone.replace("*", ""));
    long hidden = masked.chars().filter(c -> c == '*').count();
    assertThat(hidden).isGreaterThanOrEqualTo(Math.min(n, Math.max(4, (n + 1) / 2)));
    assertThat(digits(masked)).isLessThanOrEqualTo(n / 2).isEqualTo(n - hidden);
    assertThat(masked).matches("\\+?[\\p{Nd}*]*");
  }

  @Property
  void a_masked_phone_is_masked_again_to_itself(@ForAll("phones") String phone) {
    String masked = Masks.phone(phone);
    assertThat(Masks.phone(masked)).isEqualTo(masked);
  }

  @Provide
  Arbitrary<String> idNumbers() {
    return Arbitraries.oneOf(Citizens.idNumbers(), Arbitraries.strings().alpha().numeric().withChars('*').ofMaxLength(18));
  }

  @Property
  void a_masked_id_number_shows_at_most_its_first_two_characters_and_its_last(@ForAll("idNumbers") String id) {
    String masked = Masks.code(id);
    assertThat(masked).hasSameSizeAs(id);
    assertThat(revealed(masked)).isLessThanOrEqualTo(Math.min(3, id.length() / 2));
    for (int i = 0; i < masked.length(); i++) {
      if (masked.charAt(i) != '*') {
        assertThat(i < 2 || i == masked.length() - 1).as("position %d shown", i).isTrue();
        assertThat(masked.charAt(i)).isEqualTo(id.charAt(i));
      }
    }
    assertThat(Masks.code(masked)).isEqualTo(masked);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(Citizens.names(), Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
        .filter(Texts::isWellFormed));
  }

  @Property
  void a_masked_name_shows_at_most_its_first_character_and_none_of_one(@ForAll("names") String name) {
    String masked = Masks.name(name);
    int count = name.codePointCount(0, name.length());
    assertThat(masked.codePointCount(0, masked.length())).isEqualTo(count);
    if (count == 1) {
      assertThat(masked).isEqualTo("*");
    } else {
      assertThat(masked.codePointAt(0)).isEqualTo(name.codePointAt(0));
      assertThat(masked.substring(Character.charCount(masked.codePointAt(0)))).matches("\\*+");
    }
    assertThat(Masks.name(masked)).isEqualTo(masked);
  }

  /** A citizen who writes their own phone, ID number and name into the text, in any of the usual ways. */
  record Confession(Citizen citizen, String content) {}

  @Provide
  Arbitrary<Confession> confessions() {
    Arbitrary<String> filler = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', '，', '。').ofMinLength(1).ofMaxLength(8),
        Arbitraries.integers().between(0, 9999).map(i -> "第" + i + "号"),
        Arbitraries.of("2024-09-30", "2024.9.3", "12345"));
    return Combinators.combine(Citizens.names(), Citizens.phones(), Citizens.idNumbers(), Arbitraries.of(true, false))
        .flatAs((name, phone, id, lowerX) -> {
          String digits = Masks.asciiDigits(phone);
          Arbitrary<String> mention = Arbitraries.of(phone, digits, grouped(digits, " "), grouped(digits, "-"),
              "(" + digits + ")", id, lowerX ? id.toLowerCase() : id, id.substring(0, 6) + " " + id.substring(6),
              name, fullWidth(digits));
          return Arbitraries.oneOf(filler, mention).list().ofMinSize(1).ofMaxSize(12)
              .map(parts -> new Confession(Citizen.builder().name(name).phone(phone).idNumber(id).build(),
                  String.join("", parts)));
        });
  }

  private static String grouped(String digits, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i == 3 || i == 7 || i == 11 || i == 15)) {
        out.append(separator);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  private static String fullWidth(String digits) {
    StringBuilder out = new StringBuilder();
    digits.chars().forEach(c -> out.append((char) ('０' + c - '0')));
    return out.toString();
  }

  /** The digits of every run of digits joined by up to three separators, as a reader would join them. */
  private static List<String> runDigits(String text) {
    Matcher runs = Pattern.compile("[\\p{Nd}*](?:[ ().+/-]{0,3}[\\p{Nd}*])*").matcher(text);
    List<String> found = new ArrayList<>();
    while (runs.find()) {
      found.add(Masks.asciiDigits(runs.group()));
    }
    return found;
  }

  @Property
  void the_masked_text_never_holds_the_citizens_phone_id_number_or_name(@ForAll("confessions") Confession confession) {
    Citizen citizen = confession.citizen();
    String masked = complete().citizen(citizen).content(confession.content()).build().maskedForHandler().getContent();
    String phoneDigits = Masks.asciiDigits(citizen.getPhone().orElseThrow());
    String id = citizen.getIdNumber().orElseThrow();
    assertThat(runDigits(masked)).noneMatch(run -> run.contains(phoneDigits));
    assertThat(runDigits(masked)).noneMatch(run -> run.contains(id.substring(0, 17)));
    assertThat(masked).doesNotContainIgnoringCase(id).doesNotContain(citizen.getName().orElseThrow());
    assertThat(masked).hasSizeLessThanOrEqualTo(confession.content().length());
  }

  @Provide
  Arbitrary<String> addresses() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(Texts::isWellFormed);
  }

  @Property
  void a_masked_appeal_is_masked_again_to_itself(@ForAll("confessions") Confession confession,
      @ForAll("addresses") String address) {
    Appeal appeal = complete().citizen(confession.citizen()).content(confession.content() + address)
        .location(Location.builder().address(address).build())
        .build();
    Appeal masked = appeal.maskedForHandler();
    assertThat(masked.maskedForHandler()).isEqualTo(masked);
  }
}
