package org.hotline12345.core.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.internal.assessment.LedgerText;

/**
 * The assessment ledger of one period under one scheme (考核台账): every deduction and bonus
 * (扣分项, 加分项), veto (一票否决), assessment appeal (考核申诉) and decision, revocation and
 * publication, each an audited {@link LedgerEntry} (who, when, why). Append-only: every
 * {@code with...} returns a new ledger with one more entry, or throws an {@link
 * AssessmentRuleException} naming the rule broken and changes nothing.
 *
 * <p>The ledger is a value the host keeps: {@link #write()} gives its text, {@link #read} reads it
 * back equal, and the host stores the text where it keeps such records (a table of one text
 * column keyed by scheme and period, a file). The persistence SPI is not involved: a ledger is
 * small (its entries, and the scorecards published), written rarely, and read whole.
 *
 * <p>Who may do what: the platform's supervisors ({@link Actor.Role#SUPERVISOR}, 督办) enter
 * adjustments and vetoes, decide appeals and revoke; a department's handlers ({@link
 * Actor.Role#HANDLER}) file appeals for their own department; a supervisor or the system
 * publishes. No one enters, decides or revokes anything about their own department.
 *
 * <pre>{@code
 * AssessmentLedger ledger = AssessmentLedger.of(scheme, period)
 *     .withAppeal(AssessmentAppeal.of(street, caseId, Remark.of("诉求人留错号码，无法联系"),
 *         Indicator.CONTACT_ON_TIME), Actor.handler("h-12", street), filedAt);
 * ledger = ledger.withAppealAccepted(ledger.lastSequence(), Remark.of("核实属实"), supervisor, decidedAt);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentLedger {

  private final AssessmentScheme scheme;
  private final AssessmentPeriod period;
  private final List<LedgerEntry> entries;

  private AssessmentLedger(AssessmentScheme scheme, AssessmentPeriod period, List<LedgerEntry> entries) {
    this.scheme = scheme;
    this.period = period;
    this.entries = entries;
  }

  /**
   * An empty ledger.
   *
   * @param scheme the scheme the period is assessed under
   * @param period the period
   * @return the ledger
   * @throws NullPointerException if an argument is null
   */
  public static AssessmentLedger of(AssessmentScheme scheme, AssessmentPeriod period) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    return new AssessmentLedger(scheme, period, List.of());
  }

  /**
   * Reads a ledger from the text {@link #write()} gave, checking every entry again.
   *
   * @param text the text
   * @param scheme the scheme it was kept under: the same id and version
   * @return the ledger, equal to the one written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is not a ledger, or of another scheme or version
   * @throws AssessmentRuleException if an entry breaks a rule of the ledger
   */
  public static AssessmentLedger read(String text, AssessmentScheme scheme) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(scheme, "scheme");
    LedgerText.Read read = LedgerText.read(text);
    if (!read.schemeId().equals(scheme.id()) || !read.schemeVersion().equals(scheme.version())) {
      throw new IllegalArgumentException("ledger: kept under scheme " + read.schemeId() + " " + read.schemeVersion()
          + ", not " + scheme.id() + " " + scheme.version());
    }
    AssessmentLedger ledger = of(scheme, read.period());
    for (LedgerEntry entry : read.entries()) {
      ledger = ledger.append(entry);
    }
    return ledger;
  }

  /**
   * The ledger as text: compact JSON, with the free texts (reasons, notes) in it; store it as
   * the host stores other records holding personal data.
   *
   * @return the text
   */
  public String write() {
    return LedgerText.write(scheme, period, entries);
  }

  /**
   * The scheme.
   *
   * @return the scheme
   */
  public AssessmentScheme scheme() {
    return scheme;
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
   * Every entry, oldest first.
   *
   * @return the entries
   */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /**
   * The last entry's sequence.
   *
   * @return the sequence, 0 for an empty ledger
   */
  public long lastSequence() {
    return entries.size();
  }

  /**
   * An entry by sequence.
   *
   * @param sequence the sequence
   * @return the entry, or empty
   */
  public Optional<LedgerEntry> find(long sequence) {
    return sequence >= 1 && sequence <= entries.size() ? Optional.of(entries.get((int) sequence - 1))
        : Optional.empty();
  }

  // ---------------------------------------------------------------- entries

  /**
   * This ledger with a deduction or bonus.
   *
   * @param adjustment the adjustment
   * @param by a supervisor not of the department
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withAdjustment(Adjustment adjustment, Actor by, Instant at) {
    Objects.requireNonNull(adjustment, "adjustment");
    return append(new LedgerEntry.Adjusted(next(), at, by, adjustment));
  }

  /**
   * This ledger with a veto.
   *
   * @param veto the veto, for a reason the scheme lists
   * @param by a supervisor not of the department
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withVeto(Veto veto, Actor by, Instant at) {
    Objects.requireNonNull(veto, "veto");
    return append(new LedgerEntry.Vetoed(next(), at, by, veto));
  }

  /**
   * This ledger with an appeal filed; its sequence ({@link #lastSequence()} afterwards) is the
   * appeal's number.
   *
   * @param appeal the appeal
   * @param by a handler of the department that appeals
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withAppeal(AssessmentAppeal appeal, Actor by, Instant at) {
    Objects.requireNonNull(appeal, "appeal");
    return append(new LedgerEntry.AppealFiled(next(), at, by, appeal));
  }

  /**
   * This ledger with an appeal accepted: its case leaves the indicators it names, for its
   * department.
   *
   * @param appeal the appeal's sequence
   * @param reason why, not blank
   * @param by a supervisor not of the department
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withAppealAccepted(long appeal, Remark reason, Actor by, Instant at) {
    return decide(appeal, true, reason, by, at);
  }

  /**
   * This ledger with an appeal rejected: the case counts as it did.
   *
   * @param appeal the appeal's sequence
   * @param reason why, not blank
   * @param by a supervisor not of the department
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withAppealRejected(long appeal, Remark reason, Actor by, Instant at) {
    return decide(appeal, false, reason, by, at);
  }

  private AssessmentLedger decide(long appeal, boolean accepted, Remark reason, Actor by, Instant at) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: a decision needs a reason");
    }
    return append(new LedgerEntry.AppealDecided(next(), at, by, appeal, accepted, reason));
  }

  /**
   * This ledger with an adjustment or veto revoked.
   *
   * @param entry the sequence of the adjustment or veto
   * @param reason why, not blank
   * @param by a supervisor not of the department
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   * @throws AssessmentRuleException naming the rule broken
   */
  public AssessmentLedger withRevocation(long entry, Remark reason, Actor by, Instant at) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: a revocation needs a reason");
    }
    return append(new LedgerEntry.Revoked(next(), at, by, entry, reason));
  }

  /**
   * This ledger with scorecards published: the first publication freezes the period's figures;
   * a later one restates them ({@link #restatements()}).
   *
   * @param scorecards the scorecards, of this scheme and period, computed with every entry of
   *     this ledger
   * @param by a supervisor, or the system
   * @param at when, not before the last entry
   * @return the new ledger
   * @throws NullPointerException if an argument is null
   * @throws AssessmentRuleException naming the rule broken: another period, stale scorecards, or
   *     figures equal to those published
   */
  public AssessmentLedger withPublication(Scorecards scorecards, Actor by, Instant at) {
    Objects.requireNonNull(scorecards, "scorecards");
    return append(new LedgerEntry.Published(next(), at, by, scorecards));
  }

  private long next() {
    return entries.size() + 1L;
  }

  private AssessmentLedger append(LedgerEntry entry) {
    Objects.requireNonNull(entry.at(), "at");
    Objects.requireNonNull(entry.by(), "by");
    if (entry.sequence() != next()) {
      throw new IllegalArgumentException("entry #" + entry.sequence() + " out of sequence: expected #" + next());
    }
    if (!entries.isEmpty() && entry.at().isBefore(entries.get(entries.size() - 1).at())) {
      throw refuse(AssessmentRule.OUT_OF_ORDER, "entry at " + entry.at() + " is before the last entry's "
          + entries.get(entries.size() - 1).at());
    }
    LedgerRules.check(this, entry);
    List<LedgerEntry> more = new ArrayList<>(entries.size() + 1);
    more.addAll(entries);
    more.add(entry);
    return new AssessmentLedger(scheme, period, List.copyOf(more));
  }

  static AssessmentRuleException refuse(AssessmentRule rule, String message) {
    return new AssessmentRuleException(rule, message);
  }

  // ---------------------------------------------------------------- what is in force

  /**
   * The sequences of the entries revoked.
   *
   * @return the sequences
   */
  Set<Long> revoked() {
    Set<Long> revoked = new HashSet<>();
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.Revoked r) {
        revoked.add(r.entry());
      }
    }
    return revoked;
  }

  /**
   * The adjustments in force: entered and not revoked.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.Adjusted> adjustments() {
    Set<Long> revoked = revoked();
    List<LedgerEntry.Adjusted> in = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.Adjusted a && !revoked.contains(a.sequence())) {
        in.add(a);
      }
    }
    return List.copyOf(in);
  }

  /**
   * The vetoes in force: entered and not revoked.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.Vetoed> vetoes() {
    Set<Long> revoked = revoked();
    List<LedgerEntry.Vetoed> in = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.Vetoed v && !revoked.contains(v.sequence())) {
        in.add(v);
      }
    }
    return List.copyOf(in);
  }

  /**
   * The decision of an appeal.
   *
   * @param appeal the appeal's sequence
   * @return the decision, or empty while pending
   */
  public Optional<LedgerEntry.AppealDecided> decisionOf(long appeal) {
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.AppealDecided d && d.appeal() == appeal) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The appeals filed, decided or not.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.AppealFiled> appeals() {
    List<LedgerEntry.AppealFiled> all = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.AppealFiled a) {
        all.add(a);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The appeals accepted: their cases are out of the indicators they name.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.AppealFiled> acceptedAppeals() {
    return appeals().stream().filter(a -> decisionOf(a.sequence()).filter(LedgerEntry.AppealDecided::accepted)
        .isPresent()).toList();
  }

  /**
   * The appeals not decided yet.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.AppealFiled> pendingAppeals() {
    return appeals().stream().filter(a -> decisionOf(a.sequence()).isEmpty()).toList();
  }

  /**
   * The publications, the first and its restatements.
   *
   * @return the entries, oldest first
   */
  public List<LedgerEntry.Published> publications() {
    List<LedgerEntry.Published> all = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e instanceof LedgerEntry.Published p) {
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The official figures: the latest publication's, frozen until the next.
   *
   * @return the scorecards, or empty before the first publication
   */
  public Optional<Scorecards> published() {
    List<LedgerEntry.Published> all = publications();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).scorecards());
  }

  /**
   * Each restatement (更正): what a publication changed against the one before it, with the
   * entries made in between.
   *
   * @return the restatements, oldest first
   */
  public List<Restatement> restatements() {
    List<LedgerEntry.Published> all = publications();
    List<Restatement> restated = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      restated.add(Restatement.between(all.get(i - 1).scorecards(), all.get(i).scorecards(), this));
    }
    return List.copyOf(restated);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentLedger l && scheme.equals(l.scheme) && period.equals(l.period)
        && entries.equals(l.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme.id(), period, entries);
  }

  @Override
  public String toString() {
    return "AssessmentLedger[" + scheme.id() + " " + scheme.version() + ", " + period + ", " + entries.size()
        + " entr" + (entries.size() == 1 ? "y" : "ies") + (published().isPresent() ? ", published" : "") + "]";
  }
}
