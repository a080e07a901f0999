package org.hotline12345.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time during which a deadline's clock stood still (挂起/暂停计时), for example
 * while the department waited for the citizen to supply material. Half-open:
 * {@code [from, to)}.
 *
 * @param from when the clock stopped
 * @param to when it started again, not before {@code from}
 */
public record ClockPause(Instant from, Instant to) {

  /**
   * Checks the fields.
   *
   * @param from when the clock stopped
   * @param to when it started again, not before {@code from}
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public ClockPause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("pause: to (" + to + ") must not be before from (" + from + ")");
    }
  }

  /**
   * The natural length of the pause.
   *
   * @return {@code to - from}
   */
  public Duration length() {
    return Duration.between(from, to);
  }
}
