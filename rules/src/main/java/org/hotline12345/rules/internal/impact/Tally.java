package org.hotline12345.rules.internal.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.impact.Comparison;
import org.hotline12345.rules.impact.DecisionKind;
import org.hotline12345.rules.impact.Example;
import org.hotline12345.rules.impact.RealityCheck;

/**
 * The counts of one decision over a period, kept as the cases stream by: counters per change,
 * department, category, area and rule set, and capped lists of examples and case numbers, so that
 * memory grows with the distinct values seen, never with the cases. Not thread-safe.
 */
public final class Tally {

  private final DecisionKind kind;
  private final int maxExamples;
  private final Function<DepartmentId, String> names;
  private long compared;
  private long differing;
  private long failed;
  private long known;
  private long currentAgrees;
  private long candidateAgrees;
  private final Map<Judgement.Pair, ChangeCount> changes = new LinkedHashMap<>();
  private final Map<DepartmentId, long[]> departments = new HashMap<>();
  private final Map<Optional<String>, long[]> categories = new HashMap<>();
  private final Map<Optional<String>, long[]> areas = new HashMap<>();
  private final Map<List<String>, long[]> currentRuleSets = new LinkedHashMap<>();
  private final Map<List<String>, long[]> candidateRuleSets = new LinkedHashMap<>();
  private final Map<DepartmentId, long[]> returnedFrom = new HashMap<>();
  private final List<Example> examples = new ArrayList<>();

  /**
   * A tally of one decision.
   *
   * @param kind the decision
   * @param maxExamples the most examples kept
   * @param names a department's name, for the tables
   */
  public Tally(DecisionKind kind, int maxExamples, Function<DepartmentId, String> names) {
    this.kind = kind;
    this.maxExamples = maxExamples;
    this.names = names;
  }

  /**
   * The decision tallied.
   *
   * @return the kind
   */
  public DecisionKind kind() {
    return kind;
  }

  /** Counts a case on which a side threw. */
  public void failed() {
    failed++;
  }

  /**
   * Counts a case decided both ways.
   *
   * @param number the case's number
   * @param category its category code
   * @param area its area code
   * @param j the judgement
   */
  public void add(CaseNumber number, Optional<CategoryCode> category, Optional<String> area, Judgement j) {
    compared++;
    boolean differs = j.differs();
    if (differs) {
      differing++;
      j.changes().forEach(p -> changes.computeIfAbsent(p, x -> new ChangeCount()).add(number));
      if (examples.size() < maxExamples) {
        examples.add(new Example(number, category, area, j.current(), j.candidate(), j.currentWhy(),
            j.candidateWhy(), j.real()));
      }
    }
    count(categories, category.map(CategoryCode::value), differs);
    count(areas, area, differs);
    j.currentRule().ifPresent(e -> use(currentRuleSets, e));
    j.candidateRule().ifPresent(e -> use(candidateRuleSets, e));
    if (j.known()) {
      known++;
      currentAgrees += j.currentAgrees() ? 1 : 0;
      candidateAgrees += j.candidateAgrees() ? 1 : 0;
    }
    j.routing().ifPresent(this::addLeads);
  }

  private void addLeads(Judgement.Leads leads) {
    leads.current().ifPresent(d -> departments.computeIfAbsent(d, x -> new long[2])[0]++);
    leads.candidate().ifPresent(d -> departments.computeIfAbsent(d, x -> new long[2])[1]++);
    if (leads.handler().isEmpty()) {
      return;
    }
    for (DepartmentId returning : leads.returnedBy()) {
      if (!returning.equals(leads.handler().get())) {
        long[] row = returnedFrom.computeIfAbsent(returning, x -> new long[3]);
        row[0]++;
        row[1] += leads.current().equals(leads.handler()) ? 1 : 0;
        row[2] += leads.candidate().equals(leads.handler()) ? 1 : 0;
      }
    }
  }

  private static void count(Map<Optional<String>, long[]> groups, Optional<String> code, boolean differs) {
    long[] row = groups.computeIfAbsent(code, x -> new long[2]);
    row[0]++;
    row[1] += differs ? 1 : 0;
  }

  private static void use(Map<List<String>, long[]> uses, Explanation e) {
    List<String> key = List.of(e.ruleSet(), e.version());
    long[] row = uses.get(key);
    if (row != null) {
      row[0]++;
    } else if (uses.size() < Comparison.MAX_RULE_SETS) {
      uses.put(key, new long[] {1});
    }
  }

  /**
   * The comparison as counted so far.
   *
   * @return the comparison, its lists ordered for reading
   */
  public Comparison toComparison() {
    List<Comparison.Change> changeRows = new ArrayList<>();
    changes.forEach((p, c) -> changeRows.add(new Comparison.Change(p.current(), p.candidate(), c.cases, c.numbers)));
    changeRows.sort(Comparator.comparingLong(Comparison.Change::cases).reversed()
        .thenComparing(Comparison.Change::current).thenComparing(Comparison.Change::candidate));
    List<Comparison.DepartmentShare> shares = new ArrayList<>();
    departments.forEach((d, n) -> shares.add(new Comparison.DepartmentShare(d, names.apply(d), n[0], n[1])));
    shares.sort(Comparator.comparingLong((Comparison.DepartmentShare s) -> -Math.abs(s.change()))
        .thenComparing(s -> -Math.max(s.current(), s.candidate())).thenComparing(s -> s.department().value()));
    List<RealityCheck.ReturnedFrom> returns = new ArrayList<>();
    returnedFrom.forEach((d, n) -> returns.add(new RealityCheck.ReturnedFrom(d, names.apply(d), n[0], n[1], n[2])));
    returns.sort(Comparator.comparingLong(RealityCheck.ReturnedFrom::returned).reversed()
        .thenComparing(r -> r.department().value()));
    return new Comparison(kind, compared, differing, failed, uses(currentRuleSets), uses(candidateRuleSets),
        changeRows, shares, groups(categories), groups(areas),
        new RealityCheck(known, currentAgrees, candidateAgrees, returns), examples);
  }

  private static List<Comparison.RuleSetUse> uses(Map<List<String>, long[]> uses) {
    List<Comparison.RuleSetUse> rows = new ArrayList<>();
    uses.forEach((k, n) -> rows.add(new Comparison.RuleSetUse(k.get(0), k.get(1), n[0])));
    rows.sort(Comparator.comparingLong(Comparison.RuleSetUse::decisions).reversed());
    return rows;
  }

  private static List<Comparison.Group> groups(Map<Optional<String>, long[]> groups) {
    List<Comparison.Group> rows = new ArrayList<>();
    groups.forEach((code, n) -> rows.add(new Comparison.Group(code, n[0], n[1])));
    rows.sort(Comparator.comparingLong(Comparison.Group::differing).reversed()
        .thenComparing(Comparator.comparingLong(Comparison.Group::compared).reversed())
        .thenComparing(g -> g.code().orElse("")));
    return rows;
  }

  /** A change's count and its first case numbers. */
  private static final class ChangeCount {
    private long cases;
    private final List<CaseNumber> numbers = new ArrayList<>();

    void add(CaseNumber number) {
      cases++;
      if (numbers.size() < Comparison.Change.MAX_NUMBERS) {
        numbers.add(number);
      }
    }
  }
}
