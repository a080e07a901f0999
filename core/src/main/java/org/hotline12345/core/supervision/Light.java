package org.hotline12345.core.supervision;

import java.time.Instant;
import java.util.Objects;

/**
 * The light (亮灯) of a watched deadline: green while less than the policy's fraction of the limit
 * is used, yellow from then until the deadline, red once it has passed. Lights only go forward
 * in time for a given deadline: green, yellow, red.
 */
public enum Light {
  /** Green (绿灯): in time, less than the yellow threshold of the limit used. */
  GREEN("绿灯"),
  /** Yellow (黄灯): the yellow threshold reached, the deadline not yet passed. */
  YELLOW("黄灯"),
  /** Red (红灯): the deadline has passed (overdue, 超期). */
  RED("红灯");

  private final String chinese;

  Light(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The light of a deadline at an instant, from the instant it turns yellow and its due
   * instant: red after {@code dueAt}; yellow from {@code yellowAt} on; green before.
   *
   * @param now the instant
   * @param yellowAt when the deadline turns yellow (see {@link SupervisionPlan.Watch#yellowAt()})
   * @param dueAt the due instant; a step done at it is on time, so it is not yet red
   * @return the light
   * @throws NullPointerException if an argument is null
   */
  public static Light at(Instant now, Instant yellowAt, Instant dueAt) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(yellowAt, "yellowAt");
    Objects.requireNonNull(dueAt, "dueAt");
    if (now.isAfter(dueAt)) {
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
