package org.hotline12345.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.Row;

/**
 * Runs one decision table with our engine and with Camunda's on a grid of inputs and compares
 * the answers. The grid holds, for each input, every value the table mentions and one value
 * between or beyond every pair of neighbouring numbers (so every region a row's conditions cut
 * the number line into), or an unmentioned text: every combination of them.
 */
final class Equivalence {

  /** The day of every decision: DMN rules carry no dates, so any day serves. */
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** A text no table mentions. */
  static final String UNMENTIONED = "ZZ-UNMENTIONED";

  private Equivalence() {}

  /**
   * The inputs of one grid point for both engines.
   *
   * @param ours our inputs
   * @param camunda Camunda's variables
   * @param shown the point for a failure message
   */
  record Point(Inputs ours, Map<String, Object> camunda, String shown) {}

  /**
   * The grid of a table.
   *
   * @param table our table
   * @param integerColumns the NUMBER columns whose typeRef is integer (Camunda needs Integer
   *     values there)
   * @param extra further numbers to try in every NUMBER column
   * @return every combination of the columns' values
   */
  static List<Point> grid(DecisionTable table, List<String> integerColumns, List<Double> extra) {
    List<List<Object>> values = new ArrayList<>();
    for (Column column : table.inputs()) {
      values.add(valuesOf(table, column, integerColumns.contains(column.name()), extra));
    }
    List<Point> points = new ArrayList<>();
    combine(table.inputs(), values, 0, new ArrayList<>(), integerColumns, points);
    return points;
  }

  private static List<Object> valuesOf(DecisionTable table, Column column, boolean integer,
      List<Double> extra) {
    switch (column.type()) {
      case BOOLEAN:
        return List.of(true, false);
      case NUMBER: {
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        for (Row row : table.rows()) {
          for (Condition.Test test : row.condition(column.name()).tests()) {
            if (test instanceof Condition.Value) {
              bounds.add(new BigDecimal(((Condition.Value) test).value()));
            } else if (test instanceof Condition.Comparison) {
              bounds.add(new BigDecimal(((Condition.Comparison) test).value()));
            } else {
              bounds.add(new BigDecimal(((Condition.Range) test).low()));
              bounds.add(new BigDecimal(((Condition.Range) test).high()));
            }
          }
        }
        extra.forEach(x -> bounds.add(BigDecimal.valueOf(x)));
        if (bounds.isEmpty()) {
          bounds.add(BigDecimal.ZERO);
        }
        TreeSet<BigDecimal> grid = new TreeSet<>(bounds);
        grid.add(bounds.first().subtract(BigDecimal.ONE));
        grid.add(bounds.last().add(BigDecimal.ONE));
        BigDecimal previous = null;
        for (BigDecimal bound : bounds) {
          if (previous != null) {
            grid.add(previous.add(bound).divide(BigDecimal.valueOf(2)));
          }
          grid.add(bound.subtract(BigDecimal.ONE));
          grid.add(bound.add(BigDecimal.ONE));
          previous = bound;
        }
        List<Object> numbers = new ArrayList<>();
        for (BigDecimal value : grid) {
          if (!integer) {
            numbers.add(value.doubleValue());
          } else if (value.stripTrailingZeros().scale() <= 0) {
            numbers.add(value.intValueExact());
          }
        }
        return numbers;
      }
      default: {
        if (column.isEnumerated()) {
          return new ArrayList<>(column.domain());
        }
        TreeSet<String> texts = new TreeSet<>();
        for (Row row : table.rows()) {
          for (Condition.Test test : row.condition(column.name()).tests()) {
            texts.add(((Condition.Value) test).value());
          }
        }
        texts.add(UNMENTIONED);
        return new ArrayList<>(texts);
      }
    }
  }

  private static void combine(List<Column> columns, List<List<Object>> values, int at,
      List<Object> chosen, List<String> integerColumns, List<Point> points) {
    if (at == columns.size()) {
      Inputs.Builder ours = Inputs.builder();
      Map<String, Object> camunda = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        Object value = chosen.get(c);
        camunda.put(column.name(), value);
        if (value instanceof Boolean) {
          ours.bool(column.name(), (Boolean) value);
        } else if (value instanceof Number) {
          ours.number(column.name(), ((Number) value).doubleValue());
        } else {
          ours.text(column.name(), (String) value);
        }
      }
      points.add(new Point(ours.build(), camunda, camunda.toString()));
      return;
    }
    for (Object value : values.get(at)) {
      chosen.add(value);
      combine(columns, values, at + 1, chosen, integerColumns, points);
      chosen.remove(chosen.size() - 1);
    }
  }

  /**
   * Asserts that both engines answer a point alike: the same rules in the same order, the same
   * outputs, the same aggregate.
   *
   * @param table our table
   * @param camunda Camunda on the same file
   * @param policy the hit policy as the file writes it
   * @param point the inputs
   * @return the ids of the rules both picked
   */
  static List<String> assertSame(DecisionTable table, CamundaOracle camunda, String policy,
      Point point) {
    Decision ours = table.decide(point.ours(), DAY);
    CamundaOracle.Answer theirs = camunda.evaluate(table.ruleSetId(), point.camunda(), policy);
    List<String> ids = ours.rows().stream().map(Row::id).toList();
    assertThat(ids).as("rules picked for %s", point.shown()).isEqualTo(theirs.ruleIds());
    for (int i = 0; i < ours.rows().size(); i++) {
      Row row = ours.rows().get(i);
      Map<String, Object> values = theirs.outputs().get(i);
      for (OutputColumn output : table.outputs()) {
        Optional<String> value = row.output(output.name());
        if (output.type() == OutputType.NUMBER) {
          value = value.map(v -> text(new BigDecimal(v)));
        }
        assertThat(value)
            .as("output %s of rule %s for %s", output.name(), row.id(), point.shown())
            .isEqualTo(Optional.ofNullable(values.get(output.name())).map(Equivalence::text));
      }
    }
    if (table.aggregation().isPresent()) {
      assertThat(ours.aggregate().map(Equivalence::text))
          .as("aggregate for %s", point.shown())
          .isEqualTo(theirs.aggregate().map(Equivalence::text));
    }
    return ids;
  }

  /** A value as our outputs write it: numbers without trailing zeros. */
  static String text(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  /**
   * The priority order of a table's outputs, for Camunda's stand-in of PRIORITY.
   *
   * @param table the table
   * @return the outputs with their allowed values
   */
  static List<CamundaOracle.Priority> priorities(DecisionTable table) {
    List<CamundaOracle.Priority> priorities = new ArrayList<>();
    for (OutputColumn output : table.outputs()) {
      priorities.add(new CamundaOracle.Priority(output.name(), output.allowedValues()));
    }
    return priorities;
  }

  /**
   * The hit policy as a DMN file writes it.
   *
   * @param policy the policy
   * @return for example {@code RULE ORDER}
   */
  static String written(HitPolicy policy) {
    return policy.label();
  }
}
