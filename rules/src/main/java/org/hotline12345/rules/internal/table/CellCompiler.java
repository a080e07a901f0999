package org.hotline12345.rules.internal.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.rules.internal.table.IntervalSet.Interval;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.Condition.Comparison;
import org.hotline12345.rules.table.Condition.Range;
import org.hotline12345.rules.table.Condition.Test;
import org.hotline12345.rules.table.Condition.Value;
import org.hotline12345.rules.text.KeywordMatcher;

/**
 * Reads a {@link Condition} as its column's type says: the typed {@link Cell}. Remembers the
 * cells it made per column, so a text repeated down a column (a category, {@code -}) is read
 * once and its cell shared. Not thread-safe; one per table build.
 */
public final class CellCompiler {

  private static final double INF = Double.POSITIVE_INFINITY;

  private final Map<Column, Map<String, Cell>> made = new HashMap<>();

  /**
   * The cell of a condition in a column, read once per distinct text.
   *
   * @param condition the condition
   * @param column the column
   * @return the cell
   * @throws IllegalArgumentException saying what the column's type does not accept (the
   *     caller names the row and column)
   */
  public Cell cell(Condition condition, Column column) {
    Map<String, Cell> cells = made.computeIfAbsent(column, c -> new HashMap<>());
    Cell cell = cells.get(condition.text());
    if (cell == null) {
      cell = compile(condition, column);
      cells.put(condition.text(), cell);
    }
    return cell;
  }

  /**
   * The cell of a condition in a column.
   *
   * @param condition the condition
   * @param column the column
   * @return the cell
   * @throws IllegalArgumentException saying what the column's type does not accept (the
   *     caller names the row and column)
   */
  public static Cell compile(Condition condition, Column column) {
    boolean negated = condition.isNegated() || condition.isAny();
    List<Test> tests = condition.tests();
    switch (column.type()) {
      case TEXT:
        return SetCell.of(negated, texts(tests, column), column.isEnumerated()
            ? column.domain() : null);
      case BOOLEAN:
        return SetCell.of(negated, booleans(tests), column.domain());
      case CATEGORY:
        return new PathCell(negated, codes(tests, column, true));
      case AREA:
        return new PathCell(negated, codes(tests, column, false));
      case KEYWORDS:
        return new KeywordCell(negated, keywords(tests));
      case NUMBER:
      case DATE:
        return intervals(negated, tests, column.type() == ColumnType.DATE);
      default:
        throw new AssertionError(column.type());
    }
  }

  private static List<String> values(List<Test> tests, ColumnType type) {
    List<String> values = new ArrayList<>();
    for (Test test : tests) {
      if (!(test instanceof Value)) {
        throw new IllegalArgumentException(type + " cells take values, lists and not(...), not"
            + " comparisons or ranges; quote a value that starts with < > [ ( or ]");
      }
      String value = ((Value) test).value().strip();
      if (Texts.isBlank(value)) {
        throw new IllegalArgumentException("a value must not be blank");
      }
      values.add(value);
    }
    return values;
  }

  private static List<String> texts(List<Test> tests, Column column) {
    List<String> values = values(tests, ColumnType.TEXT);
    if (column.isEnumerated()) {
      for (String value : values) {
        if (!column.allowedValues().contains(value)) {
          throw new IllegalArgumentException(Texts.quote(value) + " is not one of the allowed"
              + " values " + String.join(", ", column.allowedValues()));
        }
      }
    }
    return values;
  }

  private static List<String> booleans(List<Test> tests) {
    List<String> values = new ArrayList<>();
    for (String word : values(tests, ColumnType.BOOLEAN)) {
      values.add(OutputValues.parseBoolean(word).orElseThrow(() -> new IllegalArgumentException(
          Texts.quote(word) + " is not true or false (also yes/no, 是/否)")).toString());
    }
    return values;
  }

  private static List<String> codes(List<Test> tests, Column column, boolean category) {
    List<String> codes = values(tests, column.type());
    for (String code : codes) {
      if (category) {
        try {
          CategoryCode.of(code);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(Texts.quote(code) + " is not a category code:"
              + " letters, digits and . _ - only, at most 64");
        }
      } else {
        OutputValues.areaCode(code);
      }
    }
    return codes;
  }

  private static List<String> keywords(List<Test> tests) {
    List<String> keywords = values(tests, ColumnType.KEYWORDS);
    for (String keyword : keywords) {
      if (keyword.length() > KeywordMatcher.MAX_KEYWORD_LENGTH) {
        throw new IllegalArgumentException("keyword " + Texts.quote(keyword) + " is longer than "
            + KeywordMatcher.MAX_KEYWORD_LENGTH + " characters");
      }
    }
    return keywords;
  }

  private static IntervalCell intervals(boolean negated, List<Test> tests, boolean dates) {
    if (tests.isEmpty()) {
      return new IntervalCell(IntervalSet.all(dates));
    }
    List<Interval> parts = new ArrayList<>();
    for (Test test : tests) {
      if (test instanceof Value) {
        double x = number(((Value) test).value(), dates);
        parts.add(new Interval(x, true, x, true));
      } else if (test instanceof Comparison) {
        Comparison comparison = (Comparison) test;
        double x = number(comparison.value(), dates);
        switch (comparison.operator()) {
          case LESS: parts.add(new Interval(-INF, false, x, false)); break;
          case LESS_OR_EQUAL: parts.add(new Interval(-INF, false, x, true)); break;
          case GREATER: parts.add(new Interval(x, false, INF, false)); break;
          case GREATER_OR_EQUAL: parts.add(new Interval(x, true, INF, false)); break;
          default: throw new AssertionError(comparison.operator());
        }
      } else {
        Range range = (Range) test;
        double low = number(range.low(), dates);
        double high = number(range.high(), dates);
        Interval interval = new Interval(low, range.lowInclusive(), high, range.highInclusive());
        if (IntervalSet.of(dates, List.of(interval)).isEmpty()) {
          throw new IllegalArgumentException("the range " + (range.lowInclusive() ? "[" : "(")
              + range.low() + ".." + range.high() + (range.highInclusive() ? "]" : ")")
              + " holds no value; write the low end first");
        }
        parts.add(interval);
      }
    }
    IntervalSet set = IntervalSet.of(dates, parts);
    return new IntervalCell(negated ? set.complement() : set);
  }

  private static double number(String text, boolean dates) {
    String value = text.strip();
    if (dates) {
      try {
        return LocalDate.parse(value).toEpochDay();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(Texts.quote(value) + " is not a date as 2026-01-31");
      }
    }
    BigDecimal number = OutputValues.parseNumber(value);
    double x = number.doubleValue();
    if (Double.isInfinite(x)) {
      throw new IllegalArgumentException(Texts.quote(value) + " is too large a number");
    }
    return x;
  }
}
