package org.hotline12345.rules.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.internal.table.OutputValues;

/**
 * What a decision table decided (决策结果): the rule set and version that decided, the day, and
 * the winning rows as the hit policy picked them (none, one, or under COLLECT, RULE ORDER and
 * OUTPUT ORDER several), with typed access to their outputs. Immutable.
 */
public final class Decision {

  private final DecisionTable table;
  private final LocalDate on;
  private final List<Row> rows;

  Decision(DecisionTable table, LocalDate on, List<Row> rows) {
    this.table = table;
    this.on = on;
    this.rows = rows;
  }

  /**
   * The id of the rule set that decided.
   *
   * @return the rule set id
   */
  public String ruleSetId() {
    return table.ruleSetId();
  }

  /**
   * The version of the rule set that decided: every row of {@link #rows()} is of it.
   *
   * @return the version
   */
  public String version() {
    return table.version();
  }

  /**
   * The table that decided.
   *
   * @return the table
   */
  public DecisionTable table() {
    return table;
  }

  /**
   * The day the decision was taken for.
   *
   * @return the day
   */
  public LocalDate on() {
    return on;
  }

  /**
   * The hit policy that picked the rows.
   *
   * @return the policy
   */
  public HitPolicy hitPolicy() {
    return table.hitPolicy();
  }

  /**
   * The winning rows, in the order the hit policy gives.
   *
   * @return the rows, unmodifiable; empty if no row matched
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The first winning row.
   *
   * @return the row, or empty if no row matched
   */
  public Optional<Row> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * Whether a row matched.
   *
   * @return true if there is a winner
   */
  public boolean isMatched() {
    return !rows.isEmpty();
  }

  private OutputColumn column(String name, OutputType... types) {
    Objects.requireNonNull(name, "column");
    OutputColumn column = table.outputColumn(name);
    if (column == null) {
      throw new IllegalArgumentException("table " + Texts.quote(table.ruleSetId())
          + " has no output column " + Texts.quote(name));
    }
    if (types.length == 0) {
      return column;
    }
    for (OutputType type : types) {
      if (type == column.type()) {
        return column;
      }
    }
    throw new IllegalArgumentException("output " + Texts.quote(name) + " is of type "
        + column.type() + ", not " + List.of(types));
  }

  /**
   * The value of an output of the first winning row; the column's default when no row matched.
   *
   * @param column the output column's name
   * @return the value, or empty if the row gives none (or nothing matched and there is no
   *     default)
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if the table has no such output column
   */
  public Optional<String> output(String column) {
    OutputColumn output = column(column);
    if (rows.isEmpty()) {
      return output.defaultValue();
    }
    return rows.get(0).output(column);
  }

  /**
   * The values of an output over all winning rows, empty values left out.
   *
   * @param column the output column's name
   * @return the values in the order of the rows; the default alone when no row matched
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if the table has no such output column
   */
  public List<String> outputs(String column) {
    OutputColumn output = column(column);
    if (rows.isEmpty()) {
      return output.defaultValue().map(List::of).orElse(List.of());
    }
    List<String> values = new ArrayList<>();
    rows.forEach(row -> row.output(column).ifPresent(values::add));
    return List.copyOf(values);
  }

  /**
   * A DEPARTMENT output.
   *
   * @param column the output column's name
   * @return the department, as {@link #output}
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if there is no such column or it is of another type
   */
  public Optional<DepartmentId> department(String column) {
    column(column, OutputType.DEPARTMENT);
    return output(column).map(DepartmentId::of);
  }

  /**
   * A DEPARTMENT or DEPARTMENTS output of the first winning row as a list.
   *
   * @param column the output column's name
   * @return the departments, in the order written; empty if none
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if there is no such column or it is of another type
   */
  public List<DepartmentId> departments(String column) {
    column(column, OutputType.DEPARTMENTS, OutputType.DEPARTMENT);
    List<DepartmentId> ids = new ArrayList<>();
    output(column).ifPresent(value -> OutputValues.items(value)
        .forEach(id -> ids.add(DepartmentId.of(id))));
    return List.copyOf(ids);
  }

