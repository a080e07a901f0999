package org.hotline12345.rules.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.rules.table.Condition.Comparison;
import org.hotline12345.rules.table.Condition.Range;
import org.hotline12345.rules.table.Condition.Test;
import org.hotline12345.rules.table.Condition.Value;

/**
 * The obvious reading of a decision table, row by row and cell by cell from the conditions'
 * public syntax tree, written apart from the engine so that the two can be compared.
 */
final class NaiveTable {

  private NaiveTable() {}

  /** A plain input value: String, Boolean, BigDecimal, LocalDate, a List of codes, a text. */
  record Value0(ColumnType type, Object value) {}

  static boolean matches(Row row, List<Column> columns, Map<String, Value0> inputs,
      LocalDate day) {
    if (!row.isEffectiveOn(day)) {
      return false;
    }
    for (Column column : columns) {
      if (!cellMatches(row.condition(column.name()), column, inputs.get(column.name()))) {
        return false;
      }
    }
    return true;
  }

  /** The columns (and {@link NearMiss#PERIOD}) a row fails on. */
  static List<String> failures(Row row, List<Column> columns, Map<String, Value0> inputs,
      LocalDate day) {
    List<String> failing = new ArrayList<>();
    for (Column column : columns) {
      if (!cellMatches(row.condition(column.name()), column, inputs.get(column.name()))) {
        failing.add(column.name());
      }
    }
    if (!row.isEffectiveOn(day)) {
      failing.add(NearMiss.PERIOD);
    }
    return failing;
  }

  static boolean cellMatches(Condition condition, Column column, Value0 input) {
    if (condition.isAny()) {
      return true;
    }
    boolean any = false;
    for (Test test : condition.tests()) {
      any |= testMatches(test, column.type(), input.value());
    }
    return any != condition.isNegated();
  }

  @SuppressWarnings("unchecked")
  private static boolean testMatches(Test test, ColumnType type, Object input) {
    switch (type) {
      case TEXT:
        return ((Value) test).value().strip().equals(input);
      case BOOLEAN:
        String word = ((Value) test).value().strip().toLowerCase(Locale.ROOT);
        boolean wanted = word.equals("true") || word.equals("yes") || word.equals("是");
        return wanted == (Boolean) input;
      case CATEGORY:
      case AREA:
        return ((List<String>) input).contains(((Value) test).value().strip());
      case KEYWORDS:
        return input.toString().contains(((Value) test).value().strip());
      case NUMBER:
        return compare(test, (BigDecimal) input, BigDecimal::new);
      case DATE:
        return compare(test, (LocalDate) input, LocalDate::parse);
      default:
        throw new AssertionError(type);
    }
  }

  private static <T extends Comparable<T>> boolean compare(Test test, T x,
      java.util.function.Function<String, T> parse) {
    if (test instanceof Value) {
      return x.compareTo(parse.apply(((Value) test).value().strip())) == 0;
    }
    if (test instanceof Comparison) {
      Comparison c = (Comparison) test;
      int cmp = x.compareTo(parse.apply(c.value().strip()));
      switch (c.operator()) {
        case LESS: return cmp < 0;
        case LESS_OR_EQUAL: return cmp <= 0;
        case GREATER: return cmp > 0;
        default: return cmp >= 0;
      }
    }
    Range r = (Range) test;
    int low = x.compareTo(parse.apply(r.low().strip()));
    int high = x.compareTo(parse.apply(r.high().strip()));
    return (low > 0 || low == 0 && r.lowInclusive()) && (high < 0 || high == 0
        && r.highInclusive());
  }

  /** The rows matching, in table order. */
  static List<Row> matching(DecisionTable table, Map<String, Value0> inputs, LocalDate day) {
    List<Row> matched = new ArrayList<>();
    for (Row row : table.rows()) {
      if (matches(row, table.inputs(), inputs, day)) {
        matched.add(row);
      }
    }
    return matched;
  }

  /** What the hit policy makes of the matching rows; throws where the engine must. */
  static List<Row> decide(DecisionTable table, Map<String, Value0> inputs, LocalDate day) {
    List<Row> matched = matching(table, inputs, day);
    if (matched.isEmpty()) {
      return List.of();
    }
    Comparator<Row> priority = Comparator.comparing(row -> priorityKey(table, row),
        java.util.Arrays::compare);
    switch (table.hitPolicy()) {
      case FIRST:
        return List.of(matched.get(0));
      case UNIQUE:
        if (matched.size() > 1) {
          throw new IllegalStateException("UNIQUE");
        }
        return matched;
      case ANY:
        for (Row row : matched) {
          if (!row.outputs().equals(matched.get(0).outputs())) {
            throw new IllegalStateException("ANY");
          }
        }
        return List.of(matched.get(0));
      case PRIORITY:
        return List.of(matched.stream().min(priority).orElseThrow());
      case OUTPUT_ORDER:
        List<Row> sorted = new ArrayList<>(matched);
        sorted.sort(priority);
        return sorted;
      default:
        return matched;
    }
  }

  private static int[] priorityKey(DecisionTable table, Row row) {
    int[] key = new int[table.outputs().size()];
    for (int c = 0; c < key.length; c++) {
      OutputColumn column = table.outputs().get(c);
      int at = column.allowedValues().indexOf(row.outputs().get(column.name()));
      key[c] = at < 0 ? column.allowedValues().size() : at;
    }
    return key;
  }

  /** The plain values of inputs, for the given columns. */
  static Map<String, Value0> values(Inputs inputs, List<Column> columns) {
    Map<String, Value0> values = new java.util.LinkedHashMap<>();
    for (Column column : columns) {
      Object value = inputs.given(column.name()).value();
      switch (column.type()) {
        case BOOLEAN: value = Boolean.parseBoolean((String) value); break;
        case CATEGORY:
        case AREA:
          value = ((org.hotline12345.rules.internal.table.PathInput) value).path();
          break;
        case KEYWORDS: value = value.toString(); break;
        case NUMBER: value = BigDecimal.valueOf((Double) value); break;
        default: break;
      }
      values.put(column.name(), new Value0(column.type(), value));
    }
    return values;
  }

  /** The engine's inputs for the plain values. */
  @SuppressWarnings("unchecked")
  static Inputs inputs(Map<String, Value0> values) {
    Inputs.Builder builder = Inputs.builder();
    values.forEach((name, v) -> {
      switch (v.type()) {
        case TEXT: builder.text(name, (String) v.value()); break;
        case BOOLEAN: builder.bool(name, (Boolean) v.value()); break;
        case CATEGORY: builder.category(name, (List<String>) v.value()); break;
        case AREA: builder.area(name, (List<String>) v.value()); break;
        case KEYWORDS: builder.keywords(name, (String) v.value()); break;
        case NUMBER: builder.number(name, (BigDecimal) v.value()); break;
        case DATE: builder.date(name, (LocalDate) v.value()); break;
        default: throw new AssertionError(v.type());
      }
    });
    return builder.build();
  }
}
