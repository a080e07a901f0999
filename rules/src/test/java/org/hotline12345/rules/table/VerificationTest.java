package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.rules.table.Finding.Kind;
import org.junit.jupiter.api.Test;

/**
 * What verification tells a dispatch office before a table goes live: rows that overlap under
 * UNIQUE, rows that can never win under FIRST, inputs no row covers, and departments or
 * categories that do not exist.
 */
class VerificationTest {

  private static final DepartmentDirectory NANJING = DepartmentDirectory.of(
      department("nj", null, true), department("nj.gulou", "nj", true),
      department("nj.gulou.env", "nj.gulou", true), department("nj.xiaguan", "nj", false),
      department("nj.xiaguan.env", "nj.xiaguan", true));

  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.of(
      category("C01", null), category("C0101", "C01"), category("C02", null));

  private static Department department(String id, String parent, boolean active) {
    Department.Builder builder = Department.builder();
    builder.id(DepartmentId.of(id)).name(id).kind(parent == null
        ? DepartmentKind.MUNICIPAL_DEPARTMENT : DepartmentKind.DISTRICT).calendarId("cn")
        .active(active);
    if (parent != null) {
      builder.parent(DepartmentId.of(parent));
    }
    return builder.build();
  }

  private static Category category(String code, String parent) {
    Category.Builder builder = Category.builder();
    builder.code(CategoryCode.of(code)).name(code);
    if (parent != null) {
      builder.parent(CategoryCode.of(parent));
    }
    return builder.build();
  }

