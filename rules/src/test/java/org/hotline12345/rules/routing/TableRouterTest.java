package org.hotline12345.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.rules.PresetCity.*;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.PresetCity;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.Finding;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.TableVerificationException;
import org.junit.jupiter.api.Test;

/** Routing by the preset dispatch catalogue, case by case as a dispatcher would check it. */
class TableRouterTest {

  private final CaseLifecycle lifecycle = PresetCity.lifecycle(TimeLimitPolicies.seeds(), new InMemoryStore());
  private final LoadedTable catalogue = TableRouter.nanjingPreset();
  private final TableRouter router = TableRouter.of(
      LiveTable.of(catalogue.table(), Presets.references()), PresetCity.inputs());

  private Case accepted(Appeal appeal) {
    Case registered = lifecycle.register(appeal, Actor.agent("a-1"), T0).after();
    return lifecycle.execute(registered, new CaseCommand.Accept(), Actor.agent("a-1"), T0).after();
  }

  private RoutingOutcome.Route routeOf(Case c) {
    RoutingOutcome outcome = router.route(c, lifecycle.eligibility(c));
    assertThat(outcome).isInstanceOf(RoutingOutcome.Route.class);
    return (RoutingOutcome.Route) outcome;
  }

  @Test
  void the_preset_catalogue_loads_verified_against_the_preset_directory_areas_and_taxonomy() {
    assertThat(catalogue.verification().errors()).isEmpty();
    assertThat(catalogue.table().ruleSetId()).isEqualTo("routing-nanjing");
    assertThat(catalogue.table().rows()).hasSizeGreaterThan(15);
  }

  @Test
  void street_stalls_in_a_community_go_to_its_street_then_the_district_then_the_city_bureau() {
    Case c = accepted(complaint(STREET_STALLS, SHIZIQIAO, "小区门口有人占道摆摊"));

    RoutingOutcome.Route route = routeOf(c);

    assertThat(route.lead()).isEqualTo(HUNANLU_OFFICE);
    assertThat(route.assisting()).isEmpty();
    assertThat(route.candidates()).containsExactly(GULOU, CGJ);
    assertThat(route.explanation().ruleSet()).isEqualTo("routing-nanjing");
    assertThat(route.explanation().version()).isEqualTo("2026-12-01");
    assertThat(route.explanation().row()).contains("R-0103-HNL");
    assertThat(route.explanation().text())
        .contains("nj.gulou.hunanlu").contains("next after a return: nj.gulou, nj.cgj")
        .doesNotContain("摆摊");
  }

  @Test
  void after_the_street_returns_the_case_routing_again_gives_the_district() {
    Case c = accepted(complaint(STREET_STALLS, SHIZIQIAO, "小区门口有人占道摆摊"));
    Case dispatched = lifecycle.execute(c, routeOf(c).toDispatch(), Actor.system(), T0).after();
    Case returned = lifecycle.execute(dispatched, new CaseCommand.Return(HUNANLU_OFFICE,
        Remark.of("不属于本街道")), Actor.handler("h-1", HUNANLU_OFFICE), T0.plusSeconds(600)).after();
    Case approved = lifecycle.execute(returned, new CaseCommand.ApproveReturn(),
        Actor.dispatcher("d-1"), T0.plusSeconds(1200)).after();

    assertThat(approved.lead()).contains(GULOU);
    RoutingOutcome.Route again = routeOf(approved);
    assertThat(again.lead()).isEqualTo(GULOU);
    assertThat(again.candidates()).containsExactly(CGJ);
    assertThat(again.explanation().text()).contains("R-0103-HNL (nj.gulou.hunanlu: returned)");
  }

  @Test
  void a_report_never_goes_to_the_department_it_accuses_nor_to_one_under_it() {
    Appeal report = Appeal.builder().from(appeal(AppealType.REPORT, Optional.of(STREET_STALLS),
        SHIZIQIAO, "举报区里默许占道经营", T0)).accusedDepartment(GULOU).build();

    RoutingOutcome.Route route = routeOf(accepted(report));

    assertThat(route.lead()).isEqualTo(CGJ);
    assertThat(route.candidates()).isEmpty();
    assertThat(route.explanation().text()).contains("nj.gulou.hunanlu: accused")
        .contains("nj.gulou: accused");
  }

