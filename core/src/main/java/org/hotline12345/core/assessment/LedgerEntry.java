package org.hotline12345.core.assessment;

import java.time.Instant;
import java.util.Objects;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Remark;

/**
 * One audited entry of an {@linkplain AssessmentLedger assessment ledger} (考核台账): who made it,
 * when, and what. Entries are never changed or removed: a mistaken adjustment or veto is
 * revoked by a later entry, an appeal is decided by one, and a published period is restated by
 * a further publication. A {@code switch} over {@link #kind()} lets the compiler find every
 * kind.
 */
public sealed interface LedgerEntry {

  /**
   * The entry's number in its ledger, from 1.
   *
   * @return the sequence
   */
  long sequence();

  /**
   * When it was made.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Who made it.
   *
   * @return the actor
   */
  Actor by();

  /**
   * The kind, with its stable wire name.
   *
   * @return the kind
   */
  Kind kind();

  /** The kinds of entry, each with a stable wire name in the ledger's text. */
  enum Kind {
    /** {@link Adjusted}. */
    ADJUSTED("adjusted"),
    /** {@link Vetoed}. */
    VETOED("vetoed"),
    /** {@link AppealFiled}. */
    APPEAL_FILED("appeal-filed"),
    /** {@link AppealDecided}. */
    APPEAL_DECIDED("appeal-decided"),
    /** {@link Revoked}. */
    REVOKED("revoked"),
    /** {@link Published}. */
    PUBLISHED("published");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    /**
     * The stable name in the ledger's text.
     *
     * @return for example {@code appeal-filed}
     */
    public String wireName() {
      return wireName;
    }

    /**
     * The kind of a wire name.
     *
     * @param wireName the name
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static Kind ofWireName(String wireName) {
      for (Kind kind : values()) {
        if (kind.wireName.equals(wireName)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("no ledger entry kind is named " + org.hotline12345.core.internal.Texts
          .quote(String.valueOf(wireName)));
    }
  }

  /**
   * A manual deduction or bonus was entered (扣分项, 加分项).
   *
   * @param sequence the sequence
   * @param at when
   * @param by who
   * @param adjustment the adjustment
   */
  record Adjusted(long sequence, Instant at, Actor by, Adjustment adjustment) implements LedgerEntry {
    /** Checks the fields. */
    public Adjusted {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(adjustment, "adjustment");
    }

    @Override
    public Kind kind() {
      return Kind.ADJUSTED;
    }
  }

  /**
   * A department was vetoed (一票否决).
   *
   * @param sequence the sequence
   * @param at when
   * @param by who
   * @param veto the veto
   */
  record Vetoed(long sequence, Instant at, Actor by, Veto veto) implements LedgerEntry {
    /** Checks the fields. */
    public Vetoed {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(veto, "veto");
    }

    @Override
    public Kind kind() {
      return Kind.VETOED;
    }
  }

  /**
   * A department filed an assessment appeal (考核申诉).
   *
   * @param sequence the sequence: the appeal's number
   * @param at when
   * @param by who, a handler of the department
   * @param appeal the appeal
   */
  record AppealFiled(long sequence, Instant at, Actor by, AssessmentAppeal appeal) implements LedgerEntry {
    /** Checks the fields. */
    public AppealFiled {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(appeal, "appeal");
    }

    @Override
    public Kind kind() {
      return Kind.APPEAL_FILED;
    }
  }

  /**
   * The platform decided an appeal: accepted (the case leaves the indicators named) or
   * rejected.
   *
   * @param sequence the sequence
   * @param at when
   * @param by who
   * @param appeal the appeal's sequence
   * @param accepted whether it was accepted
   * @param reason why, free text; never printed
   */
  record AppealDecided(long sequence, Instant at, Actor by, long appeal, boolean accepted, Remark reason)
      implements LedgerEntry {
    /** Checks the fields. */
    public AppealDecided {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Kind kind() {
      return Kind.APPEAL_DECIDED;
    }

    @Override
    public String toString() {
      return "AppealDecided[#" + sequence + " " + at + " by " + by.id() + ": appeal #" + appeal + " "
          + (accepted ? "accepted" : "rejected") + "]";
    }
  }

  /**
   * An adjustment or a veto was revoked: it no longer counts.
   *
   * @param sequence the sequence
   * @param at when
   * @param by who
   * @param entry the revoked entry's sequence
   * @param reason why, free text; never printed
   */
  record Revoked(long sequence, Instant at, Actor by, long entry, Remark reason) implements LedgerEntry {
    /** Checks the fields. */
    public Revoked {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Kind kind() {
      return Kind.REVOKED;
    }

    @Override
    public String toString() {
      return "Revoked[#" + sequence + " " + at + " by " + by.id() + ": entry #" + entry + "]";
    }
  }

  /**
   * Scorecards were published (公布): the period's official figures from then on, frozen. A
   * later publication is a restatement (更正) of the one before.
   *
   * @param sequence the sequence
   * @param at when
   * @param by who
   * @param scorecards the figures published
   */
  record Published(long sequence, Instant at, Actor by, Scorecards scorecards) implements LedgerEntry {
    /** Checks the fields. */
    public Published {
      EntryChecks.common(sequence, at, by);
      Objects.requireNonNull(scorecards, "scorecards");
    }

    @Override
    public Kind kind() {
      return Kind.PUBLISHED;
    }

    @Override
    public String toString() {
      return "Published[#" + sequence + " " + at + " by " + by.id() + ": " + scorecards + "]";
    }
  }
}
