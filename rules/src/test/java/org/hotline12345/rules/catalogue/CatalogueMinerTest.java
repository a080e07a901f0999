package org.hotline12345.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispatch office's twelve past cases in two districts of Nanjing, worked by hand: noise
 * complaints (C01, 噪音) and road damage (C02, 道路) in 鼓楼区 (320106: streets 宁海路 320106001
 * and 华侨路 320106002) and 秦淮区 (320104: street 320104001), handled by street offices and the
 * districts' environment (env) and construction (build) bureaus.
 */
class CatalogueMinerTest {

  static final CategoryCode NOISE = CategoryCode.of("C01");
  static final CategoryCode ROAD = CategoryCode.of("C02");
  static final List<String> NINGHAI = List.of("320106", "320106001");
  static final List<String> HUAQIAO = List.of("320106", "320106002");
  static final List<String> QINHUAI_STREET = List.of("320104", "320104001");

  static List<PastAssignment> twelveCases() {
    return List.of(
        handled(NOISE, NINGHAI, "ninghai"),
        handled(NOISE, NINGHAI, "ninghai"),
        handled(NOISE, NINGHAI, "ninghai"),
        handled(NOISE, NINGHAI, "gulou.env"),
        handled(NOISE, HUAQIAO, "gulou.env"),
        handled(NOISE, HUAQIAO, "gulou.env"),
        handled(NOISE, QINHUAI_STREET, "qinhuai.env"),
        handled(ROAD, NINGHAI, "gulou.build"),
        handled(ROAD, HUAQIAO, "gulou.build"),
        handled(ROAD, HUAQIAO, "huaqiao"),
        handled(ROAD, QINHUAI_STREET, "qinhuai.build"),
        handled(ROAD, QINHUAI_STREET, "qinhuai.build"));
  }

  static PastAssignment handled(CategoryCode category, List<String> path, String department) {
    return PastAssignment.of(category, path, DepartmentId.of(department));
  }

  static final CategoryCode BULKY = CategoryCode.of("bulky-items");

  /** Bulky items in Los Angeles, handled in a council district and neighbourhood council. */
  static PastAssignment bulky(String councilDistrict, String neighbourhoodCouncil, String department) {
    return handled(BULKY, List.of(councilDistrict, neighbourhoodCouncil), department);
  }

  /** A row as a reviewer reads it: id, category, area (or *), lead, description. */
  static String line(CatalogueRow row) {
    return row.id() + " " + row.category() + " " + row.area().orElse("*") + " " + row.lead()
        + " " + row.description();
  }

  @Test
  void everyCellProposesItsMajorityStreetsFirstThenDistrictsThenTheCategory() {
    // when the twelve cases are mined with the default thresholds (any plurality)
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(twelveCases());
    // then
    assertThat(proposal.rows()).extracting(CatalogueMinerTest::line).containsExactly(
        "R1 C01 320104001 qinhuai.env 1 of 1 (100.0%)",
        "R2 C01 320106001 ninghai 3 of 4 (75.0%)",
        "R3 C01 320106002 gulou.env 2 of 2 (100.0%)",
        "R4 C02 320104001 qinhuai.build 2 of 2 (100.0%)",
        "R5 C02 320106001 gulou.build 1 of 1 (100.0%)",
        // a tie (1 each) goes to the department with more road cases in 鼓楼区 (2 to 1)
        "R6 C02 320106002 gulou.build 1 of 2 (50.0%)",
        "R7 C01 320104 qinhuai.env 1 of 1 (100.0%)",
        // a tie (3 each) with no level above: the category as a whole ties too (3 each), so
        // the smaller id wins
        "R8 C01 320106 gulou.env 3 of 6 (50.0%)",
        "R9 C02 320104 qinhuai.build 2 of 2 (100.0%)",
        "R10 C02 320106 gulou.build 2 of 3 (66.7%)",
        "R11 C01 * gulou.env 3 of 7 (42.9%)",
        "R12 C02 * gulou.build 2 of 5 (40.0%)");
    assertThat(proposal.assignments()).isEqualTo(12);
    CatalogueRow ninghai = proposal.rows().get(1);
    assertThat(ninghai.support()).isEqualTo(3);
    assertThat(ninghai.cases()).isEqualTo(4);
    assertThat(ninghai.share()).isEqualTo(0.75);
    assertThat(ninghai.areaLevel()).hasValue(1);
    assertThat(proposal.rows().get(10).areaLevel()).isEmpty();
    assertThat(proposal.rows()).allMatch(CatalogueRow::meetsThresholds);
  }

