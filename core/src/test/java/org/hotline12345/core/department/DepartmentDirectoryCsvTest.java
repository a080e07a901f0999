package org.hotline12345.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading the department directory from CSV; a bad file fails with file, line, column and reason. */
class DepartmentDirectoryCsvTest {

  private static final String HEADER = "id,kind,name,parent,active,calendar\n";
  private static final String CITY_LINE = "nj,OTHER,南京市人民政府,,true,cn-mainland\n";

  @TempDir
  Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(DepartmentDirectoryCsvTest.class.getResource("/departments/" + name).toURI());
  }

  private static FileFormatException failure(String text) {
    try {
      DepartmentDirectory.readCsv(new StringReader(text), "departments.csv");
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("expected a FileFormatException for:\n" + text);
  }

  /** The refusal names the file, the line, the column (0: the whole record) and the reason. */
  private static void assertRefusal(FileFormatException e, int line, int column, String reason) {
    assertThat(e.source()).isEqualTo("departments.csv");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e).hasMessage("departments.csv:" + line + (column > 0 ? ":" + column : "") + ": "
        + reason);
  }

  @Test
  void the_nanjing_file_gives_the_same_directory_as_the_one_built_in_code() throws Exception {
    DepartmentDirectory loaded = DepartmentDirectory.readCsv(resource("nanjing.csv"));
    assertThat(loaded).isEqualTo(Nanjing.directory());
    assertThat(loaded.all()).isEqualTo(Nanjing.directory().all());
    assertThat(loaded.require(Nanjing.TRANSPORT).getAliases())
        .containsExactly("市交通局", "市交通运输局");
    assertThat(loaded.isActive(Nanjing.BAOTAQIAO)).isFalse();
  }

  @Test
  void the_six_column_format_needs_no_aliases_and_allows_quotes_comments_and_a_bom() {
    DepartmentDirectory directory = DepartmentDirectory.readCsv(new StringReader(
        "\uFEFF" + HEADER
            + "# the city first\n"
            + CITY_LINE
            + "\n"
            + "nj.bus,enterprise,\"南京公共交通（集团）有限公司, \"\"公交集团\"\"\",nj,FALSE,cn-mainland\n"),
        "inline");
    Department bus = directory.require(DepartmentId.of("nj.bus"));
    assertThat(bus.getName()).isEqualTo("南京公共交通（集团）有限公司, \"公交集团\"");
    assertThat(bus.getKind()).isEqualTo(DepartmentKind.ENTERPRISE);
    assertThat(bus.isActive()).isFalse();
    assertThat(bus.getParent()).contains(DepartmentId.of("nj"));
    assertThat(bus.getAliases()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      unknown kind    | nj.x,BUREAU,某局,nj,true,cn-mainland          | 6  | kind 'BUREAU' is not one of MUNICIPAL_DEPARTMENT, DISTRICT, STREET, COMMUNITY, PUBLIC_UTILITY, ENTERPRISE, OTHER
      empty name      | nj.x,STREET,,nj,true,cn-mainland              | 13 | name is blank; every department needs a name
      invisible name  | nj.x,STREET,\u200B\u2060,nj,true,cn-mainland  | 13 | name is blank; every department needs a name
      bad active flag | nj.x,STREET,某街道,nj,yes,cn-mainland         | 20 | active 'yes' is neither 'true' nor 'false'
      empty calendar  | nj.x,STREET,某街道,nj,true,                   | 25 | calendar is blank; every department needs the id of its working calendar, for example cn-mainland
      five fields     | nj.x,STREET,某街道,nj,true                    | 0  | expected 6 fields id,kind,name,parent,active,calendar but found 5
      bad id          | nj x,STREET,某街道,nj,true,cn-mainland        | 1  | id: department id must be 1 to 64 letters, digits or . _ : - (was 4 characters)
      bad parent id   | nj.x,STREET,某街道,n/j,true,cn-mainland       | 17 | parent: department id must be 1 to 64 letters, digits or . _ : - (was 3 characters)
      own parent      | nj.x,STREET,某街道,nj.x,true,cn-mainland      | 0  | parent must not be the department itself (department 'nj.x')
      open quote      | nj.x,STREET,"某街道,nj,true,cn-mainland       | 13 | a quoted field is not closed; a field may not span lines
      text after quote| nj.x,STREET,"某"街道,nj,true,cn-mainland      | 16 | a quoted field must end at a comma or the end of the line
      missing parent  | nj.x,STREET,某街道,nj.qinhuai,true,cn-mainland | 17 | parent 'nj.qinhuai' of department 'nj.x' is not in the file; every parent must be present
      """)
  void a_bad_line_fails_with_file_line_column_and_reason(String why, String line, int column,
      String reason) {
    assertRefusal(failure(HEADER + CITY_LINE + line + "\n"), 3, column, reason);
  }

  @Test
  void a_repeated_id_names_both_lines() {
    FileFormatException e = failure(HEADER + CITY_LINE
        + "nj.gulou,DISTRICT,鼓楼区人民政府,nj,true,cn-mainland\n"
        + "# 下关区 merged into 鼓楼区\n"
        + "nj.gulou,DISTRICT,鼓楼区,nj,true,cn-mainland\n");
    assertRefusal(e, 5, 1, "id 'nj.gulou' is already listed at line 3; ids must be unique");
  }

  @Test
  void a_cycle_is_reported_at_the_line_of_its_first_department() {
    FileFormatException e = failure(HEADER + CITY_LINE
        + "nj.a,STREET,甲街道,nj.b,true,cn-mainland\n"
        + "nj.b,DISTRICT,乙区,nj.a,true,cn-mainland\n");
    assertRefusal(e, 3, 17,
        "department 'nj.a' is its own ancestor (nj.a → nj.b → nj.a); the hierarchy must have no cycles");
  }

  @Test
  void a_file_without_the_header_or_without_departments_is_refused() {
    assertRefusal(failure(CITY_LINE), 1, 0,
        "expected the header id,kind,name,parent,active,calendar,aliases before the records");

    FileFormatException empty = failure("# nothing yet\n\n");
    assertThat(empty.line()).isZero();
    assertThat(empty).hasMessage("departments.csv: the file is empty;"
        + " expected the header id,kind,name,parent,active,calendar,aliases");

    assertRefusal(failure("id,kind,name,parent,calendar\n" + CITY_LINE), 1, 0,
        "the header lacks column 'active'; expected id,kind,name,parent,active,calendar,aliases");
    assertRefusal(failure("id,kind,name,parent,active,calendar,alias\n" + CITY_LINE), 1, 37,
        "column 'alias' is not one of id,kind,name,parent,active,calendar,aliases");

    FileFormatException headerOnly = failure(HEADER);
    assertThat(headerOnly.line()).isZero();
    assertThat(headerOnly.reason()).isEqualTo(
        "no departments: expected lines of id,kind,name,parent,active,calendar after the header");
  }

  @Test
  void the_aliases_column_splits_on_semicolons_and_a_row_must_fill_it() {
    String header = "id,kind,name,parent,active,calendar,aliases\n";
    DepartmentDirectory directory = DepartmentDirectory.readCsv(new StringReader(header
        + "nj.water,PUBLIC_UTILITY,南京水务集团有限公司,,true,cn-mainland, 市自来水公司 ;;自来水公司\n"),
        "inline");
    assertThat(directory.require(Nanjing.WATER).getAliases())
        .containsExactly("市自来水公司", "自来水公司");

    assertRefusal(failure(header + CITY_LINE), 2, 0,
        "expected 7 fields id,kind,name,parent,active,calendar,aliases but found 6");
  }

  @Test
  void the_header_names_its_columns_in_any_order_and_any_case() {
    DepartmentDirectory directory = DepartmentDirectory.readCsv(new StringReader("""
        Aliases,ID,Name,Kind,Parent,Active,Calendar
        南京市政府,nj,南京市人民政府,OTHER,,true,cn-mainland
        市自来水公司,nj.water,南京水务集团有限公司,PUBLIC_UTILITY,nj,false,cn-mainland
        """), "inline");
    Department water = directory.require(Nanjing.WATER);
    assertThat(water.getName()).isEqualTo("南京水务集团有限公司");
    assertThat(water.getKind()).isEqualTo(DepartmentKind.PUBLIC_UTILITY);
    assertThat(water.getParent()).contains(DepartmentId.of("nj"));
    assertThat(water.isActive()).isFalse();
    assertThat(water.getAliases()).containsExactly("市自来水公司");
  }

  @Test
  void a_file_on_disk_is_named_by_its_path_and_a_missing_file_fails_to_read() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, HEADER + "nj,CITY,南京市,,true,cn-mainland\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DepartmentDirectory.readCsv(file))
        .isInstanceOf(FileFormatException.class)
        .hasMessageStartingWith(file + ":2:4: kind 'CITY' is not one of");
    assertThatThrownBy(() -> DepartmentDirectory.readCsv(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }
}
