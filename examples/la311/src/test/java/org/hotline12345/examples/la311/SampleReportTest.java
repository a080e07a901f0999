package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.examples.report.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real sample's replay in the report form: the page's numbers are the results' (rows,
 * refusals, each agency's score, rank and on-time tally), no address, coordinate or council
 * member's name from the file is anywhere in it, and in headless Chromium every chart draws.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportTest {

  @TempDir
  static Path dir;

  private La311Results results;
  private Path page;
  private Document doc;

  @BeforeAll
  void replay_and_write_the_report() throws Exception {
    La311Replay replay = La311Import.builder().clock(Samples.CLOCK).build().run(Samples.la311Sample());
    results = La311Assessment.of(replay).assess();
    page = La311Report.write(replay, results, dir.resolve("report"));
    doc = Jsoup.parse(page.toFile(), "UTF-8");
  }

  private String figure(String id) {
    return doc.getElementById("figure-" + id).attr("data-value");
  }

  @Test
  void the_headline_numbers_are_the_imports_and_the_assessments() {
    ImportSummary s = results.summary();

    assertThat(figure("rows-read")).isEqualTo("9999").isEqualTo(Long.toString(s.read()));
    assertThat(figure("imported")).isEqualTo("9987").isEqualTo(Long.toString(s.imported()));
    assertThat(figure("refused")).isEqualTo("12").isEqualTo(Long.toString(s.refused()));
    assertThat(figure("channel-fallbacks")).isEqualTo("0");
    assertThat(figure("service-level")).isEqualTo("5");
    long judged = results.agencies().stream().mapToLong(La311Results.OnTime::judged).sum();
    long onTime = results.agencies().stream().mapToLong(La311Results.OnTime::onTime).sum();
    assertThat(Double.parseDouble(figure("on-time"))).isEqualTo((double) onTime / judged, within(0.00005));
    assertThat(doc.selectFirst("td[data-channel=PHONE]").attr("data-value")).isEqualTo("4187")
        .isEqualTo(Long.toString(s.byChannel().get(Channel.PHONE)));
  }

  @Test
  void each_agencys_score_rank_and_on_time_tally_are_the_results() {
    assertThat(doc.select("tr.scorecard")).hasSize(results.agencies().size()).hasSize(5);
    for (La311Results.OnTime a : results.agencies()) {
      Element row = doc.selectFirst("tr.scorecard[data-department=" + a.department().value() + "]");
      assertThat(row).as(a.department().value()).isNotNull();
      assertThat(Double.parseDouble(row.attr("data-score"))).as("%s score", a.department())
          .isEqualTo(a.score().orElseThrow(), within(0.00005));
      assertThat(Integer.parseInt(row.attr("data-rank"))).as("%s rank", a.department())
          .isEqualTo(a.rank().orElseThrow());
      Element tally = row.selectFirst("td.tally[data-indicator=ON_TIME]");
      assertThat(tally.attr("data-numerator")).isEqualTo(Long.toString(a.onTime()));
      assertThat(tally.attr("data-denominator")).isEqualTo(Long.toString(a.judged()));
    }
    assertThat(doc.selectFirst("tr.scorecard[data-department=BSL] td").text()).isEqualTo("5");
    Scorecard bsl = results.agencyScorecards().all().stream().filter(c -> c.department().value().equals("BSL"))
        .findFirst().orElseThrow();
    Element drill = doc.selectFirst("details.breakdown[data-department=BSL][data-indicator=ON_TIME]");
    assertThat(drill.select("tr[data-case]")).hasSize(bsl.tally(Indicator.ON_TIME).cases()).hasSize(82);
  }

  @Test
  void refusals_sub_units_and_the_sections_without_data_are_shown_as_such() {
    assertThat(doc.select("section#refused tr.table-row").eachText()).containsExactly(
        "ClosedDate is before CreatedDate (midnight of the day it was created: a date without its time?) 12");
    assertThat(doc.select("section#sub-units tr.table-row")).hasSize(results.subUnits().size());
    assertThat(doc.select("section#sub-units tr.table-row").eachText())
        .anyMatch(t -> t.startsWith("Bureau of Sanitation (BOS) 1 the agency itself (no AssignTo)"));
    assertThat(doc.select("section#routing, section#board")).isEmpty();
    assertThat(doc.select("section#not-in-export").text()).contains("Routing quality", "Supervision board");
    assertThat(doc.select("div.chart").eachAttr("id")).containsExactly("chart-volume-channel", "chart-volume-type",
        "chart-volume-category", "chart-scores");
  }

  @Test
  void deadlines_around_new_year_2018_are_explained_in_english_and_chinese() {
    List<Element> deadlines = doc.select("div.deadline");

    assertThat(deadlines).hasSizeBetween(2, 4);
    Element holiday = deadlines.get(0);
    assertThat(holiday.selectFirst("h3").text()).contains("New Year", "Wednesday 27 December 2017");
    assertThat(holiday.selectFirst("p.en").text()).contains("New Year");
    assertThat(holiday.selectFirst("p.zh").text()).contains("办结期限");
    assertThat(deadlines).anySatisfy(d -> assertThat(d.selectFirst("h3").text()).contains("weekend"));
  }

  @Test
  void no_address_coordinate_or_council_members_name_of_the_file_is_in_the_report() throws Exception {
    Set<String> personal = new HashSet<>();
    try (Reader in = Files.newBufferedReader(Samples.la311Sample(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        for (String column : List.of("Address", "Latitude", "Longitude", "Location", "CDMember")) {
          String value = r.get(column).trim();
          if (value.length() >= 6) {
            personal.add(value.toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    assertThat(personal).hasSizeGreaterThan(9_000).contains("2111 W BELLEVUE AVE, 90026");
    StringBuilder everything = new StringBuilder();
    try (var files = Files.list(page.getParent())) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("echarts")).toList()) {
        everything.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    everything.append(doc.text());
    String text = everything.toString().toUpperCase(Locale.ROOT);

    assertThat(personal).noneMatch(text::contains);
  }

  @Test
  void every_chart_renders_offline_in_headless_chromium() throws Exception {
    Optional<Path> browser = Chromium.find();
    assumeTrue(browser.isPresent(), Chromium::whyMissing);

    Document rendered = Jsoup.parse(Chromium.dumpDom(browser.get(), page));

    assertThat(rendered.select("div.chart")).hasSize(4).allSatisfy(chart -> {
      assertThat(chart.attr("data-rendered")).as("chart %s rendered", chart.id()).isEqualTo("true");
      assertThat(chart.select("canvas")).as("chart %s has a canvas", chart.id()).isNotEmpty();
    });
    assertThat(rendered.getElementById("figure-imported").attr("data-value")).isEqualTo("9987");
  }
}
