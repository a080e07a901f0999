package org.hotline12345.benchmarks.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a dispatch catalogue: appeals of this category in this area go to this lead
 * department; a row without an area is the category's fallback, for any area.
 *
 * @param id the row's id, unique in the catalogue, for example {@code R00042}
 * @param category the leaf category code the row matches exactly
 * @param area the area code the row matches exactly, or empty for any area
 * @param lead the lead department id the row gives
 */
public record CatalogueRow(String id, String category, Optional<String> area, String lead) {

  /**
   * Checks that no part is missing.
   *
   * @throws NullPointerException naming the part that is null
   */
  public CatalogueRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(lead, "lead");
  }

  /**
   * Whether the row matches an appeal of this category in this area.
   *
   * @param appealCategory the appeal's category code
   * @param appealArea the appeal's area code
   * @return true when the category is the row's and the row's area is any or the appeal's
   */
  public boolean matches(String appealCategory, String appealArea) {
    return category.equals(appealCategory)
        && (area.isEmpty() || area.get().equals(appealArea));
  }
}
