package org.hotline12345.rules.impact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.rules.internal.impact.ReportText;

/**
 * What a rule-change impact (规则变更影响评估) found: the period, how many cases it held and how
 * many were selected, and one {@link Comparison} per decision compared, in the order triage,
 * routing, time limits. Holds case numbers, category, area and department codes, rule sets and
 * counts; never a name, a phone number, an address or an appeal's text. {@link #toText()} writes
 * it as a plain report for a dispatch office; the records are there for a host's own screens.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param categories the categories selected (each with those under it); empty for all
 * @param areas the areas selected; empty for all
 * @param casesInPeriod the cases registered in the period
 * @param casesSelected of those, the cases read and selected by category and area
 * @param comparisons one per decision compared
 * @param failureCount the cases that could not be read and the decisions that threw
 * @param failures the first of them, at most the report's example limit
 */
public record ImpactReport(Instant from, Instant to, Set<CategoryCode> categories, Set<String> areas,
    long casesInPeriod, long casesSelected, List<Comparison> comparisons, long failureCount,
    List<Failure> failures) {

  /**
   * Checks the fields and copies the collections.
   *
   * @throws NullPointerException if a field, a collection or an element is null
   * @throws IllegalArgumentException if a count is negative, more cases are selected than the
   *     period holds, or more failures are listed than counted
   */
  public ImpactReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    categories = Set.copyOf(categories);
    areas = Set.copyOf(areas);
    Counts.requireParts("casesInPeriod", casesInPeriod, "casesSelected", casesSelected, "casesSelected",
        casesSelected);
    comparisons = List.copyOf(comparisons);
    Counts.requireParts("failureCount", failureCount, "failures listed", failures.size(), "failures listed",
        failures.size());
    failures = List.copyOf(failures);
  }

  /**
   * The comparison of one decision.
   *
   * @param kind the decision
   * @return its comparison, or empty if it was not compared
   */
  public Optional<Comparison> comparison(DecisionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return comparisons.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /**
   * Whether any compared case is decided differently by any decision.
   *
   * @return true if a comparison has differences
   */
  public boolean hasDifferences() {
    return comparisons.stream().anyMatch(Comparison::hasDifferences);
  }

  /**
   * The report as plain text in English with the Chinese terms: the period and selection, then for
   * each decision its counts, the changes, the departments (routing), categories and areas, the
   * check against what really happened, and the examples; last the failures.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    return ReportText.of(this);
  }

  @Override
  public String toString() {
    return "ImpactReport[" + from + " to " + to + ", " + casesSelected + " of " + casesInPeriod + " cases, "
        + comparisons.stream().map(c -> c.kind() + " " + c.differing() + "/" + c.compared()).toList()
        + ", " + failureCount + " failures]";
  }
}
