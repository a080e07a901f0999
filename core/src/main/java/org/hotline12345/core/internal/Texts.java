package org.hotline12345.core.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The text rules of the core, built on the SDK's one definition of them in
 * {@link org.hotline12345.calendar.internal.Texts}: what counts as invisible and so as blank,
 * what is well-formed UTF-16, and how external text is escaped for a {@code toString} or a
 * message are written there once; this class adds what only the core needs (the Jakarta form
 * {@link #VISIBLE}, the rule a stored text breaks, a display form cut to a length) and keeps the
 * names the core's packages call.
 *
 * <p>Lengths are counted in UTF-16 code units, as {@link String#length()}, Jakarta's
 * {@code @Size} and HTML's {@code maxlength} count them: a Chinese character of the basic plane
 * counts 1, an emoji or a character of CJK Extension B counts 2.
 */
public final class Texts {

  /**
   * A regular expression that matches a text holding at least one character that is not
   * {@linkplain org.hotline12345.calendar.internal.Texts#isInvisible(int) invisible}, for
   * {@code @Pattern(regexp = Texts.VISIBLE)}: the Jakarta form of {@code !isBlank(text)}. A test
   * pins that it agrees with the calendar's definition on every code point.
   */
  public static final String VISIBLE = "(?s).*[^\\p{Cc}\\p{Cf}\\p{Z}"
      + "\\x{034F}\\x{115F}\\x{1160}\\x{17B4}\\x{17B5}\\x{180B}-\\x{180F}\\x{2060}-\\x{206F}"
      + "\\x{2800}\\x{3164}\\x{FE00}-\\x{FE0F}\\x{FFA0}\\x{FFF0}-\\x{FFF8}\\x{E0000}-\\x{E0FFF}].*";

  /** The rule {@link #brokenRule} names for an unpaired surrogate. */
  public static final String ILL_FORMED = "is not well-formed UTF-16 (it holds an unpaired surrogate)";

  private static final char ELLIPSIS = '\u2026';

  private Texts() {}

  /**
   * Whether a code point shows nothing (white space of any kind, controls, format characters
   * such as zero-width spaces and direction marks, and the other default ignorable code points),
   * as {@link org.hotline12345.calendar.internal.Texts#isInvisible} defines it for the whole SDK.
   *
   * @param codePoint the code point
   * @return true if it is invisible
   */
  public static boolean isInvisible(int codePoint) {
    return org.hotline12345.calendar.internal.Texts.isInvisible(codePoint);
  }

  /**
   * Whether a text is blank: empty, or made only of {@linkplain #isInvisible(int) invisible}
   * characters, as {@link org.hotline12345.calendar.internal.Texts#isBlank} defines it for the
   * whole SDK.
   * {@code "\u200B\u00A0\u3000"} is blank; an unpaired surrogate is not (it is ill-formed).
   *
   * @param text the text
   * @return true if nothing in it is visible
   * @throws NullPointerException if text is null
   */
  public static boolean isBlank(CharSequence text) {
    return org.hotline12345.calendar.internal.Texts.isBlank(text);
  }

  /**
   * Whether a text is well-formed UTF-16 (no unpaired surrogate), as
   * {@link org.hotline12345.calendar.internal.Texts#isWellFormed} defines it.
   *
   * @param text the text
   * @return true if it has no unpaired surrogate
   * @throws NullPointerException if text is null
   */
  public static boolean isWellFormed(CharSequence text) {
    return org.hotline12345.calendar.internal.Texts.isWellFormed(text);
  }

  /**
   * A token as a message echoes it: escaped, in single quotes, cut after 64 characters, as
   * {@link org.hotline12345.calendar.internal.Texts#quote} does for every module.
   *
   * @param token the token
   * @return the quoted token, for example {@code 'nj.gulou'}
   * @throws NullPointerException if token is null
   */
  public static String quote(CharSequence token) {
    return org.hotline12345.calendar.internal.Texts.quote(token);
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
   * Checks a short text a host configures (a name, a label, a question): not blank, well-formed,
   * at most {@code max} UTF-16 code units; the message names the field and never the text.
   *
   * @param field the field's name
   * @param value the text
   * @param max the most code units
   * @return the text
   * @throws IllegalArgumentException {@code "<field>: must be 1 to <max> characters, not blank, well-formed"}
   */
  public static String requireText(String field, String value, int max) {
    if (isBlank(value) || value.length() > max || !isWellFormed(value)) {
      throw new IllegalArgumentException(field + ": must be 1 to " + max + " characters, not blank, well-formed");
    }
    return value;
  }

  /**
   * A text made safe for a {@code toString}, a log line or an exception message: escaped as
   * {@link org.hotline12345.calendar.internal.Texts#escape(CharSequence)} escapes for the whole
   * SDK (line breaks and tabs as {@code \n}, {@code \r}, {@code \t}; every other invisible
   * character but the plain space, and every unpaired surrogate, as {@code \}{@code uXXXX} per
   * UTF-16 unit, for example {@code \}{@code u0000} for NUL and {@code \}{@code u202E} for a
   * right-to-left override; backslashes kept), then cut to at most {@code max} UTF-16 code
   * units, ending with {@code …} when cut. An escape and a surrogate pair are never split. For
   * text from outside only (external ids, codes, names of places); personal data does not
   * belong in such text at all.
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
      int next = i + Character.charCount(Character.codePointAt(text, i));
      String piece = org.hotline12345.calendar.internal.Texts.escape(text.subSequence(i, next));
      int room = max - out.length() - (next < length ? 1 : 0);
      if (piece.length() > room) {
        return out.append(ELLIPSIS).toString();
      }
      out.append(piece);
      i = next;
    }
    return out.toString();
  }
}
