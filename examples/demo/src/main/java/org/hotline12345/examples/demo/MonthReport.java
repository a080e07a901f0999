package org.hotline12345.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.AssessedCases;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.KnowledgeUpkeep;
import org.hotline12345.core.assessment.RankingGroups;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.examples.report.Agency;
import org.hotline12345.examples.report.AgencyRouting;
import org.hotline12345.examples.report.Board;
import org.hotline12345.examples.report.Day;
import org.hotline12345.examples.report.ExplainedDeadline;
import org.hotline12345.examples.report.KeyFigure;
import org.hotline12345.examples.report.Light;
import org.hotline12345.examples.report.ReportData;
import org.hotline12345.examples.report.RoutingQuality;
import org.hotline12345.examples.report.ScorecardSection;
import org.hotline12345.examples.report.Series;
import org.hotline12345.examples.report.Volumes;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;

/**
 * The month as the store holds it, read back and shown: volumes from the case rows, routing
 * quality from the cases' facts, the supervision board, the month's assessment (考核) with its
 * drill-downs, a few deadlines explained, and the headline numbers. Reads only what carries no
 * personal data: rows, facts, numbers, explanations.
 */
final class MonthReport {

  /** The indicators shown as scorecard columns. */
  static final List<Indicator> SHOWN = List.of(Indicator.SIGN_FOR_ON_TIME, Indicator.CONTACT_ON_TIME,
      Indicator.RESPONSE, Indicator.ON_TIME, Indicator.ON_TIME_NAIVE, Indicator.RESOLUTION, Indicator.SATISFACTION,
      Indicator.RETURN_RATE, Indicator.WRONG_RETURN_RATE, Indicator.EXTENSION_RATE, Indicator.REOPEN_RATE);
  /** How many cases a drill-down lists under one number. */
  static final int DRILL_LIMIT = 100;

  /** The report's data and the numbers of the closing summary. */
  record Result(ReportData data, Scorecards cards, Map<CaseStatus, Long> byStatus, long appeals,
      long dispatched, long returns, Tally onTime, Tally satisfaction, long openAtEnd, long red) {}

  private MonthReport() {}

  static Result build(City city, HotlineService hotline, HotlineStore store, YearMonth month,
      List<SimulatedDay> days, Instant start, Instant end) {
    List<StoredCase> rows = rows(store, start, end);
    Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
    for (StoredCase r : rows) {
      byStatus.merge(CaseStatus.valueOf(r.status()), 1L, Long::sum);
    }
    ReportData.Builder data = ReportData.builder()
        .title("12345 热线月度报告 · " + month + " · 示例城市 Demo city")
        .subtitle("模拟的一个月（" + days.get(0).date() + " 起，含国庆假期与调休），全部数据由演示程序生成，不含个人信息。"
            + " A simulated month of a Nanjing-style 12345 hotline; generated data, no personal data.")
        .zone(City.ZONE);
    List<Agency> agencies = new ArrayList<>();
    for (Department d : city.directory.all()) {
      agencies.add(Agency.of(d.getId().value(), d.getName()));
    }
    data.agencies(agencies);
    data.volumes(volumes(city, days, rows));

    RoutingQuality routing = routing(rows);
    data.routing(routing);

    Board board = BoardReader.read(hotline, 15);
    data.board(board);

    AssessmentPeriod period = AssessmentPeriod.ofMonth(month, City.ZONE);
    Assessment assessment = Assessment.of(city.scheme, period)
        .withGroups(RankingGroups.byKind(city.directory))
        .withKnowledgeUpkeep(KnowledgeUpkeep.of(city.knowledgeBase.entries(), month.atEndOfMonth(),
            city.knowledgeBase.reviewInterval()))
        .withZone(City.ZONE);
    List<AssessedCase> assessed = new ArrayList<>();
    AssessedCases.closedOrDueIn(store.cases(), period).forEach(assessed::add);
    Scorecards cards = assessment.score(assessed);
    List<Indicator> drilled = city.scheme.terms().stream().map(Term::indicator)
        .filter(Indicator::isCountedFromCases).distinct().toList();
    data.scorecards(ScorecardSection.of(assessment, assessed, cards, SHOWN, drilled, DRILL_LIMIT));

    for (ExplainedDeadline d : DeadlineExamples.pick(city, hotline, rows, days)) {
      data.deadline(d);
    }

    Tally onTime = sum(cards, Indicator.ON_TIME);
    Tally satisfaction = sum(cards, Indicator.SATISFACTION);
    long returns = routing.byAgency().stream().mapToLong(AgencyRouting::returned).sum();
    long open = rows.stream().filter(StoredCase::open).count();
    figures(data, rows.size(), byStatus, routing, returns, onTime, satisfaction, open, board);
    data.note("诉求 appeals: every appeal registered, whatever became of it. 工单 cases: the appeals dispatched to a"
        + " department. 按时办结率 on-time rate: closed on time / (closed + open and already overdue), the fair rate.");
    data.note("考核方案 scheme: " + city.scheme.name() + " (" + city.scheme.id() + " " + city.scheme.version()
        + "); 分组排名 ranked within groups by department kind.");
    return new Result(data.build(), cards, byStatus, rows.size(), routing.dispatchedCases(), returns, onTime,
        satisfaction, open, board.count(Light.RED));
  }

