package org.hotline12345.examples.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.TermScore;
import org.hotline12345.examples.report.AgencyRouting;
import org.hotline12345.examples.report.Board;
import org.hotline12345.examples.report.BoardCell;
import org.hotline12345.examples.report.Breakdown;
import org.hotline12345.examples.report.CaseReason;
import org.hotline12345.examples.report.Day;
import org.hotline12345.examples.report.ExplainedDeadline;
import org.hotline12345.examples.report.KeyFigure;
import org.hotline12345.examples.report.Light;
import org.hotline12345.examples.report.OverdueCase;
import org.hotline12345.examples.report.ReportData;
import org.hotline12345.examples.report.RoutingQuality;
import org.hotline12345.examples.report.ScorecardSection;
import org.hotline12345.examples.report.Series;
import org.hotline12345.examples.report.TableSection;

/**
 * The page's model: the values the template shows (all escaped by the template engine) and the
 * JSON the charts read. Numbers in {@code data-} attributes are {@link Formats#number} texts.
 */
public final class PageModel {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final ReportData data;
  private final String echartsVersion;

  /**
   * A model of the data.
   *
   * @param data the report's data
   * @param echartsVersion the bundled ECharts version, for the page's foot
   */
  public PageModel(ReportData data, String echartsVersion) {
    this.data = data;
    this.echartsVersion = echartsVersion;
  }

