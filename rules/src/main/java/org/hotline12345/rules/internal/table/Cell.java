package org.hotline12345.rules.internal.table;

/**
 * A cell of an input column as its column type reads it: what inputs it matches, and the set
 * algebra verification needs (can two cells match one input; does one match all the other
 * matches). Inputs are in the engine's representation: a {@code String} for TEXT and BOOLEAN
 * ({@code "true"}, {@code "false"}), a {@link PathInput} for CATEGORY and AREA, a
 * {@code CharSequence} for KEYWORDS, a {@code Double} or a {@code LocalDate} for NUMBER and DATE.
 * Immutable.
 */
public sealed interface Cell permits SetCell, PathCell, KeywordCell, IntervalCell {

  /**
   * Whether the cell matches every input.
   *
   * @return true if it places no condition
   */
  boolean isAny();

  /**
   * Whether the cell matches no input at all, so its row can never match.
   *
   * @return true if it matches nothing
   */
  boolean isEmpty();

  /**
   * Whether the cell matches an input, tested directly (the engine's indexes give the same
   * answer faster).
   *
   * @param input the input, in the engine's representation
   * @return true if it matches
   */
  boolean matches(Object input);

  /**
   * An input both cells match, if there is one. The witness is a {@code String} for TEXT,
   * BOOLEAN and KEYWORDS (the text), a {@code List<String>} path for CATEGORY and AREA, a
   * {@code Double} for NUMBER and DATE (epoch day).
   *
   * @param other a cell of the same column
   * @param domain the column's hierarchy (CATEGORY and AREA only)
   * @return the witness, or null if no input matches both
   */
  Object common(Cell other, PathDomain domain);

  /**
   * Whether this cell matches every input the other one matches.
   *
   * @param other a cell of the same column
   * @param domain the column's hierarchy (CATEGORY and AREA only)
   * @return true if this cell covers the other
   */
  boolean covers(Cell other, PathDomain domain);
}
