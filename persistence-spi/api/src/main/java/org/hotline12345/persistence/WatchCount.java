package org.hotline12345.persistence;

import java.util.Objects;

/**
 * One row of the supervision board's counts (红黄牌看板), as {@link CaseQueries#watchCounts}
 * returns them: for one watched stage, how many open cases watch a deadline of that stage, how
 * many of them are past yellow at the instant asked, and how many of those are overdue (red).
 * The green ones are {@code open - pastYellow}, the yellow ones {@code pastYellow - overdue}.
 *
 * @param stage the stage, as {@link StoredCase#watchedStage()} holds it: an id of {@link Keys}
 * @param open the open cases whose watched deadline is of the stage, 0 or more
 * @param pastYellow those whose {@link StoredCase#yellowAt()} is at or before the instant,
 *     0 to {@code open}
 * @param overdue those whose {@link StoredCase#watchedDueAt()} is at or before the instant,
 *     0 to {@code pastYellow}
 */
public record WatchCount(String stage, long open, long pastYellow, long overdue) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if stage is null
   * @throws IllegalArgumentException if the stage is not an id, a count is negative, or {@code
   *     overdue <= pastYellow <= open} does not hold
   */
  public WatchCount {
    Objects.requireNonNull(stage, "stage");
    Keys.requireId("stage", stage);
    if (overdue < 0 || pastYellow < overdue || open < pastYellow) {
      throw new IllegalArgumentException("the counts of stage " + stage + " must hold 0 <= overdue <= pastYellow"
          + " <= open, were overdue " + overdue + ", pastYellow " + pastYellow + ", open " + open);
    }
  }

  /**
   * The open cases of the stage before yellow (green, 绿灯).
   *
   * @return {@code open - pastYellow}
   */
  public long green() {
    return open - pastYellow;
  }

  /**
   * The open cases of the stage past yellow and not yet overdue (yellow, 黄灯).
   *
   * @return {@code pastYellow - overdue}
   */
  public long yellow() {
    return pastYellow - overdue;
  }
}
