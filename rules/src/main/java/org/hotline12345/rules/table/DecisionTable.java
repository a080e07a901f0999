package org.hotline12345.rules.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.Cell;
import org.hotline12345.rules.internal.table.CellCompiler;
import org.hotline12345.rules.internal.table.CellException;
import org.hotline12345.rules.internal.table.Engine;
import org.hotline12345.rules.internal.table.IntervalCell;
import org.hotline12345.rules.internal.table.IntervalSet;
import org.hotline12345.rules.internal.table.OutputValues;
import org.hotline12345.rules.internal.table.TableCsvWriter;
import org.hotline12345.rules.internal.table.TableText;

/**
 * A decision table (决策表): input columns, output columns, rows, and the {@link HitPolicy} that
 * says which matching rows decide; with the id and version of the rule set (规则集) it is, so
 * that every decision can say which version took it. The shape of a DMN 1.3 decision table.
 *
 * <pre>{@code
 * DecisionTable routing = DecisionTable.builder("routing-nanjing", "2026-12-01")
 *     .name("派单目录").hitPolicy(HitPolicy.FIRST)
 *     .input(Column.of("category", ColumnType.CATEGORY))
 *     .input(Column.of("area", ColumnType.AREA))
 *     .output(OutputColumn.of("lead", OutputType.DEPARTMENT))
 *     .row(Row.builder("R1").description("噪音投诉到环保").when("category", "C01")
 *         .when("area", "320106").then("lead", "nj.gulou.env").build())
 *     .build();
 * Decision decision = routing.decide(inputs, LocalDate.now(clock));
 * }</pre>
 *
 * <p>Built once, a table is compiled into bit-set indexes per column (see the package
 * documentation); a decision costs a few hundred nanoseconds on 10,000 rows. Building checks the
 * table's own consistency (cells read as their column's type, outputs of their type and
 * allowed values, unique row ids); {@link DecisionTables#verify} checks what needs more
 * (overlaps, shadowed rows, gaps, references). Immutable and thread-safe.
 */
public final class DecisionTable {

  /** The most characters of a rule set id and of a version. */
  public static final int MAX_ID_LENGTH = 100;

  /** The most characters of a table's name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most rows a table may have. */
  public static final int MAX_ROWS = 1_000_000;

  private final String ruleSetId;
  private final String version;
  private final String name;
  private final HitPolicy hitPolicy;
  private final Optional<Aggregation> aggregation;
  private final List<Column> inputs;
  private final List<OutputColumn> outputs;
  private final Map<String, OutputColumn> outputsByName;
  private final List<Row> rows;
  private final Map<String, Integer> rowIndex;
  private final List<Set<String>> allowed;
  private final Engine engine;
  private final int[] rank;
  private final List<List<Row>> singletons;

