package org.hotline12345.persistence;

import java.util.Objects;
import java.util.Optional;

/**
 * A request for one page of a query: how many items, and after which cursor (from the
 * previous {@link Page#next()}), for keyset paging that stays fast on millions of rows.
 *
 * @param size the most items to return, 1 to 10,000
 * @param after the cursor of the previous page, or empty for the first page
 */
public record PageRequest(int size, Optional<String> after) {

  /** The largest page. */
  public static final int MAX_SIZE = 10_000;

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if after is null
   * @throws IllegalArgumentException if size is not 1 to {@link #MAX_SIZE}
   */
  public PageRequest {
    Objects.requireNonNull(after, "after");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", was " + size);
    }
  }

  /**
   * The first page.
   *
   * @param size the most items
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  /**
   * The page after a cursor.
   *
   * @param size the most items
   * @param cursor the previous page's {@link Page#next()}
   * @return the request
   */
  public static PageRequest after(int size, String cursor) {
    return new PageRequest(size, Optional.of(Objects.requireNonNull(cursor, "cursor")));
  }
}
