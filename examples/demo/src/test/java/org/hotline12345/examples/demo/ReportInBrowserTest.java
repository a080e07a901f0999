package org.hotline12345.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.examples.report.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The small month's report as a person sees it, in headless Chromium with no network: every
 * chart drew (ECharts said {@code finished}), the numbers on the page are the assessment's, and
 * a screenshot is kept in {@code target/report-screenshot.png}.
 */
class ReportInBrowserTest {

  @Test
  void every_chart_renders_offline_and_the_page_shows_the_assessments_numbers() throws Exception {
    Optional<Path> browser = Chromium.find();
    assumeTrue(browser.isPresent(), Chromium::whyMissing);
    DemoResult r = SmallMonth.result();

    Document dom = Jsoup.parse(Chromium.dumpDom(browser.get(), r.report()));

    assertThat(dom.select("div.chart")).hasSize(7);
    for (Element chart : dom.select("div.chart")) {
      assertThat(chart.attr("data-rendered")).as("chart %s rendered", chart.id()).isEqualTo("true");
      assertThat(chart.select("canvas")).as("chart %s has a canvas", chart.id()).isNotEmpty();
    }
    for (Scorecard card : r.cards().all()) {
      if (card.isScored()) {
        Element row = dom.selectFirst("tr.scorecard[data-department=" + card.department().value() + "]");
        assertThat(Double.parseDouble(row.attr("data-score"))).isEqualTo(card.score().getAsDouble(),
            org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Integer.parseInt(row.attr("data-rank"))).isEqualTo(card.rank().getAsInt());
      }
    }
    assertThat(dom.getElementById("figure-appeals").attr("data-value")).isEqualTo(Long.toString(r.appeals()));
    assertThat(dom.getElementById("figure-answered").attr("data-value"))
        .isEqualTo(Long.toString(r.byStatus().getOrDefault(CaseStatus.ANSWERED_DIRECTLY, 0L)));
    assertThat(dom.getElementById("board-red").attr("data-value")).isEqualTo(Long.toString(r.red()));

    Path png = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(png);
    Chromium.screenshot(browser.get(), r.report(), png, 1400, 3000);
    assertThat(png).exists();
    assertThat(Files.size(png)).as("a screenshot with something on it").isGreaterThan(50_000);
  }
}
