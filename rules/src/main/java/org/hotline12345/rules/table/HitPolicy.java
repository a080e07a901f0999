package org.hotline12345.rules.table;

import java.util.Locale;
import org.hotline12345.calendar.internal.Texts;

/**
 * How a {@link DecisionTable} answers when several rows match (命中策略), as DMN 1.3 defines it.
 * Routing catalogues usually use {@link #FIRST} (specific rows first, a fallback last) or
 * {@link #UNIQUE} (rows never overlap, which verification proves when the table loads).
 */
public enum HitPolicy {
  /** At most one row may match; two matching rows are an error (verification refuses them). */
  UNIQUE,
  /** The first matching row in table order wins. */
  FIRST,
  /**
   * The matching row whose outputs come first in their columns' ordered allowed values wins,
   * comparing the prioritised outputs in column order; ties go to the earlier row.
   */
  PRIORITY,
  /** Several rows may match if they give the same outputs; different outputs are an error. */
  ANY,
  /** Every matching row, in table order, optionally aggregated ({@link Aggregation}). */
  COLLECT,
  /** Every matching row, in table order. */
  RULE_ORDER,
  /** Every matching row, in the order of their outputs' priority as under PRIORITY. */
  OUTPUT_ORDER;

  /**
   * Whether a decision under this policy can name several rows.
   *
   * @return true for COLLECT, RULE_ORDER and OUTPUT_ORDER
   */
  public boolean isMultiple() {
    return this == COLLECT || this == RULE_ORDER || this == OUTPUT_ORDER;
  }

  /**
   * Whether the policy orders rows by output priority, so needs allowed values on an output.
   *
   * @return true for PRIORITY and OUTPUT_ORDER
   */
  public boolean usesPriority() {
    return this == PRIORITY || this == OUTPUT_ORDER;
  }

  /**
   * The policy of a name as files write it: the enum name, any case, with spaces or hyphens
   * for underscores ({@code rule order}), or DMN's single letters (U, F, P, A, C, R, O).
   *
   * @param text the name
   * @return the policy
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if no policy has that name
   */
  public static HitPolicy parse(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    switch (key) {
      case "U": return UNIQUE;
      case "F": return FIRST;
      case "P": return PRIORITY;
      case "A": return ANY;
      case "C": return COLLECT;
      case "R": return RULE_ORDER;
      case "O": return OUTPUT_ORDER;
      default:
        for (HitPolicy policy : values()) {
          if (policy.name().equals(key)) {
            return policy;
          }
        }
        throw new IllegalArgumentException("hit policy must be one of UNIQUE, FIRST, PRIORITY,"
            + " ANY, COLLECT, RULE ORDER, OUTPUT ORDER, was " + Texts.quote(text));
    }
  }

  /**
   * The name as files write it: {@code RULE ORDER} for RULE_ORDER.
   *
   * @return the name with a space for the underscore
   */
  public String label() {
    return name().replace('_', ' ');
  }
}
