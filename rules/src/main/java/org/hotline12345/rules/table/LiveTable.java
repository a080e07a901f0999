package org.hotline12345.rules.table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.hotline12345.calendar.internal.Texts;

/**
 * The live version of a rule set (在用规则), swapped for a new version atomically while other
 * threads decide (热更新). Each decision reads the current table once, so it is taken wholly by
 * one version and names it; a decision running while a swap happens finishes on the version it
 * started with.
 *
 * <p>A swap verifies the new version first and refuses it on errors, on another rule set id, or
 * when it reuses the live version's name for different content. Rolling back to an older
 * version is allowed (versions are names, not ordered). Thread-safe.
 */
public final class LiveTable {

  private final AtomicReference<DecisionTable> current;
  private final References references;

  private LiveTable(DecisionTable table, References references) {
    this.current = new AtomicReference<>(table);
    this.references = references;
  }

  /**
   * A live table starting with a verified version.
   *
   * @param table the first version
   * @param references what swaps verify against
   * @return the live table
   * @throws NullPointerException if an argument is null
   * @throws TableVerificationException if the table fails verification
   */
  public static LiveTable of(DecisionTable table, References references) {
    DecisionTables.requireValid(Objects.requireNonNull(table, "table"), references);
    return new LiveTable(table, references);
  }

  /**
   * The version deciding now.
   *
   * @return the table
   */
  public DecisionTable current() {
    return current.get();
  }

  /**
   * Decides with the version live now.
   *
   * @param inputs the inputs
   * @param on the day
   * @return the decision, naming the version that took it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link DecisionTable#decide}
   */
  public Decision decide(Inputs inputs, LocalDate on) {
    return current.get().decide(inputs, on);
  }

  /**
   * Decides and explains with the version live now.
   *
   * @param inputs the inputs
   * @param on the day
   * @return the explanation, naming the version that took the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link DecisionTable#decide}
   */
  public DecisionExplanation explain(Inputs inputs, LocalDate on) {
    return current.get().explain(inputs, on);
  }

  /**
   * Puts a new version live, after verifying it.
   *
   * @param next the new version
   * @return the verification of the new version (its warnings)
   * @throws NullPointerException if next is null
   * @throws IllegalArgumentException if next is of another rule set, or has the live version's
   *     version with different content
   * @throws TableVerificationException if next fails verification
   */
  public Verification swap(DecisionTable next) {
    Objects.requireNonNull(next, "next");
    Verification verification = DecisionTables.requireValid(next, references);
    current.getAndUpdate(live -> {
      if (!live.ruleSetId().equals(next.ruleSetId())) {
        throw new IllegalArgumentException("rule set " + Texts.quote(next.ruleSetId())
            + " cannot replace rule set " + Texts.quote(live.ruleSetId()));
      }
      if (live.version().equals(next.version()) && !live.sameContentAs(next)) {
        throw new IllegalArgumentException("version " + Texts.quote(next.version())
            + " of rule set " + Texts.quote(next.ruleSetId()) + " is live with other content;"
            + " give the new table a new version");
      }
      return next;
    });
    return verification;
  }

  @Override
  public String toString() {
    return "LiveTable[" + current.get() + "]";
  }
}
