package org.hotline12345.rules.internal.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.impact.Comparison;
import org.hotline12345.rules.impact.Failure;
import org.hotline12345.rules.impact.ImpactReport;

/**
 * One run of a rule-change impact: each case of the period, as it streams by, is read, selected,
 * judged by every judge and tallied; failures are counted and the first ones listed. Not
 * thread-safe.
 */
public final class ImpactRun {

  private final List<Judge> judges;
  private final List<Tally> tallies = new ArrayList<>();
  private final int maxExamples;
  private final BiPredicate<Optional<CategoryCode>, Optional<String>> selection;
  private final List<Failure> failures = new ArrayList<>();
  private long failureCount;
  private long inPeriod;
  private long selected;

  /**
   * A run.
   *
   * @param judges the decisions to take both ways, in the report's order
   * @param maxExamples the most examples per comparison, and failures listed
   * @param directory the directory that names departments in the tables
   * @param selection whether a case of this category and area is selected
   */
  public ImpactRun(List<Judge> judges, int maxExamples, DepartmentDirectory directory,
      BiPredicate<Optional<CategoryCode>, Optional<String>> selection) {
    this.judges = List.copyOf(judges);
    this.maxExamples = maxExamples;
    this.selection = Objects.requireNonNull(selection, "selection");
    for (Judge judge : this.judges) {
      tallies.add(new Tally(judge.kind(), maxExamples, id -> name(directory, id)));
    }
  }

  private static String name(DepartmentDirectory directory, DepartmentId id) {
    return directory.find(id).map(Department::getName).orElse(id.value());
  }

  /**
   * Reads, selects, judges and tallies one case of the period.
   *
   * @param number the case's number
   * @param events reads the case's events, decrypted
   */
  public void add(CaseNumber number, Supplier<List<CaseEvent>> events) {
    inPeriod++;
    CaseTimeline timeline;
    try {
      timeline = CaseTimeline.of(events.get());
    } catch (RuntimeException e) {
      fail(new Failure(number, Optional.empty(), Failure.Step.READ, e.getClass().getSimpleName()));
      return;
    }
    Case now = timeline.now();
    Optional<CategoryCode> category = now.category();
    Optional<String> area = now.appeal().getLocation().getArea().map(Area::code);
    if (!selection.test(category, area)) {
      return;
    }
    selected++;
    for (int i = 0; i < judges.size(); i++) {
      Judge judge = judges.get(i);
      Tally tally = tallies.get(i);
      try {
        judge.judge(timeline).ifPresent(j -> tally.add(number, category, area, j));
      } catch (Judge.Failed f) {
        tally.failed();
        fail(new Failure(number, Optional.of(judge.kind()), f.step(), f.exceptionType()));
      }
    }
  }

  private void fail(Failure failure) {
    failureCount++;
    if (failures.size() < maxExamples) {
      failures.add(failure);
    }
  }

  /**
   * The report of the cases added so far.
   *
   * @param from the period's start
   * @param to the period's end
   * @param categories the categories selected
   * @param areas the areas selected
   * @return the report
   */
  public ImpactReport report(Instant from, Instant to, Set<CategoryCode> categories, Set<String> areas) {
    List<Comparison> comparisons = new ArrayList<>();
    tallies.forEach(t -> comparisons.add(t.toComparison()));
    return new ImpactReport(from, to, categories, areas, inPeriod, selected, comparisons, failureCount, failures);
  }
}
