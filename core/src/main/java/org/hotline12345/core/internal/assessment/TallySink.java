package org.hotline12345.core.internal.assessment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.department.DepartmentId;

/**
 * The scoring pass's sink: one array of counters a department (numerators and denominators in
 * millionths, cases judged, cases excluded), so memory grows with the departments, not the
 * cases. Accepted appeals (考核申诉) take their case out of their indicators here.
 */
public final class TallySink implements CaseCounter.Sink {

  private static final int N = Indicator.values().length;

  /**
   * An accepted appeal: a case out of some indicators of a department.
   *
   * @param department the department
   * @param indicators the indicators
   * @param appeal the appeal's ledger sequence
   */
  public record Exclusion(DepartmentId department, Set<Indicator> indicators, long appeal) {}

  private final Map<DepartmentId, long[]> counters = new HashMap<>();
  private final Map<String, List<Exclusion>> exclusions;
  private List<Exclusion> current;
  private DepartmentId lastDepartment;
  private long[] last;

  /**
   * A sink with the accepted appeals by case id.
   *
   * @param exclusions the exclusions by case id
   */
  public TallySink(Map<String, List<Exclusion>> exclusions) {
    this.exclusions = exclusions;
  }

  /**
   * The exclusion of a case for a department and indicator, if an accepted appeal made one.
   *
   * @param exclusions the exclusions of the case, or null
   * @param department the department
   * @param indicator the indicator
   * @return the appeal's sequence, or -1
   */
  public static long excludedBy(List<Exclusion> exclusions, DepartmentId department, Indicator indicator) {
    if (exclusions != null) {
      for (Exclusion e : exclusions) {
        if (e.department().equals(department) && e.indicators().contains(indicator)) {
          return e.appeal();
        }
      }
    }
    return -1;
  }

  @Override
  public void begin(AssessedCase c) {
    current = exclusions.isEmpty() ? null : exclusions.get(c.id().value());
  }

  @Override
  public void count(DepartmentId department, Indicator indicator, long weight, long numerator, int part,
      Reason reason) {
    long[] c;
    if (department == lastDepartment) {
      c = last;
    } else {
      c = counters.computeIfAbsent(department, d -> new long[4 * N]);
      lastDepartment = department;
      last = c;
    }
    int x = indicator.ordinal();
    if (current != null && excludedBy(current, department, indicator) >= 0) {
      c[3 * N + x]++;
      return;
    }
    c[x] += numerator;
    c[N + x] += weight;
    c[2 * N + x]++;
  }

  /**
   * Adds another sink's counts to this one's: a pass split over threads comes together exactly,
   * the counts being whole numbers.
   *
   * @param other the other sink, of the same exclusions
   */
  public void addAll(TallySink other) {
    other.counters.forEach((department, theirs) -> {
      long[] mine = counters.computeIfAbsent(department, d -> new long[4 * N]);
      for (int i = 0; i < mine.length; i++) {
        mine[i] += theirs[i];
      }
    });
    lastDepartment = null;
    last = null;
  }

  /**
   * The departments counted.
   *
   * @return the departments
   */
  public Set<DepartmentId> departments() {
    return counters.keySet();
  }

  /**
   * A department's tallies.
   *
   * @param department the department
   * @return the tallies, every indicator counted from cases; empty if it had no case
   */
  public Map<Indicator, Tally> talliesOf(DepartmentId department) {
    long[] c = counters.get(department);
    Map<Indicator, Tally> tallies = new EnumMap<>(Indicator.class);
    if (c == null) {
      return tallies;
    }
    for (Indicator indicator : Indicator.values()) {
      int x = indicator.ordinal();
      if (indicator.isCountedFromCases()) {
        tallies.put(indicator, tally(c[x], c[N + x], (int) c[2 * N + x], (int) c[3 * N + x]));
      }
    }
    return tallies;
  }

  /**
   * A tally of millionths.
   *
   * @param numerator the numerator in millionths
   * @param denominator the denominator in millionths
   * @param cases the cases judged
   * @param excluded the cases excluded
   * @return the tally
   */
  public static Tally tally(long numerator, long denominator, int cases, int excluded) {
    return new Tally(numerator / (double) CaseCounter.ONE, denominator / (double) CaseCounter.ONE, cases, excluded);
  }
}
