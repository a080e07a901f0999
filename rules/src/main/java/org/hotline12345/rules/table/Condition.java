package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.ConditionParser;
import org.hotline12345.rules.internal.table.TableText;

/**
 * One cell of an input column (条件): a DMN 1.3 unary test as a dispatch office writes it in a
 * spreadsheet, kept with its source text. What the tests mean depends on the column's
 * {@link ColumnType}, which the table checks when it is built; the syntax is the same for all:
 *
 * <ul>
 *   <li>empty or {@code -}: any input;</li>
 *   <li>a list of tests separated by commas ({@code ,} or {@code ，}), any of which may match:
 *       {@code WEB, APP};</li>
 *   <li>{@code not(...)} around a list: none of them matches;</li>
 *   <li>a test is a value ({@code HOTLINE}, or quoted {@code "a, b"} with {@code \"} for a quote
 *       inside), a comparison ({@code < 3}, {@code <= 3}, {@code > 3}, {@code >= 3}) or a range
 *       ({@code [1..5]}, {@code (1..5]} or {@code ]1..5]} open at the low end, {@code [1..5)} or
 *       {@code [1..5[} open at the high end).</li>
 * </ul>
 *
 * <p>Immutable. Two conditions are equal when their texts are: {@code A, B} and {@code A,B}
 * mean the same but are not equal, so that a table written to a file reads back equal.
 */
public final class Condition {

  /** The most characters of a condition's text. */
  public static final int MAX_LENGTH = 20_000;

  private static final Condition ANY = new Condition("-", false, List.of());

  private final String text;
  private final boolean negated;
  private final List<Test> tests;

  private Condition(String text, boolean negated, List<Test> tests) {
    this.text = text;
    this.negated = negated;
    this.tests = tests;
  }

  /**
   * Reads a condition.
   *
   * @param text the cell's text; surrounding spaces are dropped
   * @return the condition
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException naming the rule of the syntax the text breaks and where
   */
  public static Condition parse(String text) {
    String stripped = TableText.optionalText("condition", text, MAX_LENGTH);
    ConditionParser.Parsed parsed = ConditionParser.parse(stripped);
    return new Condition(stripped, parsed.negated(), List.copyOf(parsed.tests()));
  }

  /**
   * The condition that matches any input, written {@code -}.
   *
   * @return the condition
   */
  public static Condition any() {
    return ANY;
  }

  /**
   * The condition that matches any of the given values, each quoted where it must be.
   *
   * @param values the values, at least one
   * @return the condition
   * @throws NullPointerException if values or a value is null
   * @throws IllegalArgumentException if there is no value or one is not plain text
   */
  public static Condition anyOf(Collection<String> values) {
    return parse(list(values));
  }

  /**
   * The condition that matches none of the given values: {@code not(...)}.
   *
   * @param values the values, at least one
   * @return the condition
   * @throws NullPointerException if values or a value is null
   * @throws IllegalArgumentException if there is no value or one is not plain text
   */
  public static Condition noneOf(Collection<String> values) {
    return parse("not(" + list(values) + ")");
  }

  private static String list(Collection<String> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must hold at least one value");
    }
    List<String> written = new ArrayList<>();
    for (String value : values) {
      written.add(ConditionParser.literal(Objects.requireNonNull(value, "values must not hold null")));
    }
    return String.join(", ", written);
  }

  /**
   * The text as written, without surrounding spaces.
   *
   * @return the text; {@code -} for {@link #any()}, empty for an empty cell
   */
  public String text() {
    return text;
  }

  /**
   * Whether the condition matches any input: an empty cell or {@code -}.
   *
   * @return true if it places no condition
   */
  public boolean isAny() {
    return tests.isEmpty();
  }

  /**
   * Whether the condition is {@code not(...)}.
   *
   * @return true if it matches when none of its tests does
   */
  public boolean isNegated() {
    return negated;
  }

  /**
   * The tests of the list, in the order written.
   *
   * @return the tests, unmodifiable; empty for any input
   */
  public List<Test> tests() {
    return tests;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Condition && ((Condition) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The text, escaped and shortened (conditions are configuration, not personal data).
   *
   * @return for example {@code Condition[not(WEB, APP)]}
   */
  @Override
  public String toString() {
    return "Condition[" + Texts.escape(text, 200) + "]";
  }

  /** One test of a condition's list. */
  public sealed interface Test permits Value, Comparison, Range {}

  /**
   * A value the input must equal (or, by column type, contain, lie under...).
   *
   * @param value the value, unquoted
   */
  public record Value(String value) implements Test {
    /**
     * Checks the value.
     *
     * @param value the value, unquoted
     * @throws NullPointerException if value is null
     */
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A comparison of the input with a value: {@code < 3}.
   *
   * @param operator the comparison
   * @param value the value compared with
   */
  public record Comparison(Operator operator, String value) implements Test {
    /**
     * Checks the fields.
     *
     * @param operator the comparison
     * @param value the value compared with
     * @throws NullPointerException if a field is null
     */
    public Comparison {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A range: {@code [1..5)} is {@code Range("1", true, "5", false)}.
   *
   * @param low the low end
   * @param lowInclusive whether the low end belongs to the range
   * @param high the high end
   * @param highInclusive whether the high end belongs to the range
   */
  public record Range(String low, boolean lowInclusive, String high, boolean highInclusive)
      implements Test {
    /**
     * Checks the fields.
     *
     * @param low the low end
     * @param lowInclusive whether the low end belongs to the range
     * @param high the high end
     * @param highInclusive whether the high end belongs to the range
     * @throws NullPointerException if an end is null
     */
    public Range {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  /** The comparisons a test may make. */
  public enum Operator {
    /** {@code <} */
    LESS("<"),
    /** {@code <=} */
    LESS_OR_EQUAL("<="),
    /** {@code >} */
    GREATER(">"),
    /** {@code >=} */
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The symbol as written.
     *
     * @return for example {@code <=}
     */
    public String symbol() {
      return symbol;
    }
  }
}
