package org.hotline12345.core.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The text rules used across the core, in one place: what counts as blank, what is well-formed
 * UTF-16, and how external text is made safe to show in a {@code toString} or a message.
 *
 * <p>Lengths are counted in UTF-16 code units, as {@link String#length()}, Jakarta's
 * {@code @Size} and HTML's {@code maxlength} count them: a Chinese character of the basic plane
 * counts 1, an emoji or a character of CJK Extension B counts 2.
 */
public final class Texts {

  /**
   * A regular expression that matches a text holding at least one character that is not
   * {@linkplain #isInvisible(int) invisible}, for {@code @Pattern(regexp = Texts.VISIBLE)}:
   * the Jakarta form of {@code !isBlank(text)}. A test pins that both agree on every code point.
   */
  public static final String VISIBLE = "(?s).*[^\\p{Cc}\\p{Cf}\\p{Z}"
      + "\\x{034F}\\x{115F}\\x{1160}\\x{17B4}\\x{17B5}\\x{180B}-\\x{180F}\\x{2060}-\\x{206F}"
      + "\\x{2800}\\x{3164}\\x{FE00}-\\x{FE0F}\\x{FFA0}\\x{FFF0}-\\x{FFF8}\\x{E0000}-\\x{E0FFF}].*";

  /** The rule {@link #brokenRule} names for an unpaired surrogate. */
  public static final String ILL_FORMED = "is not well-formed UTF-16 (it holds an unpaired surrogate)";

  private static final char ELLIPSIS = '\u2026';

  private Texts() {}

  /**
   * Whether a code point shows nothing: white space of any kind (space, no-break space U+00A0,
   * ideographic space U+3000, line and paragraph separators), control characters (NUL and the
   * other C0 and C1 controls), format characters (zero-width space and joiners U+200B-U+200D,
   * direction marks U+200E/U+200F, embeddings and overrides U+202A-U+202E, word joiner U+2060,
   * isolates U+2066-U+2069, byte-order mark U+FEFF, soft hyphen, tags), and the other default
   * ignorable code points of Unicode (combining grapheme joiner, Hangul fillers, variation
   * selectors), plus the blank Braille pattern U+2800.
   *
   * @param codePoint the code point
   * @return true if it is invisible
   */
  public static boolean isInvisible(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
        return true;
      default:
        return codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160
            || codePoint == 0x17B4 || codePoint == 0x17B5 || (codePoint >= 0x180B && codePoint <= 0x180F)
            || (codePoint >= 0x2060 && codePoint <= 0x206F) || codePoint == 0x2800 || codePoint == 0x3164
            || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0xFFA0
            || (codePoint >= 0xFFF0 && codePoint <= 0xFFF8) || (codePoint >= 0xE0000 && codePoint <= 0xE0FFF);
    }
  }

  /**
   * Whether a text is blank: empty, or made only of {@linkplain #isInvisible(int) invisible}
   * characters. {@code "\u200B\u00A0\u3000"} is blank; an unpaired surrogate is not (it is
   * ill-formed, which {@link #isWellFormed} reports).
   *
   * @param text the text
   * @return true if nothing in it is visible
   * @throws NullPointerException if text is null
   */
  public static boolean isBlank(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      if (!isInvisible(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * Whether a text is well-formed UTF-16: every high surrogate is followed by a low one and
   * every low surrogate follows a high one. An ill-formed text cannot be stored faithfully
   * (PostgreSQL turned unpaired surrogates into {@code ?}, so two different external ids became
   * one).
   *
   * @param text the text
   * @return true if it has no unpaired surrogate
   * @throws NullPointerException if text is null
   */
  public static boolean isWellFormed(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rule a text breaks among those every stored text keeps: well-formed UTF-16 and at most
   * {@code maxLength} UTF-16 code units. The rule is worded to follow a field's name
   * ({@code "content " + rule}) and never quotes the text.
   *
   * @param text the text
   * @param maxLength the most UTF-16 code units allowed, at least 1
   * @return the broken rule, for example {@code "is longer than 500 characters"}, or empty
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if maxLength is less than 1
   */
  public static Optional<String> brokenRule(CharSequence text, int maxLength) {
    Objects.requireNonNull(text, "text");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
    if (text.length() > maxLength) {
      return Optional.of("is longer than " + maxLength + " characters (UTF-16 code units)");
    }
    return isWellFormed(text) ? Optional.empty() : Optional.of(ILL_FORMED);
  }

  /**
   * A text made safe for a {@code toString}, a log line or an exception message: line breaks
   * and tabs as {@code \n}, {@code \r}, {@code \t}; a backslash as {@code \\}; every other
   * {@linkplain #isInvisible(int) invisible} character except the plain space, and every
   * unpaired surrogate, as {@code \}{@code uXXXX} per UTF-16 unit ({@code \}{@code u0000} for
   * NUL, {@code \}{@code u202E} for a right-to-left override); then cut to at most {@code max}
   * UTF-16 code units, ending with {@code …} when cut. An escape and a surrogate pair are never
   * split. For text from outside only (external ids, codes, names of places); personal data does
   * not belong in such text at all.
   *
   * @param text the text
   * @param max the most UTF-16 code units of the result, at least 1
   * @return the text for display, one line
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if max is less than 1
   */
  public static String forDisplay(CharSequence text, int max) {
    Objects.requireNonNull(text, "text");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    StringBuilder out = new StringBuilder(Math.min(max, text.length() + 8));
    int length = text.length();
    for (int i = 0; i < length; ) {
      int codePoint = Character.codePointAt(text, i);
      int next = i + Character.charCount(codePoint);
      String piece = escape(codePoint);
      int room = max - out.length() - (next < length ? 1 : 0);
      if (piece.length() > room) {
        return out.append(ELLIPSIS).toString();
      }
      out.append(piece);
      i = next;
    }
    return out.toString();
  }

  private static String escape(int codePoint) {
    switch (codePoint) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\\':
        return "\\\\";
      case ' ':
        return " ";
      default:
        break;
    }
    if (isInvisible(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
      StringBuilder escaped = new StringBuilder();
      for (char unit : Character.toChars(codePoint)) {
        escaped.append(String.format("\\u%04X", (int) unit));
      }
      return escaped.toString();
    }
    return Character.toString(codePoint);
  }
}
