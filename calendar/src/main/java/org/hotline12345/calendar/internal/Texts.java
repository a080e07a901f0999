package org.hotline12345.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Text rules shared by the SDK's modules: escaping text that reaches a message or a
 * {@code toString}, quoting an echoed token, and checking that a name is plain one-line text.
 *
 * <p>Each rule is written here once and the other modules build on it (the core's text rules
 * delegate here): what is {@linkplain #isInvisible(int) invisible} and so what is
 * {@linkplain #isBlank blank}, what is {@linkplain #isWellFormed well-formed} UTF-16, and how text
 * is {@linkplain #escape(CharSequence) escaped} for a message.
 *
 * <p>Escaping shows line breaks and tabs as {@code \n}, {@code \r}, {@code \t}, and every other
 * invisible character but the plain space (control characters, no-break and ideographic spaces,
 * direction marks, zero-width characters, the byte-order mark, line and paragraph separators,
 * Hangul fillers, variation selectors...) and every unpaired surrogate as
 * <code>&#92;uXXXX</code> per UTF-16 unit, so that a message always stays on one visible line,
 * cannot forge a log line and shows every character that would not show itself. Backslashes are
 * kept as they are, so escaping twice changes nothing.
 */
public final class Texts {

  /** The most characters of a token that a message echoes; the rest is counted, not shown. */
  public static final int MAX_ECHO = 64;

  private Texts() {}

  /**
   * The text with every character that could break or hide a line escaped.
   *
   * @param text the text
   * @return the escaped text, equal to {@code text} when it holds no such character
   * @throws NullPointerException if text is null
   */
  public static String escape(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    int i = 0;
    while (i < length && !needsEscape(text, i)) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    if (i >= length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      int units = Character.charCount(cp);
      if (needsEscape(text, i)) {
        for (int k = i; k < i + units; k++) {
          appendEscaped(out, text.charAt(k));
        }
      } else {
        out.appendCodePoint(cp);
      }
      i += units;
    }
    return out.toString();
  }

  /**
   * A token as a message echoes it: escaped, in single quotes, and cut after
   * {@link #MAX_ECHO} characters with the length of the whole, as in
   * {@code 'aaaa…' (1000 characters)}.
   *
   * @param token the token
   * @return the quoted token
   * @throws NullPointerException if token is null
   */
  public static String quote(CharSequence token) {
    Objects.requireNonNull(token, "token");
    String text = token.toString();
    int count = text.codePointCount(0, text.length());
    if (count <= MAX_ECHO) {
      return "'" + escape(text) + "'";
    }
    String head = text.substring(0, text.offsetByCodePoints(0, MAX_ECHO));
    return "'" + escape(head) + "…' (" + count + " characters)";
  }

  /**
   * The text escaped and cut to at most the given number of characters, for a part of a
   * message that is not a token (a file name, a reason).
   *
   * @param text the text
   * @param max the most characters of the text to keep, at least 1
   * @return the escaped, shortened text
   * @throws NullPointerException if text is null
   */
  public static String escape(CharSequence text, int max) {
    Objects.requireNonNull(text, "text");
    String plain = text.toString();
    int count = plain.codePointCount(0, plain.length());
    if (count <= max) {
      return escape(plain);
    }
    return escape(plain.substring(0, plain.offsetByCodePoints(0, max))) + "… (" + count
        + " characters)";
  }

  /**
   * The 0-based index of the first character that plain one-line text must not contain: a
   * control character (tab and line breaks included), a line or paragraph separator, or an
   * unpaired surrogate.
   *
   * @param text the text
   * @return the index, or -1 if the text is plain
   * @throws NullPointerException if an argument is null
   */
  public static int firstNonPlain(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int unpaired = firstUnpairedSurrogate(text);
    int end = unpaired < 0 ? text.length() : unpaired;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return unpaired;
  }

  /** The index of the first unpaired surrogate, or -1. */
  private static int firstUnpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a code point shows nothing: white space of any kind (space, no-break space U+00A0,
   * ideographic space U+3000, line and paragraph separators), control characters (NUL and the
   * other C0 and C1 controls), format characters (zero-width space and joiners U+200B-U+200D,
   * direction marks U+200E/U+200F, embeddings and overrides U+202A-U+202E, word joiner U+2060,
   * isolates U+2066-U+2069, byte-order mark U+FEFF, soft hyphen, tags), and the other default
   * ignorable code points of Unicode (combining grapheme joiner, Hangul fillers, variation
   * selectors), plus the blank Braille pattern U+2800. A surrogate code unit alone is not
   * invisible: it is ill-formed (see {@link #isWellFormed}).
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
   * Whether the text shows nothing: empty, or made only of {@linkplain #isInvisible(int)
   * invisible} characters. {@code "\u200B\u00A0\u3000"} is blank; an unpaired surrogate is not
   * (it is ill-formed, which {@link #isWellFormed} reports).
   *
   * @param text the text
   * @return true if blank
   * @throws NullPointerException if an argument is null
   */
  public static boolean isBlank(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (!isInvisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Whether a text is well-formed UTF-16: every high surrogate is followed by a low one and
   * every low surrogate follows a high one. An ill-formed text cannot be stored faithfully
   * (PostgreSQL turned unpaired surrogates into {@code ?}, so two different external ids became
   * one) nor encoded as UTF-8.
   *
   * @param text the text
   * @return true if it has no unpaired surrogate
   * @throws NullPointerException if text is null
   */
  public static boolean isWellFormed(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return firstUnpairedSurrogate(text) < 0;
  }

  /**
   * Checks a name or other one-line text: not blank, plain (see {@link #firstNonPlain}), and
   * at most {@code maxLength} characters.
   *
   * @param text the text
   * @param field the field's name for the message
   * @param maxLength the most characters (Unicode code points) allowed
   * @return the text
   * @throws NullPointerException if text is null, with the field's name as message (the
   *     caller's parameter), or if field is null
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static String requireName(String text, String field, int maxLength) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, field);
    if (isBlank(text)) {
      throw new IllegalArgumentException(field + " must not be blank, was " + quote(text));
    }
    int bad = firstNonPlain(text);
    if (bad >= 0) {
      throw new IllegalArgumentException(field + " must be one line of plain text, without control"
          + " characters, line breaks or unpaired surrogates; " + quote(text) + " has "
          + escape(String.valueOf(text.charAt(bad))) + " at position " + (bad + 1));
    }
    int count = text.codePointCount(0, text.length());
    if (count > maxLength) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength
          + " characters, was " + count + ": " + quote(text));
    }
    return text;
  }

  /**
   * The refusal of a date outside a range of years, or null when it is inside.
   *
   * @param date the date
   * @param first the first year allowed
   * @param last the last year allowed
   * @param what what may fall in the years, for the message
   * @return for example {@code "date 3000000-01-01 is outside the years 1900 to 2200 in which a
   *     special day may fall"}, or null
   * @throws NullPointerException if an argument is null
   */
  public static String outsideYears(LocalDate date, int first, int last, String what) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(what, "what");
    if (date.getYear() >= first && date.getYear() <= last) {
      return null;
    }
    return "date " + date + " is outside the years " + first + " to " + last + " in which "
        + what;
  }

  private static boolean needsEscape(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        return isInvisible(Character.codePointAt(text, i));
      }
      return true;
    }
    return Character.isLowSurrogate(c) || (c != ' ' && isInvisible(c));
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(String.format("\\u%04X", (int) c));
    }
  }
}
