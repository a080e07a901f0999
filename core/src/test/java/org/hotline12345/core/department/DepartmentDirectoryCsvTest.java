package org.hotline12345.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading the department directory from CSV; a bad file fails with file, line and reason. */
class DepartmentDirectoryCsvTest {

  private static final String HEADER = "id,kind,name,parent,active,calendar\n";
  private static final String CITY_LINE = "nj,OTHER,南京市人民政府,,true,cn-mainland\n";

  @TempDir
  Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(DepartmentDirectoryCsvTest.class.getResource("/departments/" + name).toURI());
  }

  private static DirectoryFormatException failure(String text) {
    try {
      DepartmentDirectory.readCsv(new StringReader(text), "departments.csv");
    } catch (DirectoryFormatException e) {
      return e;
    }
    throw new AssertionError("expected a DirectoryFormatException for:\n" + text);
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
      unknown kind    | nj.x,BUREAU,某局,nj,true,cn-mainland          | kind 'BUREAU' is not one of MUNICIPAL_DEPARTMENT, DISTRICT, STREET, COMMUNITY, PUBLIC_UTILITY, ENTERPRISE, OTHER
      empty name      | nj.x,STREET,,nj,true,cn-mainland              | name is empty; every department needs a name
      bad active flag | nj.x,STREET,某街道,nj,yes,cn-mainland         | active 'yes' is neither 'true' nor 'false'
      empty calendar  | nj.x,STREET,某街道,nj,true,                   | calendar is empty; every department needs the id of its working calendar, for example cn-mainland
      five fields     | nj.x,STREET,某街道,nj,true                    | expected 6 fields id,kind,name,parent,active,calendar but found 5
      bad id          | nj x,STREET,某街道,nj,true,cn-mainland        | id: department id must be 1 to 64 letters, digits or . _ : - (was 4 characters)
      bad parent id   | nj.x,STREET,某街道,n/j,true,cn-mainland       | parent: department id must be 1 to 64 letters, digits or . _ : - (was 3 characters)
      own parent      | nj.x,STREET,某街道,nj.x,true,cn-mainland      | parent must not be the department itself (department 'nj.x')
      open quote      | nj.x,STREET,"某街道,nj,true,cn-mainland       | a quoted field is not closed
      text after quote| nj.x,STREET,"某"街道,nj,true,cn-mainland      | a quoted field must end at a comma or the end of the line
      missing parent  | nj.x,STREET,某街道,nj.qinhuai,true,cn-mainland | parent 'nj.qinhuai' of department 'nj.x' is not in the file; every parent must be present
      """)
  void a_bad_line_fails_with_file_line_and_reason(String why, String line, String reason) {
    DirectoryFormatException e = failure(HEADER + CITY_LINE + line + "\n");
    assertThat(e.source()).isEqualTo("departments.csv");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e).hasMessage("departments.csv:3: " + reason);
  }

  @Test
  void a_repeated_id_names_both_lines() {
    DirectoryFormatException e = failure(HEADER + CITY_LINE
        + "nj.gulou,DISTRICT,鼓楼区人民政府,nj,true,cn-mainland\n"
        + "# 下关区 merged into 鼓楼区\n"
        + "nj.gulou,DISTRICT,鼓楼区,nj,true,cn-mainland\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo("id 'nj.gulou' is already listed at line 3; ids must be unique");
  }

  @Test
  void a_cycle_is_reported_at_the_line_of_its_first_department() {
    DirectoryFormatException e = failure(HEADER + CITY_LINE
        + "nj.a,STREET,甲街道,nj.b,true,cn-mainland\n"
        + "nj.b,DISTRICT,乙区,nj.a,true,cn-mainland\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).isEqualTo(
        "department 'nj.a' is its own ancestor (nj.a → nj.b → nj.a); the hierarchy must have no cycles");
  }

  @Test
  void a_file_without_the_header_or_without_departments_is_refused() {
    DirectoryFormatException noHeader = failure(CITY_LINE);
    assertThat(noHeader.line()).isEqualTo(1);
    assertThat(noHeader.reason())
        .isEqualTo("expected the header id,kind,name,parent,active,calendar");

    DirectoryFormatException empty = failure("# nothing yet\n\n");
    assertThat(empty.line()).isZero();
    assertThat(empty).hasMessage("departments.csv: the file is empty;"
        + " expected the header id,kind,name,parent,active,calendar");

    DirectoryFormatException headerOnly = failure(HEADER);
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

    DirectoryFormatException e = failure(header + CITY_LINE);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo(
        "expected 7 fields id,kind,name,parent,active,calendar,aliases but found 6");
  }

  @Test
  void a_file_on_disk_is_named_by_its_path_and_a_missing_file_fails_to_read() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, HEADER + "nj,CITY,南京市,,true,cn-mainland\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DepartmentDirectory.readCsv(file))
        .isInstanceOf(DirectoryFormatException.class)
        .hasMessageStartingWith(file + ":2: kind 'CITY' is not one of");
    assertThatThrownBy(() -> DepartmentDirectory.readCsv(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }
}
