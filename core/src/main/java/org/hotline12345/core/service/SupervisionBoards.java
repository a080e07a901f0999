package org.hotline12345.core.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.BoardEntry;
import org.hotline12345.core.supervision.BoardQuery;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.supervision.SupervisionBoard;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;

/** The supervision board read from the case rows: counts by stage and light, pages of entries. */
final class SupervisionBoards {

  private final CaseQueries cases;
  private final CaseLifecycle lifecycle;

  SupervisionBoards(CaseQueries cases, CaseLifecycle lifecycle) {
    this.cases = cases;
    this.lifecycle = lifecycle;
  }

  SupervisionBoard board(Optional<DepartmentId> department, Instant now) {
    List<SupervisionBoard.Row> rows = new ArrayList<>();
    for (WatchCount count : cases.watchCounts(department.map(DepartmentId::value), now)) {
      rows.add(new SupervisionBoard.Row(stageOf(count.stage()), count.green(), count.yellow(), count.overdue()));
    }
    return SupervisionBoard.of(department, now, rows);
  }

  Page<BoardEntry> page(BoardQuery query, PageRequest page, Instant now) {
    WatchQuery watch = WatchQuery.of(now).withLeadDepartment(query.department().map(DepartmentId::value))
        .withStage(query.stage().map(Stage::name)).withBand(query.light().map(SupervisionBoards::band)
            .orElse(WatchQuery.Band.ALL));
    Page<StoredCase> rows = cases.watched(watch, page);
    List<BoardEntry> entries = new ArrayList<>(rows.items().size());
    for (StoredCase row : rows.items()) {
      entries.add(entry(row, now));
    }
    return new Page<>(entries, rows.next());
  }

  private static WatchQuery.Band band(Light light) {
    return switch (light) {
      case GREEN -> WatchQuery.Band.BEFORE_YELLOW;
      case YELLOW -> WatchQuery.Band.YELLOW;
      case RED -> WatchQuery.Band.OVERDUE;
    };
  }

  private BoardEntry entry(StoredCase row, Instant now) {
    String id = row.caseId();
    Stage stage = stageOf(row.watchedStage().orElseThrow(() -> new IllegalStateException("case " + id
        + ": the store gave a row without a watched deadline to the board")));
    Instant dueAt = row.watchedDueAt().orElseThrow();
    Instant yellowAt = row.yellowAt().orElseThrow();
    Optional<DepartmentId> lead = row.leadDepartment().map(DepartmentId::of);
    WorkingCalendar calendar = calendarOf(stage, lead);
    ZonedDateTime due = dueAt.atZone(calendar.zone());
    // A due instant at 24:00 belongs to the day that ends then.
    LocalDate lastDay = due.toLocalTime().equals(LocalTime.MIDNIGHT) ? due.toLocalDate().minusDays(1) : due.toLocalDate();
    long left = calendar.workingDaysBetween(now.atZone(calendar.zone()).toLocalDate(), lastDay);
    Optional<Duration> office = calendar.officeHours().isPresent()
        ? Optional.of(calendar.workingTimeBetween(now, dueAt)) : Optional.empty();
    return new BoardEntry(CaseId.of(id), new CaseNumber(row.caseNumber()), stage, Light.at(now, yellowAt, dueAt),
        lead, due, left, office);
  }

  /** The handling department's calendar; the platform's for the callback, or without a known lead. */
  private WorkingCalendar calendarOf(Stage stage, Optional<DepartmentId> lead) {
    String calendarId = lifecycle.platformCalendarId();
    if (stage != Stage.CALLBACK && lead.isPresent()) {
      calendarId = lifecycle.directory().find(lead.get()).map(Department::getCalendarId).orElse(calendarId);
    }
    WorkingCalendar calendar = lifecycle.calendars().get(calendarId);
    return calendar != null ? calendar : lifecycle.calendars().get(lifecycle.platformCalendarId());
  }

  private static Stage stageOf(String name) {
    for (Stage stage : Stage.values()) {
      if (stage.name().equals(name) && stage.isSupervised()) {
        return stage;
      }
    }
    throw new IllegalStateException("the store holds cases watched at stage '" + name
        + "', which this version does not supervise");
  }
}