  /**
   * The template's scope.
   *
   * @return the values, by the names the template uses
   */
  public Map<String, Object> scope() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", data.title());
    m.put("subtitle", data.subtitle().isBlank() ? null : data.subtitle());
    m.put("figures", figures());
    m.put("totalsRows", totalsRows());
    m.put("routing", data.routing().map(this::routing).orElse(null));
    m.put("board", data.board().map(this::board).orElse(null));
    m.put("assessment", data.scorecards().map(this::assessment).orElse(null));
    m.put("hasDeadlines", !data.deadlines().isEmpty());
    m.put("deadlines", data.deadlines().stream().map(PageModel::deadline).toList());
    m.put("tables", data.tables().stream().map(PageModel::table).toList());
    m.put("notes", data.notes());
    m.put("echartsVersion", echartsVersion);
    m.put("json", Json.write(chartData()));
    return m;
  }

  private List<Map<String, Object>> figures() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (KeyFigure f : data.figures()) {
      out.add(map("id", f.id(), "label", f.label(), "value", f.value(), "raw", f.rawValue()));
    }
    return out;
  }

  private List<Map<String, Object>> totalsRows() {
    List<Series> channels = data.volumes().byChannel();
    List<Series> types = data.volumes().byType();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(channels.size(), types.size()); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (i < channels.size()) {
        Series s = channels.get(i);
        row.put("channelLabel", s.label());
        row.put("channelKey", s.key());
        row.put("channelRaw", Long.toString(s.total()));
        row.put("channelValue", Formats.count(s.total()));
      }
      if (i < types.size()) {
        Series s = types.get(i);
        row.put("typeLabel", s.label());
        row.put("typeKey", s.key());
        row.put("typeRaw", Long.toString(s.total()));
        row.put("typeValue", Formats.count(s.total()));
      }
      rows.add(row);
    }
    return rows;
  }

  private Map<String, Object> routing(RoutingQuality r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("firstTimeRight", Formats.percent(r.firstTimeRight()));
    m.put("firstTimeRightRaw", Formats.number(r.firstTimeRight()));
    m.put("dispatchedCases", Formats.count(r.dispatchedCases()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AgencyRouting a : r.byAgency()) {
      rows.add(map("id", a.agencyId(), "name", data.agencyName(a.agencyId()), "dispatched", a.dispatched(),
          "returned", a.returned(), "denied", a.returnsDenied(), "rate", Formats.percent(a.returnRate())));
    }
    m.put("agencies", rows);
    return m;
  }

  private Map<String, Object> board(Board b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", WHEN.format(b.asOf().atZone(data.zone())));
    m.put("green", b.count(Light.GREEN));
    m.put("yellow", b.count(Light.YELLOW));
    m.put("red", b.count(Light.RED));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (OverdueCase o : b.mostOverdue()) {
      rows.add(map("number", o.caseNumber(), "agency", data.agencyName(o.agencyId()), "stage", o.stage(),
          "dueAt", WHEN.format(o.dueAt().atZone(data.zone())), "overdue", o.overdue()));
    }
    m.put("overdue", rows);
    return m;
  }

  private Map<String, Object> assessment(ScorecardSection s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemeName", s.schemeName());
    m.put("period", s.cards().period().name() + "（" + DAY.format(s.cards().period().start().atZone(data.zone()))
        + " – " + DAY.format(s.cards().period().end().atZone(data.zone()).minusNanos(1)) + "）");
    List<Map<String, Object>> columns = new ArrayList<>();
    for (Indicator i : s.indicators()) {
      columns.add(map("chinese", i.chinese(), "english", i.name()));
    }
    Map<String, List<Breakdown>> byAgency = new LinkedHashMap<>();
    for (Breakdown b : s.breakdowns()) {
      byAgency.computeIfAbsent(b.agencyId(), k -> new ArrayList<>()).add(b);
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    for (String group : s.cards().groups()) {
      List<Map<String, Object>> cards = new ArrayList<>();
      for (Scorecard c : s.cards().all()) {
        if (c.group().equals(group)) {
          cards.add(card(c, s.indicators(), byAgency.getOrDefault(c.department().value(), List.of())));
        }
      }
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("name", group);
      g.put("columns", columns);
      g.put("cards", cards);
      groups.add(g);
    }
    m.put("groups", groups);
    return m;
  }

  private Map<String, Object> card(Scorecard c, List<Indicator> indicators, List<Breakdown> breakdowns) {
    Map<String, Object> m = new LinkedHashMap<>();
    String id = c.department().value();
    m.put("id", id);
    m.put("name", data.agencyName(id));
    m.put("group", c.group());
    m.put("scored", c.isScored());
    if (c.isScored()) {
      m.put("score", Formats.number(c.score().getAsDouble()));
      m.put("rank", c.rank().getAsInt());
      m.put("first", c.rank().getAsInt() == 1);
    }
    m.put("vetoed", c.vetoed());
    List<Map<String, Object>> tallies = new ArrayList<>();
    for (Indicator i : indicators) {
      Tally t = c.tally(i);
      tallies.add(map("indicator", i.name(), "numerator", Formats.number(t.numerator()),
          "denominator", Formats.number(t.denominator()), "cases", t.cases(), "rate", Formats.percent(t.rate())));
    }
    m.put("tallies", tallies);
    List<String> terms = new ArrayList<>();
    for (TermScore t : c.terms()) {
      terms.add(t.term().indicator().chinese() + " " + Formats.percent(t.rate()) + " → " + Formats.number(t.points()));
    }
    m.put("terms", terms.isEmpty() ? null : "计分 Terms: " + String.join("；", terms)
        + (c.deduction() > 0 ? "；扣分 deductions −" + Formats.number(c.deduction()) : "")
        + (c.bonus() > 0 ? "；加分 bonuses +" + Formats.number(c.bonus()) : ""));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Breakdown b : breakdowns) {
      rows.add(breakdown(b));
    }
    m.put("breakdowns", rows);
    m.put("hasBreakdowns", !rows.isEmpty());
    return m;
  }

  private static Map<String, Object> breakdown(Breakdown b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.agencyId());
    m.put("indicator", b.indicator().name());
    m.put("label", b.indicator().chinese() + " " + b.indicator().name());
    m.put("numerator", Formats.number(b.tally().numerator()));
    m.put("denominator", Formats.number(b.tally().denominator()));
    m.put("cases", b.tally().cases());
    m.put("excluded", b.tally().excluded() == 0 ? null : b.tally().excluded());
    m.put("truncated", b.truncated());
    m.put("limit", b.cases().size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseReason r : b.cases()) {
      String mark;
      String css;
      if (r.excludedByAppeal().isPresent()) {
        mark = "剔除 excluded (#" + r.excludedByAppeal().getAsLong() + ")";
        css = "mark-out";
      } else if (r.counted()) {
        mark = "✓ " + Formats.number(r.numerator()) + "/" + Formats.number(r.weight());
        css = "mark-yes";
      } else if (r.numerator() > 0) {
        mark = "◐ " + Formats.number(r.numerator()) + "/" + Formats.number(r.weight());
        css = "mark-part";
      } else {
        mark = "✗ 0/" + Formats.number(r.weight());
        css = "mark-no";
      }
      rows.add(map("number", r.caseNumber(), "mark", mark, "markClass", css, "why", r.why()));
    }
    m.put("rows", rows);
    return m;
  }

  private static Map<String, Object> deadline(ExplainedDeadline d) {
    return map("title", d.title(), "caseNumber", d.caseNumber(), "stage", d.stage(), "chinese", d.chinese(),
        "english", d.english());
  }

  private static Map<String, Object> table(TableSection t) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> row : t.rows()) {
      rows.add(map("cells", row));
    }
    return map("id", t.id(), "title", t.title(), "lead", t.lead().isBlank() ? null : t.lead(), "columns",
        t.columns(), "rows", rows);
  }

  /** The charts' data. */
  private Map<String, Object> chartData() {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> days = new ArrayList<>();
    for (Day d : data.volumes().days()) {
      days.add(map("date", d.date().toString(), "kind", d.kind().name(), "holidayName", d.holidayName(),
          "inPeriod", d.inPeriod()));
    }
    m.put("days", days);
    Map<String, Object> volumes = new LinkedHashMap<>();
    volumes.put("byChannel", series(data.volumes().byChannel()));
    volumes.put("byType", series(data.volumes().byType()));
    volumes.put("byCategory", series(data.volumes().byCategory()));
    m.put("volumes", volumes);
    data.routing().ifPresent(r -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (AgencyRouting a : r.byAgency()) {
        rows.add(map("id", a.agencyId(), "name", data.agencyName(a.agencyId()), "dispatched", a.dispatched(),
            "returned", a.returned(), "denied", a.returnsDenied(), "rate", a.returnRate()));
      }
      m.put("routing", map("casesByReturns", r.casesByReturns(), "byAgency", rows));
    });
    data.board().ifPresent(b -> {
      Map<String, Map<String, Object>> stages = new LinkedHashMap<>();
      for (BoardCell c : b.cells()) {
        Map<String, Object> stage = stages.computeIfAbsent(c.stage(), k -> {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("key", c.stage());
          x.put("label", c.stageLabel());
          Map<String, Object> counts = new LinkedHashMap<>();
          for (Light l : Light.values()) {
            counts.put(l.name(), 0L);
          }
          x.put("counts", counts);
          return x;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) stage.get("counts");
        counts.put(c.light().name(), (Long) counts.get(c.light().name()) + c.count());
      }
      m.put("board", map("stages", new ArrayList<>(stages.values())));
    });
    data.scorecards().ifPresent(s -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      double max = 0;
      for (String group : s.cards().groups()) {
        for (Scorecard c : s.cards().ranking(group)) {
          double score = c.score().getAsDouble();
          max = Math.max(max, score);
          rows.add(map("id", c.department().value(), "name", data.agencyName(c.department().value()),
              "group", group, "score", score, "rank", c.rank().getAsInt()));
        }
      }
      m.put("scores", rows);
      m.put("scoreMax", Math.max(100, Math.ceil(max / 10) * 10));
    });
    return m;
  }

  /** A map in the order of its keys as given, so the page comes out the same each time. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static List<Map<String, Object>> series(List<Series> series) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Series s : series) {
      out.add(map("key", s.key(), "label", s.label(), "perDay", s.perDay()));
    }
    return out;
  }
}
