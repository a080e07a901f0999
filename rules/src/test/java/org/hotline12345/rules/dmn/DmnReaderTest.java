package org.hotline12345.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.table.Aggregation;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;
import org.junit.jupiter.api.Test;

/** The DMN files of the hotline, read by hand: what a dispatcher would check in each. */
class DmnReaderTest {

  private static final Path DIR = CamundaEquivalenceTest.DIR;
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static List<String> ids(Decision decision) {
    return decision.rows().stream().map(Row::id).toList();
  }

  @Test
  void theDispatchCatalogueIsAFirstTableVersionedByCamundasVersionTag() {
    DmnTables file = DmnReader.of().read(DIR.resolve("routing-nanjing.dmn"));

    assertThat(file.dmnVersion()).isEqualTo("1.3");
    assertThat(file.definitionsId()).contains("routing_nanjing");
    assertThat(file.otherDecisions()).isEmpty();
    LoadedTable loaded = file.table("routing");
    DecisionTable table = loaded.table();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(table.ruleSetId()).isEqualTo("routing");
    assertThat(table.version()).isEqualTo("2026-12-01");
    assertThat(table.name()).isEqualTo("派单目录 dispatch catalogue");
    assertThat(table.hitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.inputs()).containsExactly(Column.of("category", ColumnType.TEXT),
        Column.of("area", ColumnType.TEXT),
        Column.enumerated("channel", List.of("HOTLINE", "WEB", "APP", "WECHAT")));
    assertThat(table.outputs()).containsExactly(OutputColumn.of("lead", OutputType.TEXT),
        OutputColumn.of("level", OutputType.NUMBER));
    assertThat(table.rows()).extracting(Row::id, Row::description).containsExactly(
        org.assertj.core.groups.Tuple.tuple("R1",
            "噪音投诉 in Gulou goes to the district environment bureau"),
        org.assertj.core.groups.Tuple.tuple("R2",
            "Noise anywhere else goes to the city environment bureau"),
        org.assertj.core.groups.Tuple.tuple("R3",
            "Road damage in Gulou or Xuanwu, reported by phone or WeChat"),
        org.assertj.core.groups.Tuple.tuple("R4",
            "Any category outside Gulou and Xuanwu from the web: the district hall"),
        org.assertj.core.groups.Tuple.tuple("R5",
            "Everything else stays with the platform for a dispatcher"));
    Row r4 = table.row("R4").orElseThrow();
    assertThat(r4.condition("area").text()).isEqualTo("not(\"320106\", \"320102\")");
    assertThat(r4.condition("channel").text()).isEqualTo("\"WEB\", \"APP\"");
    assertThat(r4.effectiveFrom()).isEmpty();
    assertThat(r4.effectiveTo()).isEmpty();

    // Road damage in Qinhuai (320104) reported on the web: not Gulou or Xuanwu, so R4.
    Decision web = table.decide(Inputs.builder().text("category", "C0205")
        .text("area", "320104").text("channel", "WEB").build(), DAY);
    assertThat(ids(web)).containsExactly("R4");
    assertThat(web.output("lead")).contains("nj.district-hall");
    assertThat(web.number("level")).contains(new BigDecimal("2"));
    // The same by phone in Xuanwu: R3.
    Decision phone = table.decide(Inputs.builder().text("category", "C0205")
        .text("area", "320102").text("channel", "HOTLINE").build(), DAY);
    assertThat(phone.output("lead")).contains("nj.roads");
  }

  @Test
  void theUrgencyTableIsUniqueWithRangesOverTheCountAndAnnotationsAsDescriptions() {
    DecisionTable table = DmnReader.of().read(DIR.resolve("acceptance-urgency.dmn"))
        .table("urgency").table();

    assertThat(table.version()).isEqualTo("2026.3");
    assertThat(table.hitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.inputs()).extracting(Column::name, Column::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("type", ColumnType.TEXT),
        org.assertj.core.groups.Tuple.tuple("callerCount", ColumnType.NUMBER),
        org.assertj.core.groups.Tuple.tuple("enterprise", ColumnType.BOOLEAN));
    assertThat(table.inputs().get(0).allowedValues())
        .containsExactly("COMPLAINT", "REPORT", "CONSULTATION", "SUGGESTION");
    assertThat(table.row("U2").orElseThrow().condition("callerCount").text())
        .isEqualTo("(2..5)");
    assertThat(table.row("U3").orElseThrow().description())
        .isEqualTo("Five or more: a supervisor (督办) looks at it");

    Inputs.Builder complaint = Inputs.builder().text("type", "COMPLAINT").bool("enterprise", true);
    assertThat(ids(table.decide(complaint.number("callerCount", 2).build(), DAY)))
        .containsExactly("U1");
    assertThat(ids(table.decide(complaint.number("callerCount", 3).build(), DAY)))
        .containsExactly("U2");
    Decision fifth = table.decide(complaint.number("callerCount", 5).build(), DAY);
    assertThat(ids(fifth)).containsExactly("U4");
    assertThat(fifth.output("urgency")).contains("VERY URGENT");
    assertThat(fifth.bool("review")).contains(true);
    assertThat(ids(table.decide(complaint.number("callerCount", -1).build(), DAY))).isEmpty();
  }