  private DecisionTable(Builder b) {
    ruleSetId = TableText.requireText("ruleSetId", b.ruleSetId, MAX_ID_LENGTH);
    version = TableText.requireText("version", b.version, MAX_ID_LENGTH);
    name = b.name == null ? ruleSetId : TableText.requireText("name", b.name, MAX_NAME_LENGTH);
    hitPolicy = Objects.requireNonNull(b.hitPolicy, "hitPolicy");
    aggregation = Optional.ofNullable(b.aggregation);
    TableSchema schema = TableSchema.of(b.inputs, b.outputs);
    inputs = schema.inputs();
    outputs = schema.outputs();
    Map<String, OutputColumn> byName = new HashMap<>();
    outputs.forEach(column -> byName.put(column.name(), column));
    outputsByName = Map.copyOf(byName);
    checkPolicy();
    if (b.rows.size() > MAX_ROWS) {
      throw new IllegalArgumentException("table " + Texts.quote(ruleSetId) + " has "
          + b.rows.size() + " rows, more than " + MAX_ROWS);
    }
    List<Row> normal = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Cell[][] cells = new Cell[b.rows.size()][];
    IntervalCell[] periods = new IntervalCell[b.rows.size()];
    Set<String> inputNames = new HashSet<>();
    inputs.forEach(c -> inputNames.add(c.name()));
    Set<String> outputNames = new HashSet<>();
    outputs.forEach(c -> outputNames.add(c.name()));
    CellCompiler compiler = new CellCompiler();
    Map<String, Set<String>> checked = new HashMap<>();
    for (Row row : b.rows) {
      Objects.requireNonNull(row, "rows must not hold null");
      Integer before = index.putIfAbsent(row.id(), normal.size());
      if (before != null) {
        throw new IllegalArgumentException("row id " + Texts.quote(row.id()) + " is used twice,"
            + " by rows " + (before + 1) + " and " + (normal.size() + 1));
      }
      cells[normal.size()] = compile(normal.size(), row, inputNames, outputNames, compiler,
          checked);
      periods[normal.size()] = period(row);
      normal.add(normalise(row));
    }
    rows = List.copyOf(normal);
    rowIndex = java.util.Collections.unmodifiableMap(index);
    List<Set<String>> sets = new ArrayList<>();
    for (Column column : inputs) {
      sets.add(column.type() == ColumnType.TEXT && column.isEnumerated()
          ? Set.copyOf(column.allowedValues()) : null);
    }
    allowed = sets;
    engine = new Engine(inputs, cells, periods);
    rank = hitPolicy.usesPriority() ? ranks() : null;
    List<List<Row>> single = new ArrayList<>(rows.size());
    rows.forEach(row -> single.add(List.of(row)));
    singletons = List.copyOf(single);
  }

