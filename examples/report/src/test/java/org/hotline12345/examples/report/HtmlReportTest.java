package org.hotline12345.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.department.DepartmentId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String HOSTILE = "<script>alert('x')</script>&\"";

  @TempDir
  Path dir;

  @Test
  void the_page_and_echarts_land_in_the_directory_and_open_without_a_network() throws Exception {
    Path page = HtmlReport.write(data(), dir);

    assertThat(page).isEqualTo(dir.resolve("index.html"));
    assertThat(dir.resolve("echarts.min.js")).exists();
    assertThat(Files.size(dir.resolve("echarts.min.js"))).isGreaterThan(500_000);
    assertThat(dir.resolve("echarts.LICENSE.txt")).exists();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("http://", "https://");
    assertThat(html).contains("<script src=\"echarts.min.js\"></script>");
  }

  @Test
  void every_text_is_escaped_and_the_chart_data_cannot_end_its_script() throws Exception {
    String html = Files.readString(HtmlReport.write(data(), dir), StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<script>alert");
    Document doc = Jsoup.parse(html);
    assertThat(doc.getElementById("report-title").text()).isEqualTo("月报 " + HOSTILE);
    assertThat(doc.select("tr[data-agency=a1] td").first().text()).isEqualTo("第一街道 " + HOSTILE);
    assertThat(doc.getElementById("report-data").data()).doesNotContain("</").contains("\\u003cscript");
    assertThat(doc.select("script")).hasSize(3);
  }

  @Test
  void numbers_carry_stable_ids_and_data_attributes() throws Exception {
    Document doc = Jsoup.parse(HtmlReport.write(data(), dir).toFile(), "UTF-8");

    assertThat(doc.getElementById("figure-appeals").attr("data-value")).isEqualTo("3");
    assertThat(doc.select("div.chart")).hasSize(7).allSatisfy(c -> assertThat(c.attr("data-rendered")).isEqualTo("false"));
    assertThat(doc.selectFirst("tr.scorecard[data-department=a1]").attr("data-score")).isEqualTo("82.5");
    assertThat(doc.selectFirst("tr.scorecard[data-department=a1]").attr("data-rank")).isEqualTo("1");
    assertThat(doc.selectFirst("tr.scorecard[data-department=a1] td[data-indicator=RESPONSE]").attr("data-numerator"))
        .isEqualTo("2");
    assertThat(doc.selectFirst("details.breakdown[data-department=a1][data-indicator=RESPONSE]")
        .select("tr[data-case]").eachAttr("data-case")).containsExactly("NJ20251009000001", "NJ20251009000002");
    assertThat(doc.getElementById("board-red").attr("data-value")).isEqualTo("2");
    assertThat(doc.getElementById("first-time-right").attr("data-value")).isEqualTo("0.6667");
  }

  @Test
  void a_series_with_counts_for_other_days_is_refused_naming_it() {
    assertThatThrownBy(() -> new Volumes(List.of(day(1)), List.of(new Series("PHONE", "电话", List.of(1L, 2L))),
        List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byChannel: series PHONE has 2 counts for 1 days");
  }

  @Test
  void a_table_section_follows_the_reports_own_sections_escaped_and_in_the_navigation() throws Exception {
    ReportData withTable = ReportData.builder().title("t").volumes(data().volumes())
        .table(new TableSection("refused", "拒收 Refused " + HOSTILE, "", List.of("Column", "Rows"),
            List.of(List.of("ClosedDate " + HOSTILE, "12"), List.of("(row)", "1"))))
        .build();

    Document doc = Jsoup.parse(HtmlReport.write(withTable, dir).toFile(), "UTF-8");

    assertThat(doc.select("section#refused.table-section h2").text()).isEqualTo("拒收 Refused " + HOSTILE);
    assertThat(doc.select("section#refused tr.table-row").eachText()).containsExactly("ClosedDate " + HOSTILE + " 12",
        "(row) 1");
    assertThat(doc.select("nav a[href=#refused]")).hasSize(1);
    assertThat(doc.select("section#routing, section#board, section#assessment, section#deadlines")).isEmpty();
    assertThat(doc.select("div.chart")).hasSize(3);
  }

  @Test
  void a_table_section_with_a_reserved_id_or_a_short_row_is_refused_naming_it() {
    assertThatThrownBy(() -> new TableSection("board", "t", "", List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id: ");
    assertThatThrownBy(() -> new TableSection("x", "t", "", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows[0]: has 1 cells for 2 columns");
    assertThatThrownBy(() -> ReportData.builder().table(new TableSection("x", "t", "", List.of("a"), List.of()))
        .table(new TableSection("x", "u", "", List.of("a"), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("table: id x is given twice");
  }

  private static Day day(int d) {
    LocalDate date = LocalDate.of(2025, 10, d);
    return new Day(date, d <= 8 ? DayKind.HOLIDAY : DayKind.WORKING, d <= 8 ? "国庆节" : "", true);
  }

  static ReportData data() {
    AssessmentPeriod period = AssessmentPeriod.ofMonth(YearMonth.of(2025, 10), ZONE);
    Map<Indicator, Tally> tallies = new EnumMap<>(Indicator.class);
    tallies.put(Indicator.RESPONSE, new Tally(2, 2, 2, 0));
    Scorecard card = new Scorecard(DepartmentId.of("a1"), "街道乡镇", tallies, 0, List.of(), 0, 0, false,
        OptionalDouble.of(82.5), OptionalDouble.of(82.5), OptionalInt.of(1), List.of());
    Scorecards cards = Scorecards.of("s", "1", period, period.end(), 0, 2, List.of(card));
    Breakdown breakdown = new Breakdown("a1", Indicator.RESPONSE, new Tally(2, 2, 2, 0), List.of(
        new CaseReason("NJ20251009000001", 1, 1, "as lead: signed for on time", OptionalLong.empty()),
        new CaseReason("NJ20251009000002", 1, 1, "as lead: signed for on time", OptionalLong.empty())), false);
    return ReportData.builder()
        .title("月报 " + HOSTILE).subtitle(HOSTILE).zone(ZONE)
        .agencies(List.of(Agency.of("a1", "第一街道 " + HOSTILE)))
        .figure(new KeyFigure("appeals", "诉求 " + HOSTILE, "3", "3"))
        .volumes(new Volumes(List.of(day(8), day(9)),
            List.of(new Series("PHONE", "电话 " + HOSTILE, List.of(1L, 2L))),
            List.of(new Series("COMPLAINT", "投诉", List.of(1L, 2L))),
            List.of(new Series("01", "城乡建设", List.of(1L, 2L)))))
        .routing(new RoutingQuality(List.of(2L, 1L), List.of(new AgencyRouting("a1", 3, 1, 0))))
        .board(new Board(Instant.parse("2025-10-31T16:00:00Z"), List.of(
            new BoardCell("RESOLUTION", "办结", Light.RED, 2), new BoardCell("RESOLUTION", "办结", Light.GREEN, 5)),
            List.of(new OverdueCase("NJ20251009000003", "a1", "办结", Instant.parse("2025-10-20T16:00:00Z"),
                "8 个工作日", 8))))
        .scorecards(new ScorecardSection("scheme " + HOSTILE, cards, List.of(Indicator.RESPONSE),
            List.of(breakdown)))
        .deadline(new ExplainedDeadline("例 " + HOSTILE, "NJ20251009000001", "办结", "中文 " + HOSTILE, "English"))
        .note("note " + HOSTILE)
        .build();
  }
}
