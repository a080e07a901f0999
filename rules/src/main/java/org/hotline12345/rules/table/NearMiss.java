package org.hotline12345.rules.table;

import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;

/**
 * A row that failed on exactly one column (差一点命中的规则): what a dispatcher looks at first
 * when a case went somewhere unexpected. The reason shows what the input was, except for free
 * text, of which it only names the keywords looked for.
 *
 * @param row the row
 * @param column the input column it failed on, or {@link #PERIOD} when the row matched every
 *     column but is not in effect on the day
 * @param reason why, for example {@code area was '320100 > 320104'; the row wants 320106}
 */
public record NearMiss(Row row, String column, String reason) {

  /** The column name a near miss gives when the row is not in effect on the day. */
  public static final String PERIOD = "effective dates";

  /**
   * Checks the fields.
   *
   * @param row the row
   * @param column the column it failed on, or {@link #PERIOD}
   * @param reason why
   * @throws NullPointerException if a field is null
   */
  public NearMiss {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The near miss as a sentence.
   *
   * @return for example {@code R2 failed on area: area was '320100 > 320104'; the row wants
   *     320106}
   */
  public String toText() {
    return Texts.escape(row.id(), 100) + " failed on " + Texts.escape(column, 100) + ": "
        + Texts.escape(reason, 500);
  }
}
