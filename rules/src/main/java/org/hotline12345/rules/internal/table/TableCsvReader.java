package org.hotline12345.rules.internal.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvFields;
import org.hotline12345.calendar.internal.TextLines;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.table.Aggregation;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;

/**
 * Reads a decision table file (CSV or TSV): directives ({@code # key: value}) before the
 * header, the header naming {@code id}, {@code description}, {@code from}, {@code to}, input
 * columns and output columns ({@code =name}), then a row a line. Every problem stops the read
 * with a {@link FileFormatException} naming the source, the line, the column in the line where
 * the field starts, and in the reason the table column's name and spreadsheet letter.
 */
public final class TableCsvReader {

  /** The longest line read, in characters. */
  public static final int MAX_LINE_LENGTH = 1 << 16;

  /** The most fields a line may have. */
  public static final int MAX_FIELDS = 512;

  private static final List<String> DIRECTIVES =
      List.of("rule set", "version", "hit policy", "name", "aggregation");

  private final TextLines lines;
  private final String source;
  private final char separator;
  private final TableSchema schema;
  private final Map<String, String> directives = new HashMap<>();
  private final Map<String, Integer> directiveLines = new HashMap<>();
  private final List<String> header = new ArrayList<>();
  private final List<Object> roles = new ArrayList<>();
  private final Map<String, Integer> rowLines = new LinkedHashMap<>();
  private final Map<String, int[]> rowColumns = new HashMap<>();

  private TableCsvReader(TextLines lines, char separator, TableSchema schema) {
    this.lines = lines;
    this.source = lines.source();
    this.separator = separator;
    this.schema = schema;
  }

  /**
   * A table read from a file, with the line of each row.
   *
   * @param table the table
   * @param lines each row id's line
   */
  public record Read(DecisionTable table, Map<String, Integer> lines) {}

  /**
   * Reads a table.
   *
   * @param lines the file's lines
   * @param separator {@code ','} or a tab
   * @param schema the columns the header may name
   * @return the table and its rows' lines
   * @throws FileFormatException naming source, line, column and reason of the first problem
   */
  public static Read read(TextLines lines, char separator, TableSchema schema) {
    return new TableCsvReader(lines, separator, schema).read();
  }

