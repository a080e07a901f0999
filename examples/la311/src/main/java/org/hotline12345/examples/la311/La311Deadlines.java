package org.hotline12345.examples.la311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.StageDeadlineExplanation;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.examples.report.ExplainedDeadline;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;

/**
 * A few imported requests whose resolution deadline (办结期限) tells the federal calendar's
 * story, each explained in Chinese and English ({@code HotlineService.explainDeadline}): one
 * registered on a working day whose count skips a holiday (Christmas or New Year's Day in the
 * 2017 sample), one registered on a weekend, one registered on a holiday, one closed after its
 * deadline. Imported cases have no pause or extension, so no reason written by a person is
 * quoted; the explanation names the lead department and the calendar's days.
 */
final class La311Deadlines {

  /** How many stored cases are looked at for the examples, at most. */
  static final int MAX_LOOKED_AT = 20_000;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private La311Deadlines() {}

  static List<ExplainedDeadline> pick(La311Replay replay, WorkingCalendar calendar) {
    List<StoredCase> rows = rows(replay);
    List<ExplainedDeadline> out = new ArrayList<>();
    first(rows, r -> isWorkingDay(calendar, r) && holidayWithin(calendar, r).isPresent()).ifPresent(r -> {
      String holiday = holidayWithin(calendar, r).orElseThrow().name();
      explain(replay, r, "节假日不计 A holiday is not counted (" + holiday + "): registered on "
          + DAY.format(day(r))).ifPresent(out::add);
    });
    first(rows, r -> !isWorkingDay(calendar, r) && calendar.specialDay(day(r)).isEmpty())
        .flatMap(r -> explain(replay, r, "周末登记 Registered on a weekend: " + DAY.format(day(r))))
        .ifPresent(out::add);
    first(rows, r -> calendar.specialDay(day(r)).filter(d -> !d.isWorkingDay()).isPresent())
        .flatMap(r -> explain(replay, r, "节假日登记 Registered on a holiday ("
            + calendar.specialDay(day(r)).orElseThrow().name() + ")"))
        .ifPresent(out::add);
    first(rows, r -> r.closedAt().isPresent() && r.resolutionMet().isPresent() && !r.resolutionMet().get()
        && r.resolutionDueAt().isPresent() && r.closedAt().get().isAfter(r.resolutionDueAt().get()))
        .flatMap(r -> explain(replay, r, "超期办结 Closed after its deadline"))
        .ifPresent(out::add);
    return out;
  }

  private static List<StoredCase> rows(La311Replay replay) {
    List<StoredCase> rows = new ArrayList<>();
    PageRequest page = PageRequest.first(500);
    while (rows.size() < MAX_LOOKED_AT) {
      Page<StoredCase> p = replay.store().cases().search(org.hotline12345.persistence.CaseSearch.builder().build(),
          page);
      rows.addAll(p.items());
      if (p.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(500, p.next().get());
    }
    rows.sort(java.util.Comparator.comparing(StoredCase::registeredAt).thenComparing(StoredCase::caseNumber));
    return rows;
  }

  private static Optional<StoredCase> first(List<StoredCase> rows, Predicate<StoredCase> test) {
    return rows.stream().filter(r -> r.resolutionDueAt().isPresent()).filter(test).findFirst();
  }

  private static LocalDate day(StoredCase r) {
    return r.registeredAt().atZone(La311Dates.ZONE).toLocalDate();
  }

  private static boolean isWorkingDay(WorkingCalendar calendar, StoredCase r) {
    return calendar.isWorkingDay(day(r));
  }

  /** A holiday after the day of registration whose start is before the deadline. */
  private static Optional<SpecialDay> holidayWithin(WorkingCalendar calendar, StoredCase r) {
    Instant due = r.resolutionDueAt().orElseThrow();
    return calendar.specialDays().subMap(day(r), false, due.atZone(La311Dates.ZONE).toLocalDate(), false).values()
        .stream().filter(d -> !d.isWorkingDay()).findFirst();
  }

  private static Optional<ExplainedDeadline> explain(La311Replay replay, StoredCase r, String title) {
    Optional<StageDeadlineExplanation> e = replay.service().explainDeadline(CaseId.of(r.caseId()), Stage.RESOLUTION);
    return e.map(x -> new ExplainedDeadline(title, r.caseNumber(), Stage.RESOLUTION.chinese() + " RESOLUTION",
        x.toText(Locale.SIMPLIFIED_CHINESE), x.toText(Locale.ENGLISH)));
  }
}