  @Test
  void a_bus_complaint_goes_to_the_bus_group_with_the_transport_bureau_assisting() {
    RoutingOutcome.Route route = routeOf(accepted(complaint(BUS_LINES, NINGHAI, "公交班次太少")));

    assertThat(route.lead()).isEqualTo(BUS);
    assertThat(route.assisting()).containsExactly(JTJ);
    assertThat(route.explanation().row()).contains("R-0202");
  }

  @Test
  void potholes_in_gulou_go_to_the_transport_bureau_once_even_if_two_rows_name_it() {
    Appeal pothole = Appeal.builder().from(complaint(POTHOLES, NINGHAI, "路面有坑洞"))
        .attributes(java.util.Map.of("damage_type", "坑洞")).build();
    RoutingOutcome.Route route = routeOf(accepted(pothole));

    assertThat(route.lead()).isEqualTo(JTJ);
    assertThat(route.assisting()).containsExactly(GULOU);
    assertThat(route.candidates()).isEmpty();
  }

  @Test
  void a_water_cut_anywhere_goes_to_the_water_group_and_an_appeal_without_area_too() {
    assertThat(routeOf(accepted(complaint(WATER_CUT, XIAOLINGWEI, "停水了"))).lead()).isEqualTo(WATER);
    assertThat(routeOf(accepted(complaint(WATER_CUT, null, "停水了"))).lead()).isEqualTo(WATER);
  }

  @Test
  void housing_outside_the_districts_of_the_catalogue_goes_to_a_person_saying_no_row_matched() {
    RoutingOutcome outcome = router.route(accepted(complaint(HOUSING, BAOTAQIAO, "保障房申请")),
        lifecycle.eligibility(accepted(complaint(HOUSING, BAOTAQIAO, "保障房申请"))));

    assertThat(outcome).isInstanceOf(RoutingOutcome.HandToPerson.class);
    assertThat(outcome.explanation().text()).contains("no row matches").contains("转人工");
  }

  @Test
  void a_case_without_category_goes_to_a_person_who_classifies_it() {
    Case c = accepted(complaint(null, HUNANLU, "有个事情想反映"));

    RoutingOutcome outcome = router.route(c, lifecycle.eligibility(c));

    assertThat(outcome).isInstanceOf(RoutingOutcome.HandToPerson.class);
    assertThat(outcome.explanation().text()).contains("no category");
  }

  @Test
  void a_catalogue_naming_an_unknown_department_or_area_is_refused_with_its_rows() {
    String csv = """
        # rule set: routing-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,category,area,=lead
        R1,stalls,,,0103,320106999,nj.gulou
        R2,water,,,04,,nj.nowhere
        """;
    assertThatThrownBy(() -> DecisionTables.readCsv(new StringReader(csv), "routing-test.csv",
        TableRouter.schema(List.of()), Presets.references()))
        .isInstanceOfSatisfying(TableVerificationException.class, e -> assertThat(
            e.verification().errors()).extracting(Finding::kind)
            .contains(Finding.Kind.UNKNOWN_AREA, Finding.Kind.UNKNOWN_DEPARTMENT));
  }

  @Test
  void a_new_version_swapped_in_routes_the_next_case_and_names_its_version() {
    Case c = accepted(complaint(WATER_CUT, NINGHAI, "停水了"));
    DecisionTable moved = DecisionTables.readCsv(new StringReader("""
        # rule set: routing-nanjing
        # version: 2027-01-01
        # hit policy: FIRST
        id,description,from,to,category,area,=lead
        R-04,水电气暖 to the city's urban management bureau for now,,,04,,nj.cgj
        """), "routing-nanjing.csv", TableRouter.schema(List.of()), Presets.references()).table();

    router.table().swap(moved);

    RoutingOutcome.Route route = routeOf(c);
    assertThat(route.lead()).isEqualTo(CGJ);
    assertThat(route.explanation().version()).isEqualTo("2027-01-01");
  }

  @Test
  void a_table_without_a_lead_column_is_no_catalogue() {
    DecisionTable noLead = DecisionTables.readCsv(new StringReader("""
        # rule set: not-routing
        # version: 1
        # hit policy: FIRST
        id,description,from,to,category,=assisting
        R1,x,,,04,nj.water
        """), "x.csv", TableRouter.schema(List.of()), Presets.references()).table();
    assertThatThrownBy(() -> TableRouter.of(LiveTable.of(noLead, Presets.references()),
        PresetCity.inputs())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lead'");
  }
}
