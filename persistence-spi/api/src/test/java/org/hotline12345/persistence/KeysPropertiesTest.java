package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The alphabets of {@link Keys}, for all inputs. */
class KeysPropertiesTest {

  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.strings().withChars(ID_ALPHABET + " /#é鼓\u0000\n\u200B").ofMinLength(0).ofMaxLength(70);
  }

  @Property
  void anIdIsAcceptedExactlyWhenItIsOneTo64CharactersOfTheAlphabet(@ForAll("candidates") String value) {
    boolean valid = !value.isEmpty() && value.length() <= 64 && value.chars().allMatch(c -> ID_ALPHABET.indexOf(c) >= 0);
    if (valid) {
      assertThat(Keys.requireId("scope", value)).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> Keys.requireId("scope", value)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("scope must be");
    }
  }

  @Property
  void everyIdIsADirectoryKeyToo(@ForAll("candidates") String value) {
    boolean id = !value.isEmpty() && value.length() <= 64 && value.chars().allMatch(c -> ID_ALPHABET.indexOf(c) >= 0);
    if (id) {
      assertThat(Keys.requireDirectoryKey("category", value)).isEqualTo(value);
    }
  }

  @Property
  void wellFormedTextIsExactlyTextWithoutUnpairedSurrogates(@ForAll String value) {
    boolean wellFormed = value.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    if (wellFormed) {
      assertThat(Keys.requireWellFormed("payload", value)).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> Keys.requireWellFormed("payload", value)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired surrogate");
    }
  }

  @Property
  void aMessageNamesTheFieldButNeverEchoesTheValue(@ForAll("candidates") String value) {
    String secret = value + "13812345678";
    assertThatThrownBy(() -> Keys.requireId("intakeKey", secret + " "))
        .hasMessageStartingWith("intakeKey").hasMessageNotContaining("13812345678");
  }
}
