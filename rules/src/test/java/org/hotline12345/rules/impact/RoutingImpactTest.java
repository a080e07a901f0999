package org.hotline12345.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.rules.impact.DispatchOffice.CITY_MANAGEMENT;
import static org.hotline12345.rules.impact.DispatchOffice.ENVIRONMENT;
import static org.hotline12345.rules.impact.DispatchOffice.HUNANLU;
import static org.hotline12345.rules.impact.DispatchOffice.NINGHAI;
import static org.hotline12345.rules.impact.DispatchOffice.catalogue;
import static org.hotline12345.rules.impact.DispatchOffice.Morning.numbers;

import java.util.List;
import java.util.Optional;
import org.hotline12345.rules.impact.Comparison.Change;
import org.hotline12345.rules.impact.Comparison.DepartmentShare;
import org.hotline12345.rules.impact.Comparison.Group;
import org.hotline12345.rules.impact.Comparison.RuleSetUse;
import org.junit.jupiter.api.Test;

/**
 * A dispatch office checks a new dispatch catalogue (派单目录) before it goes live: the candidate
 * sends construction noise at Hunan Road to the environment bureau instead of the street. The
 * morning of calls is hand-worked in {@link DispatchOffice#aMorningOfCalls()}.
 */
class RoutingImpactTest {

  private final DispatchOffice office = new DispatchOffice();
  private final DispatchOffice.Morning morning = office.aMorningOfCalls();

  private ImpactReport compare(List<DispatchOffice.CatalogueRow> candidate) {
    return RuleChangeImpact.builder()
        .service(office.service)
        .registeredBetween(morning.from(), morning.to())
        .routing(catalogue("2024.1", DispatchOffice.currentRows()), catalogue("2024.2", candidate))
        .build()
        .run();
  }

  @Test
  void the_candidate_moves_exactly_the_construction_noise_cases_at_hunan_road_accepted_in_the_period() {
    ImpactReport report = compare(DispatchOffice.candidateRows());

    assertThat(report.casesInPeriod()).isEqualTo(9);
    assertThat(report.casesSelected()).isEqualTo(9);
    Comparison routing = report.comparison(DecisionKind.ROUTING).orElseThrow();
    // Eight cases were accepted; the one not accepted never reached routing.
    assertThat(routing.compared()).isEqualTo(8);
    assertThat(routing.differing()).isEqualTo(4);
    assertThat(routing.failed()).isZero();
    assertThat(routing.changes()).containsExactly(new Change(HUNANLU.value(), ENVIRONMENT.value(), 4,
        numbers(morning.returned1(), morning.returned2(), morning.keptByStreet(), morning.awaiting())));
    assertThat(routing.currentRuleSets()).containsExactly(new RuleSetUse("dispatch-catalogue", "2024.1", 8));
    assertThat(routing.candidateRuleSets()).containsExactly(new RuleSetUse("dispatch-catalogue", "2024.2", 8));
  }

  @Test
  void departments_categories_and_areas_are_counted_as_a_dispatcher_would_by_hand() {
    Comparison routing = compare(DispatchOffice.candidateRows()).comparison(DecisionKind.ROUTING).orElseThrow();

    // Hunan Road led 5 of the 8 (two returned, one kept, shop noise, the one awaiting); it keeps shop noise only.
    assertThat(routing.departments()).containsExactly(
        new DepartmentShare(HUNANLU, "湖南路街道办事处", 5, 1),
        new DepartmentShare(ENVIRONMENT, "市生态环境局", 0, 4),
        new DepartmentShare(CITY_MANAGEMENT, "市城市管理局", 2, 2),
        new DepartmentShare(NINGHAI, "宁海路街道办事处", 1, 1));
    assertThat(routing.categories()).containsExactly(
        new Group(Optional.of("030101"), 5, 4),
        new Group(Optional.of("040201"), 2, 0),
        new Group(Optional.of("030102"), 1, 0));
    assertThat(routing.areas()).containsExactly(
        new Group(Optional.of("320106001"), 6, 4),
        new Group(Optional.of("320106002"), 2, 0));
  }