  @Test
  void aCaseRoutesByItsStreetOrFallsBackToItsDistrictOrItsCategory() {
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(twelveCases());

    // a noise complaint on 宁海路 goes to the street office, as 3 of 4 did
    assertThat(proposal.route(NOISE, NINGHAI)).map(CatalogueRow::id).hasValue("R2");
    // on a street of 鼓楼区 never seen before: the district's row
    assertThat(proposal.route(NOISE, List.of("320106", "320106099")))
        .map(CatalogueRow::lead).hasValue(DepartmentId.of("gulou.env"));
    // in a district never seen before: the category's row
    assertThat(proposal.route(NOISE, List.of("320102", "320102001")))
        .map(CatalogueRow::id).hasValue("R11");
    // with no area at all: the category's row
    assertThat(proposal.route(ROAD, List.of())).map(CatalogueRow::id).hasValue("R12");
    // a category never seen: nothing, a person decides
    assertThat(proposal.route(CategoryCode.of("C09"), NINGHAI)).isEmpty();
  }

  @Test
  void thinCellsFallBackToTheEnclosingArea() {
    // when a row needs at least 2 cases and 60% of its cell
    CatalogueProposal proposal =
        CatalogueMiner.withDefaults().withMinSupport(2).withMinShare(0.6).mine(twelveCases());
    // then the thin streets and districts are left out; the categories stay, marked thin
    assertThat(proposal.rows()).extracting(CatalogueMinerTest::line).containsExactly(
        "R1 C01 320106001 ninghai 3 of 4 (75.0%)",
        "R2 C01 320106002 gulou.env 2 of 2 (100.0%)",
        "R3 C02 320104001 qinhuai.build 2 of 2 (100.0%)",
        "R4 C02 320104 qinhuai.build 2 of 2 (100.0%)",
        "R5 C02 320106 gulou.build 2 of 3 (66.7%)",
        "R6 C01 * gulou.env 3 of 7 (42.9%); below the thresholds",
        "R7 C02 * gulou.build 2 of 5 (40.0%); below the thresholds");
    // road damage on 宁海路 (1 case) falls back to 鼓楼区
    assertThat(proposal.route(ROAD, NINGHAI)).map(CatalogueRow::id).hasValue("R5");
    // noise in 秦淮区 (1 case) falls back to the category as a whole, a row flagged as thin
    CatalogueRow qinhuaiNoise = proposal.route(NOISE, QINHUAI_STREET).orElseThrow();
    assertThat(qinhuaiNoise.id()).isEqualTo("R6");
    assertThat(qinhuaiNoise.meetsThresholds()).isFalse();
    assertThat(proposal.miner().minSupport()).isEqualTo(2);
    assertThat(proposal.miner().minShare()).isEqualTo(0.6);
  }

  @Test
  void withoutRedundantRowsAReviewerReadsOnlyTheExceptions() {
    CatalogueProposal full = CatalogueMiner.withDefaults().mine(twelveCases());
    // when rows that a later row repeats are dropped
    CatalogueProposal compact = full.withoutRedundantRows();
    // then what remains says: noise to gulou.env, but 宁海路 to its street office and 秦淮区 to
    // its own bureau; road damage to gulou.build, but 秦淮区 to its own
    assertThat(compact.rows()).extracting(CatalogueMinerTest::line).containsExactly(
        "R1 C01 320106001 ninghai 3 of 4 (75.0%)",
        "R2 C01 320104 qinhuai.env 1 of 1 (100.0%)",
        "R3 C02 320104 qinhuai.build 2 of 2 (100.0%)",
        "R4 C01 * gulou.env 3 of 7 (42.9%)",
        "R5 C02 * gulou.build 2 of 5 (40.0%)");
    // and every case routes to the same department as before
    for (PastAssignment a : twelveCases()) {
      assertThat(compact.route(a.category(), a.areaPath()).map(CatalogueRow::lead))
          .isEqualTo(full.route(a.category(), a.areaPath()).map(CatalogueRow::lead));
    }
    assertThat(compact.withoutRedundantRows().rows()).isEqualTo(compact.rows());
  }

