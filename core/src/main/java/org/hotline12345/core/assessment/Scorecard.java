package org.hotline12345.core.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Texts;

/**
 * One department's scorecard (考核成绩单) for a period: every indicator's count, what each term
 * of the scheme gave, the manual deductions and bonuses, a veto, the score and the rank in its
 * group. Every number leads further: a tally to its cases ({@link Assessment#drillDown}), an
 * entry to the {@linkplain AssessmentLedger ledger} ({@link #entries()}).
 *
 * <p>The score is {@code base + Σ weighted term points − Σ deduction term points − deduction +
 * bonus}, not below 0, rounded to four decimals; a vetoed department scores the scheme's veto
 * score. A department with no case judged in the period is listed unscored and unranked.
 *
 * @param department the department
 * @param group the group it is ranked in
 * @param tallies every indicator's tally
 * @param base the scheme's base score
 * @param terms what each term of the scheme gave, in the scheme's order; empty when unscored
 * @param deduction the manual deductions in force, after the scheme's cap
 * @param bonus the bonuses in force, after the scheme's cap
 * @param vetoed whether a veto in force fails the department (一票否决)
 * @param scoreBeforeVeto the score the rates and adjustments give, or empty when unscored
 * @param score the score: the veto score if vetoed; empty when unscored
 * @param rank the rank in the group, 1 the best, equal scores sharing a rank; empty when unscored
 * @param entries the ledger entries that bear on the card: adjustments and vetoes in force,
 *     accepted appeals; by sequence
 */
public record Scorecard(DepartmentId department, String group, Map<Indicator, Tally> tallies, double base,
    List<TermScore> terms, double deduction, double bonus, boolean vetoed, OptionalDouble scoreBeforeVeto,
    OptionalDouble score, OptionalInt rank, List<Long> entries) {

  /**
   * Checks the fields and copies the collections; an indicator missing from the tallies has
   * {@link Tally#NONE}.
   *
   * @throws NullPointerException if a field is null
   */
  public Scorecard {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(tallies, "tallies");
    Objects.requireNonNull(scoreBeforeVeto, "scoreBeforeVeto");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rank, "rank");
    Map<Indicator, Tally> all = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      all.put(indicator, Objects.requireNonNullElse(tallies.get(indicator), Tally.NONE));
    }
    tallies = Collections.unmodifiableMap(all);
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * One indicator's tally.
   *
   * @param indicator the indicator
   * @return the tally, {@link Tally#NONE} if nothing was judged
   * @throws NullPointerException if indicator is null
   */
  public Tally tally(Indicator indicator) {
    return tallies.get(Objects.requireNonNull(indicator, "indicator"));
  }

  /**
   * One indicator's rate.
   *
   * @param indicator the indicator
   * @return the rate, or empty when nothing was judged
   * @throws NullPointerException if indicator is null
   */
  public OptionalDouble rate(Indicator indicator) {
    return tally(indicator).rate();
  }

  /**
   * Whether the department was scored.
   *
   * @return true if it has a score
   */
  public boolean isScored() {
    return score.isPresent();
  }

  @Override
  public String toString() {
    return "Scorecard[" + department + " (" + Texts.forDisplay(group, 64) + "): "
        + (score.isPresent() ? Numbers.plain(score.getAsDouble()) : "unscored")
        + (rank.isPresent() ? ", rank " + rank.getAsInt() : "") + (vetoed ? ", vetoed" : "") + ", " + terms
        + (deduction > 0 ? ", deductions " + Numbers.plain(deduction) : "")
        + (bonus > 0 ? ", bonus " + Numbers.plain(bonus) : "") + "]";
  }
}
