package org.hotline12345.rules.table;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;

/**
 * What a table's cells and outputs may refer to, for verification: the department directory
 * (承办单位目录), the category taxonomy (分类体系), the area hierarchy (行政区划). Each part is
 * optional; a part left out is not checked. With a taxonomy, verification reads category paths
 * from it rather than from code prefixes; with an area hierarchy, area paths from it rather than
 * from the structure of GB/T 2260 codes. Immutable.
 */
public final class References {

  private static final References NONE = new References(null, null, null);

  private final DepartmentDirectory directory;
  private final CategoryTaxonomy taxonomy;
  private final AreaHierarchy areas;

  private References(DepartmentDirectory directory, CategoryTaxonomy taxonomy,
      AreaHierarchy areas) {
    this.directory = directory;
    this.taxonomy = taxonomy;
    this.areas = areas;
  }

  /**
   * No references: nothing is checked against a directory, taxonomy or area hierarchy.
   *
   * @return the empty references
   */
  public static References none() {
    return NONE;
  }

  /**
   * These references with a department directory.
   *
   * @param directory the directory
   * @return the references
   * @throws NullPointerException if directory is null
   */
  public References withDirectory(DepartmentDirectory directory) {
    return new References(Objects.requireNonNull(directory, "directory"), taxonomy, areas);
  }

  /**
   * These references with a category taxonomy.
   *
   * @param taxonomy the taxonomy
   * @return the references
   * @throws NullPointerException if taxonomy is null
   */
  public References withTaxonomy(CategoryTaxonomy taxonomy) {
    return new References(directory, Objects.requireNonNull(taxonomy, "taxonomy"), areas);
  }

  /**
   * These references with an area hierarchy.
   *
   * @param areas the hierarchy
   * @return the references
   * @throws NullPointerException if areas is null
   */
  public References withAreas(AreaHierarchy areas) {
    return new References(directory, taxonomy, Objects.requireNonNull(areas, "areas"));
  }

  /**
   * The department directory.
   *
   * @return the directory, if given
   */
  public Optional<DepartmentDirectory> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * The category taxonomy.
   *
   * @return the taxonomy, if given
   */
  public Optional<CategoryTaxonomy> taxonomy() {
    return Optional.ofNullable(taxonomy);
  }

  /**
   * The area hierarchy.
   *
   * @return the hierarchy, if given
   */
  public Optional<AreaHierarchy> areas() {
    return Optional.ofNullable(areas);
  }

  /**
   * The sizes of the parts given.
   *
   * @return for example {@code References[directory of 120, areas of 1300]}
   */
  @Override
  public String toString() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (directory != null) {
      parts.add("directory of " + directory.size());
    }
    if (taxonomy != null) {
      parts.add("taxonomy of " + taxonomy.size());
    }
    if (areas != null) {
      parts.add("areas of " + areas.size());
    }
    return "References[" + String.join(", ", parts) + "]";
  }
}
