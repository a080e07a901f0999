package org.hotline12345.rules.table;

/**
 * How a {@link HitPolicy#COLLECT} table folds the values of its one output over the matching
 * rows (DMN 1.3's C+, C&lt;, C&gt;, C#).
 */
public enum Aggregation {
  /** The sum of the numeric values. */
  SUM,
  /** The smallest numeric value. */
  MIN,
  /** The largest numeric value. */
  MAX,
  /** The number of distinct non-empty values. */
  COUNT
}
