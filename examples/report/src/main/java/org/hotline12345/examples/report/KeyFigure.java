package org.hotline12345.examples.report;

/**
 * A headline number of the report, shown in a tile with a stable id ({@code figure-<id>}) and
 * its value in {@code data-value}.
 *
 * @param id the stable id: letters, digits and hyphens, for example {@code appeals}
 * @param label the display label, for example {@code 诉求 appeals}
 * @param value the value as shown, for example {@code 3,000} or {@code 92.4%}
 * @param rawValue the value for machines, for example {@code 3000} or {@code 0.924}
 */
public record KeyFigure(String id, String label, String value, String rawValue) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is not letters, digits and hyphens, or a text is blank
   */
  public KeyFigure {
    Checks.text(id, "id");
    if (!id.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException("id: letters, digits and hyphens, at most 64, was '" + id + "'");
    }
    Checks.text(label, "label");
    Checks.text(value, "value");
    Checks.text(rawValue, "rawValue");
  }
}