  static List<StoredCase> rows(HotlineStore store, Instant start, Instant end) {
    CaseSearch search = CaseSearch.builder().registeredFrom(start).registeredBefore(end).build();
    List<StoredCase> rows = new ArrayList<>();
    PageRequest page = PageRequest.first(500);
    while (true) {
      Page<StoredCase> p = store.cases().search(search, page);
      rows.addAll(p.items());
      if (p.next().isEmpty()) {
        return rows;
      }
      page = PageRequest.after(500, p.next().get());
    }
  }

  private static Volumes volumes(City city, List<SimulatedDay> days, List<StoredCase> rows) {
    Map<LocalDate, Integer> index = new LinkedHashMap<>();
    List<Day> out = new ArrayList<>();
    for (SimulatedDay d : days) {
      index.put(d.date(), out.size());
      out.add(new Day(d.date(), d.kind(), d.name(), d.inPeriod()));
    }
    Map<String, long[]> channels = new LinkedHashMap<>();
    for (Channel c : Channel.values()) {
      channels.put(c.name(), new long[days.size()]);
    }
    Map<String, long[]> types = new LinkedHashMap<>();
    for (AppealType t : AppealType.values()) {
      types.put(t.name(), new long[days.size()]);
    }
    Map<String, long[]> categories = new TreeMap<>();
    for (StoredCase r : rows) {
      Integer i = index.get(r.registeredAt().atZone(City.ZONE).toLocalDate());
      if (i == null) {
        continue;
      }
      channels.computeIfAbsent(r.channel(), k -> new long[days.size()])[i]++;
      types.computeIfAbsent(r.appealType(), k -> new long[days.size()])[i]++;
      String top = r.category().map(c -> c.substring(0, Math.min(2, c.length()))).orElse("~");
      categories.computeIfAbsent(top, k -> new long[days.size()])[i]++;
    }
    List<Series> byChannel = new ArrayList<>();
    channels.forEach((k, v) -> {
      if (total(v) > 0) {
        byChannel.add(series(k, label(() -> Channel.valueOf(k).chinese(), k), v));
      }
    });
    List<Series> byType = new ArrayList<>();
    types.forEach((k, v) -> {
      if (total(v) > 0) {
        byType.add(series(k, label(() -> AppealType.valueOf(k).chinese(), k), v));
      }
    });
    List<Series> byCategory = new ArrayList<>();
    categories.forEach((k, v) -> byCategory.add(series(k, k.equals("~") ? "未分类（知识库解答等）"
        : city.taxonomy.find(CategoryCode.of(k)).map(c -> c.getName()).orElse(k), v)));
    return new Volumes(out, byChannel, byType, byCategory);
  }

  private static String label(java.util.function.Supplier<String> chinese, String key) {
    try {
      return chinese.get() + " " + key;
    } catch (IllegalArgumentException unknown) {
      return key;
    }
  }

  private static long total(long[] v) {
    long t = 0;
    for (long x : v) {
      t += x;
    }
    return t;
  }

  private static Series series(String key, String label, long[] v) {
    List<Long> perDay = new ArrayList<>(v.length);
    for (long x : v) {
      perDay.add(x);
    }
    return new Series(key, label, perDay);
  }

