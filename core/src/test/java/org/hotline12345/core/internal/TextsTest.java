package org.hotline12345.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.calendar.internal.Texts.escape;
import static org.hotline12345.calendar.internal.Texts.isInvisible;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * What counts as blank, what is well-formed UTF-16, and what external text looks like once it
 * is made safe for a log line: the core's rules are the calendar's, written once.
 */
class TextsTest {

  /** Every code point the issue names as invisible, one by one. */
  private static final List<String> INVISIBLE = List.of(" ", "\t", "\n", "\r", "\u0000", "\u0007", "\u007F",
      "\u0085", "\u00A0", "\u3000", "\u2007", "\u202F", "\u2028", "\u2029", "\u200B", "\u200C", "\u200D",
      "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2060", "\u2066", "\u2067",
      "\u2068", "\u2069", "\uFEFF", "\u00AD", "\u034F", "\u3164", "\uFE0F", "\u2800",
      new String(Character.toChars(0xE0001)));

  @Test
  void text_of_spaces_and_invisible_characters_only_is_blank() {
    assertThat(Texts.isBlank("")).isTrue();
    INVISIBLE.forEach(c -> assertThat(Texts.isBlank(c)).as("U+%04X", c.codePointAt(0)).isTrue());
    assertThat(Texts.isBlank(String.join("", INVISIBLE))).isTrue();
  }

  @Test
  void one_visible_character_is_enough_to_be_text() {
    assertThat(Texts.isBlank("\u200B张\u200B")).isFalse();
    assertThat(Texts.isBlank("\u00A0a")).isFalse();
    assertThat(Texts.isBlank("😀")).isFalse();
    assertThat(Texts.isBlank("\u0301")).as("a combining mark shows").isFalse();
    assertThat(Texts.isBlank("\uD800")).as("an unpaired surrogate is ill-formed, not blank").isFalse();
  }

  @Test
  void the_jakarta_pattern_and_the_predicate_agree_on_every_code_point() {
    Pattern visible = Pattern.compile(Texts.VISIBLE);
    List<String> disagreements = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
        .filter(cp -> visible.matcher(new String(Character.toChars(cp))).matches() == isInvisible(cp))
        .mapToObj(cp -> String.format("U+%04X", cp))
        .limit(10)
        .toList();
    assertThat(disagreements).isEmpty();
  }

  @Test
  void the_core_and_the_calendar_count_the_same_code_points_blank() {
    List<String> disagreements = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
        .filter(cp -> {
          String text = new String(Character.toChars(cp));
          return Texts.isBlank(text) != org.hotline12345.calendar.internal.Texts.isBlank(text)
              || Texts.isBlank(text) != isInvisible(cp)
              || Texts.isWellFormed(text) != org.hotline12345.calendar.internal.Texts.isWellFormed(text);
        })
        .mapToObj(cp -> String.format("U+%04X", cp))
        .limit(10)
        .toList();
    assertThat(disagreements).isEmpty();
  }

