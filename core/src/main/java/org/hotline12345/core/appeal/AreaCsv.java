package org.hotline12345.core.appeal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;
import org.hotline12345.core.internal.Forest;

/** Reads the CSV format of {@link AreaHierarchy} with the SDK's shared reader; package-private. */
final class AreaCsv {

  /** The area file: code and name, and the parent when the file does not infer it. */
  static final CsvReader CSV = CsvReader.withColumns(List.of("code", "name"), List.of("parent"));

  private AreaCsv() {}

  /**
   * Builds the hierarchy.
   *
   * @param rows the records of the file
   * @param source the file's name, for a refusal of the whole file
   * @throws FileFormatException naming the file, the line and, for a field, the column
   */
  static AreaHierarchy read(List<CsvReader.Row> rows, String source) {
    if (rows.isEmpty()) {
      throw new FileFormatException(source, 0,
          "no areas: expected lines of code,name,parent after the header");
    }
    boolean inferParents = !rows.get(0).has("parent");
    Set<String> codes = new HashSet<>();
    for (CsvReader.Row row : rows) {
      codes.add(row.get("code"));
    }
    List<AreaHierarchy.Entry> entries = new ArrayList<>(rows.size());
    for (CsvReader.Row row : rows) {
      Area area;
      try {
        area = new Area(row.get("code"), row.get("name"));
      } catch (IllegalArgumentException e) {
        throw row.error(codeBroken(row.get("code")) ? "code" : "name", e.getMessage());
      }
      Optional<String> parent;
      if (inferParents) {
        parent = AreaHierarchy.gbt2260Parents(area.code()).stream()
            .filter(codes::contains).findFirst();
      } else {
        String text = row.get("parent");
        parent = text.isEmpty() ? Optional.empty() : Optional.of(text);
      }
      entries.add(new AreaHierarchy.Entry(area, parent));
    }
    return AreaHierarchy.of(entries, Forest.inFile(rows, "area", "code", "parent"));
  }

  private static boolean codeBroken(String code) {
    try {
      new Area(code, "-");
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
