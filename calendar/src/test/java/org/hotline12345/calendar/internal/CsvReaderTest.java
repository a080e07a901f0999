package org.hotline12345.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;

/** The one CSV reader of the SDK's data files: what it reads, and how it refuses. */
class CsvReaderTest {

  private static final CsvReader DEPARTMENTS =
      CsvReader.withColumns(List.of("id", "name", "parent"), List.of("aliases"));

  private static List<CsvReader.Row> read(CsvReader csv, String text) {
    return csv.read(new StringReader(text), "departments.csv");
  }

  private static FileFormatException refusal(CsvReader csv, String text) {
    try {
      read(csv, text);
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("expected a FileFormatException for: " + text);
  }

  private static InputStream bytes(byte[]... parts) {
    List<InputStream> streams = new ArrayList<>();
    for (byte[] part : parts) {
      streams.add(new ByteArrayInputStream(part));
    }
    return new SequenceInputStream(java.util.Collections.enumeration(streams));
  }

  @Test
  void columns_are_found_by_name_in_any_order_and_an_optional_one_may_be_missing() {
    List<CsvReader.Row> rows = read(DEPARTMENTS, """
        # the city's departments
        Name , ID,parent

        南京市城管局, nj-cg ,
        "玄武区城管局, 执法大队",xw-cg,nj-cg
        """);
    assertThat(rows).hasSize(2);
    CsvReader.Row first = rows.get(0);
    assertThat(first.line()).isEqualTo(4);
    assertThat(first.get("id")).isEqualTo("nj-cg");
    assertThat(first.get("NAME")).isEqualTo("南京市城管局");
    assertThat(first.get("parent")).isEmpty();
    assertThat(first.has("aliases")).isFalse();
    assertThat(first.get("aliases")).isEmpty();
    assertThat(first.columnOf("aliases")).isZero();
    assertThat(rows.get(1).get("name")).isEqualTo("玄武区城管局, 执法大队");
    assertThat(rows.get(1).columnOf("id")).isEqualTo(16);
    assertThatThrownBy(() -> first.get("phone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'phone' is not one of id,name,parent,aliases");
  }

  @Test
  void quoted_fields_follow_rfc_4180_and_keep_their_text() {
    CsvReader.Row row = read(DEPARTMENTS, "id,name,parent,aliases\n"
        + "a,\"He said \"\"no\"\"\" , \"  padded  \",\"x;y; ;z\"\n").get(0);
    assertThat(row.get("name")).isEqualTo("He said \"no\"");
    assertThat(row.get("parent")).isEqualTo("  padded  ");
    assertThat(CsvReader.items(row.get("aliases"))).containsExactly("x", "y", "z");
  }

  @Test
  void utf_8_with_a_byte_order_mark_is_read_and_bad_bytes_fail_with_line_and_column() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "id,name,parent\na,城管,\n".getBytes(StandardCharsets.UTF_8);
    assertThat(DEPARTMENTS.read(bytes(bom, text), "d.csv").get(0).get("name")).isEqualTo("城管");

    byte[] latin1 = "id,name,parent\na,Caf\u00e9,\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> DEPARTMENTS.read(bytes(latin1), "d.csv"))
        .isInstanceOf(FileFormatException.class)
        .hasMessage("d.csv:2:6: the file is not valid UTF-8: the bytes 0xE9 are not a UTF-8"
            + " character; save the file as UTF-8");
    // A UTF-16 file starts with bytes that are not UTF-8.
    byte[] utf16 = "id,name,parent\n".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> DEPARTMENTS.read(bytes(utf16), "d.csv"))
        .isInstanceOf(FileFormatException.class).hasMessageStartingWith("d.csv:1:1: the file is not valid UTF-8");
  }

  @Test
  void an_unpaired_surrogate_or_a_control_character_is_refused_and_shown_escaped() {
    FileFormatException surrogate = refusal(DEPARTMENTS, "id,name,parent\na,x\uD800y,\n");
    assertThat(surrogate).hasMessage("departments.csv:2:4: the text is not well-formed: an unpaired"
        + " surrogate \\uD800 (a half of a character) is not text");
    FileFormatException control = refusal(DEPARTMENTS, "id,name,parent\na,x\u0000y,\n");
    assertThat(control.line()).isEqualTo(2);
    assertThat(control.column()).isEqualTo(4);
    assertThat(control).hasMessage("departments.csv:2:4: the control character \\u0000 is not"
        + " allowed in a CSV line; fields must be printable text");
    assertThat(refusal(DEPARTMENTS, "id,name,parent\na,x\ry,\n").getMessage()).contains("\\r");
  }

