package org.hotline12345.rules.internal.dmn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.dmn.DmnModel.Input;
import org.hotline12345.rules.internal.dmn.DmnModel.Output;
import org.hotline12345.rules.internal.dmn.DmnModel.Position;
import org.hotline12345.rules.internal.dmn.DmnModel.Rule;
import org.hotline12345.rules.internal.dmn.DmnModel.Table;
import org.hotline12345.rules.internal.dmn.DmnModel.Text;
import org.hotline12345.rules.internal.dmn.Feel.Compare;
import org.hotline12345.rules.internal.dmn.Feel.Equal;
import org.hotline12345.rules.internal.dmn.Feel.Interval;
import org.hotline12345.rules.internal.dmn.Feel.Kind;
import org.hotline12345.rules.internal.dmn.Feel.Literal;
import org.hotline12345.rules.internal.dmn.Feel.UnaryTests;
import org.hotline12345.rules.internal.table.CellCompiler;
import org.hotline12345.rules.internal.table.OutputValues;
import org.hotline12345.rules.table.Aggregation;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;

/**
 * Turns one decision table of a DMN file ({@link DmnModel.Table}) into the engine's
 * {@link DecisionTable}: column types from the schema, the SDK's {@code type} attribute or the
 * typeRef; every entry read as FEEL ({@link Feel}), checked against its column's type and
 * written in the engine's condition syntax. Every refusal names the line and column of the
 * element at fault.
 */
public final class DmnTableMapper {

  /** An input expression this engine reads: a variable's name. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  private static final List<String> NUMBER_TYPES = List.of("number", "integer", "long",
      "double");

  private final String source;
  private final TableSchema schema;

  private DmnTableMapper(String source, TableSchema schema) {
    this.source = source;
    this.schema = schema;
  }

  /**
   * Maps a table.
   *
   * @param table the table as the file gives it
   * @param version the version of its rule set
   * @param schema column types by name that override the file's typeRefs
   * @param source the file's name for messages
   * @return the engine's table, not yet verified
   * @throws FileFormatException naming the element at fault and the reason
   */
  public static DecisionTable map(Table table, String version, TableSchema schema,
      String source) {
    return new DmnTableMapper(source, schema).table(table, version);
  }

