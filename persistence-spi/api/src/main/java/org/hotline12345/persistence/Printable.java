package org.hotline12345.persistence;

/**
 * Text made safe for a {@code toString} or a message: line breaks, other control characters,
 * format characters (zero-width, direction marks) and unpaired surrogates are written as
 * {@code \}{@code uXXXX} escapes, so a stored value cannot forge a log line.
 */
final class Printable {

  private Printable() {}

  /**
   * The text with every character that is not printable escaped.
   *
   * @param text the text, or null
   * @return the escaped text, or {@code "null"}
   */
  static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      int type = Character.getType(c);
      boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if (unsafe || c == '\\') {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(c == '\\' ? "\\\\" : String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
