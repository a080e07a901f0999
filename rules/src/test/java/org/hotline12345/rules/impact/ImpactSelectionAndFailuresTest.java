package org.hotline12345.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.rules.impact.DispatchOffice.catalogue;

import java.lang.module.ModuleDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.service.HotlineService;
import org.junit.jupiter.api.Test;

/**
 * Which cases a dispatch office looks at (a period, categories, areas), how much it is shown, and
 * what happens to a case that cannot be read or a rule that throws: the report goes on.
 */
class ImpactSelectionAndFailuresTest {

  private final DispatchOffice office = new DispatchOffice();
  private final DispatchOffice.Morning morning = office.aMorningOfCalls();
  private final Router current = catalogue("2024.1", DispatchOffice.currentRows());
  private final Router candidate = catalogue("2024.2", DispatchOffice.candidateRows());

  private RuleChangeImpact.Builder routing() {
    return RuleChangeImpact.builder().service(office.service).registeredBetween(morning.from(), morning.to())
        .routing(current, candidate);
  }

  private static Comparison routingOf(ImpactReport report) {
    return report.comparison(DecisionKind.ROUTING).orElseThrow();
  }

  @Test
  void a_category_selects_itself_and_the_categories_under_it() {
    ImpactReport report = routing().categories(Set.of(CategoryCode.of("0301"))).build().run();

    // The seven noise cases (construction and shop noise); the six of them accepted are routed.
    assertThat(report.casesInPeriod()).isEqualTo(9);
    assertThat(report.casesSelected()).isEqualTo(7);
    assertThat(routingOf(report).compared()).isEqualTo(6);
    assertThat(routingOf(report).differing()).isEqualTo(4);
    assertThat(report.toText()).contains("Selected: categories (分类) 0301 and under; areas (区域) any\n");
  }

  @Test
  void an_area_selects_exactly_that_area_without_a_hierarchy() {
    ImpactReport ninghai = routing().areas(Set.of("320106002")).build().run();
    ImpactReport district = routing().areas(Set.of("320106")).build().run();

    assertThat(ninghai.casesSelected()).isEqualTo(2);
    assertThat(routingOf(ninghai).differing()).isZero();
    assertThat(district.casesSelected()).isZero();
  }