  /**
   * A NUMBER output.
   *
   * @param column the output column's name
   * @return the number, as {@link #output}
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if there is no such column or it is of another type
   */
  public Optional<BigDecimal> number(String column) {
    column(column, OutputType.NUMBER);
    return output(column).map(BigDecimal::new);
  }

  /**
   * A BOOLEAN output.
   *
   * @param column the output column's name
   * @return the boolean, as {@link #output}
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if there is no such column or it is of another type
   */
  public Optional<Boolean> bool(String column) {
    column(column, OutputType.BOOLEAN);
    return output(column).flatMap(OutputValues::parseBoolean);
  }

  /**
   * A CATEGORY output.
   *
   * @param column the output column's name
   * @return the category code, as {@link #output}
   * @throws NullPointerException if column is null
   * @throws IllegalArgumentException if there is no such column or it is of another type
   */
  public Optional<CategoryCode> category(String column) {
    column(column, OutputType.CATEGORY);
    return output(column).map(CategoryCode::of);
  }

  /**
   * The aggregate of a COLLECT table with an {@link Aggregation}: the sum, smallest or largest
   * of the winning rows' numbers, or the count of their distinct values.
   *
   * @return the aggregate; empty without an aggregation, and for SUM, MIN and MAX when no
   *     winning row gives a value (COUNT is then 0)
   */
  public Optional<BigDecimal> aggregate() {
    if (table.aggregation().isEmpty()) {
      return Optional.empty();
    }
    String column = table.outputs().get(0).name();
    List<String> values = new ArrayList<>();
    rows.forEach(row -> row.output(column).ifPresent(values::add));
    switch (table.aggregation().get()) {
      case COUNT:
        Set<String> distinct = new LinkedHashSet<>(values);
        return Optional.of(BigDecimal.valueOf(distinct.size()));
      case SUM:
        return values.stream().map(BigDecimal::new).reduce(BigDecimal::add);
      case MIN:
        return values.stream().map(BigDecimal::new).min(BigDecimal::compareTo);
      case MAX:
        return values.stream().map(BigDecimal::new).max(BigDecimal::compareTo);
      default:
        throw new AssertionError(table.aggregation().get());
    }
  }

  /**
   * The decision as the core records it on a case's event: rule set, version, the first winning
   * row and a short text.
   *
   * @return the explanation
   */
  public Explanation toExplanation() {
    return new Explanation(ruleSetId(), version(), first().map(Row::id), summary());
  }

  String summary() {
    if (rows.isEmpty()) {
      return cut(Texts.escape(table.name(), 200) + ": no row matched on " + on);
    }
    List<String> named = new ArrayList<>();
    for (Row row : rows) {
      named.add(Texts.escape(row.id(), 100) + (row.description().isEmpty() ? ""
          : " (" + Texts.escape(row.description(), 200) + ")"));
    }
    return cut(Texts.escape(table.name(), 200) + ": " + String.join(", ", named) + " under "
        + table.hitPolicy().label() + " on " + on);
  }

  /** The text cut to the 2,000 characters of a core explanation, never inside a pair. */
  static String cut(String text) {
    if (text.length() <= 2_000) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(1_996)) ? 1_996 : 1_997;
    return text.substring(0, end) + " …";
  }

  /**
   * The rule set, version and winning rows' ids.
   *
   * @return for example {@code Decision[routing-nanjing v2026-12-01 FIRST R3]}
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(Texts.escape(row.id(), 100)));
    return "Decision[" + Texts.escape(ruleSetId(), 100) + " v" + Texts.escape(version(), 100)
        + " " + hitPolicy() + " " + (ids.isEmpty() ? "no match" : String.join(", ", ids)) + "]";
  }
}
