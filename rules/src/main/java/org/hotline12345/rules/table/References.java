package org.hotline12345.rules.table;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;

/**
 * What a table's cells and outputs may refer to, for verification: the department directory
 * (承办单位目录), the category taxonomy (分类体系). Each part is optional; a part left out is not
 * checked. With a taxonomy, verification also reads category paths from it rather than from
 * code prefixes. Immutable.
 */
public final class References {

  private static final References NONE = new References(null, null);

  private final DepartmentDirectory directory;
  private final CategoryTaxonomy taxonomy;

  private References(DepartmentDirectory directory, CategoryTaxonomy taxonomy) {
    this.directory = directory;
    this.taxonomy = taxonomy;
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
    return new References(Objects.requireNonNull(directory, "directory"), taxonomy);
  }

  /**
   * These references with a category taxonomy.
   *
   * @param taxonomy the taxonomy
   * @return the references
   * @throws NullPointerException if taxonomy is null
   */
  public References withTaxonomy(CategoryTaxonomy taxonomy) {
    return new References(directory, Objects.requireNonNull(taxonomy, "taxonomy"));
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

  @Override
  public String toString() {
    return "References[" + (directory == null ? "" : "directory of " + directory.size())
        + (taxonomy == null ? "" : (directory == null ? "" : ", ") + "taxonomy of "
        + taxonomy.size()) + "]";
  }
}
