package org.hotline12345.rules.internal.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a monospaced font, Chinese characters counted as two
 * columns wide (as terminals and editors show them). Not thread-safe.
 */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  /**
   * A table with a header row.
   *
   * @param header the column names; a name starting with {@code >} is a right-aligned number column
   */
  TextTable(String... header) {
    rightAligned = new boolean[header.length];
    String[] names = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      rightAligned[i] = header[i].startsWith(">");
      names[i] = rightAligned[i] ? header[i].substring(1) : header[i];
    }
    rows.add(names);
  }

  /** Adds a row of as many cells as the header has. */
  TextTable row(Object... cells) {
    String[] texts = new String[rightAligned.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = i < cells.length ? String.valueOf(cells[i]) : "";
    }
    rows.add(texts);
    return this;
  }

  /** Writes the table, each line indented by two spaces. */
  void writeTo(StringBuilder out) {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        String pad = " ".repeat(widths[i] - width(row[i]));
        line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + row[i] : row[i] + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** The columns a text takes: two for a wide (East Asian) character, one for any other. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
  }
}
