package org.hotline12345.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's results, in the query's order.
 *
 * @param items the items, at most the page size
 * @param next the cursor of the next page, or empty when this is the last
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

  /**
   * Checks the fields and copies the items.
   *
   * @throws NullPointerException if a field is null
   */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(next, "next");
  }
}