  private Read read() {
    List<Row> rows = new ArrayList<>();
    String line;
    int headerLine = 0;
    while ((line = lines.next()) != null) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (stripped.startsWith("#")) {
        if (headerLine == 0) {
          directive(stripped.substring(1).strip());
        }
        continue;
      }
      CsvFields fields = CsvFields.split(line, source, lines.number(), MAX_FIELDS,
          "at most " + MAX_FIELDS + " columns", separator);
      if (headerLine == 0) {
        headerLine = lines.number();
        header(fields);
      } else {
        rows.add(row(fields));
      }
    }
    if (headerLine == 0) {
      throw new FileFormatException(source, 0, "the file has no header; expected directives"
          + " (# rule set: ..., # version: ..., # hit policy: ...) and a header such as"
          + " id,description,from,to,<inputs>,=<outputs>");
    }
    DecisionTable.Builder builder = DecisionTable.builder(required("rule set"),
        required("version")).hitPolicy(hitPolicy()).name(directives.get("name"))
        .aggregation(aggregation());
    for (Object role : roles) {
      if (role instanceof Column) {
        builder.input((Column) role);
      } else if (role instanceof OutputColumn) {
        builder.output((OutputColumn) role);
      }
    }
    builder.rows(rows);
    try {
      return new Read(builder.build(), java.util.Collections.unmodifiableMap(rowLines));
    } catch (CellException e) {
      String id = rows.get(e.row()).id();
      int at = positionOf(e.column());
      throw new FileFormatException(source, rowLines.get(id), rowColumns.get(id)[at], "column "
          + Texts.quote(e.column()) + " (" + letter(at) + "): " + e.reason());
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(source, headerLine, e.getMessage());
    }
  }

  private int positionOf(String column) {
    for (int i = 0; i < roles.size(); i++) {
      Object role = roles.get(i);
      if (role instanceof Column && ((Column) role).name().equals(column)
          || role instanceof OutputColumn && ((OutputColumn) role).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalStateException("no column " + column);
  }

  private void directive(String text) {
    int colon = text.indexOf(':');
    int wide = text.indexOf('\uFF1A');
    if (colon < 0 || wide >= 0 && wide < colon) {
      colon = wide;
    }
    if (colon < 0) {
      return;
    }
    String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace('-', ' ')
        .replace('_', ' ').replaceAll("\\s+", " ");
    if (key.equals("ruleset")) {
      key = "rule set";
    } else if (key.equals("hitpolicy")) {
      key = "hit policy";
    }
    if (!DIRECTIVES.contains(key)) {
      throw new FileFormatException(source, lines.number(), "unknown directive "
          + Texts.quote(text.substring(0, colon).strip()) + "; the directives are "
          + String.join(", ", DIRECTIVES) + " (a # line without a colon is a comment)");
    }
    if (directives.containsKey(key)) {
      throw new FileFormatException(source, lines.number(), "the directive " + Texts.quote(key)
          + " is given twice (first on line " + directiveLines.get(key) + ")");
    }
    directives.put(key, text.substring(colon + 1).strip());
    directiveLines.put(key, lines.number());
  }

  private String required(String key) {
    String value = directives.get(key);
    if (value == null || value.isEmpty()) {
      throw new FileFormatException(source, 0, "the file lacks the directive '# " + key
          + ": ...' before its header");
    }
    return value;
  }

  private HitPolicy hitPolicy() {
    String text = required("hit policy");
    try {
      return HitPolicy.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(source, directiveLines.get("hit policy"), e.getMessage());
    }
  }

  private Aggregation aggregation() {
    String text = directives.get("aggregation");
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Aggregation.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(source, directiveLines.get("aggregation"), "aggregation "
          + Texts.quote(text) + " is none of SUM, MIN, MAX, COUNT");
    }
  }

  private void header(CsvFields fields) {
    Map<String, Integer> seen = new HashMap<>();
    boolean outputs = false;
    for (int i = 0; i < fields.values().size(); i++) {
      String name = fields.values().get(i).strip();
      boolean output = name.startsWith("=");
      String bare = output ? name.substring(1).strip() : name;
      String key = TableText.key(bare);
      Integer before = seen.putIfAbsent(key, i);
      if (before != null) {
        throw new FileFormatException(source, lines.number(), fields.columns()[i],
            "the header names column " + Texts.quote(bare) + " twice (columns "
                + letter(before) + " and " + letter(i) + ")");
      }
      int at = i;
      Object role;
      if (!output && TableText.RESERVED.contains(key)) {
        role = key;
      } else if (output) {
        role = schema.output(bare).orElseThrow(() -> unknown(fields, at, bare, true));
      } else {
        role = schema.input(bare).map(Object.class::cast).or(() -> schema.output(bare))
            .orElseThrow(() -> unknown(fields, at, bare, false));
      }
      outputs |= role instanceof OutputColumn;
      header.add(bare);
      roles.add(role);
    }
    if (!seen.containsKey("id")) {
      throw new FileFormatException(source, lines.number(), "the header lacks the column 'id'");
    }
    if (!outputs) {
      throw new FileFormatException(source, lines.number(), "the header names no output column;"
          + " write an output as =name, for example =lead");
    }
  }

  private FileFormatException unknown(CsvFields fields, int i, String name, boolean output) {
    List<String> inputs = new ArrayList<>();
    schema.inputs().forEach(c -> inputs.add(c.name()));
    List<String> outputs = new ArrayList<>();
    schema.outputs().forEach(c -> outputs.add(c.name()));
    return new FileFormatException(source, lines.number(), fields.columns()[i], "column "
        + letter(i) + " " + Texts.quote(name) + " is not " + (output ? "an output" : "a column")
        + " of the schema; inputs: " + String.join(", ", inputs) + "; outputs: "
        + String.join(", ", outputs));
  }

  /** The spreadsheet letter of a 0-based column: A, B, ..., Z, AA. */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  private FileFormatException error(CsvFields fields, int i, String reason) {
    return new FileFormatException(source, lines.number(), fields.columns()[i], "column "
        + Texts.quote(header.get(i)) + " (" + letter(i) + "): " + reason);
  }

  private Row row(CsvFields fields) {
    List<String> values = fields.values();
    if (values.size() != header.size()) {
      throw new FileFormatException(source, lines.number(), "expected " + header.size()
          + " fields as in the header but found " + values.size());
    }
    String id = null;
    Row.Builder builder = null;
    LocalDate from = null;
    for (int i = 0; i < values.size(); i++) {
      if ("id".equals(roles.get(i))) {
        id = values.get(i).strip();
        if (id.isEmpty()) {
          throw error(fields, i, "every row needs an id");
        }
        if (id.length() > Row.MAX_ID_LENGTH) {
          throw error(fields, i, "a row id has at most " + Row.MAX_ID_LENGTH + " characters");
        }
        Integer before = rowLines.putIfAbsent(id, lines.number());
        if (before != null) {
          throw error(fields, i, "row id " + Texts.quote(id) + " is used twice (first on line "
              + before + ")");
        }
        builder = Row.builder(id);
        rowColumns.put(id, fields.columns());
      }
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i).strip();
      Object role = roles.get(i);
      try {
        if ("description".equals(role)) {
          builder.description(TableText.optionalText("the description", value,
              Row.MAX_DESCRIPTION_LENGTH));
        } else if ("from".equals(role)) {
          from = date(value);
          builder.effectiveFrom(from);
        } else if ("to".equals(role)) {
          LocalDate to = date(value);
          if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the row ends (" + to + ") before it starts ("
                + from + ")");
          }
          builder.effectiveTo(to);
        } else if (role instanceof Column) {
          builder.when(((Column) role).name(), Condition.parse(value));
        } else if (role instanceof OutputColumn) {
          builder.then(((OutputColumn) role).name(), value);
        }
      } catch (IllegalArgumentException e) {
        throw error(fields, i, e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(source, lines.number(), e.getMessage());
    }
  }

  private static LocalDate date(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(Texts.quote(value) + " is not a date as 2026-01-31");
    }
  }

  /**
   * The separator a file's name suggests: a tab for {@code .tsv} and {@code .tab}, else a comma.
   *
   * @param name the file name
   * @return the separator
   */
  public static char separatorFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tsv") || lower.endsWith(".tab") ? '\t' : ',';
  }
}
