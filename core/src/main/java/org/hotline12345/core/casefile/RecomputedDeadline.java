package org.hotline12345.core.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hotline12345.core.timelimit.Stage;

/**
 * A provisional stage deadline computed again once the official schedule of its year was
 * loaded (重算期限): the deadline as it is now, and where it stood before. Part of a
 * {@link CaseChange.DeadlinesRecomputed} event, so the case's log tells what moved, from where
 * to where, and on which calendar.
 *
 * @param deadline the recomputed deadline: same stage, calendar key, start, limit, extensions
 *     and pauses, a new due instant and last day, and provisional only if it still reaches a
 *     year whose schedule is not loaded
 * @param previousDueAt the due instant before
 * @param previousLastDay the last counted day before
 */
public record RecomputedDeadline(StageDeadline deadline, Instant previousDueAt, LocalDate previousLastDay) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public RecomputedDeadline {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(previousDueAt, "previousDueAt");
    Objects.requireNonNull(previousLastDay, "previousLastDay");
  }

  /**
   * The stage of the deadline.
   *
   * @return the stage
   */
  public Stage stage() {
    return deadline.stage();
  }

  /**
   * Whether the due instant moved (a deadline may also only have become final, where it was).
   *
   * @return true if the due instant changed
   */
  public boolean moved() {
    return !previousDueAt.equals(deadline.dueAt());
  }

  /**
   * How far the due instant moved, in natural time: positive when later, negative when earlier.
   *
   * @return the shift, zero if it did not move
   */
  public Duration shift() {
    return Duration.between(previousDueAt, deadline.dueAt());
  }
}
