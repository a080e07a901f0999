package org.hotline12345.examples.report;

import java.util.List;

/**
 * How many appeals (诉求) came in each day, by channel (渠道), appeal type (诉求类型) and
 * category (诉求分类, usually the taxonomy's top level).
 *
 * @param days the days, in order
 * @param byChannel one series per channel
 * @param byType one series per appeal type
 * @param byCategory one series per category
 */
public record Volumes(List<Day> days, List<Series> byChannel, List<Series> byType, List<Series> byCategory) {

  /**
   * Checks that every series has one count per day, and copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if a series has a count for other days
   */
  public Volumes {
    days = Checks.list(days, "days");
    byChannel = checked(byChannel, "byChannel", days.size());
    byType = checked(byType, "byType", days.size());
    byCategory = checked(byCategory, "byCategory", days.size());
  }

  private static List<Series> checked(List<Series> series, String field, int days) {
    List<Series> copy = Checks.list(series, field);
    for (Series s : copy) {
      if (s.perDay().size() != days) {
        throw new IllegalArgumentException(field + ": series " + s.key() + " has " + s.perDay().size()
            + " counts for " + days + " days");
      }
    }
    return copy;
  }

  /**
   * The appeals of the days in the period (lead-in days left out), counted by channel.
   *
   * @return the total
   */
  public long totalInPeriod() {
    long total = 0;
    for (Series s : byChannel) {
      for (int i = 0; i < days.size(); i++) {
        if (days.get(i).inPeriod()) {
          total += s.perDay().get(i);
        }
      }
    }
    return total;
  }
}
