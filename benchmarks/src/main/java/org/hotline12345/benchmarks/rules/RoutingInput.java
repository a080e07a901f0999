package org.hotline12345.benchmarks.rules;

import java.util.Objects;

/**
 * One appeal to route: its category and area, and which kind of row it was drawn to hit.
 *
 * @param category the appeal's category code
 * @param area the appeal's area code
 * @param drawnFor the kind of row the appeal was drawn to hit
 */
public record RoutingInput(String category, String area, Hit drawnFor) {

  /** The kinds of row an appeal can be drawn to hit. */
  public enum Hit {
    /** A row naming the appeal's category and area. */
    EXACT,
    /** No row names the appeal's area for its category: only the category's fallback row. */
    FALLBACK,
    /** The appeal's category is in no row (a category added after the catalogue was written). */
    NONE
  }

  /**
   * Checks that no part is missing.
   *
   * @throws NullPointerException naming the part that is null
   */
  public RoutingInput {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(drawnFor, "drawnFor");
  }
}
