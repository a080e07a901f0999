package org.hotline12345.core.service;

import java.time.Duration;
import org.hotline12345.core.casefile.CaseLifecycle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.casefile.SupervisionKind;
import org.hotline12345.core.casefile.SupervisionMark;
import org.hotline12345.core.timelimit.Stage;

/** Decides the supervision mark a case needs in a sweep, if any. */
final class Supervision {

  private final Duration warnAhead;
  private final CaseLifecycle lifecycle;

  Supervision(Duration warnAhead, CaseLifecycle lifecycle) {
    this.warnAhead = warnAhead;
    this.lifecycle = lifecycle;
  }

  Optional<CaseCommand.Supervise> markFor(Case c, Instant now) {
    List<StageDeadline> due = c.watchedDeadlines().stream()
        .filter(d -> d.dueAt().isBefore(now.plus(warnAhead)))
        .toList();
    for (StageDeadline d : due) {
      boolean overdue = now.isAfter(d.dueAt());
      SupervisionKind kind = overdue ? SupervisionKind.URGE : SupervisionKind.REMIND;
      Instant since = overdue ? d.dueAt() : d.dueAt().minus(warnAhead);
      boolean marked = c.supervisionMarks().stream()
          .anyMatch(m -> m.kind() == kind && !m.at().isBefore(since) && noteNames(m, d.stage()));
      if (!marked) {
        String note = d.stage() + " (" + d.stage().chinese() + ") " + (overdue ? "overdue since " : "due at ")
            + lifecycle.zonedDueAt(d).toOffsetDateTime();
        return Optional.of(new CaseCommand.Supervise(kind, Remark.of(note)));
      }
    }
    return Optional.empty();
  }

  private static boolean noteNames(SupervisionMark mark, Stage stage) {
    return mark.note().text().startsWith(stage + " ");
  }
}
