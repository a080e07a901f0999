package org.hotline12345.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.hotline12345.core.department.DepartmentId;

/**
 * A restatement (更正) of a published period: what changed between two sets of figures, never a
 * silent rewrite. For each department whose card changed, the old and new score and rank, the
 * indicators whose counts moved, and whether its cases' facts changed (a late case closed, a
 * callback came in) or only the ledger's entries; and the ledger entries made in between (an
 * appeal accepted, a veto revoked).
 *
 * @param period the period
 * @param fromLedgerSequence how far into the ledger the old figures went
 * @param toLedgerSequence how far the new ones go
 * @param changes the departments whose card changed, by department id
 * @param entries the ledger entries made in between, publications left out
 */
public record Restatement(AssessmentPeriod period, long fromLedgerSequence, long toLedgerSequence,
    List<Change> changes, List<LedgerEntry> entries) {

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   */
  public Restatement {
    Objects.requireNonNull(period, "period");
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * One department's changed card.
   *
   * @param department the department
   * @param scoreBefore the old score, empty if unscored or absent
   * @param scoreAfter the new score, empty if unscored or absent
   * @param rankBefore the old rank
   * @param rankAfter the new rank
   * @param vetoedBefore whether it was vetoed
   * @param vetoedAfter whether it is vetoed
   * @param indicators the indicators whose counts moved
   * @param factsChanged whether its cases' facts changed, beyond what accepted appeals took out
   */
  public record Change(DepartmentId department, OptionalDouble scoreBefore, OptionalDouble scoreAfter,
      OptionalInt rankBefore, OptionalInt rankAfter, boolean vetoedBefore, boolean vetoedAfter,
      List<IndicatorChange> indicators, boolean factsChanged) {

    /**
     * Checks the fields and copies the list.
     *
     * @throws NullPointerException if a field is null
     */
    public Change {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(scoreBefore, "scoreBefore");
      Objects.requireNonNull(scoreAfter, "scoreAfter");
      Objects.requireNonNull(rankBefore, "rankBefore");
      Objects.requireNonNull(rankAfter, "rankAfter");
      indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }
  }

  /**
   * One indicator's old and new count.
   *
   * @param indicator the indicator
   * @param before the old tally
   * @param after the new tally
   */
  public record IndicatorChange(Indicator indicator, Tally before, Tally after) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public IndicatorChange {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * What changed from one set of figures to another of the same period.
   *
   * @param before the old figures, usually the published ones
   * @param after the new figures
   * @param ledger the period's ledger, for the entries made in between
   * @return the restatement; {@link #isEmpty()} if nothing changed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the figures are of different periods or schemes
   */
  public static Restatement between(Scorecards before, Scorecards after, AssessmentLedger ledger) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(ledger, "ledger");
    if (!before.period().equals(after.period()) || !before.schemeId().equals(after.schemeId())) {
      throw new IllegalArgumentException("before and after: figures of different periods or schemes");
    }
    TreeSet<String> ids = new TreeSet<>();
    before.all().forEach(c -> ids.add(c.department().value()));
    after.all().forEach(c -> ids.add(c.department().value()));
    List<Change> changes = new ArrayList<>();
    for (String id : ids) {
      DepartmentId department = DepartmentId.of(id);
      Scorecard b = before.find(department).orElse(null);
      Scorecard a = after.find(department).orElse(null);
      if (b != null && b.equals(a)) {
        continue;
      }
      List<IndicatorChange> moved = new ArrayList<>();
      boolean factsChanged = false;
      for (Indicator indicator : Indicator.values()) {
        Tally tb = b == null ? Tally.NONE : b.tally(indicator);
        Tally ta = a == null ? Tally.NONE : a.tally(indicator);
        if (!tb.equals(ta)) {
          moved.add(new IndicatorChange(indicator, tb, ta));
          factsChanged |= tb.cases() + tb.excluded() != ta.cases() + ta.excluded() || tb.excluded() == ta.excluded();
        }
      }
      changes.add(new Change(department, score(b), score(a), b == null ? OptionalInt.empty() : b.rank(),
          a == null ? OptionalInt.empty() : a.rank(), b != null && b.vetoed(), a != null && a.vetoed(), moved,
          factsChanged));
    }
    List<LedgerEntry> between = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      if (e.sequence() > before.ledgerSequence() && e.sequence() <= after.ledgerSequence()
          && e.kind() != LedgerEntry.Kind.PUBLISHED) {
        between.add(e);
      }
    }
    return new Restatement(after.period(), before.ledgerSequence(), after.ledgerSequence(), changes, between);
  }

  private static OptionalDouble score(Scorecard c) {
    return c == null ? OptionalDouble.empty() : c.score();
  }

  /**
   * Whether nothing changed.
   *
   * @return true if no card changed
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The restatement as lines a clerk reads: one a department, then the entries made in between.
   * No free text of the ledger is quoted.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder out = new StringBuilder("Restatement (更正) of " + period.name() + ": ledger #" + fromLedgerSequence
        + " -> #" + toLedgerSequence + "\n");
    for (Change c : changes) {
      out.append(c.department()).append(": ").append(text(c.scoreBefore())).append(" -> ").append(text(c.scoreAfter()));
      if (!c.rankBefore().equals(c.rankAfter())) {
        out.append(", rank ").append(text(c.rankBefore())).append(" -> ").append(text(c.rankAfter()));
      }
      if (c.vetoedBefore() != c.vetoedAfter()) {
        out.append(c.vetoedAfter() ? ", now vetoed" : ", veto lifted");
      }
      for (IndicatorChange i : c.indicators()) {
        out.append("; ").append(i.indicator()).append(' ').append(i.before()).append(" -> ").append(i.after());
      }
      out.append(c.factsChanged() ? "; its cases' facts changed" : "").append('\n');
    }
    for (LedgerEntry e : entries) {
      out.append("entry #").append(e.sequence()).append(' ').append(e.kind().wireName()).append(" by ")
          .append(e.by().id()).append(" at ").append(e.at()).append('\n');
    }
    return out.toString();
  }

  private static String text(OptionalDouble score) {
    return score.isPresent() ? Numbers.plain(score.getAsDouble()) : "unscored";
  }

  private static String text(OptionalInt rank) {
    return rank.isPresent() ? String.valueOf(rank.getAsInt()) : "-";
  }
}