  @Test
  void thePriorityTableTakesItsVersionFromTheReaderAndItsOrderFromOutputValues()
      throws Exception {
    Path file = DIR.resolve("supervision-priority.dmn");
    Dmn.Position decisionAt = Dmn.at(Files.readString(file), "<decision id=\"light\"");
    assertThatThrownBy(() -> DmnReader.of().read(file))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(new Dmn.Position(e.line(), e.column())).isEqualTo(decisionAt);
          assertThat(e.reason()).startsWith("decision 'light' has no version");
        });

    DecisionTable table = DmnReader.of().withVersion("2026-12-01").read(file).table("light")
        .table();

    assertThat(table.version()).isEqualTo("2026-12-01");
    assertThat(table.hitPolicy()).isEqualTo(HitPolicy.PRIORITY);
    assertThat(table.outputs().get(0).allowedValues()).containsExactly("RED", "YELLOW", "GREEN");
    // A reopened case urged twice with a day left: L2 and L4 say YELLOW, L3 says RED.
    Decision decision = table.decide(Inputs.builder().number("daysLeft", 1)
        .bool("reopened", true).number("urges", 2).build(), DAY);
    assertThat(ids(decision)).containsExactly("L3");
    assertThat(decision.output("note")).contains("reopened and urged");
  }

  @Test
  void oneFileHoldsTwoCollectTablesOneOfThemSummed() {
    DmnTables file = DmnReader.of().read(DIR.resolve("assisting-collect.dmn"));

    assertThat(file.tables()).extracting(t -> t.table().ruleSetId())
        .containsExactly("assisting_departments", "urgency_score");
    assertThat(file.tables()).extracting(t -> t.table().version()).containsOnly("v7");
    DecisionTable assisting = file.table("assisting_departments").table();
    assertThat(assisting.aggregation()).isEmpty();
    Decision stall = assisting.decide(Inputs.builder().text("category", "C0301")
        .text("area", "320106").build(), DAY);
    assertThat(stall.outputs("department"))
        .containsExactly("nj.market", "nj.urban", "nj.gulou.street");

    DecisionTable score = file.table("urgency_score").table();
    assertThat(score.hitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(score.aggregation()).contains(Aggregation.SUM);
    Decision seventh = score.decide(Inputs.builder().text("type", "COMPLAINT")
        .number("callerCount", 7).build(), DAY);
    assertThat(ids(seventh)).containsExactly("S1", "S2", "S3");
    assertThat(seventh.aggregate()).contains(new BigDecimal("7"));

    assertThatThrownBy(() -> file.table("routing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no decision table 'routing'")
        .hasMessageContaining("assisting_departments, urgency_score");
  }

  @Test
  void aHostMakesStringInputsCategoryAndAreaColumnsAndTheLeadADepartment() {
    TableSchema schema = TableSchema.builder().input("category", ColumnType.CATEGORY)
        .input("AREA", ColumnType.AREA).output("lead", OutputType.DEPARTMENT).build();

    DecisionTable table = DmnReader.of().withSchema(schema)
        .read(DIR.resolve("routing-nanjing.dmn")).table("routing").table();

    assertThat(table.inputs()).extracting(Column::name, Column::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("category", ColumnType.CATEGORY),
        org.assertj.core.groups.Tuple.tuple("area", ColumnType.AREA),
        org.assertj.core.groups.Tuple.tuple("channel", ColumnType.TEXT));
    // Night-time construction noise (C010103, under C0101) in a community of Gulou.
    Decision decision = table.decide(Inputs.builder().category("category", "C010103")
        .area("area", List.of("320100", "320106", "320106001")).text("channel", "APP")
        .build(), DAY);
    assertThat(ids(decision)).containsExactly("R1");
    assertThat(decision.department("lead")).contains(DepartmentId.of("nj.gulou.env"));
  }

  @Test
  void everyTableReadsBackEqualFromTheCsvTheEngineWritesOfIt() {
    for (String name : List.of("routing-nanjing.dmn", "acceptance-urgency.dmn",
        "supervision-priority.dmn", "assisting-collect.dmn")) {
      for (LoadedTable loaded : DmnReader.of().withVersion("round-trip")
          .read(DIR.resolve(name)).tables()) {
        DecisionTable table = loaded.table();
        DecisionTable back = DecisionTables.readCsv(new StringReader(table.toCsv()),
            name + ".csv", table.schema(), References.none()).table();
        assertThat(back).as(name + " " + table.ruleSetId()).isEqualTo(table);
      }
    }
  }

  @Test
  void aTableThatFailsVerificationNamesTheLineOfTheRule() {
    String xml = Dmn.TRIAGE.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"");
    assertThatThrownBy(() -> Dmn.read(xml))
        .isInstanceOf(org.hotline12345.rules.table.TableVerificationException.class)
        .hasMessageContaining("triage.dmn decision 'triage':" + Dmn.at(xml, "<rule id=\"T1\"")
            .line());
  }

  @Test
  void effectiveDatesComeFromTheSdksExtensionAttributes() {
    String xml = Dmn.TRIAGE.replace("<rule id=\"T1\">",
        "<rule id=\"T1\" hl:from=\"2026-01-01\" hl:to=\"2026-06-30\">");

    DecisionTable table = Dmn.read(xml).table("triage").table();

    Row t1 = table.row("T1").orElseThrow();
    assertThat(t1.effectiveFrom()).contains(LocalDate.of(2026, 1, 1));
    assertThat(t1.effectiveTo()).contains(LocalDate.of(2026, 6, 30));
    Inputs repeated = Inputs.builder().text("type", "COMPLAINT").number("callerCount", 4).build();
    assertThat(table.decide(repeated, LocalDate.of(2026, 6, 30)).output("action"))
        .contains("supervise");
    assertThat(table.decide(repeated, LocalDate.of(2026, 7, 1)).output("action"))
        .contains("dispatch");
  }

  @Test
  void aDefaultOutputEntryAnsweresWhenNoRuleMatches() {
    String xml = Dmn.TRIAGE.replace("<output id=\"o1\" name=\"action\" typeRef=\"string\"/>",
        "<output id=\"o1\" name=\"action\" typeRef=\"string\"><defaultOutputEntry>"
            + "<text>\"hand to a person\"</text></defaultOutputEntry></output>")
        .replace("<inputEntry id=\"T2a\"><text>-</text>",
            "<inputEntry id=\"T2a\"><text>\"CONSULTATION\"</text>");

    DecisionTable table = Dmn.read(xml).table("triage").table();

    assertThat(table.outputs().get(0).defaultValue()).contains("hand to a person");
    assertThat(table.decide(Inputs.builder().text("type", "REPORT").number("callerCount", 0)
        .build(), DAY).output("action")).contains("hand to a person");
  }

  @Test
  void theDescriptionElementWinsOverAnnotationsAndItsWhiteSpaceIsFolded() {
    String xml = Dmn.TRIAGE.replace("<rule id=\"T1\">", "<rule id=\"T1\"><description>\n"
        + "   Repeated complaints\n   go to a supervisor  </description>");

    assertThat(Dmn.read(xml).table("triage").table().row("T1").orElseThrow().description())
        .isEqualTo("Repeated complaints go to a supervisor");
  }

  @Test
  void dmn11And15FilesReadAsDmn13Does() {
    String dmn11 = Dmn.TRIAGE.replace("https://www.omg.org/spec/DMN/20191111/MODEL/",
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd")
        .replace("xmlns:hl=", "xmlns:feel=\"http://www.omg.org/spec/FEEL/20140401\" xmlns:hl=")
        .replace("typeRef=\"string\"><text>type", "typeRef=\"feel:string\"><text>type");
    String dmn15 = Dmn.TRIAGE.replace("https://www.omg.org/spec/DMN/20191111/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/");

    DmnTables read11 = Dmn.read(dmn11);
    DmnTables read15 = Dmn.read(dmn15);

    assertThat(read11.dmnVersion()).isEqualTo("1.1");
    assertThat(read15.dmnVersion()).isEqualTo("1.5");
    DecisionTable table13 = Dmn.read(Dmn.TRIAGE).table("triage").table();
    assertThat(read11.table("triage").table()).isEqualTo(table13);
    assertThat(read15.table("triage").table()).isEqualTo(table13);
  }

  @Test
  void decisionsThatAreNotTablesAreListedAndNotRead() {
    String xml = Dmn.TRIAGE.replace("</definitions>", "  <decision id=\"greeting\">"
        + "<literalExpression><text>\"您好\"</text></literalExpression></decision>\n"
        + "</definitions>");

    DmnTables file = Dmn.read(xml);

    assertThat(file.otherDecisions()).containsExactly("greeting");
    assertThat(file.tables()).extracting(t -> t.table().ruleSetId()).containsExactly("triage");
  }

  @Test
  void theReaderChecksItsArguments() {
    assertThatThrownBy(() -> DmnReader.of().read((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> DmnReader.of().read(new StringReader(""), null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> DmnReader.of().withVersion(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version must not be blank");
    assertThatThrownBy(() -> DmnReader.of().withSchema(null))
        .isInstanceOf(NullPointerException.class).hasMessage("schema");
    assertThat(Optional.of(DmnReader.of().withVersion(" 7 ").read(new StringReader(Dmn.TRIAGE),
        "t.dmn").table("triage").table().version())).contains("7");
  }

  @Test
  void aFileOnDiskIsReadFromItsBytes(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = Files.write(dir.resolve("triage.dmn"),
        Dmn.TRIAGE.replace("分流", "分流").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(DmnReader.of().read(file).table("triage").table().name())
        .isEqualTo("分流 triage");
    assertThat(DmnReader.of().read(Files.newInputStream(file), "triage.dmn")
        .table("triage").table()).isEqualTo(DmnReader.of().read(file).table("triage").table());
  }
}
