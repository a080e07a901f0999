package org.hotline12345.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Text that reaches a message stays on one visible line; names are plain one-line text. */
class TextsTest {

  @Test
  void line_breaks_controls_and_invisible_characters_are_shown_escaped() {
    assertThat(Texts.escape("a\nb\r\tc\u0000d\u001be")).isEqualTo("a\\nb\\r\\tc\\u0000d\\u001Be");
    assertThat(Texts.escape("x\u2028y\u202Ez\u200B\uFEFF")).isEqualTo("x\\u2028y\\u202Ez\\u200B\\uFEFF");
    assertThat(Texts.escape("lone \uD800 and \uDC00")).isEqualTo("lone \\uD800 and \\uDC00");
    assertThat(Texts.escape("国庆节 😀 C:\\path")).isEqualTo("国庆节 😀 C:\\path");
    assertThat(Texts.escape("a\u00A0b\u3000c\u3164d")).as("spaces other than the plain one show escaped")
        .isEqualTo("a\\u00A0b\\u3000c\\u3164d");
  }

  @Test
  void an_echoed_token_is_quoted_and_cut() {
    assertThat(Texts.quote("vacation")).isEqualTo("'vacation'");
    assertThat(Texts.quote("a".repeat(1000))).isEqualTo("'" + "a".repeat(64) + "…' (1000 characters)");
    assertThat(Texts.quote("😀".repeat(65))).isEqualTo("'" + "😀".repeat(64) + "…' (65 characters)");
    assertThat(Texts.escape("abcdef", 3)).isEqualTo("abc… (6 characters)");
  }

  @Test
  void invisible_characters_alone_are_blank() {
    assertThat(Texts.isBlank("\u200B\u00A0\u3000\u200E\t")).isTrue();
    assertThat(Texts.isBlank("\u200B元旦")).isFalse();
    assertThatThrownBy(() -> Texts.requireName("\u200B", "name", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank, was '\\u200B'");
    assertThatThrownBy(() -> Texts.requireName("元旦\n", "name", 10))
        .hasMessage("name must be one line of plain text, without control characters, line breaks"
            + " or unpaired surrogates; '元旦\\n' has \\n at position 3");
    assertThatThrownBy(() -> Texts.requireName("x".repeat(11), "name", 10))
        .hasMessage("name must be at most 10 characters, was 11: 'xxxxxxxxxxx'");
    assertThatThrownBy(() -> Texts.requireName(null, "name", 10))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThat(Texts.requireName("元旦", "name", 2)).isEqualTo("元旦");
  }

  @Property
  void escaped_text_holds_nothing_that_breaks_a_line_and_escaping_again_changes_nothing(
      @ForAll String text) {
    String escaped = Texts.escape(text);
    assertThat(Texts.firstNonPlain(escaped)).isEqualTo(-1);
    assertThat(escaped).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
    assertThat(Texts.escape(escaped)).isEqualTo(escaped);
    assertThat(Texts.firstNonPlain(Texts.quote(text))).isEqualTo(-1);
  }
}
