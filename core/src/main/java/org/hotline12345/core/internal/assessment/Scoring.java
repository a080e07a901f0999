package org.hotline12345.core.internal.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.hotline12345.core.assessment.AssessmentLedger;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.KnowledgeUpkeep;
import org.hotline12345.core.assessment.LedgerEntry;
import org.hotline12345.core.assessment.RankingGroups;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.assessment.TermScore;
import org.hotline12345.core.department.DepartmentId;

/**
 * Turns each department's tallies into its scorecard under a scheme, with the ledger's
 * adjustments and vetoes, and ranks the cards within their groups.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * The cards of every department that had a case, owns knowledge entries or has ledger
   * entries, by group, rank and id.
   *
   * @param scheme the scheme
   * @param groups the ranking groups
   * @param upkeep the knowledge-base upkeep
   * @param ledger the ledger
   * @param sink the counted tallies
   * @return the cards
   */
  public static List<Scorecard> cards(AssessmentScheme scheme, RankingGroups groups, KnowledgeUpkeep upkeep,
      AssessmentLedger ledger, TallySink sink) {
    Set<DepartmentId> departments = new HashSet<>(sink.departments());
    departments.addAll(upkeep.departments());
    Map<DepartmentId, List<Long>> entries = new HashMap<>();
    Map<DepartmentId, double[]> adjusted = new HashMap<>();
    Set<DepartmentId> vetoed = new HashSet<>();
    for (LedgerEntry.Adjusted a : ledger.adjustments()) {
      DepartmentId d = a.adjustment().department();
      departments.add(d);
      entries.computeIfAbsent(d, x -> new ArrayList<>()).add(a.sequence());
      adjusted.computeIfAbsent(d, x -> new double[2])[a.adjustment().kind().ordinal()] += a.adjustment().points();
    }
    for (LedgerEntry.Vetoed v : ledger.vetoes()) {
      departments.add(v.veto().department());
      entries.computeIfAbsent(v.veto().department(), x -> new ArrayList<>()).add(v.sequence());
      vetoed.add(v.veto().department());
    }
    for (LedgerEntry.AppealFiled a : ledger.acceptedAppeals()) {
      departments.add(a.appeal().department());
      entries.computeIfAbsent(a.appeal().department(), x -> new ArrayList<>()).add(a.sequence());
    }
    List<Scorecard> unranked = new ArrayList<>();
    for (DepartmentId d : departments) {
      Map<Indicator, Tally> tallies = new EnumMap<>(Indicator.class);
      for (Indicator indicator : Indicator.values()) {
        tallies.put(indicator, Tally.NONE);
      }
      tallies.putAll(sink.talliesOf(d));
      tallies.put(Indicator.KNOWLEDGE_UPKEEP, upkeep.tallyOf(d));
      double[] adj = adjusted.getOrDefault(d, new double[2]);
      List<Long> seqs = new ArrayList<>(new TreeSet<>(entries.getOrDefault(d, List.of())));
      unranked.add(card(scheme, d, groups.groupOf(d), tallies, adj[0], adj[1], vetoed.contains(d), seqs));
    }
    return ranked(unranked);
  }

  private static Scorecard card(AssessmentScheme scheme, DepartmentId d, String group, Map<Indicator, Tally> tallies,
      double deductions, double bonuses, boolean vetoed, List<Long> entries) {
    double deduction = Math.min(deductions, scheme.deductionCap());
    double bonus = Math.min(bonuses, scheme.bonusCap());
    boolean hadCase = tallies.entrySet().stream().anyMatch(e -> e.getKey().isCountedFromCases()
        && e.getValue().hasData());
    boolean termData = scheme.terms().stream().anyMatch(t -> tallies.get(t.indicator()).hasData());
    if (!hadCase || !termData) {
      return new Scorecard(d, group, tallies, scheme.base(), List.of(), deduction, bonus, vetoed, OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalInt.empty(), entries);
    }
    double all = 0;
    double withData = 0;
    for (Term t : scheme.terms()) {
      if (t.kind() == Term.Kind.WEIGHTED) {
        all += t.points();
        withData += tallies.get(t.indicator()).hasData() ? t.points() : 0;
      }
    }
    double share = withData > 0 ? all / withData : 1;
    List<TermScore> terms = new ArrayList<>();
    double score = scheme.base();
    for (Term t : scheme.terms()) {
      OptionalDouble rate = tallies.get(t.indicator()).rate();
      double points;
      if (t.kind() == Term.Kind.WEIGHTED) {
        points = round(rate.isPresent() ? t.pointsFor(rate.getAsDouble()) * share : withData > 0 ? 0 : t.points());
        score += points;
      } else {
        points = round(rate.isPresent() ? t.pointsFor(rate.getAsDouble()) : 0);
        score -= points;
      }
      terms.add(new TermScore(t, rate, points));
    }
    double before = round(Math.max(0, score - deduction + bonus));
    return new Scorecard(d, group, tallies, scheme.base(), terms, deduction, bonus, vetoed, OptionalDouble.of(before),
        OptionalDouble.of(vetoed ? scheme.vetoScore() : before), OptionalInt.empty(), entries);
  }

  /** Ranks within groups: the vetoed after the rest, then by score, equal scores sharing a rank. */
  private static List<Scorecard> ranked(List<Scorecard> cards) {
    Comparator<Scorecard> order = Comparator.comparing(Scorecard::group)
        .thenComparing(c -> !c.isScored())
        .thenComparing(Scorecard::vetoed)
        .thenComparing(c -> -c.score().orElse(0))
        .thenComparing(c -> c.department().value());
    List<Scorecard> sorted = new ArrayList<>(cards);
    sorted.sort(order);
    List<Scorecard> out = new ArrayList<>(sorted.size());
    String group = null;
    int position = 0;
    Scorecard previous = null;
    int rank = 0;
    for (Scorecard c : sorted) {
      if (!c.group().equals(group)) {
        group = c.group();
        position = 0;
        previous = null;
      }
      if (!c.isScored()) {
        out.add(c);
        continue;
      }
      position++;
      if (previous == null || previous.vetoed() != c.vetoed()
          || previous.score().getAsDouble() != c.score().getAsDouble()) {
        rank = position;
      }
      previous = c;
      out.add(new Scorecard(c.department(), c.group(), c.tallies(), c.base(), c.terms(), c.deduction(), c.bonus(),
          c.vetoed(), c.scoreBeforeVeto(), c.score(), OptionalInt.of(rank), c.entries()));
    }
    return out;
  }

  /**
   * A score rounded to four decimals, half up.
   *
   * @param value the value
   * @return the rounded value
   */
  public static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
