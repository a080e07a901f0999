package org.hotline12345.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.StageDeadlineExplanation;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.examples.report.DayKind;
import org.hotline12345.examples.report.ExplainedDeadline;
import org.hotline12345.persistence.StoredCase;

/**
 * Picks a few cases of the month whose resolution deadline (办结期限) tells the calendar's story,
 * and explains each in Chinese and English ({@code HotlineService.explainDeadline}): one
 * registered in the holiday, one whose count runs over a make-up working day, one extended, one
 * paused. The reasons quoted are the demo's own fixed phrases, never a citizen's words.
 */
final class DeadlineExamples {

  private DeadlineExamples() {}

  static List<ExplainedDeadline> pick(City city, HotlineService hotline, List<StoredCase> rows,
      List<SimulatedDay> days) {
    List<ExplainedDeadline> out = new ArrayList<>();
    List<StoredCase> dispatched = rows.stream().filter(r -> !leads(r).isEmpty()).toList();
    first(dispatched, r -> kindOf(days, r) == DayKind.HOLIDAY && leads(r).size() == 1)
        .flatMap(r -> explain(hotline, r, "假期中登记 Registered in the holiday"))
        .ifPresent(out::add);
    first(dispatched, r -> spansMakeUpDay(days, r) && leads(r).size() == 1)
        .flatMap(r -> explain(hotline, r, "调休上班日计入 A make-up working day counts"))
        .ifPresent(out::add);
    dispatched.stream().filter(r -> leads(r).stream().anyMatch(p -> p.extensions() > 0))
        .map(r -> explain(hotline, r, "批准延期 Extended", true)).flatMap(Optional::stream).findFirst()
        .ifPresent(out::add);
    int looked = 0;
    for (StoredCase r : dispatched) {
      if (looked++ > 2_000) {
        break;
      }
      boolean paused = hotline.history(CaseId.of(r.caseId())).stream()
          .map(CaseEvent::change).anyMatch(c -> c instanceof CaseChange.ClockResumed);
      if (paused) {
        explain(hotline, r, "挂起后恢复计时 Paused, then resumed").ifPresent(out::add);
        break;
      }
    }
    return out;
  }

  private static List<CaseFacts.DepartmentFacts> leads(StoredCase r) {
    return AssessedCase.of(r).facts().departments().stream().filter(CaseFacts.DepartmentFacts::lead).toList();
  }

  private static Optional<StoredCase> first(List<StoredCase> rows, Predicate<StoredCase> test) {
    return rows.stream().filter(test).findFirst();
  }

  private static DayKind kindOf(List<SimulatedDay> days, StoredCase r) {
    LocalDate date = r.registeredAt().atZone(City.ZONE).toLocalDate();
    return days.stream().filter(d -> d.date().equals(date)).map(SimulatedDay::kind).findFirst().orElse(DayKind.WORKING);
  }

  /** A working-day registration whose resolution count reaches past a make-up working day. */
  private static boolean spansMakeUpDay(List<SimulatedDay> days, StoredCase r) {
    if (kindOf(days, r) != DayKind.WORKING || r.resolutionDueAt().isEmpty()) {
      return false;
    }
    LocalDate from = r.registeredAt().atZone(City.ZONE).toLocalDate();
    LocalDate to = r.resolutionDueAt().get().atZone(City.ZONE).toLocalDate();
    return days.stream().anyMatch(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY && d.date().isAfter(from)
        && d.date().isBefore(to));
  }

  private static Optional<ExplainedDeadline> explain(HotlineService hotline, StoredCase r, String title) {
    return explain(hotline, r, title, false);
  }

  private static Optional<ExplainedDeadline> explain(HotlineService hotline, StoredCase r, String title,
      boolean extended) {
    Optional<StageDeadlineExplanation> e = hotline.explainDeadline(CaseId.of(r.caseId()), Stage.RESOLUTION)
        .filter(x -> !extended || !x.recorded().extensions().isEmpty());
    return e.map(x -> new ExplainedDeadline(title, r.caseNumber(), Stage.RESOLUTION.chinese() + " RESOLUTION",
        x.toText(Locale.SIMPLIFIED_CHINESE), x.toText(Locale.ENGLISH)));
  }
}