  /** Returns per dispatched case, and each department's returns, from the cases' facts. */
  private static RoutingQuality routing(List<StoredCase> rows) {
    long[] buckets = new long[4];
    Map<String, long[]> byAgency = new TreeMap<>();
    for (StoredCase r : rows) {
      CaseFacts facts = AssessedCase.of(r).facts();
      List<CaseFacts.DepartmentFacts> leads = facts.departments().stream().filter(CaseFacts.DepartmentFacts::lead).toList();
      if (leads.isEmpty()) {
        continue;
      }
      int returns = 0;
      Map<String, long[]> mine = new LinkedHashMap<>();
      for (CaseFacts.DepartmentFacts part : leads) {
        int attempts = (part.returnedAt().isPresent() ? 1 : 0) + part.returnsDenied();
        returns += attempts;
        long[] m = mine.computeIfAbsent(part.department().value(), k -> new long[3]);
        m[0] = 1;
        m[1] = Math.max(m[1], attempts > 0 ? 1 : 0);
        m[2] = Math.max(m[2], part.returnsDenied() > 0 ? 1 : 0);
      }
      buckets[Math.min(returns, buckets.length - 1)]++;
      mine.forEach((dept, m) -> {
        long[] a = byAgency.computeIfAbsent(dept, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
          a[i] += m[i];
        }
      });
    }
    List<AgencyRouting> agencies = new ArrayList<>();
    byAgency.forEach((dept, a) -> agencies.add(new AgencyRouting(dept, a[0], a[1], a[2])));
    List<Long> histogram = new ArrayList<>();
    for (long b : buckets) {
      histogram.add(b);
    }
    return new RoutingQuality(histogram, agencies);
  }

  private static Tally sum(Scorecards cards, Indicator indicator) {
    double num = 0;
    double den = 0;
    int cases = 0;
    int excluded = 0;
    for (Scorecard c : cards.all()) {
      Tally t = c.tally(indicator);
      num += t.numerator();
      den += t.denominator();
      cases += t.cases();
      excluded += t.excluded();
    }
    return new Tally(num, den, cases, excluded);
  }

  private static void figures(ReportData.Builder data, long appeals, Map<CaseStatus, Long> byStatus,
      RoutingQuality routing, long returns, Tally onTime, Tally satisfaction, long open, Board board) {
    data.figure(count("appeals", "诉求 appeals", appeals));
    data.figure(count("cases", "派出工单 cases dispatched", routing.dispatchedCases()));
    data.figure(count("answered", "直接办结 answered directly", byStatus.getOrDefault(CaseStatus.ANSWERED_DIRECTLY, 0L)));
    data.figure(count("merged", "并案 merged repeats", byStatus.getOrDefault(CaseStatus.MERGED, 0L)));
    data.figure(count("referred", "转紧急热线 referred", byStatus.getOrDefault(CaseStatus.REFERRED, 0L)));
    data.figure(count("not-accepted", "不予受理 not accepted", byStatus.getOrDefault(CaseStatus.NOT_ACCEPTED, 0L)));
    data.figure(count("returns", "退单 returns", returns));
    data.figure(rate("on-time", "按时办结率 on-time rate", onTime));
    data.figure(rate("satisfaction", "满意率 satisfaction", satisfaction));
    data.figure(count("open", "月末在办 open at month end", open));
    data.figure(count("red", "红灯 overdue (red)", board.count(Light.RED)));
  }

  private static KeyFigure count(String id, String label, long n) {
    return new KeyFigure(id, label, String.format(Locale.ROOT, "%,d", n), Long.toString(n));
  }

  private static KeyFigure rate(String id, String label, Tally t) {
    Optional<Double> rate = t.rate().isPresent() ? Optional.of(t.rate().getAsDouble()) : Optional.empty();
    return new KeyFigure(id, label, rate.map(r -> String.format(Locale.ROOT, "%.1f%%", r * 100)).orElse("–"),
        rate.map(r -> java.math.BigDecimal.valueOf(r).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()).orElse("none"));
  }

  static String percent(Tally t) {
    return t.rate().isPresent() ? String.format(Locale.ROOT, "%.1f%%", t.rate().getAsDouble() * 100) : "–";
  }
}
