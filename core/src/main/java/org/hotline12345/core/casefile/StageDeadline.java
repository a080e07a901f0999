package org.hotline12345.core.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.ClockPause;
import org.hotline12345.calendar.Deadline;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.timelimit.Stage;

/**
 * The deadline of one stage of a case, as recorded: the inputs (calendar key, start, limit,
 * extensions, pauses), the computed result, and when the stage was done. Plain data, so that
 * events replay without calendars and stores keep it as it is.
 *
 * @param stage the stage
 * @param calendarId the key of the calendar it was computed on (the department's calendar id)
 * @param start when the clock started
 * @param limit the limit as first set
 * @param extensions extensions granted, in order
 * @param pauses clock pauses, merged and in order
 * @param dueAt the due instant
 * @param lastDay the last counted day
 * @param provisional whether computed beyond the known official schedule
 * @param metAt when the stage was done, if it was
 */
public record StageDeadline(Stage stage, String calendarId, Instant start, TimeLimit limit,
    List<TimeLimit> extensions, List<ClockPause> pauses, Instant dueAt, LocalDate lastDay,
    boolean provisional, Optional<Instant> metAt) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public StageDeadline {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(limit, "limit");
    extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    pauses = List.copyOf(Objects.requireNonNull(pauses, "pauses"));
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(metAt, "metAt");
  }

  /**
   * Records a computed deadline.
   *
   * @param stage the stage
   * @param calendarId the key of the calendar
   * @param deadline the deadline
   * @return the record
   */
  public static StageDeadline of(Stage stage, String calendarId, Deadline deadline) {
    return new StageDeadline(stage, calendarId, deadline.start(), deadline.limit(), deadline.extensions(),
        deadline.pauses(), deadline.dueAt(), deadline.lastDay(), deadline.isProvisional(), Optional.empty());
  }

  /**
   * Rebuilds the calendar deadline on a calendar, for extensions, pauses and recomputation.
   *
   * @param calendar the calendar the key names
   * @return the deadline
   */
  public Deadline toDeadline(WorkingCalendar calendar) {
    Deadline deadline = calendar.deadline(start, limit);
    for (TimeLimit extension : extensions) {
      deadline = deadline.extendedBy(extension);
    }
    for (ClockPause pause : pauses) {
      deadline = deadline.pausedBetween(pause.from(), pause.to());
    }
    return deadline;
  }

  /**
   * This deadline recomputed: same stage, key and met time.
   *
   * @param deadline the recomputed deadline
   * @return the record
   */
  StageDeadline recomputed(Deadline deadline) {
    return new StageDeadline(stage, calendarId, deadline.start(), deadline.limit(), deadline.extensions(),
        deadline.pauses(), deadline.dueAt(), deadline.lastDay(), deadline.isProvisional(), metAt);
  }

  /**
   * This deadline marked as met at the given instant.
   *
   * @param at when the stage was done
   * @return the record
   */
  StageDeadline met(Instant at) {
    return new StageDeadline(stage, calendarId, start, limit, extensions, pauses, dueAt, lastDay,
        provisional, Optional.of(at));
  }

  /** This deadline with its stage not done again, as after a rejected reply. */
  StageDeadline unmet() {
    return new StageDeadline(stage, calendarId, start, limit, extensions, pauses, dueAt, lastDay,
        provisional, Optional.empty());
  }

  /**
   * Whether the stage is done.
   *
   * @return true if met
   */
  public boolean isMet() {
    return metAt.isPresent();
  }

  /**
   * Whether the stage is not done and its deadline has passed.
   *
   * @param now the instant
   * @return true if overdue
   */
  public boolean isOverdue(Instant now) {
    return metAt.isEmpty() && now.isAfter(dueAt);
  }

  /**
   * Whether the stage was done at or before its deadline.
   *
   * @return true if met on time; false if not met or met late
   */
  public boolean isMetOnTime() {
    return metAt.map(at -> !at.isAfter(dueAt)).orElse(false);
  }
}
