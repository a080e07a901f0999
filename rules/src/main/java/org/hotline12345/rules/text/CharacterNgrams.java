package org.hotline12345.rules.text;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;

/**
 * The character n-gram profile (字符n元组) of a text, for finding near-duplicate appeals
 * (重复诉求): the same caller telling the same problem again in other words. Chinese text has no
 * spaces, so texts are compared by the sets of the runs of {@code n} consecutive characters
 * they contain; two bigram profiles of {@code 路灯不亮} hold {@code 路灯}, {@code 灯不} and
 * {@code 不亮}.
 *
 * <p>The text is first normalised, so that typing habits do not count as differences:
 * <ol>
 *   <li>full-width ASCII forms (U+FF01 to U+FF5E, as in {@code ＡＢＣ１２３！}) become their ASCII
 *       letters, digits and signs;
 *   <li>white space, every other invisible character (as the SDK's text rules define it: controls,
 *       zero-width and ideographic spaces...) and punctuation (Unicode general categories
 *       Pc, Pd, Ps, Pe, Pi, Pf and Po, Chinese punctuation such as {@code ，。！？、“”} included)
 *       are removed;
 *   <li>Latin letters are lower-cased.
 * </ol>
 * Other characters (Chinese characters, digits, symbols such as {@code ℃}) are kept as they are.
 * N-grams count Unicode code points, so an emoji is one character. A normalised text shorter
 * than {@code n} but not empty gives one gram, itself; an empty one gives none.
 *
 * <p>Instances are immutable and thread-safe; they keep the grams but not the text. The grams
 * are fragments of personal text: {@code toString} shows only their number.
 */
public final class CharacterNgrams {

  /** The smallest n allowed. */
  public static final int MIN_N = 1;

  /** The largest n allowed. */
  public static final int MAX_N = 5;

  private final int n;
  private final Set<String> grams;

  private CharacterNgrams(int n, Set<String> grams) {
    this.n = n;
    this.grams = Set.copyOf(grams);
  }

  /**
   * The profile of a text.
   *
   * @param text the text; not kept
   * @param n the number of characters per gram, {@value #MIN_N} to {@value #MAX_N} (2 suits
   *     Chinese appeals)
   * @return the profile of the normalised text
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if n is out of range
   */
  public static CharacterNgrams of(CharSequence text, int n) {
    Objects.requireNonNull(text, "text");
    if (n < MIN_N || n > MAX_N) {
      throw new IllegalArgumentException("n must be from " + MIN_N + " to " + MAX_N + ", was " + n);
    }
    int[] chars = normalise(text);
    Set<String> grams = new HashSet<>();
    if (chars.length > 0 && chars.length < n) {
      grams.add(new String(chars, 0, chars.length));
    }
    for (int i = 0; i + n <= chars.length; i++) {
      grams.add(new String(chars, i, n));
    }
    return new CharacterNgrams(n, grams);
  }

  private static int[] normalise(CharSequence text) {
    return text.codePoints()
        .map(cp -> cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp)
        .filter(cp -> !Texts.isInvisible(cp) && !isPunctuation(cp))
        .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
            ? Character.toLowerCase(cp) : cp)
        .toArray();
  }

  private static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /**
   * The Jaccard similarity: the grams both profiles hold over the grams either holds,
   * {@code |A ∩ B| / |A ∪ B|}. Two empty profiles are alike (1).
   *
   * @param other the other profile, of the same n
   * @return the similarity, from 0 (no gram shared) to 1 (the same grams)
   * @throws NullPointerException if other is null
   * @throws IllegalArgumentException if other has another n
   */
  public double jaccard(CharacterNgrams other) {
    int common = common(other);
    int union = grams.size() + other.grams.size() - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /**
   * The Dice (Sørensen) similarity: twice the grams both profiles hold over the sum of their
   * sizes, {@code 2|A ∩ B| / (|A| + |B|)}; never below {@link #jaccard}. Two empty profiles are
   * alike (1).
   *
   * @param other the other profile, of the same n
   * @return the similarity, from 0 (no gram shared) to 1 (the same grams)
   * @throws NullPointerException if other is null
   * @throws IllegalArgumentException if other has another n
   */
  public double dice(CharacterNgrams other) {
    int common = common(other);
    int sizes = grams.size() + other.grams.size();
    return sizes == 0 ? 1.0 : 2.0 * common / sizes;
  }

  private int common(CharacterNgrams other) {
    Objects.requireNonNull(other, "other");
    if (other.n != n) {
      throw new IllegalArgumentException("other must have the same n as this profile (" + n
          + "), had " + other.n);
    }
    Set<String> small = grams.size() <= other.grams.size() ? grams : other.grams;
    Set<String> large = small == grams ? other.grams : grams;
    int common = 0;
    for (String gram : small) {
      if (large.contains(gram)) {
        common++;
      }
    }
    return common;
  }

  /**
   * The number of characters per gram.
   *
   * @return n, from {@value #MIN_N} to {@value #MAX_N}
   */
  public int n() {
    return n;
  }

  /**
   * The distinct grams themselves, for an index from grams to texts (as a knowledge base keeps
   * for its questions). The grams of an appeal are fragments of personal text: a caller must not
   * show, log or keep them.
   *
   * @return the grams, unmodifiable, in no particular order
   */
  public Set<String> grams() {
    return grams;
  }

  /**
   * The number of distinct grams.
   *
   * @return the size, 0 for a text that is empty after normalisation
   */
  public int size() {
    return grams.size();
  }

  /**
   * Whether the other object is a profile with the same n and the same grams, as the profiles of
   * two texts equal after normalisation are.
   *
   * @param other the object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CharacterNgrams
        && ((CharacterNgrams) other).n == n
        && ((CharacterNgrams) other).grams.equals(grams);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return 31 * n + grams.hashCode();
  }

  /**
   * The n and the number of grams, never the grams.
   *
   * @return for example {@code CharacterNgrams[n=2, 14 grams]}
   */
  @Override
  public String toString() {
    return "CharacterNgrams[n=" + n + ", " + grams.size() + " grams]";
  }
}
