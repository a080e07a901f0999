package org.hotline12345.examples.report;

import java.util.List;

/**
 * A count per day for one value of a dimension (a channel, a type, a category).
 *
 * @param key the value's stable key, for example {@code PHONE} or {@code 0103}
 * @param label its display name, for example {@code 电话}
 * @param perDay the count of each day of {@link Volumes#days()}, in order
 */
public record Series(String key, String label, List<Long> perDay) {

  /**
   * Checks the fields and copies the list.
   *
   * @throws NullPointerException if a field or a count is null
   * @throws IllegalArgumentException if a text is blank or a count negative
   */
  public Series {
    Checks.text(key, "key");
    Checks.text(label, "label");
    perDay = Checks.list(perDay, "perDay");
    for (int i = 0; i < perDay.size(); i++) {
      Checks.count(perDay.get(i), "perDay[" + i + "]");
    }
  }

  /**
   * The sum over all days.
   *
   * @return the total
   */
  public long total() {
    return perDay.stream().mapToLong(Long::longValue).sum();
  }
}
