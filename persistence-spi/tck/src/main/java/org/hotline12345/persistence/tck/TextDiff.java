package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/**
 * Compares text read back with text written and, when they differ, says where and how in code
 * points ({@code U+0000}), so that a failure names what a column type, an escape or a
 * normalization changed without printing control characters into the build log.
 */
final class TextDiff {

  private TextDiff() {}

  /** Fails, naming the first difference, unless the text read back is the text written. */
  static void assertSameText(String what, String written, String read) {
    if (written.equals(read)) {
      return;
    }
    if (read == null) {
      fail("%s came back as null; %d characters were written", what, written.length());
    }
    int i = 0;
    while (i < written.length() && i < read.length() && written.charAt(i) == read.charAt(i)) {
      i++;
    }
    fail("%s differs from what was written at character %d: written %s, read back %s (lengths %d and %d)",
        what, i, at(written, i), at(read, i), written.length(), read.length());
  }

  /** The same, for lists of text such as aliases. */
  static void assertSameTexts(String what, List<String> written, List<String> read) {
    if (written.size() != read.size()) {
      fail("%s: %d were written, %d read back", what, written.size(), read.size());
    }
    for (int i = 0; i < written.size(); i++) {
      assertSameText(what + " #" + (i + 1), written.get(i), read.get(i));
    }
  }

  private static String at(String text, int index) {
    if (index >= text.length()) {
      return "the end of the text";
    }
    int codePoint = text.codePointAt(index);
    return String.format("U+%04X", codePoint);
  }
}
