package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.casefile.Explanation;

/**
 * Why a decision table decided as it did (决策说明), for a dispatcher asking "why did it go
 * there?": the rows that matched, the winners and the hit policy's reason, and the near misses
 * (rows that failed on exactly one column, the first {@value #MAX_NEAR_MISSES} of them by row
 * order). Free appeal text is never shown: a keyword column says only which keywords were
 * looked for. Immutable.
 */
public final class DecisionExplanation {

  /** The most near misses an explanation lists. */
  public static final int MAX_NEAR_MISSES = 5;

  private final Decision decision;
  private final List<Row> matched;
  private final List<NearMiss> nearMisses;
  private final int nearMissCount;

  private DecisionExplanation(Decision decision, List<Row> matched, List<NearMiss> nearMisses,
      int nearMissCount) {
    this.decision = decision;
    this.matched = List.copyOf(matched);
    this.nearMisses = List.copyOf(nearMisses);
    this.nearMissCount = nearMissCount;
  }

  static DecisionExplanation of(Decision decision, List<Row> matched, List<NearMiss> all) {
    return new DecisionExplanation(decision, matched,
        all.subList(0, Math.min(MAX_NEAR_MISSES, all.size())), all.size());
  }

  /**
   * The decision explained.
   *
   * @return the decision
   */
  public Decision decision() {
    return decision;
  }

  /**
   * Every row that matched, in table order, winners and others.
   *
   * @return the rows, unmodifiable
   */
  public List<Row> matched() {
    return matched;
  }

  /**
   * The winning rows, as {@link Decision#rows()}.
   *
   * @return the rows
   */
  public List<Row> winners() {
    return decision.rows();
  }

  /**
   * The first near misses, by row order.
   *
   * @return at most {@value #MAX_NEAR_MISSES} near misses, unmodifiable
   */
  public List<NearMiss> nearMisses() {
    return nearMisses;
  }

  /**
   * How many rows failed on exactly one column, listed or not.
   *
   * @return the count
   */
  public int nearMissCount() {
    return nearMissCount;
  }

  /**
   * Why the winners won, in the hit policy's terms.
   *
   * @return for example {@code FIRST: R3 is the first of 2 matching rows (R3, R9)}
   */
  public String reason() {
    HitPolicy policy = decision.hitPolicy();
    List<Row> winners = decision.rows();
    if (winners.isEmpty()) {
      return "no row matched" + decision.table().outputs().stream()
          .filter(o -> o.defaultValue().isPresent())
          .map(o -> "; " + o.name() + " takes its default " + o.defaultValue().get())
          .reduce("", String::concat);
    }
    String first = id(winners.get(0));
    switch (policy) {
      case FIRST:
        return "FIRST: " + first + " is the first of " + count(matched.size()) + " ("
            + ids(matched) + ")";
      case UNIQUE:
        return "UNIQUE: " + first + " is the only matching row";
      case ANY:
        return "ANY: " + count(matched.size()) + " (" + ids(matched) + ") give the same outputs;"
            + " " + first + " stands for them";
      case PRIORITY:
        return "PRIORITY: " + first + " gives the outputs of highest priority among "
            + count(matched.size()) + " (" + ids(matched) + ")";
      case OUTPUT_ORDER:
        return "OUTPUT ORDER: all " + count(matched.size()) + ", by the priority of their"
            + " outputs (" + ids(winners) + ")";
      default:
        return policy.label() + ": all " + count(matched.size()) + ", in table order ("
            + ids(winners) + ")";
    }
  }

  private static String count(int rows) {
    return rows == 1 ? "1 matching row" : rows + " matching rows";
  }

  private static String id(Row row) {
    return Texts.escape(row.id(), 100);
  }

  private static String ids(List<Row> rows) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < 10; i++) {
      ids.add(id(rows.get(i)));
    }
    return String.join(", ", ids) + (rows.size() > 10 ? " and " + (rows.size() - 10) + " more"
        : "");
  }

  /**
   * A paragraph a dispatcher reads: table and version, day, winners with their outputs and
   * descriptions, the reason, and the near misses.
   *
   * @return the text, on one line
   */
  public String toText() {
    DecisionTable table = decision.table();
    StringBuilder text = new StringBuilder();
    text.append(Texts.escape(table.name(), 200)).append(" (rule set ")
        .append(Texts.escape(table.ruleSetId(), 100)).append(" version ")
        .append(Texts.escape(table.version(), 100)).append("), on ").append(decision.on())
        .append(". ");
    for (Row winner : decision.rows()) {
      text.append("Row ").append(id(winner));
      if (!winner.description().isEmpty()) {
        text.append(" (").append(Texts.escape(winner.description(), 200)).append(")");
      }
      List<String> outputs = new ArrayList<>();
      winner.outputs().forEach((name, value) -> {
        if (!value.isEmpty()) {
          outputs.add(name + " " + value);
        }
      });
      text.append(" gives ").append(Texts.escape(String.join(", ", outputs), 500)).append(". ");
    }
    text.append(Texts.escape(reason(), 600)).append('.');
    if (!nearMisses.isEmpty()) {
      text.append(" Near misses: ");
      List<String> misses = new ArrayList<>();
      nearMisses.forEach(miss -> misses.add(miss.toText()));
      text.append(String.join("; ", misses));
      if (nearMissCount > nearMisses.size()) {
        text.append("; and ").append(nearMissCount - nearMisses.size()).append(" more");
      }
      text.append('.');
    }
    return text.toString();
  }

  /**
   * The explanation as the core records it on a case's event: rule set, version, first winning
   * row, and {@link #toText()} cut to 2,000 characters.
   *
   * @return the explanation
   */
  public Explanation toExplanation() {
    return new Explanation(decision.ruleSetId(), decision.version(),
        decision.first().map(Row::id), Decision.cut(toText()));
  }

  /**
   * The decision and the counts.
   *
   * @return for example {@code DecisionExplanation[Decision[...], 2 matched, 3 near misses]}
   */
  @Override
  public String toString() {
    return "DecisionExplanation[" + decision + ", " + matched.size() + " matched, "
        + nearMissCount + " near misses]";
  }
}
