package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.Row;

/**
 * Writes a decision table as the file {@link TableCsvReader} reads: directives, the header,
 * one row a line; fields quoted (RFC 4180) when they hold the separator or a quote, or when a
 * line would otherwise start with {@code #}.
 */
public final class TableCsvWriter {

  private TableCsvWriter() {}

  /**
   * The table's file.
   *
   * @param table the table
   * @param separator {@code ','} or a tab
   * @return the text, each line ending in {@code \n}
   */
  public static String write(DecisionTable table, char separator) {
    StringBuilder out = new StringBuilder();
    out.append("# rule set: ").append(table.ruleSetId()).append('\n');
    out.append("# version: ").append(table.version()).append('\n');
    out.append("# hit policy: ").append(table.hitPolicy().label()).append('\n');
    out.append("# name: ").append(table.name()).append('\n');
    table.aggregation().ifPresent(a -> out.append("# aggregation: ").append(a).append('\n'));
    List<String> header = new ArrayList<>(List.of("id", "description", "from", "to"));
    for (Column column : table.inputs()) {
      header.add(column.name());
    }
    for (OutputColumn column : table.outputs()) {
      header.add("=" + column.name());
    }
    line(out, header, separator);
    for (Row row : table.rows()) {
      List<String> fields = new ArrayList<>();
      fields.add(row.id());
      fields.add(row.description());
      fields.add(row.effectiveFrom().map(Object::toString).orElse(""));
      fields.add(row.effectiveTo().map(Object::toString).orElse(""));
      for (Column column : table.inputs()) {
        fields.add(row.condition(column.name()).text());
      }
      for (OutputColumn column : table.outputs()) {
        fields.add(row.outputs().getOrDefault(column.name(), ""));
      }
      line(out, fields, separator);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields, char separator) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      String field = fields.get(i);
      boolean quote = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0
          || i == 0 && field.startsWith("#") || !field.equals(field.strip());
      if (quote) {
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        out.append(field);
      }
    }
    out.append('\n');
  }
}
