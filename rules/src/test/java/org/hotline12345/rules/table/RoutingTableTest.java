package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.Test;

/**
 * Routing (派单) as a dispatcher checks it by hand: a Nanjing catalogue by category prefix and
 * area at any level, the fallback last, rows that only hold for a period.
 */
class RoutingTableTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 15);

  /** 鼓楼区 320106 in 南京市 320100; 湖南路街道 320106001 in 鼓楼区; 玄武区 320102. */
  private static final List<String> HUNANLU = List.of("320100", "320106", "320106001");
  private static final List<String> XUANWU = List.of("320100", "320102");

  static DecisionTable catalogue() {
    return DecisionTable.builder("routing-nanjing", "2026-12-01").name("派单目录")
        .hitPolicy(HitPolicy.FIRST)
        .input(Column.of("category", ColumnType.CATEGORY))
        .input(Column.of("area", ColumnType.AREA))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT))
        .output(OutputColumn.of("assisting", OutputType.DEPARTMENTS))
        .output(OutputColumn.of("level", OutputType.NUMBER))
        .row(Row.builder("R1").description("鼓楼区噪音到区环保").when("category", "C01")
            .when("area", "320106").then("lead", "nj.gulou.env").then("level", "2").build())
        .row(Row.builder("R2").description("湖南路街道的占道经营到街道").when("category", "C0203")
            .when("area", "320106001").then("lead", "nj.gulou.hunanlu")
            .then("assisting", "nj.gulou.cg; nj.gulou.sc").then("level", "3").build())
        .row(Row.builder("R3").description("全市城管类到市城管局").when("category", "C02")
            .when("area", "320100").then("lead", "nj.cg").then("level", "1").build())
        .row(Row.builder("R4").description("兜底到市热线办").then("lead", "nj.12345")
            .then("level", "1").build())
        .build();
  }

  private static Inputs appeal(String category, List<String> area) {
    return Inputs.builder().category("category", category).area("area", area).build();
  }

  @Test
  void noiseInGulouGoesToTheDistrictEnvironmentBureauAtAnyDepthOfCategoryAndArea() {
    // given the catalogue, when a noise complaint (C0101, under C01) comes from 湖南路街道
    Decision decision = catalogue().decide(appeal("C0101", HUNANLU), DAY);
    // then R1 decides: its area 320106 lies on the appeal's path, its category is a prefix
    assertThat(decision.first().map(Row::id)).contains("R1");
    assertThat(decision.department("lead")).contains(DepartmentId.of("nj.gulou.env"));
    assertThat(decision.number("level")).hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("2"));
    assertThat(decision.ruleSetId()).isEqualTo("routing-nanjing");
    assertThat(decision.version()).isEqualTo("2026-12-01");
  }

  @Test
  void streetVendingInHunanluGoesToTheStreetWithAssistingDepartments() {
    Decision decision = catalogue().decide(appeal("C020301", HUNANLU), DAY);

    assertThat(decision.first().map(Row::id)).contains("R2");
    assertThat(decision.departments("assisting"))
        .containsExactly(DepartmentId.of("nj.gulou.cg"), DepartmentId.of("nj.gulou.sc"));
  }

  @Test
  void theSameCategoryElsewhereInTheCityGoesToTheMunicipalBureauAndTheRestToTheFallback() {
    DecisionTable table = catalogue();

    assertThat(table.decide(appeal("C0203", XUANWU), DAY).first().map(Row::id)).contains("R3");
    assertThat(table.decide(appeal("C0101", XUANWU), DAY).first().map(Row::id)).contains("R4");
    assertThat(table.decide(appeal("C02", List.of("320200")), DAY).department("lead"))
        .contains(DepartmentId.of("nj.12345"));
  }

  @Test
  void aPrefixMatchesWholeCodesOnlyFromTheStart() {
    // C01 is not a prefix of XC01: the appeal falls through to the fallback
    assertThat(catalogue().decide(appeal("XC01", HUNANLU), DAY).first().map(Row::id))
        .contains("R4");
  }

  @Test
  void anAreaHierarchyGivesTheWholePathOfAStreet() {
    AreaHierarchy nanjing = AreaHierarchy.of(List.of(
        AreaHierarchy.Entry.root("320100", "南京市"),
        AreaHierarchy.Entry.of("320106", "鼓楼区", "320100"),
        AreaHierarchy.Entry.of("320106001", "湖南路街道", "320106"),
        AreaHierarchy.Entry.of("320102", "玄武区", "320100")));
    DecisionTable table = catalogue();

    // given only the street's code, the hierarchy says it lies in 鼓楼区 and 南京市
    Decision decision = table.decide(Inputs.builder().category("category", "C0101")
        .area("area", "320106001", nanjing).build(), DAY);

    assertThat(decision.first().map(Row::id)).contains("R1");
    assertThatThrownBy(() -> Inputs.builder().area("area", "320199", nanjing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("320199");
  }

  @Test
  void missingOrMistypedInputsAreRefusedNamingTheColumn() {
    DecisionTable table = catalogue();

    assertThatThrownBy(() -> table.decide(Inputs.builder().category("category", "C01").build(),
        DAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the inputs lack column 'area' (AREA)");
    assertThatThrownBy(() -> table.decide(Inputs.builder().text("category", "C01")
        .area("area", HUNANLU).build(), DAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input 'category' is given as TEXT but the column is CATEGORY");
    assertThatThrownBy(() -> table.decide(null, DAY)).isInstanceOf(NullPointerException.class)
        .hasMessage("inputs");
  }
}
