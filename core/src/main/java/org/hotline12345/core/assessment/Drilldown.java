package org.hotline12345.core.assessment;

import java.util.List;
import java.util.Objects;
import org.hotline12345.core.department.DepartmentId;

/**
 * The cases behind one number of a scorecard (下钻): a department's indicator, its tally
 * counted again, and the cases in the order read, up to a limit; for the knowledge-base upkeep,
 * the entries due for review instead.
 *
 * @param department the department
 * @param indicator the indicator
 * @param tally the tally, counted again over every case (equal to the scorecard's when the cases
 *     have not changed since)
 * @param cases the cases counted or excluded, in the order read, at most the limit asked for
 * @param truncated whether more cases were left out for the limit
 * @param dueEntries for {@link Indicator#KNOWLEDGE_UPKEEP}, the ids of the entries due for
 *     review; empty otherwise
 */
public record Drilldown(DepartmentId department, Indicator indicator, Tally tally, List<CountedCase> cases,
    boolean truncated, List<String> dueEntries) {

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   */
  public Drilldown {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(tally, "tally");
    cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
    dueEntries = List.copyOf(Objects.requireNonNull(dueEntries, "dueEntries"));
  }

  /**
   * The cases in the numerator.
   *
   * @return the cases that counted for the indicator, of those listed
   */
  public List<CountedCase> numerator() {
    return cases.stream().filter(CountedCase::inNumerator).toList();
  }

  /**
   * The cases in the denominator.
   *
   * @return the cases judged and not excluded, of those listed
   */
  public List<CountedCase> denominator() {
    return cases.stream().filter(c -> c.excludedBy().isEmpty()).toList();
  }

  /**
   * The cases accepted appeals took out.
   *
   * @return the excluded cases, of those listed
   */
  public List<CountedCase> excluded() {
    return cases.stream().filter(c -> c.excludedBy().isPresent()).toList();
  }
}
