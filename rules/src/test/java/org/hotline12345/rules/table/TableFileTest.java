package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table file a dispatch office edits in a spreadsheet: what reads, and every mistake stops
 * the load naming the file, the line, where the field starts and which column it is.
 */
class TableFileTest {

  static final TableSchema ROUTING = TableSchema.builder()
      .input("category", ColumnType.CATEGORY)
      .input("area", ColumnType.AREA)
      .input("text", ColumnType.KEYWORDS)
      .input(Column.enumerated("channel", List.of("HOTLINE", "WEB", "APP")))
      .input("callerCount", ColumnType.NUMBER)
      .output("lead", OutputType.DEPARTMENT)
      .output("assisting", OutputType.DEPARTMENTS)
      .output("level", OutputType.NUMBER)
      .build();

  static final String NANJING = """
      # rule set: routing-nanjing
      # version: 2026-12-01
      # hit policy: FIRST
      # name: 派单目录 dispatch catalogue
      # 噪音类先到区环保；兜底到热线办
      id,description,from,to,category,area,text,=lead,=assisting,=level
      R1,噪音投诉到环保,2026-01-01,,C01,320106,,nj.gulou.env,,2
      R2,"占道经营, 湖南路",,,C0203,320106001,\"\"\"摆摊\"\", \"\"占道\"\"\",nj.gulou.hunanlu,nj.gulou.cg; nj.gulou.sc,3

      # the fallback stays last
      R9,兜底,,,-,-,-,nj.12345,,1
      """;

  private static LoadedTable read(String text) {
    return DecisionTables.readCsv(new StringReader(text), "routing.csv", ROUTING,
        References.none());
  }

  @Test
  void aCatalogueReadsWithItsDirectivesRowsAndTypedCells() {
    DecisionTable table = read(NANJING).table();

    assertThat(table.ruleSetId()).isEqualTo("routing-nanjing");
    assertThat(table.version()).isEqualTo("2026-12-01");
    assertThat(table.name()).isEqualTo("派单目录 dispatch catalogue");
    assertThat(table.hitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.inputs()).extracting(Column::name).containsExactly("category", "area",
        "text");
    assertThat(table.rows()).extracting(Row::id).containsExactly("R1", "R2", "R9");
    Row r2 = table.row("R2").orElseThrow();
    assertThat(r2.description()).isEqualTo("占道经营, 湖南路");
    assertThat(r2.condition("text").text()).isEqualTo("\"摆摊\", \"占道\"");
    assertThat(table.row("R1").orElseThrow().effectiveFrom())
        .contains(LocalDate.of(2026, 1, 1));

    Decision decision = table.decide(Inputs.builder().category("category", "C020301")
        .area("area", List.of("320100", "320106", "320106001"))
        .keywords("text", "门口有人摆摊卖水果").build(), LocalDate.of(2026, 12, 2));
    assertThat(decision.first().map(Row::id)).contains("R2");
    assertThat(decision.departments("assisting")).hasSize(2);
  }

  @Test
  void aTableWrittenOutReadsBackEqualAsCsvAndTsv(@TempDir Path dir) throws Exception {
    DecisionTable table = read(NANJING).table();
    Path csv = dir.resolve("routing.csv");
    Path tsv = dir.resolve("routing.tsv");
    Files.writeString(csv, table.toCsv());
    Files.writeString(tsv, table.toTsv());

    assertThat(DecisionTables.readCsv(csv, table.schema(), References.none()).table())
        .isEqualTo(table);
    assertThat(DecisionTables.readCsv(tsv, table.schema(), References.none()).table())
        .isEqualTo(table);
    assertThat(table.toTsv()).contains("R9\t兜底\t\t\t-\t-\t-\tnj.12345\t\t1\n");
  }

  @Test
  void bytesWithAByteOrderMarkAndCrlfReadToo() {
    byte[] bytes = ("\uFEFF" + NANJING.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

    LoadedTable loaded = DecisionTables.readCsv(new ByteArrayInputStream(bytes), "routing.csv",
        ROUTING, References.none());

    assertThat(loaded.table()).isEqualTo(read(NANJING).table());
  }

  private static void assertRefused(String text, int line, int column, String reason) {
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(FileFormatException.class, e -> {
      assertThat(e.source()).isEqualTo("routing.csv");
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.reason()).contains(reason);
    });
  }

