package org.hotline12345.rules.table;

/**
 * The type of an input column (输入列) of a {@link DecisionTable}: it fixes what a cell may say
 * and how it matches an input. An empty cell or {@code -} matches anything, whatever the type.
 *
 * <table>
 *   <caption>What each type's cells say</caption>
 *   <tr><th>type</th><th>input</th><th>cells</th></tr>
 *   <tr><td>{@link #TEXT}</td><td>a string</td><td>{@code HOTLINE}, {@code "a, b"},
 *       {@code WEB, APP}, {@code not(WEB, APP)}</td></tr>
 *   <tr><td>{@link #CATEGORY}</td><td>a category code (its path)</td><td>{@code A01} matches
 *       A01 and every category below it</td></tr>
 *   <tr><td>{@link #AREA}</td><td>an area path, most general first</td><td>{@code 320106}
 *       matches a path through 320106 at any level</td></tr>
 *   <tr><td>{@link #KEYWORDS}</td><td>free text</td><td>{@code 火灾, 着火}: the text holds one
 *       of them; {@code not(火灾)}: it holds none</td></tr>
 *   <tr><td>{@link #NUMBER}</td><td>a number</td><td>{@code 5}, {@code < 3}, {@code >= 3},
 *       {@code [1..5]}, {@code ]1..5[}, {@code (1..5]}, lists, {@code not(...)}</td></tr>
 *   <tr><td>{@link #DATE}</td><td>a date</td><td>as NUMBER with ISO dates:
 *       {@code [2026-01-01..2026-06-30]}, {@code >= 2026-07-01}</td></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>true or false</td><td>{@code true}, {@code false},
 *       {@code yes}, {@code no}, {@code 是}, {@code 否}</td></tr>
 * </table>
 */
public enum ColumnType {
  /** Equality on a string, case-sensitive: type (类型), channel (渠道), urgency, attributes. */
  TEXT,
  /** A hierarchical category code (分类编码): a cell matches its code and every code below. */
  CATEGORY,
  /** An area (行政区划) at any level of the input's area path. */
  AREA,
  /** Keywords (关键词) looked for anywhere in the input's free text. */
  KEYWORDS,
  /** A decimal number: counts (how often the caller appealed in a window), amounts. */
  NUMBER,
  /** A calendar date. */
  DATE,
  /** True or false: enterprise (企业), anonymous (匿名). */
  BOOLEAN;

  /**
   * Whether cells of this type may compare and give ranges ({@code < 3}, {@code [1..5]}).
   *
   * @return true for NUMBER and DATE
   */
  public boolean isOrdered() {
    return this == NUMBER || this == DATE;
  }
}
