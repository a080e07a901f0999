package org.hotline12345.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.AssessedCases;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.KnowledgeUpkeep;
import org.hotline12345.core.assessment.RankingGroups;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The demo run small on embedded H2: every appeal is accounted for, the lifecycle refused
 * nothing, the month's assessment read again by core from the reopened database is the one the
 * report shows, and no citizen's personal data reaches the page.
 */
class DemoRunTest {

  @Test
  void every_generated_appeal_is_a_case_of_the_month_in_exactly_one_status() {
    DemoResult r = SmallMonth.result();

    assertThat(r.simulated()).isTrue();
    assertThat(r.generated()).isEqualTo(SmallMonth.SIZE);
    assertThat(r.appeals()).isEqualTo(SmallMonth.SIZE);
    assertThat(r.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SmallMonth.SIZE);
    assertThat(r.dispatched()).isLessThanOrEqualTo(r.appeals());
    assertThat(r.byStatus().getOrDefault(CaseStatus.CLOSED, 0L)).as("closed cases").isPositive();
    assertThat(r.byStatus().getOrDefault(CaseStatus.ANSWERED_DIRECTLY, 0L)).as("answered from the knowledge base")
        .isPositive();
    long openStatuses = r.byStatus().entrySet().stream().filter(e -> e.getKey().isOpen())
        .mapToLong(e -> e.getValue()).sum();
    assertThat(openStatuses).isEqualTo(r.openAtEnd());
  }

  @Test
  void the_lifecycle_refuses_none_of_the_simulated_steps() {
    assertThat(SmallMonth.result().refusals()).isEmpty();
  }

  @Test
  void the_report_shows_the_assessment_core_computes_from_the_reopened_database() throws Exception {
    DemoResult r = SmallMonth.result();
    City city = City.load();
    YearMonth month = YearMonth.of(2025, 10);
    Scorecards fromCore;
    try (JdbcHotlineStore store = JdbcHotlineStore.openEmbedded(SmallMonth.data())) {
      AssessmentPeriod period = AssessmentPeriod.ofMonth(month, City.ZONE);
      AssessmentScheme scheme = AssessmentScheme.readCsv(new java.io.InputStreamReader(
          DemoRunTest.class.getResourceAsStream("/org/hotline12345/examples/demo/city/scheme.csv"),
          StandardCharsets.UTF_8), "scheme.csv");
      List<AssessedCase> cases = new ArrayList<>();
      AssessedCases.closedOrDueIn(store.cases(), period).forEach(cases::add);
      fromCore = Assessment.of(scheme, period).withGroups(RankingGroups.byKind(city.directory))
          .withKnowledgeUpkeep(KnowledgeUpkeep.of(city.knowledgeBase.entries(), month.atEndOfMonth(),
              city.knowledgeBase.reviewInterval()))
          .withZone(City.ZONE).score(cases);
    }
    assertThat(fromCore.hasSameFigures(r.cards())).isTrue();

    Document page = Jsoup.parse(r.report().toFile(), "UTF-8");
    List<Element> rows = page.select("tr.scorecard");
    assertThat(rows).hasSize(fromCore.all().size());
    for (Scorecard card : fromCore.all()) {
      Element row = page.selectFirst("tr.scorecard[data-department=" + card.department().value() + "]");
      assertThat(row).as("row of %s", card.department()).isNotNull();
      if (card.isScored()) {
        assertThat(Double.parseDouble(row.attr("data-score"))).as("score of %s", card.department())
            .isEqualTo(card.score().getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Integer.parseInt(row.attr("data-rank"))).isEqualTo(card.rank().getAsInt());
      } else {
        assertThat(row.hasAttr("data-score")).isFalse();
      }
      for (Indicator indicator : MonthReport.SHOWN) {
        Element cell = row.selectFirst("td.tally[data-indicator=" + indicator.name() + "]");
        Tally t = card.tally(indicator);
        assertThat(Double.parseDouble(cell.attr("data-numerator"))).as("%s %s", card.department(), indicator)
            .isEqualTo(t.numerator(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Double.parseDouble(cell.attr("data-denominator"))).isEqualTo(t.denominator(),
            org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Integer.parseInt(cell.attr("data-cases"))).isEqualTo(t.cases());
      }
    }
    assertThat(page.getElementById("figure-appeals").attr("data-value")).isEqualTo(Long.toString(r.appeals()));
  }

  @Test
  void each_drill_down_lists_as_many_cases_as_its_number_counts_when_under_the_limit() throws Exception {
    Document page = Jsoup.parse(SmallMonth.report().toFile(), "UTF-8");
    List<Element> breakdowns = page.select("details.breakdown");
    assertThat(breakdowns).isNotEmpty();
    for (Element b : breakdowns) {
      Scorecard card = SmallMonth.result().cards().find(
          org.hotline12345.core.department.DepartmentId.of(b.attr("data-department"))).orElseThrow();
      Tally t = card.tally(Indicator.valueOf(b.attr("data-indicator")));
      if (t.cases() <= MonthReport.DRILL_LIMIT) {
        assertThat(b.select("tr[data-case]")).as("%s %s", card.department(), b.attr("data-indicator"))
            .hasSize(t.cases());
      }
      assertThat(b.select("tr[data-case] td:eq(2)").eachText()).allSatisfy(why -> assertThat(why).isNotBlank());
    }
  }

  @Test
  void no_citizen_name_phone_or_appeal_text_reaches_the_report() throws Exception {
    City city = City.load();
    List<AppealSpec> appeals = new AppealGenerator(city, SmallMonth.SEED)
        .generate(Demo.days(city, YearMonth.of(2025, 10)), SmallMonth.SIZE);
    String html = Files.readString(SmallMonth.report(), StandardCharsets.UTF_8);
    for (AppealSpec a : appeals) {
      a.phone().ifPresent(phone -> assertThat(html).doesNotContain(phone));
      a.citizenName().filter(n -> n.length() >= 3).ifPresent(name -> assertThat(html).doesNotContain(name));
      assertThat(html).doesNotContain(a.text());
    }
  }

  @Test
  void a_second_run_on_the_same_data_reopens_the_month_instead_of_simulating_it_again() {
    DemoResult first = SmallMonth.result();
    Path again = SmallMonth.ROOT.resolve("report-again");
    Demo.Options reopen = new Demo.Options(SmallMonth.SEED, SmallMonth.SIZE, YearMonth.of(2025, 10),
        SmallMonth.data(), again, false, java.util.Optional.empty(), "postgres", "");

    DemoResult second = Demo.run(reopen, null, false);

    assertThat(second.simulated()).isFalse();
    assertThat(second.appeals()).isEqualTo(first.appeals());
    assertThat(second.byStatus()).isEqualTo(first.byStatus());
    assertThat(second.cards().hasSameFigures(first.cards())).isTrue();
    assertThat(second.report()).exists();
  }

  @Test
  void the_same_seed_simulates_the_same_month() {
    DemoResult a = SmallMonth.tiny();
    Path root = SmallMonth.ROOT.resolve("tiny-again");
    DemoResult b = Demo.run(SmallMonth.options(root.resolve("data"), root.resolve("report"), SmallMonth.TINY), null,
        false);

    assertThat(b.byStatus()).isEqualTo(a.byStatus());
    assertThat(b.returns()).isEqualTo(a.returns());
    assertThat(b.cards().hasSameFigures(a.cards())).isTrue();
  }
}