  @Test
  void aRowForAnAreaSeenInTwoEnclosingAreasIsKept() {
    // given NC44 seen in CD13 and CD1: a new path through NC44 could lie in either
    List<PastAssignment> history = List.of(
        bulky("CD13", "NC44", "EV"),
        bulky("CD1", "NC44", "EV"),
        bulky("CD1", "NC41", "EV"),
        bulky("CD13", "NC38", "EV"));
    // when
    CatalogueProposal compact = CatalogueMiner.withDefaults().mine(history).withoutRedundantRows();
    // then only NC44's row stays beside the category's
    assertThat(compact.rows()).extracting(CatalogueMinerTest::line).containsExactly(
        "R1 bulky-items NC44 EV 2 of 2 (100.0%)",
        "R2 bulky-items * EV 4 of 4 (100.0%)");
  }

  @Test
  void aTieGoesToTheDepartmentThatHandledTheMostRecentCase() {
    // given the same twelve cases, with 宁海路's street office handling the latest noise case
    List<PastAssignment> timed = new ArrayList<>();
    Instant start = Instant.parse("2026-03-02T01:00:00Z");
    List<PastAssignment> cases = twelveCases();
    for (int i = 0; i < cases.size(); i++) {
      timed.add(cases.get(i).withAssignedAt(start.plusSeconds(3600L * i)));
    }
    timed.set(0, timed.get(0).withAssignedAt(start.plusSeconds(86_400)));
    // when
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(timed);
    // then 鼓楼区 (3 to 3) and the category as a whole (3 to 3) go to ninghai
    assertThat(proposal.route(NOISE, List.of("320106"))).map(CatalogueMinerTest::line)
        .hasValue("R8 C01 320106 ninghai 3 of 6 (50.0%)");
    assertThat(proposal.route(NOISE, List.of())).map(CatalogueMinerTest::line)
        .hasValue("R11 C01 * ninghai 3 of 7 (42.9%)");
    // a tie that the level above decides is not touched by times: 华侨路's road damage
    assertThat(proposal.route(ROAD, HUAQIAO)).map(CatalogueRow::lead)
        .hasValue(DepartmentId.of("gulou.build"));
  }

  @Test
  void aTieBetweenDepartmentsCountsEveryAreaThatEnclosesTheCellOneLevelUp() {
    // given neighbourhood council NC44, which straddles council districts CD1 and CD13
    List<PastAssignment> history = List.of(
        bulky("CD13", "NC44", "EV"),
        bulky("CD1", "NC44", "NC"),
        bulky("CD13", "NC38", "EV"),
        bulky("CD1", "NC41", "NC"),
        bulky("CD1", "NC47", "NC"));
    // when
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(history);
    // then NC44's tie (1 each) goes to NC, which has 3 cases in CD1 and CD13 together to EV's 2
    assertThat(proposal.route(BULKY, List.of("CD13", "NC44"))).map(CatalogueMinerTest::line)
        .hasValue("R3 bulky-items NC44 NC 1 of 2 (50.0%)");
  }

