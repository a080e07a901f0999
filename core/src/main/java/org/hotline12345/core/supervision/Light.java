package org.hotline12345.core.supervision;

import java.time.Instant;
import java.util.Objects;

/**
 * The light (亮灯) of a watched deadline: green while less than the policy's fraction of the limit
 * is used, yellow from then until the due instant, red from the due instant on. The three are
 * half-open bands of time, {@code [start, yellowAt)}, {@code [yellowAt, dueAt)}, {@code [dueAt, ...)},
 * as the stores' supervision board counts them ({@code CaseQueries.watchCounts}); a step done
 * at the due instant itself is still on time, but the board shows the deadline as reached. Lights
 * only go forward in time for a given deadline: green, yellow, red.
 */
public enum Light {
  /** Green (绿灯): in time, less than the yellow threshold of the limit used. */
  GREEN("绿灯"),
  /** Yellow (黄灯): the yellow threshold reached, the deadline not yet passed. */
  YELLOW("黄灯"),
  /** Red (红灯): the due instant is reached (overdue, 超期). */
  RED("红灯");

  private final String chinese;

  Light(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The light of a deadline at an instant, from the instant it turns yellow and its due
   * instant: red from {@code dueAt} on; else yellow from {@code yellowAt} on; green before.
   *
   * @param now the instant
   * @param yellowAt when the deadline turns yellow (see {@link SupervisionPlan.Watch#yellowAt()})
   * @param dueAt the due instant
   * @return the light
   * @throws NullPointerException if an argument is null
   */
  public static Light at(Instant now, Instant yellowAt, Instant dueAt) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(yellowAt, "yellowAt");
    Objects.requireNonNull(dueAt, "dueAt");
    if (!now.isBefore(dueAt)) {
      return RED;
    }
    return now.isBefore(yellowAt) ? GREEN : YELLOW;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 黄灯}
   */
  public String chinese() {
    return chinese;
  }
}
