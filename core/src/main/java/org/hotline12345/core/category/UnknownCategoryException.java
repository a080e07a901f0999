package org.hotline12345.core.category;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A category code that the {@link CategoryTaxonomy} asked does not hold; the message names the
 * code.
 */
public final class UnknownCategoryException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final CategoryCode categoryCode;

  /**
   * Creates the exception.
   *
   * @param categoryCode the code that is not in the taxonomy
   * @throws NullPointerException if categoryCode is null
   */
  public UnknownCategoryException(CategoryCode categoryCode) {
    super("unknown category '" + Objects.requireNonNull(categoryCode, "categoryCode")
        + "': it is not in the taxonomy");
    this.categoryCode = categoryCode;
  }

  /**
   * The code that is not in the taxonomy.
   *
   * @return the code
   */
  public CategoryCode categoryCode() {
    return categoryCode;
  }
}