  @Test
  void against_what_really_happened_the_candidate_sends_both_cases_returned_by_the_street_straight_to_their_handler() {
    Comparison routing = compare(DispatchOffice.candidateRows()).comparison(DecisionKind.ROUTING).orElseThrow();

    // Seven cases were signed for by their lead; the current catalogue sent five of them there first
    // (the two returned ones not), the candidate six (the one the street kept not).
    assertThat(routing.reality()).isEqualTo(new RealityCheck(7, 5, 6,
        List.of(new RealityCheck.ReturnedFrom(HUNANLU, "湖南路街道办事处", 2, 0, 2))));
  }

  @Test
  void each_example_gives_the_case_number_codes_both_decisions_with_their_rows_and_what_really_happened() {
    Comparison routing = compare(DispatchOffice.candidateRows()).comparison(DecisionKind.ROUTING).orElseThrow();

    assertThat(routing.examples()).extracting(Example::caseNumber).containsExactlyElementsOf(
        numbers(morning.returned1(), morning.returned2(), morning.keptByStreet(), morning.awaiting()));
    // The first case was returned by Hunan Road later; before its first dispatch the street was
    // still eligible, so the current catalogue's row R1 still sends it there.
    assertThat(routing.examples().get(0)).isEqualTo(new Example(morning.returned1().number(),
        Optional.of(DispatchOffice.CONSTRUCTION_NOISE), Optional.of("320106001"), HUNANLU.value(),
        ENVIRONMENT.value(), "dispatch-catalogue v2024.1 row R1", "dispatch-catalogue v2024.2 row R0",
        Optional.of("dispatched to nj.gulou.hunanlu, returned by nj.gulou.hunanlu (退单), handled by nj.env")));
    assertThat(routing.examples().get(2).real()).contains("dispatched to nj.gulou.hunanlu, handled by nj.gulou.hunanlu");
    assertThat(routing.examples().get(3).real()).isEmpty();
  }

  @Test
  void a_candidate_identical_to_the_current_catalogue_reports_no_difference() {
    ImpactReport report = compare(DispatchOffice.currentRows());

    Comparison routing = report.comparison(DecisionKind.ROUTING).orElseThrow();
    assertThat(routing.compared()).isEqualTo(8);
    assertThat(routing.differing()).isZero();
    assertThat(report.hasDifferences()).isFalse();
    assertThat(routing.changes()).isEmpty();
    assertThat(routing.examples()).isEmpty();
    assertThat(routing.departments()).allSatisfy(d -> assertThat(d.change()).isZero());
    assertThat(routing.reality().currentAgrees()).isEqualTo(routing.reality().candidateAgrees()).isEqualTo(5);
  }

  @Test
  void the_report_reads_as_a_dispatch_office_expects() {
    String text = compare(DispatchOffice.candidateRows()).toText();

    assertThat(text).contains("== Routing (派单) ==\n")
        .contains("Compared 8 cases; decided differently: 4 (50.0%); failed: 0\n")
        .contains("Current rules:   dispatch-catalogue v2024.1 (8 decisions)\n")
        .contains("Candidate rules: dispatch-catalogue v2024.2 (8 decisions)\n")
        .containsPattern("nj\\.gulou\\.hunanlu +nj\\.env +4 +" + morning.returned1().number().value() + ", "
            + morning.returned2().number().value())
        .containsPattern("nj\\.env +市生态环境局 +0 +4 +\\+4")
        .containsPattern("nj\\.gulou\\.hunanlu +湖南路街道办事处 +5 +1 +-4")
        .contains("The candidate would have sent 2 of the 2 cases returned from nj.gulou.hunanlu (湖南路街道办事处)"
            + " straight to the department that finally handled them; the current rules 0.\n")
        .contains("    candidate: nj.env  [dispatch-catalogue v2024.2 row R0]\n");
  }
}