  @Test
  void with_the_area_hierarchy_a_district_selects_its_streets() {
    AreaHierarchy nanjing = AreaHierarchy.of(List.of(AreaHierarchy.Entry.root("320100", "南京市"),
        AreaHierarchy.Entry.of("320106", "鼓楼区", "320100"),
        AreaHierarchy.Entry.of("320106001", "湖南路街道", "320106"),
        AreaHierarchy.Entry.of("320106002", "宁海路街道", "320106")));

    ImpactReport report = routing().areaHierarchy(nanjing).areas(Set.of("320106")).build().run();

    assertThat(report.casesSelected()).isEqualTo(9);
    assertThat(routingOf(report).differing()).isEqualTo(4);
    assertThatThrownBy(() -> routing().areaHierarchy(nanjing).areas(Set.of("320199")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("areas: 320199 is not in the area hierarchy");
  }

  @Test
  void the_period_starts_inclusive_and_ends_exclusive() {
    Instant secondCall = morning.returned2().registeredAt();
    ImpactReport report = RuleChangeImpact.builder().service(office.service)
        .registeredBetween(morning.returned1().registeredAt(), secondCall).routing(current, candidate).build().run();

    assertThat(report.casesInPeriod()).isEqualTo(1);
    assertThat(routingOf(report).examples()).extracting(Example::caseNumber)
        .containsExactly(morning.returned1().number());
  }

  @Test
  void the_report_is_the_same_whatever_the_page_size() {
    ImpactReport onePage = routing().pageSize(200).build().run();
    ImpactReport pagesOfTwo = routing().pageSize(2).build().run();

    assertThat(pagesOfTwo).isEqualTo(onePage);
  }

  @Test
  void examples_are_capped_and_the_text_says_how_many_more_there_are() {
    ImpactReport report = routing().maxExamples(1).build().run();

    assertThat(routingOf(report).examples()).extracting(Example::caseNumber)
        .containsExactly(morning.returned1().number());
    assertThat(routingOf(report).changes().get(0).caseNumbers()).hasSize(4);
    assertThat(report.toText()).contains("  (3 more not listed)\n");
  }

  @Test
  void a_rule_that_throws_is_a_failure_of_that_case_named_by_its_type_and_the_report_goes_on() {
    Router brokenOnLights = (c, eligibility) -> {
      if (c.category().filter(DispatchOffice.STREET_LIGHTS::equals).isPresent()) {
        throw new IllegalStateException("cannot route " + c.appeal().getContent());
      }
      return candidate.route(c, eligibility);
    };

    ImpactReport report = RuleChangeImpact.builder().service(office.service)
        .registeredBetween(morning.from(), morning.to()).routing(current, brokenOnLights).build().run();

    Comparison routing = routingOf(report);
    assertThat(routing.failed()).isEqualTo(2);
    assertThat(routing.compared()).isEqualTo(6);
    assertThat(routing.differing()).isEqualTo(4);
    assertThat(report.failureCount()).isEqualTo(2);
    assertThat(report.failures()).containsExactly(
        new Failure(morning.hunanluLights().number(), Optional.of(DecisionKind.ROUTING), Failure.Step.CANDIDATE,
            "IllegalStateException"),
        new Failure(morning.ninghaiLights().number(), Optional.of(DecisionKind.ROUTING), Failure.Step.CANDIDATE,
            "IllegalStateException"));
    assertThat(report.toText()).contains("Failures (未能比较): 2\n").doesNotContain(DispatchOffice.TEXT);
  }

  @Test
  void a_case_that_cannot_be_read_is_a_failure_too() {
    // A service given a key-encryption key the store's cases were never wrapped with cannot open them.
    HotlineService wrongKey = HotlineService.builder().store(office.store).lifecycle(office.service.lifecycle())
        .clock(java.time.Clock.systemUTC()).keyEncryptionKey(new byte[32]).build();

    ImpactReport report = RuleChangeImpact.builder().service(wrongKey)
        .registeredBetween(morning.from(), morning.to()).routing(current, candidate).build().run();

    assertThat(report.casesInPeriod()).isEqualTo(9);
    assertThat(report.casesSelected()).isZero();
    assertThat(report.failureCount()).isEqualTo(9);
    assertThat(report.failures()).first().isEqualTo(new Failure(morning.returned1().number(), Optional.empty(),
        Failure.Step.READ, "IllegalStateException"));
  }

  @Test
  void the_builder_names_what_is_missing_or_out_of_range() {
    assertThatThrownBy(() -> RuleChangeImpact.builder().routing(current, candidate).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RuleChangeImpact needs service and registeredBetween; set them on the builder");
    assertThatThrownBy(() -> RuleChangeImpact.builder().service(office.service)
        .registeredBetween(morning.from(), morning.to()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs something to compare");
    assertThatThrownBy(() -> RuleChangeImpact.builder().registeredBetween(morning.to(), morning.from()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registeredBetween: to (");
    assertThatThrownBy(() -> RuleChangeImpact.builder().maxExamples(1_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxExamples: must be 0 to 1000, was 1001");
    assertThatThrownBy(() -> RuleChangeImpact.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize: must be 1 to 10000, was 0");
    assertThatThrownBy(() -> RuleChangeImpact.builder().routing(current, null))
        .isInstanceOf(NullPointerException.class).hasMessage("candidate");
    assertThatThrownBy(() -> RuleChangeImpact.builder().categories(java.util.Collections.singleton(null)))
        .isInstanceOf(NullPointerException.class).hasMessage("categories element");
  }

  @Test
  void the_impact_package_is_exported_and_its_implementation_is_not() {
    ModuleDescriptor module = RuleChangeImpact.class.getModule().getDescriptor();

    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
        .contains("org.hotline12345.rules.impact")
        .doesNotContain("org.hotline12345.rules.internal.impact");
  }
}
