package org.hotline12345.core.department;

import org.hotline12345.core.internal.Csv;
import org.hotline12345.core.internal.Forest;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the CSV format of {@link DepartmentDirectory}; package-private. */
final class DirectoryCsv {

  private static final List<String> HEADER =
      List.of("id", "kind", "name", "parent", "active", "calendar");
  private static final List<String> HEADER_WITH_ALIASES =
      List.of("id", "kind", "name", "parent", "active", "calendar", "aliases");
  private static final String KINDS = Arrays.stream(DepartmentKind.values())
      .map(Enum::name).collect(Collectors.joining(", "));

  private DirectoryCsv() {}

  static DepartmentDirectory read(Reader text, String source) {
    Csv.Failure failure = (line, reason) -> new DirectoryFormatException(source, line, reason);
    List<Csv.Row> rows = Csv.read(text, source, failure);
    if (rows.isEmpty()) {
      throw failure.at(0, "the file is empty; expected the header " + String.join(",", HEADER));
    }
    List<String> header = Csv.isHeader(rows.get(0).fields(), HEADER_WITH_ALIASES)
        ? HEADER_WITH_ALIASES : HEADER;
    List<Csv.Row> records = Csv.afterHeader(rows, header, failure);
    if (records.isEmpty()) {
      throw failure.at(0, "no departments: expected lines of " + String.join(",", header)
          + " after the header");
    }
    List<Department> departments = new ArrayList<>(records.size());
    int[] lines = new int[records.size()];
    for (int i = 0; i < records.size(); i++) {
      Csv.Row row = records.get(i);
      lines[i] = row.line();
      departments.add(parse(row, header, failure));
    }
    return DepartmentDirectory.of(departments, Forest.inFile(lines, failure, "department", "id"));
  }

  private static Department parse(Csv.Row row, List<String> header, Csv.Failure failure) {
    List<String> fields = row.fields();
    int line = row.line();
    if (fields.size() != header.size()) {
      throw failure.at(line, "expected " + header.size() + " fields " + String.join(",", header)
          + " but found " + fields.size());
    }
    DepartmentId id = id(fields.get(0), "id", line, failure);
    DepartmentKind kind;
    try {
      kind = DepartmentKind.valueOf(fields.get(1).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw failure.at(line, "kind '" + fields.get(1) + "' is not one of " + KINDS);
    }
    String name = fields.get(2);
    if (name.isEmpty()) {
      throw failure.at(line, "name is empty; every department needs a name");
    }
    Department.Builder builder = Department.builder().id(id).kind(kind).name(name);
    if (!fields.get(3).isEmpty()) {
      builder.parent(id(fields.get(3), "parent", line, failure));
    }
    switch (fields.get(4).toLowerCase(Locale.ROOT)) {
      case "true" -> builder.active(true);
      case "false" -> builder.active(false);
      default -> throw failure.at(line,
          "active '" + fields.get(4) + "' is neither 'true' nor 'false'");
    }
    if (fields.get(5).isEmpty()) {
      throw failure.at(line, "calendar is empty; every department needs the id of its working"
          + " calendar, for example cn-mainland");
    }
    builder.calendarId(fields.get(5));
    if (header.size() > HEADER.size()) {
      builder.addAllAliases(Csv.items(fields.get(6)));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw failure.at(line, e.getMessage());
    }
  }

  private static DepartmentId id(String text, String field, int line, Csv.Failure failure) {
    try {
      return DepartmentId.of(text);
    } catch (IllegalArgumentException e) {
      throw failure.at(line, field + ": " + e.getMessage());
    }
  }
}
