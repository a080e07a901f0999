package org.hotline12345.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of n-gram similarity for texts over a small alphabet (Chinese characters, Latin
 * letters and digits, an emoji) with the spaces and punctuation that normalisation removes.
 */
class CharacterNgramsPropertiesTest {

  private static final String[] PIECES = {"路", "灯", "不", "亮", "a", "B", "1", "😀"};
  private static final String[] NOISE = {" ", "\u3000", "\t", "！", "，", "。", "!", "-", "“"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(concat(PIECES, NOISE)).list().ofMaxSize(12)
        .map(pieces -> String.join("", pieces));
  }

  /** A text and the same text retyped: other spacing, punctuation, case and width. */
  @Provide
  Arbitrary<List<String>> retyped() {
    Arbitrary<List<String>> pieces = Arbitraries.of(PIECES).list().ofMaxSize(10);
    Arbitrary<List<String>> noise = Arbitraries.of(NOISE).list().ofSize(11);
    Arbitrary<List<Boolean>> wide = Arbitraries.of(true, false).list().ofSize(10);
    return Combinators.combine(pieces, noise, wide).as((plain, gaps, widen) -> {
      StringBuilder typed = new StringBuilder(gaps.get(0));
      for (int i = 0; i < plain.size(); i++) {
        typed.append(widen.get(i) ? retype(plain.get(i)) : plain.get(i)).append(gaps.get(i + 1));
      }
      return List.of(String.join("", plain), typed.toString());
    });
  }

  private static String retype(String piece) {
    char c = piece.charAt(0);
    if (piece.length() == 1 && c >= '!' && c <= '~') {
      char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      return String.valueOf((char) (other + 0xFEE0));
    }
    return piece;
  }

  @Property
  void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll("texts") String a,
      @ForAll("texts") String b, @ForAll @IntRange(min = 1, max = 5) int n) {
    CharacterNgrams first = CharacterNgrams.of(a, n);
    CharacterNgrams second = CharacterNgrams.of(b, n);

    assertThat(first.jaccard(second)).isEqualTo(second.jaccard(first)).isBetween(0.0, 1.0);
    assertThat(first.dice(second)).isEqualTo(second.dice(first)).isBetween(0.0, 1.0);
  }

  @Property
  void diceIsTwiceJaccardOverOnePlusJaccard(@ForAll("texts") String a,
      @ForAll("texts") String b, @ForAll @IntRange(min = 1, max = 5) int n) {
    CharacterNgrams first = CharacterNgrams.of(a, n);
    CharacterNgrams second = CharacterNgrams.of(b, n);
    double jaccard = first.jaccard(second);

    assertThat(first.dice(second)).isCloseTo(2 * jaccard / (1 + jaccard), within(1e-12))
        .isGreaterThanOrEqualTo(jaccard);
  }

  @Property
  void aTextRetypedIsTheSameText(@ForAll("retyped") List<String> pair,
      @ForAll @IntRange(min = 1, max = 5) int n) {
    CharacterNgrams plain = CharacterNgrams.of(pair.get(0), n);
    CharacterNgrams typed = CharacterNgrams.of(pair.get(1), n);

    assertThat(typed).isEqualTo(plain);
    assertThat(typed.jaccard(plain)).isEqualTo(1.0);
    assertThat(typed.dice(plain)).isEqualTo(1.0);
  }

  @Property
  void similarityIsOneExactlyForTheSameGrams(@ForAll("texts") String a, @ForAll("texts") String b,
      @ForAll @IntRange(min = 1, max = 5) int n) {
    CharacterNgrams first = CharacterNgrams.of(a, n);
    CharacterNgrams second = CharacterNgrams.of(b, n);

    assertThat(first.jaccard(CharacterNgrams.of(a, n))).isEqualTo(1.0);
    assertThat(first.jaccard(second) == 1.0).isEqualTo(first.equals(second));
    assertThat(first.dice(second) == 1.0).isEqualTo(first.equals(second));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