  private void checkPolicy() {
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("table " + Texts.quote(ruleSetId) + " needs at least"
          + " one output column");
    }
    if (aggregation.isPresent()) {
      if (hitPolicy != HitPolicy.COLLECT) {
        throw new IllegalArgumentException("aggregation " + aggregation.get() + " goes with hit"
            + " policy COLLECT only, not " + hitPolicy);
      }
      if (outputs.size() != 1 || aggregation.get() != Aggregation.COUNT
          && outputs.get(0).type() != OutputType.NUMBER) {
        throw new IllegalArgumentException("aggregation " + aggregation.get() + " needs exactly"
            + " one output column" + (aggregation.get() == Aggregation.COUNT ? "" : ", of type"
            + " NUMBER"));
      }
    }
    if (hitPolicy.usesPriority() && outputs.stream().allMatch(o -> o.allowedValues().isEmpty())) {
      throw new IllegalArgumentException("hit policy " + hitPolicy + " needs an output column"
          + " with allowed values in priority order");
    }
  }

  private Cell[] compile(int index, Row row, Set<String> inputNames, Set<String> outputNames,
      CellCompiler compiler, Map<String, Set<String>> checked) {
    for (String named : row.conditions().keySet()) {
      if (!inputNames.contains(named)) {
        throw new IllegalArgumentException("row " + Texts.quote(row.id()) + " names input "
            + Texts.quote(named) + ", which is not a column of the table");
      }
    }
    for (String named : row.outputs().keySet()) {
      if (!outputNames.contains(named)) {
        throw new IllegalArgumentException("row " + Texts.quote(row.id()) + " names output "
            + Texts.quote(named) + ", which is not a column of the table");
      }
    }
    Cell[] compiled = new Cell[inputs.size()];
    for (int c = 0; c < inputs.size(); c++) {
      Column column = inputs.get(c);
      try {
        compiled[c] = compiler.cell(row.condition(column.name()), column);
      } catch (IllegalArgumentException e) {
        throw new CellException(index, row.id(), column.name(), e.getMessage());
      }
    }
    for (OutputColumn column : outputs) {
      Optional<String> value = row.output(column.name());
      Set<String> valid = checked.computeIfAbsent(column.name(), name -> new HashSet<>());
      if (value.isPresent() && !valid.contains(value.get())) {
        try {
          OutputValues.check(column.type(), value.get());
          OutputValues.checkAllowed(column.name(), column.type(), value.get(),
              column.allowedValues());
        } catch (IllegalArgumentException e) {
          throw new CellException(index, row.id(), column.name(), e.getMessage());
        }
        valid.add(value.get());
      }
    }
    return compiled;
  }

  private static IntervalCell period(Row row) {
    if (row.effectiveFrom().isEmpty() && row.effectiveTo().isEmpty()) {
      return null;
    }
    double from = row.effectiveFrom().map(d -> (double) d.toEpochDay())
        .orElse(Double.NEGATIVE_INFINITY);
    double to = row.effectiveTo().map(d -> (double) d.toEpochDay())
        .orElse(Double.POSITIVE_INFINITY);
    return new IntervalCell(IntervalSet.of(true, List.of(new IntervalSet.Interval(from,
        from != Double.NEGATIVE_INFINITY, to, to != Double.POSITIVE_INFINITY))));
  }

  private Row normalise(Row row) {
    if (isNormal(row)) {
      return row;
    }
    Map<String, Condition> conditions = new LinkedHashMap<>();
    inputs.forEach(c -> conditions.put(c.name(), row.condition(c.name())));
    Map<String, String> values = new LinkedHashMap<>();
    outputs.forEach(c -> values.put(c.name(), row.outputs().getOrDefault(c.name(), "")));
    return new Row(row.id(), row.description(), row.effectiveFrom(), row.effectiveTo(),
        conditions, values);
  }

  private boolean isNormal(Row row) {
    if (row.conditions().size() != inputs.size() || row.outputs().size() != outputs.size()) {
      return false;
    }
    int c = 0;
    for (String name : row.conditions().keySet()) {
      if (!name.equals(inputs.get(c++).name())) {
        return false;
      }
    }
    c = 0;
    for (String name : row.outputs().keySet()) {
      if (!name.equals(outputs.get(c++).name())) {
        return false;
      }
    }
    return true;
  }

  private int[] ranks() {
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(this::priority, Arrays::compare));
    int[] ranks = new int[rows.size()];
    for (int i = 0; i < order.length; i++) {
      ranks[order[i]] = i;
    }
    return ranks;
  }

  private int[] priority(int row) {
    int[] key = new int[outputs.size()];
    for (int c = 0; c < outputs.size(); c++) {
      OutputColumn column = outputs.get(c);
      key[c] = column.priorityOf(rows.get(row).outputs().get(column.name()));
    }
    return key;
  }

  /**
   * A builder of a table.
   *
   * @param ruleSetId the rule set's id, 1 to 100 characters of one-line text
   * @param version the version, 1 to 100 characters of one-line text, for example a date
   * @return the builder, with hit policy FIRST
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String ruleSetId, String version) {
    return new Builder(Objects.requireNonNull(ruleSetId, "ruleSetId"),
        Objects.requireNonNull(version, "version"));
  }

  /**
   * This table under another version, for a new version of the rule set.
   *
   * @param version the version, 1 to 100 characters of one-line text
   * @return the table with that version, otherwise equal
   * @throws NullPointerException if version is null
   * @throws IllegalArgumentException if the version breaks a rule
   */
  public DecisionTable withVersion(String version) {
    Builder builder = toBuilder();
    builder.version = Objects.requireNonNull(version, "version");
    return builder.build();
  }

  /**
   * A builder holding this table's parts, to change some.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(ruleSetId, version).name(name).hitPolicy(hitPolicy)
        .aggregation(aggregation.orElse(null));
    inputs.forEach(builder::input);
    outputs.forEach(builder::output);
    rows.forEach(builder::row);
    return builder;
  }

  /**
   * Decides: the rows that match the inputs on a day, as the hit policy picks them.
   *
   * @param inputs a value for every input column
   * @param on the day of the decision; rows not in effect on it do not match
   * @return the decision, naming this table's rule set and version
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming a column the inputs lack, give with another type's
   *     method, or give a value not among its allowed values
   * @throws IllegalStateException under UNIQUE when several rows match, and under ANY when
   *     matching rows give different outputs (a verified table never does)
   */
  public Decision decide(Inputs inputs, LocalDate on) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(on, "on");
    Engine.Scratch scratch = engine.scratch();
    try {
      resolve(inputs, scratch.values());
      if (hitPolicy == HitPolicy.FIRST) {
        int row = engine.first(scratch, on);
        return new Decision(this, on, row < 0 ? List.of() : singletons.get(row));
      }
      return new Decision(this, on, pick(engine.all(scratch, on)));
    } finally {
      scratch.clear();
    }
  }

  /**
   * Every row that matches, in table order, whatever the hit policy: for a dispatch catalogue
   * under FIRST, the first is the decision and the later ones are the candidates a return
   * falls back to.
   *
   * @param inputs a value for every input column
   * @param on the day of the decision
   * @return the matching rows in effect on the day, in table order; empty if none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #decide}
   */
  public List<Row> matches(Inputs inputs, LocalDate on) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(on, "on");
    Engine.Scratch scratch = engine.scratch();
    try {
      resolve(inputs, scratch.values());
      int[] matched = engine.all(scratch, on);
      List<Row> found = new ArrayList<>(matched.length);
      for (int row : matched) {
        found.add(rows.get(row));
      }
      return List.copyOf(found);
    } finally {
      scratch.clear();
    }
  }

  /**
   * Decides and explains: which rows matched, which won and why, and the near misses (rows that
   * failed on exactly one column).
   *
   * @param inputs a value for every input column
   * @param on the day of the decision
   * @return the explanation, holding the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #decide}
   * @throws IllegalStateException as {@link #decide}
   */
  public DecisionExplanation explain(Inputs inputs, LocalDate on) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(on, "on");
    Engine.Scratch scratch = engine.scratch();
    try {
      resolve(inputs, scratch.values());
      int[] matched = engine.all(scratch, on);
      Decision decision = new Decision(this, on, pick(matched));
      List<Row> matchedRows = new ArrayList<>();
      for (int row : matched) {
        matchedRows.add(rows.get(row));
      }
      long[][] failing = engine.failures(scratch, on);
      return DecisionExplanation.of(decision, matchedRows, nearMisses(failing, inputs, on));
    } finally {
      scratch.clear();
    }
  }

  private List<NearMiss> nearMisses(long[][] failing, Inputs given, LocalDate on) {
    List<NearMiss> misses = new ArrayList<>();
    for (int[] miss : Engine.singleFailures(failing)) {
      Row row = rows.get(miss[0]);
      if (miss[1] == inputs.size()) {
        misses.add(new NearMiss(row, NearMiss.PERIOD, "not in effect on " + on + " (in effect "
            + row.effectiveFrom().map(Object::toString).orElse("always") + " to "
            + row.effectiveTo().map(Object::toString).orElse("further notice") + ")"));
        continue;
      }
      Column column = inputs.get(miss[1]);
      Condition condition = row.condition(column.name());
      String reason;
      if (column.type() == ColumnType.KEYWORDS) {
        reason = condition.isNegated() ? "the text holds a keyword the row excludes: "
            + condition.text() : "none of " + condition.text() + " in the text";
      } else {
        reason = column.name() + " was " + given.given(column.name()).display()
            + "; the row wants " + condition.text();
      }
      misses.add(new NearMiss(row, column.name(), reason));
    }
    return misses;
  }

  private void resolve(Inputs given, Object[] values) {
    for (int c = 0; c < inputs.size(); c++) {
      Column column = inputs.get(c);
      Inputs.Given value = given.given(column.name());
      if (value == null) {
        throw new IllegalArgumentException("the inputs lack column " + Texts.quote(column.name())
            + " (" + column.type() + ") of table " + Texts.quote(ruleSetId) + "; given: "
            + Texts.escape(String.join(", ", given.names()), 500));
      }
      if (value.isAbsent()) {
        values[c] = Engine.ABSENT;
        continue;
      }
      if (value.type() != column.type()) {
        throw new IllegalArgumentException("input " + Texts.quote(column.name()) + " is given as "
            + value.type() + " but the column is " + column.type() + "; give it with "
            + "Inputs.Builder." + method(column.type()));
      }
      Set<String> domain = allowed.get(c);
      if (domain != null && !domain.contains(value.value())) {
        throw new IllegalArgumentException("input " + Texts.quote(column.name()) + " is "
            + value.display() + ", not one of the allowed values "
            + Texts.escape(String.join(", ", column.allowedValues()), 500));
      }
      values[c] = value.value();
    }
  }

  private static String method(ColumnType type) {
    switch (type) {
      case BOOLEAN: return "bool";
      case NUMBER: return "number";
      default: return type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private List<Row> pick(int[] matched) {
    if (matched.length == 0) {
      return List.of();
    }
    switch (hitPolicy) {
      case FIRST:
        return singletons.get(matched[0]);
      case UNIQUE:
        if (matched.length > 1) {
          throw new IllegalStateException("table " + Texts.quote(ruleSetId) + " version "
              + Texts.quote(version) + " has hit policy UNIQUE but rows " + ids(matched)
              + " all match");
        }
        return singletons.get(matched[0]);
      case ANY:
        for (int row : matched) {
          if (!rows.get(row).outputs().equals(rows.get(matched[0]).outputs())) {
            throw new IllegalStateException("table " + Texts.quote(ruleSetId) + " version "
                + Texts.quote(version) + " has hit policy ANY but matching rows " + ids(matched)
                + " give different outputs");
          }
        }
        return singletons.get(matched[0]);
      case PRIORITY:
        int best = matched[0];
        for (int row : matched) {
          if (rank[row] < rank[best]) {
            best = row;
          }
        }
        return singletons.get(best);
      case OUTPUT_ORDER:
        return Arrays.stream(matched).boxed().sorted(Comparator.comparingInt(r -> rank[r]))
            .map(rows::get).toList();
      default:
        return Arrays.stream(matched).mapToObj(rows::get).toList();
    }
  }

  private String ids(int[] matched) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < matched.length && i < 10; i++) {
      ids.add(Texts.quote(rows.get(matched[i]).id()));
    }
    return String.join(", ", ids) + (matched.length > 10 ? " and " + (matched.length - 10)
        + " more" : "");
  }

  /** The compiled form, for verification. */
  Engine engine() {
    return engine;
  }

  /** A row's index, or -1. */
  int indexOf(String rowId) {
    return rowIndex.getOrDefault(rowId, -1);
  }

  /**
   * The rule set's id.
   *
   * @return the id
   */
  public String ruleSetId() {
    return ruleSetId;
  }

  /**
   * The version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The name a dispatcher knows the table by.
   *
   * @return the name; the rule set id when none was given
   */
  public String name() {
    return name;
  }

  /**
   * The hit policy.
   *
   * @return the policy
   */
  public HitPolicy hitPolicy() {
    return hitPolicy;
  }

  /**
   * How a COLLECT table folds its output over the matching rows.
   *
   * @return the aggregation, or empty
   */
  public Optional<Aggregation> aggregation() {
    return aggregation;
  }

  /**
   * The input columns, in order.
   *
   * @return the columns, unmodifiable
   */
  public List<Column> inputs() {
    return inputs;
  }

  /** The output column of a name, or null; for decisions, without a search. */
  OutputColumn outputColumn(String name) {
    return outputsByName.get(name);
  }

  /**
   * The output columns, in order.
   *
   * @return the columns, unmodifiable
   */
  public List<OutputColumn> outputs() {
    return outputs;
  }

  /**
   * The rows, in order, each with every column.
   *
   * @return the rows, unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The row of an id.
   *
   * @param id the id
   * @return the row, if the table has it
   * @throws NullPointerException if id is null
   */
  public Optional<Row> row(String id) {
    Integer at = rowIndex.get(Objects.requireNonNull(id, "id"));
    return at == null ? Optional.empty() : Optional.of(rows.get(at));
  }

  /**
   * The columns of this table as a schema, to read its file back.
   *
   * @return the schema
   */
  public TableSchema schema() {
    return TableSchema.of(inputs, outputs);
  }

  /**
   * The table as a CSV file a spreadsheet opens: directives, the header, a row a line.
   * {@link DecisionTables#readCsv(java.io.Reader, String, TableSchema, References)} with
   * {@link #schema()} reads it back equal.
   *
   * @return the file's text, lines ending in {@code \n}
   */
  public String toCsv() {
    return TableCsvWriter.write(this, ',');
  }

  /**
   * The table as a TSV file: as {@link #toCsv()} with tabs between fields.
   *
   * @return the file's text
   */
  public String toTsv() {
    return TableCsvWriter.write(this, '\t');
  }

  /**
   * Whether the other table has the same rule set, version, name, policy, columns and rows.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DecisionTable)) {
      return false;
    }
    DecisionTable that = (DecisionTable) other;
    return ruleSetId.equals(that.ruleSetId) && version.equals(that.version)
        && name.equals(that.name) && hitPolicy == that.hitPolicy
        && aggregation.equals(that.aggregation) && inputs.equals(that.inputs)
        && outputs.equals(that.outputs) && rows.equals(that.rows);
  }

  /**
   * Whether the other table has the same content, whatever its version: the same name, policy,
   * columns and rows.
   *
   * @param other the other table
   * @return true if only the rule set id or version may differ
   * @throws NullPointerException if other is null
   */
  public boolean sameContentAs(DecisionTable other) {
    return name.equals(other.name) && hitPolicy == other.hitPolicy
        && aggregation.equals(other.aggregation) && inputs.equals(other.inputs)
        && outputs.equals(other.outputs) && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSetId, version, hitPolicy, rows);
  }

  /**
   * The rule set, version, policy and size.
   *
   * @return for example {@code DecisionTable[routing-nanjing v2026-12-01 FIRST, 2 inputs,
   *     1 output, 120 rows]}
   */
  @Override
  public String toString() {
    return "DecisionTable[" + Texts.escape(ruleSetId, 100) + " v" + Texts.escape(version, 100)
        + " " + hitPolicy + ", " + inputs.size() + " inputs, " + outputs.size() + " outputs, "
        + rows.size() + " rows]";
  }

  /** Builds a {@link DecisionTable}; not thread-safe. */
  public static final class Builder {
    private final String ruleSetId;
    private String version;
    private String name;
    private HitPolicy hitPolicy = HitPolicy.FIRST;
    private Aggregation aggregation;
    private final List<Column> inputs = new ArrayList<>();
    private final List<OutputColumn> outputs = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private Builder(String ruleSetId, String version) {
      this.ruleSetId = ruleSetId;
      this.version = version;
    }

    /**
     * Sets the name.
     *
     * @param name the name, up to 200 characters; null for the rule set id
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the hit policy (FIRST unless set).
     *
     * @param hitPolicy the policy
     * @return this builder
     * @throws NullPointerException if hitPolicy is null
     */
    public Builder hitPolicy(HitPolicy hitPolicy) {
      this.hitPolicy = Objects.requireNonNull(hitPolicy, "hitPolicy");
      return this;
    }

    /**
     * Sets the aggregation of a COLLECT table.
     *
     * @param aggregation the aggregation, or null for none
     * @return this builder
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = aggregation;
      return this;
    }

    /**
     * Adds an input column.
     *
     * @param column the column
     * @return this builder
     * @throws NullPointerException if column is null
     */
    public Builder input(Column column) {
      inputs.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds an output column.
     *
     * @param column the column
     * @return this builder
     * @throws NullPointerException if column is null
     */
    public Builder output(OutputColumn column) {
      outputs.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds a row after those added before.
     *
     * @param row the row
     * @return this builder
     * @throws NullPointerException if row is null
     */
    public Builder row(Row row) {
      rows.add(Objects.requireNonNull(row, "row"));
      return this;
    }

    /**
     * Adds rows after those added before.
     *
     * @param rows the rows, in order
     * @return this builder
     * @throws NullPointerException if rows or a row is null
     */
    public Builder rows(List<Row> rows) {
      Objects.requireNonNull(rows, "rows").forEach(this::row);
      return this;
    }

    /**
     * Removes every row.
     *
     * @return this builder
     */
    public Builder clearRows() {
      rows.clear();
      return this;
    }

    /**
     * Builds and compiles the table.
     *
     * @return the table
     * @throws IllegalArgumentException naming the row and column of a cell or value that breaks
     *     its column's rules, a row id used twice, a row naming a column the table lacks, a
     *     column named twice, or a policy the columns cannot serve (PRIORITY without allowed
     *     values, an aggregation other than with COLLECT over one output)
     */
    public DecisionTable build() {
      return new DecisionTable(this);
    }
  }
}
