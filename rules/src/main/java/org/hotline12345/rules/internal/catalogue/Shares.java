package org.hotline12345.rules.internal.catalogue;

import java.util.Locale;

/** The one way the catalogue writes a part of a whole. */
public final class Shares {

  private Shares() {}

  /**
   * A part of a whole with its percentage to one decimal (rounded half up), for example
   * {@code 312 of 340 (91.8%)}; {@code 0 of 0 (0.0%)} for nothing.
   *
   * @param part the part
   * @param whole the whole, at least the part
   * @return the text
   */
  public static String describe(int part, int whole) {
    double percent = whole == 0 ? 0.0 : 100.0 * part / whole;
    return String.format(Locale.ROOT, "%d of %d (%.1f%%)", part, whole, percent);
  }
}