  @Provide
  Arbitrary<String> invisibleTexts() {
    return Arbitraries.of(INVISIBLE).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Property
  void invisible_characters_around_a_visible_one_do_not_make_it_blank(
      @ForAll("invisibleTexts") String before, @ForAll("invisibleTexts") String after,
      @ForAll @IntRange(min = 0x21, max = 0x2FFFF) int codePoint) {
    boolean visible = !isInvisible(codePoint) && Character.getType(codePoint) != Character.UNASSIGNED;
    String text = before + new String(Character.toChars(codePoint)) + after;
    assertThat(Texts.isBlank(before + after)).isTrue();
    if (visible) {
      assertThat(Texts.isBlank(text)).isFalse();
      assertThat(text).matches(Texts.VISIBLE);
    }
  }

  @Test
  void unpaired_surrogates_are_ill_formed() {
    assertThat(Texts.isWellFormed("湖南路1号😀")).isTrue();
    assertThat(Texts.isWellFormed("")).isTrue();
    assertThat(Texts.isWellFormed("a\uD83D")).as("high surrogate at the end").isFalse();
    assertThat(Texts.isWellFormed("\uDE00a")).as("low surrogate alone").isFalse();
    assertThat(Texts.isWellFormed("\uDE00\uD83D")).as("a pair the wrong way round").isFalse();
    assertThat(Texts.isWellFormed("\uD83D\uD83D\uDE00")).as("two highs, one low").isFalse();
  }

  /** The oracle: UTF-8 encoding replaces exactly the unpaired surrogates (with {@code ?}). */
  @Property
  void well_formed_means_it_survives_utf8(@ForAll String text) {
    boolean survives = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    assertThat(Texts.isWellFormed(text)).isEqualTo(survives);
  }

  @Test
  void the_broken_rule_names_the_length_or_the_surrogate_never_the_text() {
    assertThat(Texts.brokenRule("鼓楼区", 3)).isEmpty();
    assertThat(Texts.brokenRule("鼓楼区湖", 3)).contains("is longer than 3 characters (UTF-16 code units)");
    assertThat(Texts.brokenRule("😀", 1)).as("an emoji counts two").isPresent();
    assertThat(Texts.brokenRule("ab\uD800", 10)).contains(Texts.ILL_FORMED);
    assertThatThrownBy(() -> Texts.brokenRule("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength must be at least 1, was 0");
    assertThatThrownBy(() -> Texts.brokenRule(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void a_forged_log_line_stays_on_one_line() {
    assertThat(Texts.forDisplay("wx-1\n2024-01-01 INFO admin logged in", 100))
        .isEqualTo("wx-1\\n2024-01-01 INFO admin logged in");
    assertThat(Texts.forDisplay("a\r\tb\u0000c\\d", 100)).as("a backslash is kept, so escaping twice changes nothing")
        .isEqualTo("a\\r\\tb\\u0000c\\d");
    assertThat(Texts.forDisplay("a\u00A0b\u3000c", 100)).as("no-break and ideographic spaces show")
        .isEqualTo("a\\u00A0b\\u3000c");
    assertThat(Texts.forDisplay("abc\u202Edef", 100)).isEqualTo("abc\\u202Edef");
    assertThat(Texts.forDisplay("x\u200By", 100)).isEqualTo("x\\u200By");
    assertThat(Texts.forDisplay("a\uD800", 100)).isEqualTo("a\\uD800");
    assertThat(Texts.forDisplay("鼓楼区 湖南路 😀", 100)).isEqualTo("鼓楼区 湖南路 😀");
  }

  @Test
  void long_text_is_cut_with_an_ellipsis_never_inside_an_escape_or_a_pair() {
    assertThat(Texts.forDisplay("abc", 3)).isEqualTo("abc");
    assertThat(Texts.forDisplay("abcdef", 4)).isEqualTo("abc…");
    assertThat(Texts.forDisplay("ab\ncd", 4)).isEqualTo("ab…");
    assertThat(Texts.forDisplay("a😀b", 3)).isEqualTo("a…");
    assertThat(Texts.forDisplay("abc", 1)).isEqualTo("…");
    assertThatThrownBy(() -> Texts.forDisplay("abc", 0)).hasMessage("max must be at least 1, was 0");
  }

  @Property
  void the_display_form_is_one_bounded_line_that_escapes_a_prefix_as_the_calendar_does(
      @ForAll String text, @ForAll @IntRange(min = 1, max = 60) int max) {
    String shown = Texts.forDisplay(text, max);
    assertThat(shown.length()).isLessThanOrEqualTo(max);
    assertThat(Texts.isWellFormed(shown)).isTrue();
    assertThat(shown.codePoints().filter(cp -> cp != ' ').noneMatch(cp -> isInvisible(cp))).isTrue();
    String escaped = escape(text);
    if (escaped.length() <= max) {
      assertThat(shown).isEqualTo(escaped);
      return;
    }
    assertThat(shown).endsWith("…");
    String body = shown.substring(0, shown.length() - 1);
    boolean wholePieces = false;
    for (int end = 0; end <= text.length() && !wholePieces; ) {
      wholePieces = escape(text.substring(0, end)).equals(body);
      end += end < text.length() ? Character.charCount(text.codePointAt(end)) : 1;
    }
    assertThat(wholePieces).as("the shown part is the escape of a prefix of whole code points").isTrue();
  }
}
