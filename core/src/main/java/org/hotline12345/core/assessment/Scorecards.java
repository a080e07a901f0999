package org.hotline12345.core.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.assessment.LedgerText;
import org.hotline12345.persistence.Keys;

/**
 * The scorecards of a period (考核结果): one {@link Scorecard} a department, by group and rank,
 * with what they were computed from: the scheme and version, the instant open cases were judged
 * at, how many cases were read, and how far into the ledger. Published in the {@linkplain
 * AssessmentLedger ledger}, they are the period's frozen official figures; {@link #write()} and
 * {@link #read} keep them as text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorecards {

  private final String schemeId;
  private final String schemeVersion;
  private final AssessmentPeriod period;
  private final Instant asOf;
  private final long ledgerSequence;
  private final long casesRead;
  private final List<Scorecard> cards;

  private Scorecards(String schemeId, String schemeVersion, AssessmentPeriod period, Instant asOf, long ledgerSequence,
      long casesRead, List<Scorecard> cards) {
    this.schemeId = schemeId;
    this.schemeVersion = schemeVersion;
    this.period = period;
    this.asOf = asOf;
    this.ledgerSequence = ledgerSequence;
    this.casesRead = casesRead;
    this.cards = cards;
  }

  /**
   * Scorecards as computed, or as read back.
   *
   * @param schemeId the scheme's id
   * @param schemeVersion the scheme's version
   * @param period the period
   * @param asOf when open cases were judged
   * @param ledgerSequence the last ledger entry taken into account, 0 for none
   * @param casesRead how many cases were read
   * @param cards the cards, one a department, in the order they are listed
   * @return the scorecards
   * @throws NullPointerException if an argument or a card is null
   * @throws IllegalArgumentException if a count is negative or a department has two cards
   */
  public static Scorecards of(String schemeId, String schemeVersion, AssessmentPeriod period, Instant asOf,
      long ledgerSequence, long casesRead, List<Scorecard> cards) {
    Objects.requireNonNull(schemeId, "schemeId");
    Objects.requireNonNull(schemeVersion, "schemeVersion");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(cards, "cards");
    Keys.requireId("schemeId", schemeId);
    if (ledgerSequence < 0 || casesRead < 0) {
      throw new IllegalArgumentException("ledgerSequence and casesRead must not be negative, were " + ledgerSequence
          + " and " + casesRead);
    }
    List<Scorecard> copy = List.copyOf(cards);
    if (copy.stream().map(Scorecard::department).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("cards: a department has two cards");
    }
    return new Scorecards(schemeId, schemeVersion, period, asOf, ledgerSequence, casesRead, copy);
  }

  /**
   * Reads scorecards from the text {@link #write()} gave.
   *
   * @param text the text
   * @return the scorecards, equal to those written
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is not scorecards
   */
  public static Scorecards read(String text) {
    Objects.requireNonNull(text, "text");
    return LedgerText.readScorecards(text);
  }

  /**
   * The scorecards as text (compact JSON; no personal data).
   *
   * @return the text
   */
  public String write() {
    return LedgerText.writeScorecards(this);
  }

  /**
   * The scheme's id.
   *
   * @return the id
   */
  public String schemeId() {
    return schemeId;
  }

  /**
   * The scheme's version.
   *
   * @return the version
   */
  public String schemeVersion() {
    return schemeVersion;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public AssessmentPeriod period() {
    return period;
  }

  /**
   * When open cases were judged overdue or not.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The last ledger entry the figures take into account.
   *
   * @return the sequence, 0 for none
   */
  public long ledgerSequence() {
    return ledgerSequence;
  }

  /**
   * How many cases were read.
   *
   * @return the count
   */
  public long casesRead() {
    return casesRead;
  }

  /**
   * Every card: by group name, then rank (unscored last), then department id.
   *
   * @return the cards
   */
  public List<Scorecard> all() {
    return cards;
  }

  /**
   * A department's card.
   *
   * @param department the department
   * @return the card, or empty if the period has none for it
   * @throws NullPointerException if department is null
   */
  public Optional<Scorecard> find(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return cards.stream().filter(c -> c.department().equals(department)).findFirst();
  }

  /**
   * The group names, in order.
   *
   * @return the groups
   */
  public List<String> groups() {
    return List.copyOf(new LinkedHashSet<>(cards.stream().map(Scorecard::group).toList()));
  }

  /**
   * A group's ranking (排名): its scored cards, best first.
   *
   * @param group the group's name
   * @return the cards, by rank then department id; empty for an unknown group
   * @throws NullPointerException if group is null
   */
  public List<Scorecard> ranking(String group) {
    Objects.requireNonNull(group, "group");
    List<Scorecard> ranked = new ArrayList<>();
    for (Scorecard c : cards) {
      if (c.group().equals(group) && c.isScored()) {
        ranked.add(c);
      }
    }
    return List.copyOf(ranked);
  }

  /**
   * Whether another set of scorecards has the same figures: the same cards, whenever and from
   * however far into the ledger they were computed.
   *
   * @param other the other scorecards
   * @return true if every card is equal
   * @throws NullPointerException if other is null
   */
  public boolean hasSameFigures(Scorecards other) {
    Objects.requireNonNull(other, "other");
    return cards.equals(other.cards);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scorecards s && schemeId.equals(s.schemeId) && schemeVersion.equals(s.schemeVersion)
        && period.equals(s.period) && asOf.equals(s.asOf) && ledgerSequence == s.ledgerSequence
        && casesRead == s.casesRead && cards.equals(s.cards);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemeId, schemeVersion, period, asOf, ledgerSequence, casesRead, cards);
  }

  @Override
  public String toString() {
    return "Scorecards[" + schemeId + " " + schemeVersion + ", " + period + ", " + cards.size() + " department(s), "
        + casesRead + " case(s) read, ledger #" + ledgerSequence + "]";
  }
}
