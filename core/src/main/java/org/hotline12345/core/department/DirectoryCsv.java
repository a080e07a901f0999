package org.hotline12345.core.department;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.internal.Forest;
import org.hotline12345.core.internal.Texts;

/**
 * Reads the CSV format of {@link DepartmentDirectory} with the SDK's shared reader;
 * package-private.
 */
final class DirectoryCsv {

  /** The directory file: six columns, and the aliases when a file has them. */
  static final CsvReader CSV = CsvReader.withColumns(
      List.of("id", "kind", "name", "parent", "active", "calendar"), List.of("aliases"));

  private static final String KINDS = Arrays.stream(DepartmentKind.values())
      .map(Enum::name).collect(Collectors.joining(", "));

  private DirectoryCsv() {}

  /**
   * Builds the directory.
   *
   * @param rows the records of the file
   * @param source the file's name, for a refusal of the whole file
   * @throws FileFormatException naming the file, the line and, for a field, the column
   */
  static DepartmentDirectory read(List<CsvReader.Row> rows, String source) {
    if (rows.isEmpty()) {
      throw new FileFormatException(source, 0,
          "no departments: expected lines of id,kind,name,parent,active,calendar after the header");
    }
    List<Department> departments = new ArrayList<>(rows.size());
    for (CsvReader.Row row : rows) {
      departments.add(parse(row));
    }
    return DepartmentDirectory.of(departments,
        Forest.inFile(rows, "department", "id", "parent"));
  }

  private static Department parse(CsvReader.Row row) {
    DepartmentId id = id(row, "id");
    String kindText = row.get("kind");
    DepartmentKind kind;
    try {
      kind = DepartmentKind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("kind", "kind " + Texts.quote(kindText) + " is not one of " + KINDS);
    }
    if (Texts.isBlank(row.get("name"))) {
      throw row.error("name", "name is blank; every department needs a name");
    }
    Department.Builder builder = Department.builder().id(id).kind(kind).name(row.get("name"));
    if (!row.get("parent").isEmpty()) {
      builder.parent(id(row, "parent"));
    }
    String active = row.get("active");
    switch (active.toLowerCase(Locale.ROOT)) {
      case "true" -> builder.active(true);
      case "false" -> builder.active(false);
      default -> throw row.error("active",
          "active " + Texts.quote(active) + " is neither 'true' nor 'false'");
    }
    if (Texts.isBlank(row.get("calendar"))) {
      throw row.error("calendar", "calendar is blank; every department needs the id of its"
          + " working calendar, for example cn-mainland");
    }
    builder.calendarId(row.get("calendar"));
    builder.addAllAliases(CsvReader.items(row.get("aliases")));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static DepartmentId id(CsvReader.Row row, String column) {
    try {
      return DepartmentId.of(row.get(column));
    } catch (IllegalArgumentException e) {
      throw row.error(column, column + ": " + e.getMessage());
    }
  }
}