  @Test
  void an_endless_line_fails_at_the_cap_without_reading_it_all() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };
    assertThatThrownBy(() -> DEPARTMENTS.withMaxLineLength(100).read(endless, "endless.csv"))
        .isInstanceOf(FileFormatException.class)
        .hasMessage("endless.csv:1: the line is longer than 100 characters");
    String longLine = "id,name,parent\n" + "a,".repeat(5000) + "\n";
    assertThatThrownBy(() -> read(DEPARTMENTS, longLine))
        .hasMessage("departments.csv:2: the line is longer than 8192 characters");
  }

  @Test
  void too_many_fields_and_the_wrong_number_of_fields_are_refused() {
    assertThat(refusal(DEPARTMENTS, "id,name,parent\n" + ",".repeat(64) + "\n"))
        .hasMessage("departments.csv:2: more than 64 fields; expected id,name,parent,aliases");
    assertThat(refusal(DEPARTMENTS, "id,name,parent\na,b\n"))
        .hasMessage("departments.csv:2: expected 3 fields id,name,parent but found 2");
  }

  @Test
  void the_header_must_name_every_required_column_once_and_no_other() {
    assertThat(refusal(DEPARTMENTS, "")).hasMessage(
        "departments.csv: the file is empty; expected the header id,name,parent,aliases");
    assertThat(refusal(DEPARTMENTS, "# only a comment\n\n")).hasMessage(
        "departments.csv: the file is empty; expected the header id,name,parent,aliases");
    assertThat(refusal(DEPARTMENTS, "nj,南京,\n")).hasMessage(
        "departments.csv:1: expected the header id,name,parent,aliases before the records");
    assertThat(refusal(DEPARTMENTS, "id,name\n")).hasMessage(
        "departments.csv:1: the header lacks column 'parent'; expected id,name,parent,aliases");
    assertThat(refusal(DEPARTMENTS, "id,name,parent,alias\n")).hasMessage(
        "departments.csv:1:16: column 'alias' is not one of id,name,parent,aliases");
    assertThat(refusal(DEPARTMENTS, "id,name,parent,ID\n")).hasMessage(
        "departments.csv:1:16: the header names column 'id' twice");
    assertThat(read(DEPARTMENTS, "id,name,parent\n")).isEmpty();
  }

  @Test
  void a_row_makes_refusals_that_point_at_a_field() {
    CsvReader.Row row = read(DEPARTMENTS, "id,name,parent\nnj,南京,??\n").get(0);
    assertThat(row.error("parent", "parent '??' is not an id"))
        .hasMessage("departments.csv:2:7: parent '??' is not an id");
    assertThat(row.error("no such department")).hasMessage("departments.csv:2: no such department");
    assertThat(row).hasToString("Row[departments.csv:2, 3 fields]");
  }

  @Test
  void a_tsv_reader_splits_at_tabs_keeps_commas_and_quotes_like_csv() {
    CsvReader tsv = DEPARTMENTS.withSeparator('\t');
    List<CsvReader.Row> rows = read(tsv, "id\tname\tparent\n"
        + "xw-cg\t 玄武区城管局, 执法大队 \tnj-cg\n"
        + "a\t\"tab\tinside\"\t\n");
    assertThat(rows.get(0).get("name")).isEqualTo("玄武区城管局, 执法大队");
    assertThat(rows.get(0).columnOf("parent")).isEqualTo(22);
    assertThat(rows.get(1).get("name")).isEqualTo("tab\tinside");
    assertThat(rows.get(1).get("parent")).isEmpty();
    assertThat(tsv.separator()).isEqualTo('\t');
    assertThat(DEPARTMENTS.separator()).isEqualTo(',');
    assertThat(refusal(tsv, "id\tname\tparent\na\tb\u0000\t\n"))
        .hasMessage("departments.csv:2:4: the control character \\u0000 is not allowed in a TSV"
            + " line; fields must be printable text");
    assertThat(refusal(tsv, "id\tname\tparent\na\t\"b\" x\t\n"))
        .hasMessage("departments.csv:2:7: a quoted field must end at a tab or the end of the line");
    assertThat(refusal(DEPARTMENTS, "id,name,parent\na,b\tc,\n").getMessage())
        .contains("\\t is not allowed in a CSV line");
    assertThatThrownBy(() -> DEPARTMENTS.withSeparator(';'))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("separator must be ',' or '\\t', was ;");
  }

  @Test
  void the_reader_refuses_bad_settings() {
    assertThatThrownBy(() -> CsvReader.withColumns(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required must name at least one column");
    assertThatThrownBy(() -> CsvReader.withColumns(List.of("a", "A"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("column 'A' is named twice");
    assertThatThrownBy(() -> CsvReader.withColumns(List.of("a,b"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without commas");
    assertThatThrownBy(() -> DEPARTMENTS.withMaxFields(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEPARTMENTS.withMaxLineLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DEPARTMENTS.withMaxFields(10).maxFields()).isEqualTo(10);
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<List<String>> records() {
    Arbitrary<String> field = Arbitraries.strings().all().ofMaxLength(30)
        .filter(s -> Texts.firstNonPlain(s) < 0);
    return field.list().ofSize(3);
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Property
  void every_record_written_quoted_reads_back_equal(@ForAll("records") List<String> record) {
    String line = record.stream().map(CsvReaderTest::quoted).collect(Collectors.joining(","));
    CsvReader csv = CsvReader.withColumns(List.of("a", "b", "c"), List.of());
    byte[] utf8 = ("a,b,c\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(csv.read(new ByteArrayInputStream(utf8), "p.csv").get(0).fields()).isEqualTo(record);
    assertThat(csv.read(new StringReader("a,b,c\r\n" + line + "\r\n"), "p.csv").get(0).fields())
        .isEqualTo(record);
  }

  @Property
  void any_text_fails_as_a_file_format_exception_or_reads(@ForAll String text) {
    try {
      read(DEPARTMENTS, text);
    } catch (FileFormatException e) {
      assertThat(e.getMessage()).doesNotContain("\n", "\r").startsWith("departments.csv");
    }
  }
}