  private static final String HEAD = """
      # rule set: routing-nanjing
      # version: 2
      # hit policy: FIRST
      id,description,category,area,=lead
      """;

  @Test
  void aBadCellNamesItsLineColumnAndWhy() {
    assertRefused(HEAD + "R1,ok,C01,320106,nj.env\nR2,bad area,C01,3201 06,nj.env\n", 6, 17,
        "column 'area' (D): '3201 06' is not an area code");
    assertRefused(HEAD + "R1,bad dept,C01,320106,nj env\n", 5, 24,
        "column 'lead' (E): 'nj env' is not a department id");
    assertRefused(HEAD + "R1,,C01,\"not(320106\",nj.env\n", 5, 9,
        "column 'area' (D): condition 'not(320106': not( is not closed with )");
  }

  @Test
  void aDuplicateRowIdNamesTheFirstLine() {
    assertRefused(HEAD + "R1,a,C01,320106,nj.env\nR1,b,C02,320106,nj.env\n", 6, 1,
        "row id 'R1' is used twice (first on line 5)");
  }

  @Test
  void datesMustBeIsoAndInOrder() {
    String head = HEAD.replace("id,description,", "id,description,from,to,");
    assertRefused(head + "R1,a,2026/01/01,,C01,320106,nj.env\n", 5, 6,
        "column 'from' (C): '2026/01/01' is not a date as 2026-01-31");
    assertRefused(head + "R1,a,2026-02-01,2026-01-31,C01,320106,nj.env\n", 5, 17,
        "column 'to' (D): the row ends (2026-01-31) before it starts (2026-02-01)");
  }

  @Test
  void directivesAreCheckedAndRequired() {
    assertRefused(HEAD.replace("# version: 2", "# versoin: 2"), 2, 0,
        "unknown directive 'versoin'");
    assertRefused(HEAD.replace("# version: 2\n", ""), 0, 0,
        "the file lacks the directive '# version: ...'");
    assertRefused(HEAD.replace("FIRST", "BEST"), 3, 0, "hit policy must be one of");
    assertRefused(HEAD.replace("# version: 2", "# version: 2\n# version: 3"), 3, 0,
        "the directive 'version' is given twice (first on line 2)");
  }

  @Test
  void theHeaderNamesOnlyColumnsOfTheSchemaOnceEach() {
    assertRefused(HEAD.replace("category,area", "category,district"), 4, 25,
        "column D 'district' is not a column of the schema");
    assertRefused(HEAD.replace("=lead", "=boss"), 4, 30, "column E 'boss' is not an output");
    assertRefused(HEAD.replace("area,", "area,Area,"), 4, 30,
        "the header names column 'Area' twice (columns D and E)");
    assertRefused(HEAD.replace(",=lead", ""), 4, 0, "the header names no output column");
    assertRefused(HEAD + "R1,a,C01\n", 5, 0, "expected 5 fields as in the header but found 3");
  }

  @Test
  void anOutputOutsideItsPriorityListStopsTheLoad() {
    TableSchema urgency = TableSchema.builder().input("category", ColumnType.CATEGORY)
        .output(OutputColumn.of("urgency", OutputType.TEXT)
            .withAllowedValues(List.of("IMMEDIATE", "URGENT", "NORMAL")))
        .build();
    String file = """
        # rule set: urgency
        # version: 1
        # hit policy: PRIORITY
        id,category,=urgency
        R1,L01,URGENT
        R2,L0102,VERY
        """;

    assertThatThrownBy(() -> DecisionTables.readCsv(new StringReader(file), "urgency.csv",
        urgency, References.none())).isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(10);
          assertThat(e.reason()).isEqualTo("column 'urgency' (C): 'VERY' is not one of the"
              + " allowed values of output 'urgency': IMMEDIATE, URGENT, NORMAL");
        });
  }

  @Test
  void aControlCharacterOrAnUnclosedQuoteStopsTheLoadAtItsPlace() {
    assertRefused(HEAD + "R1,a\u0007b,C01,320106,nj.env\n", 5, 5,
        "the control character \\u0007 is not allowed in a CSV line");
    assertRefused(HEAD + "R1,\"a,C01,320106,nj.env\n", 5, 4, "a quoted field is not closed");
  }

  @Test
  void anEmptyFileSaysWhatItExpects() {
    assertRefused("# rule set: x\n", 0, 0, "the file has no header");
  }
}