  private DecisionTable table(Table table, String version) {
    Position at = table.position();
    DecisionTable.Builder builder;
    try {
      builder = DecisionTable.builder(table.decisionId(), version)
          .name(table.decisionName().map(DmnTableMapper::oneLine).filter(n -> !n.isEmpty())
              .orElse(table.decisionId()))
          .hitPolicy(HitPolicy.parse(table.hitPolicy()));
      table.aggregation().ifPresent(a -> builder.aggregation(Aggregation.valueOf(a)));
    } catch (IllegalArgumentException e) {
      throw error(table.decisionPosition(), "decision " + Texts.quote(table.decisionId()) + ": "
          + e.getMessage());
    }
    List<Column> columns = new ArrayList<>();
    for (Input input : table.inputs()) {
      Column column = column(input);
      if (columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()))) {
        throw error(input.position(), "input " + Texts.quote(column.name()) + " is read twice"
            + " (names are compared ignoring case)");
      }
      columns.add(column);
      builder.input(column);
    }
    List<OutputColumn> outputs = new ArrayList<>();
    for (Output output : table.outputs()) {
      OutputColumn column = outputColumn(output, table);
      if (columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()))
          || outputs.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()))) {
        throw error(output.position(), "output " + Texts.quote(column.name()) + " has the name"
            + " of another column (names are compared ignoring case)");
      }
      outputs.add(column);
      builder.output(column);
    }
    for (Rule rule : table.rules()) {
      builder.row(row(rule, columns, outputs));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw error(at, "decision table " + Texts.quote(table.decisionId()) + ": "
          + e.getMessage());
    }
  }

  // ---- input columns

  private Column column(Input input) {
    String name = input.expression().text().strip();
    if (!NAME.matcher(name).matches()) {
      throw error(input.expression().position(), "input expression " + Texts.quote(name)
          + " is not a variable's name: this engine reads each input's value by its name and"
          + " computes no expression");
    }
    Optional<String> typeRef = input.typeRef().map(t -> t.toLowerCase(Locale.ROOT));
    Optional<Column> named = schema.input(name);
    ColumnType type;
    if (named.isPresent()) {
      type = named.get().type();
    } else if (input.type().isPresent()) {
      type = enumValue(ColumnType.class, input.type().get(), input.position(), "type");
    } else {
      type = typeRef.map(t -> columnType(t, input, name)).orElseThrow(() ->
          error(input.expression().position(), "input " + Texts.quote(name) + " has no"
              + " typeRef; give it one (string, number, boolean, date) or name its column in"
              + " the reader's schema"));
    }
    typeRef.ifPresent(t -> requireCompatible(t, kindOf(type), type,
        input.expression().position(), "input " + Texts.quote(name)));
    Optional<List<String>> allowed = input.inputValues().flatMap(v -> allowedInputs(v, type,
        name));
    try {
      if (named.isPresent() && named.get().name().equals(name)) {
        return named.get();
      }
      if (named.isPresent()) {
        return new Column(name, type, named.get().allowedValues());
      }
      return allowed.map(values -> Column.enumerated(name, values))
          .orElseGet(() -> Column.of(name, type));
    } catch (IllegalArgumentException e) {
      throw error(input.position(), e.getMessage());
    }
  }

  private ColumnType columnType(String typeRef, Input input, String name) {
    Kind kind = kindOf(typeRef).orElseThrow(() -> error(input.expression().position(), "input "
        + Texts.quote(name) + " has typeRef " + Texts.quote(typeRef) + "; read are string,"
        + " number, integer, long, double, boolean and date (or a column type from the reader's"
        + " schema)"));
    switch (kind) {
      case NUMBER:
        return ColumnType.NUMBER;
      case BOOLEAN:
        return ColumnType.BOOLEAN;
      case DATE:
        return ColumnType.DATE;
      default:
        return ColumnType.TEXT;
    }
  }

  /** Refuses a typeRef whose values are not of the kind the column's type reads. */
  private void requireCompatible(String typeRef, Kind wanted, Object type, Position at,
      String what) {
    if (kindOf(typeRef).filter(k -> k == wanted).isEmpty()) {
      throw error(at, what + " is a " + type + " column but its typeRef is "
          + Texts.quote(typeRef));
    }
  }

  /** The kind of FEEL value a typeRef names, if it is one read. */
  private static Optional<Kind> kindOf(String typeRef) {
    if (typeRef.equals("string")) {
      return Optional.of(Kind.STRING);
    }
    if (NUMBER_TYPES.contains(typeRef)) {
      return Optional.of(Kind.NUMBER);
    }
    if (typeRef.equals("boolean")) {
      return Optional.of(Kind.BOOLEAN);
    }
    return typeRef.equals("date") ? Optional.of(Kind.DATE) : Optional.empty();
  }

  /** The kind of FEEL value a column's cells hold. */
  private static Kind kindOf(ColumnType type) {
    switch (type) {
      case NUMBER:
        return Kind.NUMBER;
      case BOOLEAN:
        return Kind.BOOLEAN;
      case DATE:
        return Kind.DATE;
      default:
        return Kind.STRING;
    }
  }

  /** The kind of FEEL value an output holds. */
  private static Kind kindOf(OutputType type) {
    return type == OutputType.NUMBER ? Kind.NUMBER
        : type == OutputType.BOOLEAN ? Kind.BOOLEAN : Kind.STRING;
  }

  /** The allowed values of a TEXT column; other types' inputValues are only checked. */
  private Optional<List<String>> allowedInputs(Text values, ColumnType type, String name) {
    UnaryTests tests = unaryTests(values, "inputValues of " + Texts.quote(name));
    for (Feel.Test test : tests.tests()) {
      checkTest(test, type, values, "inputValues of " + Texts.quote(name));
    }
    if (type != ColumnType.TEXT || tests.isAny()) {
      return Optional.empty();
    }
    return Optional.of(literals(tests, values, "inputValues of " + Texts.quote(name)));
  }

  // ---- output columns

  private OutputColumn outputColumn(Output output, Table table) {
    String name = output.name().filter(n -> !n.isBlank()).or(() -> table.outputs().size() == 1
        ? table.variableName().filter(n -> !n.isBlank()) : Optional.empty()).orElseThrow(() ->
        error(output.position(), "an <output> needs a name (with one output, the decision's"
            + " <variable> name serves)")).strip();
    Optional<String> typeRef = output.typeRef().map(t -> t.toLowerCase(Locale.ROOT));
    Optional<OutputColumn> named = schema.output(name);
    OutputType type;
    if (named.isPresent()) {
      type = named.get().type();
    } else if (output.type().isPresent()) {
      type = enumValue(OutputType.class, output.type().get(), output.position(), "type");
    } else if (typeRef.isPresent()) {
      type = outputType(typeRef.get(), output, name);
    } else {
      type = inferred(table, output, name);
    }
    typeRef.ifPresent(t -> requireCompatible(t, kindOf(type), type, output.position(),
        "output " + Texts.quote(name)));
    try {
      OutputColumn column = named.isPresent() ? named.get() : OutputColumn.of(name, type);
      if (!column.name().equals(name) || column.type() != type) {
        column = new OutputColumn(name, type, column.allowedValues(), column.defaultValue());
      }
      if (output.outputValues().isPresent()) {
        Text values = output.outputValues().get();
        UnaryTests tests = unaryTests(values, "outputValues of " + Texts.quote(name));
        if (!tests.isAny()) {
          List<String> allowed = new ArrayList<>();
          for (String value : literals(tests, values, "outputValues of " + Texts.quote(name))) {
            allowed.add(value);
          }
          checkKinds(tests, type, values, "outputValues of " + Texts.quote(name));
          column = column.withAllowedValues(allowed);
        }
      }
      if (output.defaultOutputEntry().isPresent()) {
        Optional<String> value = outputValue(output.defaultOutputEntry().get(), type, name);
        if (value.isPresent()) {
          column = column.withDefaultValue(value.get());
        }
      }
      return column;
    } catch (IllegalArgumentException e) {
      if (e instanceof FileFormatException) {
        throw e;
      }
      throw error(output.position(), "output " + Texts.quote(name) + ": " + e.getMessage());
    }
  }

  private OutputType outputType(String typeRef, Output output, String name) {
    Optional<Kind> kind = kindOf(typeRef).filter(k -> k != Kind.DATE);
    if (kind.isEmpty()) {
      throw error(output.position(), "output " + Texts.quote(name) + " has typeRef "
          + Texts.quote(typeRef) + "; read are string, number, integer, long, double and"
          + " boolean (or an output type from the reader's schema)");
    }
    return kind.get() == Kind.NUMBER ? OutputType.NUMBER : kind.get() == Kind.BOOLEAN
        ? OutputType.BOOLEAN : OutputType.TEXT;
  }

  /** The type of an output without typeRef: the kind every entry's literal has. */
  private OutputType inferred(Table table, Output output, String name) {
    int index = table.outputs().indexOf(output);
    Kind kind = null;
    for (Rule rule : table.rules()) {
      Text entry = rule.outputEntries().get(index);
      Optional<Literal> literal = literal(entry, "output " + Texts.quote(name));
      if (literal.isEmpty()) {
        continue;
      }
      if (kind != null && literal.get().kind() != kind) {
        throw error(entry.position(), "output " + Texts.quote(name) + " has no typeRef and"
            + " its entries mix " + kind + " and " + literal.get().kind() + " values; give it a"
            + " typeRef");
      }
      kind = literal.get().kind();
    }
    if (kind == Kind.DATE) {
      throw error(output.position(), "output " + Texts.quote(name) + " gives dates, which"
          + " this engine's outputs do not hold");
    }
    return kind == Kind.NUMBER ? OutputType.NUMBER : kind == Kind.BOOLEAN ? OutputType.BOOLEAN
        : OutputType.TEXT;
  }

  // ---- rows

  private Row row(Rule rule, List<Column> columns, List<OutputColumn> outputs) {
    Row.Builder row;
    try {
      row = Row.builder(rule.id()).description(oneLine(rule.description()))
          .effectiveFrom(date(rule, rule.from(), "from")).effectiveTo(date(rule, rule.to(),
              "to"));
    } catch (IllegalArgumentException e) {
      if (e instanceof FileFormatException) {
        throw e;
      }
      throw error(rule.position(), e.getMessage());
    }
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      Text entry = rule.inputEntries().get(c);
      String where = "rule " + Texts.quote(rule.id()) + " input " + Texts.quote(column.name());
      Condition condition = condition(entry, column, where);
      try {
        CellCompiler.compile(condition, column);
      } catch (IllegalArgumentException e) {
        throw error(entry.position(), where + ": " + e.getMessage());
      }
      row.when(column.name(), condition);
    }
    for (int c = 0; c < outputs.size(); c++) {
      OutputColumn column = outputs.get(c);
      Text entry = rule.outputEntries().get(c);
      String where = "rule " + Texts.quote(rule.id()) + " output " + Texts.quote(column.name());
      Optional<String> value = outputValue(entry, column.type(), column.name());
      if (value.isPresent()) {
        try {
          OutputValues.checkAllowed(column.name(), column.type(), value.get(),
              column.allowedValues());
        } catch (IllegalArgumentException e) {
          throw error(entry.position(), where + ": " + e.getMessage());
        }
      }
      row.then(column.name(), value.orElse(""));
    }
    try {
      return row.build();
    } catch (IllegalArgumentException e) {
      throw error(rule.position(), e.getMessage());
    }
  }

  private LocalDate date(Rule rule, Optional<String> text, String attribute) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.get().strip());
    } catch (DateTimeParseException e) {
      throw error(rule.position(), "rule " + Texts.quote(rule.id()) + " hl:" + attribute + " "
          + Texts.quote(text.get()) + " is not an ISO date (yyyy-MM-dd)");
    }
  }

  /** The condition of an input entry, in the engine's syntax. */
  private Condition condition(Text entry, Column column, String where) {
    UnaryTests tests = unaryTests(entry, where);
    if (tests.isAny()) {
      return Condition.any();
    }
    List<String> parts = new ArrayList<>();
    for (Feel.Test test : tests.tests()) {
      checkTest(test, column.type(), entry, where);
      parts.add(written(test));
    }
    String text = String.join(", ", parts);
    try {
      return Condition.parse(tests.negated() ? "not(" + text + ")" : text);
    } catch (IllegalArgumentException e) {
      throw error(entry.position(), where + ": " + e.getMessage());
    }
  }

  private void checkTest(Feel.Test test, ColumnType type, Text entry, String where) {
    if (test instanceof Equal) {
      checkKind(((Equal) test).value(), type, entry, where);
      return;
    }
    if (!type.isOrdered()) {
      throw error(entry.position(), where + ": comparisons and intervals are read in number"
          + " and date columns only; this is a " + type + " column");
    }
    if (test instanceof Compare) {
      checkKind(((Compare) test).value(), type, entry, where);
    } else {
      Interval interval = (Interval) test;
      checkKind(interval.low(), type, entry, where);
      checkKind(interval.high(), type, entry, where);
    }
  }

  private void checkKind(Literal literal, ColumnType type, Text entry, String where) {
    Kind wanted = kindOf(type);
    if (literal.kind() != wanted) {
      throw error(entry.position(), where + ": " + describe(literal) + " in a " + type
          + " column, which takes " + describe(wanted));
    }
    if (literal.kind() == Kind.STRING) {
      checkString(literal.value(), entry, where);
    }
  }

  private void checkKinds(UnaryTests tests, OutputType type, Text entry, String where) {
    for (Feel.Test test : tests.tests()) {
      checkOutputKind(((Equal) test).value(), type, entry, where);
    }
  }

  private void checkString(String value, Text entry, String where) {
    if (value.isEmpty() || !value.strip().equals(value)) {
      throw error(entry.position(), where + ": " + Texts.quote(value) + " is empty or starts"
          + " or ends with spaces; inputs are compared without surrounding spaces, so such a"
          + " string never matches");
    }
  }

  private static String written(Feel.Test test) {
    if (test instanceof Equal) {
      return written(((Equal) test).value());
    }
    if (test instanceof Compare) {
      return ((Compare) test).operator() + " " + written(((Compare) test).value());
    }
    Interval interval = (Interval) test;
    return (interval.lowInclusive() ? "[" : "(") + written(interval.low()) + ".."
        + written(interval.high()) + (interval.highInclusive() ? "]" : ")");
  }

  private static String written(Literal literal) {
    if (literal.kind() == Kind.STRING) {
      return "\"" + literal.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return literal.value();
  }

  // ---- output values

  private Optional<String> outputValue(Text entry, OutputType type, String name) {
    String where = "output " + Texts.quote(name);
    Optional<Literal> literal = literal(entry, where);
    if (literal.isEmpty()) {
      return Optional.empty();
    }
    checkOutputKind(literal.get(), type, entry, where);
    try {
      OutputValues.check(type, literal.get().value());
    } catch (IllegalArgumentException e) {
      throw error(entry.position(), where + ": " + e.getMessage());
    }
    return Optional.of(literal.get().value());
  }

  private void checkOutputKind(Literal literal, OutputType type, Text entry, String where) {
    Kind wanted = kindOf(type);
    if (literal.kind() != wanted) {
      throw error(entry.position(), where + ": " + describe(literal) + " in a " + type
          + " output, which takes " + describe(wanted));
    }
    if (literal.kind() == Kind.STRING && (literal.value().isEmpty()
        || !literal.value().strip().equals(literal.value()))) {
      throw error(entry.position(), where + ": " + Texts.quote(literal.value()) + " is empty or"
          + " starts or ends with spaces, which an output value may not");
    }
  }

  // ---- FEEL with positions

  private UnaryTests unaryTests(Text text, String where) {
    try {
      return Feel.unaryTests(text.text());
    } catch (Feel.SyntaxException e) {
      throw feelError(text, where, e);
    }
  }

  private Optional<Literal> literal(Text text, String where) {
    try {
      return Feel.literal(text.text());
    } catch (Feel.SyntaxException e) {
      throw feelError(text, where, e);
    }
  }

  private List<String> literals(UnaryTests tests, Text text, String where) {
    if (tests.negated()) {
      throw error(text.position(), where + ": a list of values is read here, not not(...)");
    }
    List<String> values = new ArrayList<>();
    for (Feel.Test test : tests.tests()) {
      if (!(test instanceof Equal)) {
        throw error(text.position(), where + ": a list of values is read here, not"
            + " comparisons or intervals");
      }
      values.add(((Equal) test).value().value());
    }
    return values;
  }

  private FileFormatException feelError(Text text, String where, Feel.SyntaxException e) {
    return error(text.position(), where + ": " + Texts.quote(text.text().strip()) + ": "
        + e.getMessage() + " (at character " + e.character() + " of the text)");
  }

  // ---- small helpers

  private <E extends Enum<E>> E enumValue(Class<E> type, String text, Position at,
      String attribute) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        names.add(value.name());
      }
      throw error(at, "hl:" + attribute + " " + Texts.quote(text) + " is not one of "
          + String.join(", ", names));
    }
  }

  private static String describe(Literal literal) {
    return literal.kind() == Kind.STRING ? "the string " + Texts.quote(literal.value())
        : "the " + literal.kind().name().toLowerCase(Locale.ROOT) + " " + literal.value();
  }

  private static String describe(Kind kind) {
    switch (kind) {
      case STRING:
        return "quoted strings";
      case NUMBER:
        return "numbers";
      case BOOLEAN:
        return "true or false";
      default:
        return "date(\"yyyy-MM-dd\")";
    }
  }

  /** Text with every run of white space (line breaks too) made one space, stripped. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private FileFormatException error(Position at, String reason) {
    return new FileFormatException(source, at.line(), at.column(), reason);
  }
}
