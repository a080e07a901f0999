package org.hotline12345.rules.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.persistence.Keys;
import org.hotline12345.rules.internal.catalogue.Shares;

/**
 * One row of a proposed dispatch catalogue (派单目录): in this category and area, the past
 * cases went mostly to this department (主办单位).
 *
 * @param id the row's id in its proposal, {@code R1}, {@code R2}... in the order rows are tried
 * @param category the category the row matches (and, when the miner had a taxonomy, every
 *     category below it)
 * @param area the area code the row matches wherever it stands on a case's area path; empty
 *     for any area
 * @param areaLevel the level of that area on the paths mined (0 = the most general); empty
 *     for any area
 * @param lead the majority department of the cell: the department to dispatch to
 * @param support how many of the cell's past cases the lead handled, 1 or more
 * @param cases how many past cases the cell holds, at least the support
 * @param leadLevel the level at which the lead most often handled them, if the history said
 * @param meetsThresholds whether support and share reach the miner's minimums; only a row for
 *     a category in any area may fall short (it is kept so that the category routes somewhere)
 */
public record CatalogueRow(String id, CategoryCode category, Optional<String> area,
    OptionalInt areaLevel, DepartmentId lead, int support, int cases, OptionalInt leadLevel,
    boolean meetsThresholds) {

  /**
   * Checks the fields.
   *
   * @param id the row's id
   * @param category the category the row matches
   * @param area the area code, empty for any area
   * @param areaLevel the area's level, empty for any area
   * @param lead the majority department
   * @param support the lead's cases in the cell
   * @param cases the cell's cases
   * @param leadLevel the level at which the lead most often handled them, if known
   * @param meetsThresholds whether support and share reach the miner's minimums
   * @throws NullPointerException if a field is null, naming it
   * @throws IllegalArgumentException if the id is not an id, the area is malformed, area and
   *     area level are not both present or both empty, a level is negative, or the support is
   *     not from 1 to the cases, naming the field
   */
  public CatalogueRow {
    Keys.requireId("id", id);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(areaLevel, "areaLevel");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(leadLevel, "leadLevel");
    area.ifPresent(code -> Keys.requireDirectoryKey("area", code));
    if (area.isPresent() != areaLevel.isPresent()) {
      throw new IllegalArgumentException(
          "area and areaLevel must both be present or both be empty (row " + id + ")");
    }
    if (areaLevel.orElse(0) < 0 || leadLevel.orElse(0) < 0) {
      throw new IllegalArgumentException("areaLevel and leadLevel must be 0 or more (row " + id + ")");
    }
    if (support < 1 || support > cases) {
      throw new IllegalArgumentException("support must be from 1 to cases (" + cases + "), was "
          + support + " (row " + id + ")");
    }
  }

  /**
   * The lead's share of the cell's cases.
   *
   * @return support / cases, in (0, 1]
   */
  public double share() {
    return (double) support / cases;
  }

  /**
   * What a reviewer reads: the support of the cell's cases and the share, with one decimal,
   * for example {@code 312 of 340 (91.8%)}; a row below the thresholds says so after a
   * semicolon ({@code 2 of 5 (40.0%); below the thresholds}).
   *
   * @return the description
   */
  public String description() {
    String counts = Shares.describe(support, cases);
    return meetsThresholds ? counts : counts + "; below the thresholds";
  }
}
