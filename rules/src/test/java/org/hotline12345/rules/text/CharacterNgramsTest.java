package org.hotline12345.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Cases a clerk would check, with the bigram similarities they really give. Real rewording
 * keeps Dice above one half more reliably than Jaccard; boilerplate shared by different
 * complaints from the same place gives a little similarity on its own.
 */
class CharacterNgramsTest {

  private static final String STREET_LIGHT = "小区门口的路灯坏了，晚上一片漆黑，希望尽快修好。";

  private static CharacterNgrams bigrams(String text) {
    return CharacterNgrams.of(text, 2);
  }

  @Test
  void punctuationAndSpacesDoNotCount() {
    assertThat(bigrams("路灯不亮！").jaccard(bigrams("路灯 不亮"))).isEqualTo(1.0);
    assertThat(bigrams("ＡＢＣ１２３，路灯").dice(bigrams("abc 123 路灯"))).isEqualTo(1.0);
    assertThat(bigrams("路灯不亮").size()).isEqualTo(3);
  }

  @Test
  void theGramsAreThoseOfTheNormalisedText() {
    assertThat(bigrams("路灯，不亮！").grams()).containsExactlyInAnyOrder("路灯", "灯不", "不亮");
    assertThat(CharacterNgrams.of("Ｘ", 2).grams()).containsExactly("x");
    assertThatThrownBy(() -> bigrams("路灯").grams().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSameCallerCallingAgainScoresHigh() {
    // given the first appeal and the caller's second call about the same light
    CharacterNgrams first = bigrams(STREET_LIGHT);
    CharacterNgrams again = bigrams("我再反映一次：小区门口的路灯坏了，晚上一片漆黑，请尽快修好！");
    // then 17 of 28 distinct bigrams are shared
    assertThat(first.jaccard(again)).isEqualTo(17.0 / 28).isGreaterThan(0.5);
    assertThat(first.dice(again)).isEqualTo(34.0 / 45);
  }

  @Test
  void wordsReorderedStillScoreAboveHalfByDice() {
    CharacterNgrams first = bigrams(STREET_LIGHT);
    CharacterNgrams reworded = bigrams("小区门口路灯坏了，晚上漆黑一片，请尽快维修！");

    assertThat(first.dice(reworded)).isEqualTo(22.0 / 38).isGreaterThan(0.5);
    assertThat(first.jaccard(reworded)).isEqualTo(11.0 / 27).isLessThan(0.5);
  }

  @Test
  void anUnrelatedComplaintScoresLow() {
    CharacterNgrams noise = bigrams("楼上邻居每天夜里装修，噪音太大影响休息。");

    assertThat(bigrams(STREET_LIGHT).jaccard(noise)).isEqualTo(0.0);
    assertThat(bigrams(STREET_LIGHT).dice(noise)).isEqualTo(0.0);
  }

  @Test
  void anotherProblemAtTheSamePlaceSharesOnlyBoilerplate() {
    // 小区门口的 and 希望尽快 are shared: 7 of 34 bigrams, just above 0.2 by Jaccard
    CharacterNgrams bins = bigrams("小区门口的垃圾桶满了，一直没人清理，希望尽快处理。");

    assertThat(bigrams(STREET_LIGHT).jaccard(bins)).isEqualTo(7.0 / 34);
    assertThat(bigrams(STREET_LIGHT).dice(bins)).isEqualTo(14.0 / 41).isLessThan(0.5);
  }

  @Test
  void shortAndEmptyTexts() {
    assertThat(CharacterNgrams.of("灯", 3).jaccard(CharacterNgrams.of("灯！", 3))).isEqualTo(1.0);
    assertThat(CharacterNgrams.of("灯", 3).size()).isEqualTo(1);
    assertThat(bigrams("！！ ").size()).isZero();
    assertThat(bigrams("！！ ").jaccard(bigrams(""))).isEqualTo(1.0);
    assertThat(bigrams("").dice(bigrams("路灯"))).isEqualTo(0.0);
  }

  @Test
  void anEmojiIsOneCharacter() {
    assertThat(CharacterNgrams.of("😀灯", 2).size()).isEqualTo(1);
    assertThat(CharacterNgrams.of("😀灯", 1).size()).isEqualTo(2);
  }

  @Test
  void refusesBadArgumentsNamingThem() {
    assertThatThrownBy(() -> CharacterNgrams.of(null, 2))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> CharacterNgrams.of("路灯", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be from 1 to 5, was 0");
    assertThatThrownBy(() -> CharacterNgrams.of("路灯", 6))
        .hasMessage("n must be from 1 to 5, was 6");
    assertThatThrownBy(() -> bigrams("路灯").jaccard(null))
        .isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> bigrams("路灯").dice(CharacterNgrams.of("路灯", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must have the same n as this profile (2), had 3");
  }

  @Test
  void toStringNeverShowsTheText() {
    assertThat(bigrams(STREET_LIGHT)).hasToString("CharacterNgrams[n=2, 20 grams]");
  }
}
