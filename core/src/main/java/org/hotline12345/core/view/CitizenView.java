package org.hotline12345.core.view;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.timelimit.Stage;

/**
 * What the citizen (诉求人) sees through the inquiry code (查询码): their own appeal, where the
 * matter stands, when it is due, and the department's reply. When their case was merged into
 * another (并案), the status, deadline and reply are those of the case that handles it; the
 * appeals of other citizens merged with it never show.
 *
 * @param number the citizen's own case number
 * @param appeal the citizen's own appeal
 * @param status the status of the case that handles the matter
 * @param open whether the matter is still being handled
 * @param resolutionDue when the resolution is due, in the handling department's zone, once
 *     dispatched
 * @param reply the department's latest reply, once given
 * @param registeredAt when the appeal was registered
 * @param closedAt when the matter was closed
 */
public record CitizenView(CaseNumber number, Appeal appeal, CaseStatus status, boolean open,
    Optional<ZonedDateTime> resolutionDue, Optional<Remark> reply, Instant registeredAt,
    Optional<Instant> closedAt) {

  /** Checks the fields. */
  public CitizenView {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(appeal, "appeal");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resolutionDue, "resolutionDue");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /**
   * The view of the citizen's own case.
   *
   * @param own the case the citizen's inquiry code opens
   * @param handling the case it was merged into, when its status is {@code MERGED}; otherwise
   *     empty
   * @param zoneOfDeadline how to show the resolution deadline: usually the lifecycle's
   *     {@code zoneOf}
   * @return the view
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code handling} is given for a case that was not merged
   *     into it
   */
  public static CitizenView of(Case own, Optional<Case> handling, java.util.function.Function<String, java.time.ZoneId>
      zoneOfDeadline) {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(handling, "handling");
    Objects.requireNonNull(zoneOfDeadline, "zoneOfDeadline");
    Case matter = own;
    if (handling.isPresent()) {
      boolean merged = own.outcome().filter(o -> o instanceof CaseChange.MergedInto m
          && m.target().equals(handling.get().id())).isPresent();
      if (!merged) {
        throw new IllegalArgumentException("handling: case " + own.number() + " was not merged into case "
            + handling.get().number());
      }
      matter = handling.get();
    }
    Optional<ZonedDateTime> due = matter.deadline(Stage.RESOLUTION)
        .map(d -> d.dueAt().atZone(zoneOfDeadline.apply(d.calendarId())));
    return new CitizenView(own.number(), own.appeal(), matter.status(), matter.isOpen(), due,
        matter.reply().map(CaseChange.Replied::result), own.registeredAt(), matter.closedAt());
  }

  @Override
  public String toString() {
    return "CitizenView[" + number + ", " + status + (open ? ", open" : ", closed") + "]";
  }
}
