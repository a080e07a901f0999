package org.hotline12345.examples.jdbc;

/**
 * The reversible escape that lets any text reach the database: PostgreSQL cannot store U+0000
 * in a text column. U+0001 is the escape character: U+0000 is written as U+0001 U+0001 and
 * U+0001 as U+0001 U+0002; every other character is written as it is. The encoding is
 * injective and keeps the order of strings (the escapes sort where the characters they
 * replace did), so equality, uniqueness and keyset order work on encoded values; text
 * without U+0000 and U+0001 is stored unchanged.
 */
final class TextCodec {

  private static final char ESCAPE = '\u0001';
  private static final char ESCAPED_NUL = '\u0001';
  private static final char ESCAPED_ESCAPE = '\u0002';

  private TextCodec() {}

  /**
   * Encodes text for storage.
   *
   * @param text the text
   * @return the stored form
   */
  static String encode(String text) {
    if (text.indexOf('\u0000') < 0 && text.indexOf(ESCAPE) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        out.append(ESCAPE).append(ESCAPED_NUL);
      } else if (c == ESCAPE) {
        out.append(ESCAPE).append(ESCAPED_ESCAPE);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Decodes stored text.
   *
   * @param stored the stored form
   * @return the text
   * @throws IllegalStateException if the stored form was not written by {@link #encode}
   */
  static String decode(String stored) {
    if (stored.indexOf(ESCAPE) < 0) {
      return stored;
    }
    StringBuilder out = new StringBuilder(stored.length());
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c != ESCAPE) {
        out.append(c);
        continue;
      }
      char next = ++i < stored.length() ? stored.charAt(i) : '\uffff';
      if (next == ESCAPED_NUL) {
        out.append('\u0000');
      } else if (next == ESCAPED_ESCAPE) {
        out.append(ESCAPE);
      } else {
        throw new IllegalStateException("stored text has an escape character that is not"
            + " followed by an escape code: it was not written by this adapter");
      }
    }
    return out.toString();
  }
}