  @Test
  void aThinCategoryFallsBackToItsParentCategoryInTheSameAreaWithATaxonomy() {
    // given environment (01) with noise (0101) and dust (0102) below it
    CategoryTaxonomy taxonomy = CategoryTaxonomy.of(
        Category.builder().code(CategoryCode.of("01")).name("环境保护").build(),
        Category.builder().code(CategoryCode.of("0101")).name("噪音")
            .parent(CategoryCode.of("01")).build(),
        Category.builder().code(CategoryCode.of("0102")).name("扬尘")
            .parent(CategoryCode.of("01")).build());
    CategoryCode noise = CategoryCode.of("0101");
    CategoryCode dust = CategoryCode.of("0102");
    List<PastAssignment> history = List.of(
        handled(noise, NINGHAI, "ninghai"),
        handled(noise, NINGHAI, "ninghai"),
        handled(noise, HUAQIAO, "gulou.env"),
        handled(dust, HUAQIAO, "gulou.env"),
        handled(dust, HUAQIAO, "gulou.env"));
    // when
    CatalogueProposal proposal = CatalogueMiner.withDefaults().withCategories(taxonomy).mine(history);
    // then dust on 宁海路, never seen, goes where environment cases on 宁海路 went
    assertThat(proposal.route(dust, NINGHAI)).map(CatalogueMinerTest::line)
        .hasValue("R4 01 320106001 ninghai 2 of 2 (100.0%)");
    // the category's own row comes before its parent's in the same area
    assertThat(proposal.route(noise, HUAQIAO)).map(CatalogueMinerTest::line)
        .hasValue("R2 0101 320106002 gulou.env 1 of 1 (100.0%)");
    assertThat(proposal.miner().categories()).containsSame(taxonomy);
    assertThatThrownBy(() -> CatalogueMiner.withDefaults().withCategories(taxonomy)
        .mine(List.of(handled(NOISE, NINGHAI, "ninghai"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history[0].category: 'C01' is not in the category taxonomy the miner was given");
  }

  static AreaHierarchy nanjing() {
    return AreaHierarchy.of(List.of(
        AreaHierarchy.Entry.root("320100", "南京市"),
        AreaHierarchy.Entry.of("320106", "鼓楼区", "320100"),
        AreaHierarchy.Entry.of("320104", "秦淮区", "320100"),
        AreaHierarchy.Entry.of("320106001", "宁海路街道", "320106"),
        AreaHierarchy.Entry.of("320106002", "华侨路街道", "320106"),
        AreaHierarchy.Entry.of("320104001", "夫子庙街道", "320104")));
  }

  @Test
  void withAnAreaHierarchyACaseMayNameItsStreetAlone() {
    // given the twelve cases as a clerk recorded them: the street only
    List<PastAssignment> streetsOnly = new ArrayList<>();
    List<PastAssignment> cityFirst = new ArrayList<>();
    for (PastAssignment a : twelveCases()) {
      String street = a.areaPath().get(1);
      streetsOnly.add(handled(a.category(), List.of(street), a.department().value()));
      List<String> full = new ArrayList<>(List.of("320100"));
      full.addAll(a.areaPath());
      cityFirst.add(handled(a.category(), full, a.department().value()));
    }
    // when they are mined with the hierarchy
    CatalogueProposal proposal = CatalogueMiner.withDefaults().withAreas(nanjing()).mine(streetsOnly);
    // then the paths were completed to city, district, street: the rows are those of full paths
    assertThat(proposal.rows())
        .isEqualTo(CatalogueMiner.withDefaults().mine(cityFirst).rows());
    assertThat(proposal.rows()).extracting(CatalogueMinerTest::line)
        .contains("R11 C01 320100 gulou.env 3 of 7 (42.9%)");
    // and routing completes a path the same way
    assertThat(proposal.route(NOISE, List.of("320106001"))).map(CatalogueRow::lead)
        .hasValue(DepartmentId.of("ninghai"));
    assertThat(proposal.route(NOISE, List.of("320100", "320106001")))
        .isEqualTo(proposal.route(NOISE, List.of("320106001")));
  }

  @Test
  void withAnAreaHierarchyAPathThatDoesNotFitIsRefused() {
    CatalogueMiner miner = CatalogueMiner.withDefaults().withAreas(nanjing());

    assertThatThrownBy(() -> miner.mine(List.of(handled(NOISE, List.of("320104", "320106001"), "a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history[0].areaPath[0]: area '320104' is not above '320106001' in the area"
            + " hierarchy, whose path to '320106001' is [320100, 320106, 320106001]");
    assertThatThrownBy(() -> miner.mine(List.of(handled(NOISE, List.of("320106099"), "a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history[0].areaPath[0]: area '320106099' is not in the area hierarchy");
    CatalogueProposal proposal = miner.mine(List.of(handled(NOISE, List.of("320106001"), "a")));
    assertThatThrownBy(() -> proposal.route(NOISE, List.of("320106099")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("areaPath[0]: area '320106099' is not in the area hierarchy");
    assertThat(miner.areas()).isPresent();
  }

  @Test
  void theProposalIsWrittenAsADecisionTableForReview(@TempDir Path dir) throws Exception {
    // given levels: street offices handle at level 2, district bureaus at level 1
    List<PastAssignment> history = new ArrayList<>();
    for (PastAssignment a : twelveCases().subList(0, 7)) {
      history.add(a.withLevel(a.department().value().contains(".") ? 1 : 2));
    }
    CatalogueProposal proposal = CatalogueMiner.withDefaults().withMinSupport(2).mine(history);
    // when
    Path file = dir.resolve("routing-proposal.csv");
    proposal.writeCsv(file, "routing-nanjing", "2026-12-01");
    // then
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
        "# rule set: routing-nanjing",
        "# version: 2026-12-01",
        "# hit policy: FIRST",
        "# name: 派单目录 dispatch catalogue proposed from 7 past assignments",
        "id,description,from,to,category,area,=lead,=level",
        "R1,3 of 4 (75.0%),,,C01,320106001,ninghai,2",
        "R2,2 of 2 (100.0%),,,C01,320106002,gulou.env,1",
        "R3,3 of 6 (50.0%),,,C01,320106,gulou.env,1",
        "R4,3 of 7 (42.9%),,,C01,,gulou.env,1",
        ""));
    assertThat(proposal.rows().get(0).leadLevel()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void aBacktestCountsAgreedDisagreedAndUnroutedCases() {
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(twelveCases());

    Backtest backtest = proposal.backtest(List.of(
        handled(NOISE, NINGHAI, "ninghai"),
        handled(NOISE, NINGHAI, "gulou.env"),
        handled(ROAD, List.of("320104"), "qinhuai.build"),
        handled(CategoryCode.of("C09"), NINGHAI, "ninghai")));

    assertThat(backtest).isEqualTo(new Backtest(4, 2, 1, 1));
    assertThat(backtest.share()).isEqualTo(0.5);
    assertThat(backtest.description()).isEqualTo("2 of 4 (50.0%)");
  }

  @Test
  void noHistoryProposesNothing() {
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(List.of());

    assertThat(proposal.rows()).isEmpty();
    assertThat(proposal.route(NOISE, NINGHAI)).isEmpty();
    assertThat(proposal.backtest(List.of())).isEqualTo(new Backtest(0, 0, 0, 0));
  }

  @Test
  void refusesAnAreaAtTwoLevelsNamingTheCaseAndTheArea() {
    List<PastAssignment> history = List.of(
        handled(NOISE, NINGHAI, "ninghai"),
        handled(NOISE, List.of("320106001"), "ninghai"));

    assertThatThrownBy(() -> CatalogueMiner.withDefaults().mine(history))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history[1].areaPath[0]: area '320106001' stands at level 0 here but at level 1"
            + " on an earlier path; an area path lists one area a level, most general first");
  }

  @Test
  void theCatalogueIsExportedAndItsImplementationIsNot() {
    ModuleDescriptor module = CatalogueMiner.class.getModule().getDescriptor();

    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
        .contains("org.hotline12345.rules.catalogue")
        .doesNotContain("org.hotline12345.rules.internal.catalogue");
  }

  @Test
  void refusesBadArgumentsNamingTheField() {
    CatalogueMiner miner = CatalogueMiner.withDefaults();
    assertThatThrownBy(() -> miner.mine(null)).hasMessage("history");
    assertThatThrownBy(() -> miner.mine(Arrays.asList(handled(NOISE, NINGHAI, "a"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("history[1] must not be null");
    assertThatThrownBy(() -> miner.withMinSupport(0))
        .hasMessage("minimum support must be 1 or more, was 0");
    assertThatThrownBy(() -> miner.withMinShare(1.5))
        .hasMessage("minimum share must be from 0 to 1, was 1.5");
    assertThatThrownBy(() -> miner.withMinShare(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> handled(NOISE, List.of("320106", "320106"), "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("areaPath[1]: area '320106' appears twice in the path");
    assertThatThrownBy(() -> handled(NOISE, List.of("320 106"), "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("areaPath[0]");
    assertThatThrownBy(() -> handled(NOISE, Arrays.asList("320106", null), "a"))
        .isInstanceOf(NullPointerException.class).hasMessage("areaPath[1] must not be null");
    assertThatThrownBy(() -> handled(NOISE, NINGHAI, "a").withLevel(-1))
        .hasMessage("level must be 0 or more, was -1");
    CatalogueProposal proposal = miner.mine(twelveCases());
    assertThatThrownBy(() -> proposal.route(null, NINGHAI)).hasMessage("category");
    assertThatThrownBy(() -> proposal.route(NOISE, null)).hasMessage("areaPath");
    assertThatThrownBy(() -> proposal.toCsv("routing nanjing", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ruleSetId");
    assertThatThrownBy(() -> proposal.toCsv("routing-nanjing", "1,2"))
        .hasMessage("version must not hold a comma, was '1,2'");
    assertThatThrownBy(() -> proposal.toCsv("routing-nanjing", "1\n# hit policy: UNIQUE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("version must be one line");
  }
}