  private static DecisionTable.Builder routing(HitPolicy policy) {
    return DecisionTable.builder("routing", "1").hitPolicy(policy)
        .input(Column.of("category", ColumnType.CATEGORY))
        .input(Column.of("area", ColumnType.AREA))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT));
  }

  private static Row row(String id, String category, String area, String lead) {
    return Row.builder(id).when("category", category).when("area", area).then("lead", lead)
        .build();
  }

  @Test
  void underUniqueACategoryAndItsSubcategoryInADistrictAndItsStreetOverlap() {
    DecisionTable table = routing(HitPolicy.UNIQUE)
        .row(row("R1", "C01", "320106", "nj.gulou.env"))
        .row(row("R2", "C0101", "320106001", "nj.gulou"))
        .row(row("R3", "C01", "320102", "nj.gulou"))
        .row(row("R4", "C02", "320106", "nj.gulou"))
        .build();

    Verification verification = DecisionTables.verify(table, References.none());

    assertThat(verification.errors()).hasSize(1);
    Finding overlap = verification.errors().get(0);
    assertThat(overlap.kind()).isEqualTo(Kind.OVERLAP);
    assertThat(overlap.rows()).containsExactly("R1", "R2");
    assertThat(overlap.message()).isEqualTo("rows 'R1' and 'R2' can both match, for example"
        + " category C0101, area 320106001; under UNIQUE at most one row may match");
    assertThatThrownBy(() -> table.decide(overlap.example().orElseThrow(), LocalDate.now()))
        .hasMessageContaining("rows 'R1', 'R2' all match");
  }

  @Test
  void rowsInEffectInTurnDoNotOverlap() {
    DecisionTable table = routing(HitPolicy.UNIQUE)
        .row(Row.builder("old").when("category", "C01").then("lead", "nj.gulou")
            .effectiveTo(LocalDate.of(2026, 6, 30)).build())
        .row(Row.builder("new").when("category", "C01").then("lead", "nj.gulou.env")
            .effectiveFrom(LocalDate.of(2026, 7, 1)).build())
        .row(Row.builder("trial").when("category", "C0101").then("lead", "nj.gulou.env")
            .effectiveFrom(LocalDate.of(2026, 6, 30)).effectiveTo(LocalDate.of(2026, 6, 30))
            .build())
        .build();

    List<Finding> overlaps = DecisionTables.verify(table, References.none()).of(Kind.OVERLAP);

    assertThat(overlaps).hasSize(1);
    assertThat(overlaps.get(0).rows()).containsExactly("old", "trial");
    assertThat(overlaps.get(0).exampleDay()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void underFirstARowBelowAWiderOneNeverWins() {
    DecisionTable table = routing(HitPolicy.FIRST)
        .row(row("R1", "C01", "320100", "nj.gulou"))
        .row(row("R2", "C0101", "320106", "nj.gulou.env"))
        .row(row("R3", "C02", "-", "nj.gulou"))
        .row(row("R4", "C02", "not(320102)", "nj.gulou"))
        .build();

    List<Finding> shadowed = DecisionTables.verify(table, References.none())
        .of(Kind.SHADOWED);

    assertThat(shadowed).extracting(Finding::rows)
        .containsExactly(List.of("R2", "R1"), List.of("R4", "R3"));
    assertThat(shadowed.get(0).message()).isEqualTo("row 'R2' never wins under FIRST: the"
        + " earlier row 'R1' matches every input it matches");
    assertThat(shadowed).allMatch(f -> f.severity() == Finding.Severity.WARNING);
  }

  @Test
  void gapsInEnumeratedColumnsAreCountedWithExamples() {
    DecisionTable table = DecisionTable.builder("intake", "1").hitPolicy(HitPolicy.FIRST)
        .input(Column.enumerated("channel", List.of("HOTLINE", "WEB", "APP")))
        .input(Column.enumerated("type", List.of("COMPLAINT", "CONSULTATION")))
        .input(Column.of("anonymous", ColumnType.BOOLEAN))
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("queue", OutputType.TEXT))
        .row(Row.builder("phone").when("channel", "HOTLINE").then("queue", "a").build())
        .row(Row.builder("web-complaints").when("channel", "WEB, APP")
            .when("type", "COMPLAINT").when("category", "C01").then("queue", "b").build())
        .row(Row.builder("named-questions").when("type", "CONSULTATION")
            .when("anonymous", "false").then("queue", "c").build())
        .build();

    Verification verification = DecisionTables.verify(table, References.none());

    // WEB and APP consultations that are anonymous: 2 of the 12 combinations
    assertThat(verification.gapCount()).isEqualTo(2);
    assertThat(verification.gapExamples()).containsExactly(
        Map.of("channel", "WEB", "type", "CONSULTATION", "anonymous", "true"),
        Map.of("channel", "APP", "type", "CONSULTATION", "anonymous", "true"));
    Finding gap = verification.of(Kind.GAP).get(0);
    assertThat(gap.severity()).isEqualTo(Finding.Severity.WARNING);
    assertThat(gap.message()).startsWith("2 of 12 combinations of channel x type x anonymous"
        + " match no row, for example: channel 'WEB', type 'CONSULTATION', anonymous 'true'");
  }

  @Test
  void unknownDepartmentsAndCategoriesAreErrorsAndAnInactiveDepartmentAWarning() {
    DecisionTable table = routing(HitPolicy.FIRST)
        .row(row("R1", "C0101", "320106", "nj.gulou.env"))
        .row(row("R2", "C03", "320106", "nj.gulou.water"))
        .row(row("R3", "C02", "320102", "nj.xiaguan.env"))
        .build();

    Verification verification = DecisionTables.verify(table, References.none()
        .withDirectory(NANJING).withTaxonomy(TAXONOMY));

    assertThat(verification.errors()).extracting(Finding::kind, Finding::rows).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_DEPARTMENT, List.of("R2")),
        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_CATEGORY, List.of("R2")));
    assertThat(verification.errors().get(0).message()).isEqualTo("row 'R2' output 'lead':"
        + " department 'nj.gulou.water' is not in the directory");
    assertThat(verification.warnings()).extracting(Finding::kind)
        .containsExactly(Kind.INACTIVE_DEPARTMENT);
    assertThat(verification.warnings().get(0).message()).contains("'nj.xiaguan.env' is not"
        + " active");
  }

  @Test
  void aLoadStopsOnErrorsListingEachWithItsLine() {
    String file = """
        # rule set: routing
        # version: 1
        # hit policy: UNIQUE
        id,category,area,=lead
        R1,C01,320106,nj.gulou.env
        # a comment line between rows
        R2,C0101,320106001,nj.gulou
        R3,C02,320106,nj.nowhere
        """;
    TableSchema schema = routing(HitPolicy.UNIQUE).build().schema();

    assertThatThrownBy(() -> DecisionTables.readCsv(new StringReader(file), "routing.csv",
        schema, References.none().withDirectory(NANJING)))
        .isInstanceOfSatisfying(TableVerificationException.class, e -> {
          assertThat(e.verification().errors()).hasSize(2);
          assertThat(e.getMessage()).isEqualTo("routing.csv: 2 errors in the decision table:"
              + " routing.csv:8: row 'R3' output 'lead': department 'nj.nowhere' is not in the"
              + " directory; routing.csv:5: rows 'R1' and 'R2' can both match, for example"
              + " category C0101, area 320106001; under UNIQUE at most one row may match");
        });
  }

  @Test
  void underAnyOverlappingRowsMustAgree() {
    DecisionTable table = routing(HitPolicy.ANY)
        .row(row("R1", "C01", "320106", "nj.gulou.env"))
        .row(row("R2", "C0101", "-", "nj.gulou.env"))
        .row(row("R3", "-", "320106001", "nj.gulou"))
        .build();

    assertThat(DecisionTables.verify(table, References.none()).of(Kind.OVERLAP))
        .extracting(Finding::rows).containsExactly(List.of("R1", "R3"), List.of("R2", "R3"));
  }

  /** Los Angeles: council districts above neighbourhood councils, codes that say nothing. */
  private static final AreaHierarchy LOS_ANGELES = AreaHierarchy.of(List.of(
      AreaHierarchy.Entry.root("LA", "Los Angeles"),
      AreaHierarchy.Entry.of("CD-5", "Council District 5", "LA"),
      AreaHierarchy.Entry.of("NC-westwood", "Westwood", "CD-5"),
      AreaHierarchy.Entry.of("CD-11", "Council District 11", "LA"),
      AreaHierarchy.Entry.of("NC-venice", "Venice", "CD-11")));

  @Test
  void withAnAreaHierarchyAreasNestAsItSaysAndUnknownAreasAreErrors() {
    DecisionTable table = DecisionTable.builder("la-routing", "2017-12").hitPolicy(HitPolicy.UNIQUE)
        .input(Column.of("type", ColumnType.TEXT))
        .input(Column.of("area", ColumnType.AREA))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT))
        .row(Row.builder("district").when("type", "Bulky Items").when("area", "CD-5")
            .then("lead", "BOS-WV").build())
        .row(Row.builder("council").when("type", "Bulky Items").when("area", "NC-westwood")
            .then("lead", "BOS-WLA").build())
        .row(Row.builder("venice").when("type", "Bulky Items").when("area", "NC-venic")
            .then("lead", "BOS-WLA").build())
        .build();

    // without the hierarchy the codes are unrelated: no overlap, nothing unknown
    assertThat(DecisionTables.verify(table, References.none()).errors()).isEmpty();
    // with it, Westwood lies in District 5, and NC-venic is a typo
    Verification verification = DecisionTables.verify(table,
        References.none().withAreas(LOS_ANGELES));
    assertThat(verification.errors()).extracting(Finding::kind, Finding::rows).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_AREA, List.of("venice")),
        org.assertj.core.groups.Tuple.tuple(Kind.OVERLAP, List.of("district", "council")));
    assertThat(verification.errors().get(0).message()).isEqualTo("row 'venice' column 'area':"
        + " area 'NC-venic' is not in the area hierarchy");
    assertThat(verification.errors().get(1).message()).contains("for example type"
        + " 'Bulky Items', area NC-westwood");
  }

  @Test
  void aConditionThatMatchesNothingIsReported() {
    DecisionTable table = DecisionTable.builder("t", "1")
        .input(Column.of("anonymous", ColumnType.BOOLEAN))
        .input(Column.of("count", ColumnType.NUMBER))
        .output(OutputColumn.of("out", OutputType.TEXT))
        .row(Row.builder("R1").when("anonymous", "not(true, false)").then("out", "x").build())
        .row(Row.builder("R2").when("count", "not(< 3, >= 3)").then("out", "x").build())
        .build();

    assertThat(DecisionTables.verify(table, References.none()).of(Kind.NEVER_MATCHES))
        .extracting(Finding::rows, f -> f.column().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("R1"), "anonymous"),
            org.assertj.core.groups.Tuple.tuple(List.of("R2"), "count"));
  }
}
