package org.hotline12345.examples.la311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.hotline12345.calendar.SpecialDay;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.examples.report.Agency;
import org.hotline12345.examples.report.Day;
import org.hotline12345.examples.report.DayKind;
import org.hotline12345.examples.report.HtmlReport;
import org.hotline12345.examples.report.KeyFigure;
import org.hotline12345.examples.report.ReportData;
import org.hotline12345.examples.report.ScorecardSection;
import org.hotline12345.examples.report.Series;
import org.hotline12345.examples.report.TableSection;
import org.hotline12345.examples.report.Volumes;

/**
 * The replay in the report form of the main demo ({@code hotline-report}'s {@link HtmlReport}):
 * the import's numbers (rows read, imported, refused, channel fallbacks), the service level and
 * the overall fair on-time rate; the requests a day by channel, appeal type and request type
 * (the {@value #TOP_REQUEST_TYPES} most frequent, the others together) on the US federal
 * calendar's days; the agencies' scorecards ranked, with the cases behind each number; the
 * sub-units ranked within their agency; the refused rows counted by column and reason; a few
 * resolution deadlines explained in Chinese and English. Routing quality and the supervision
 * board have no data in an export and are listed as such. No address or other personal data
 * enters the report: only counts, names of agencies and request types, request numbers and the
 * explanations of assessment and deadlines.
 */
public final class La311Report {

  /** How many request types get a series of their own; the others are summed. */
  public static final int TOP_REQUEST_TYPES = 8;

  /** How many cases a drill-down lists under one number. */
  public static final int DRILL_LIMIT = 100;

  private La311Report() {}

  /**
   * Writes the report of a replay into a directory (created if missing; an earlier report's
   * files are replaced).
   *
   * @param replay the replay, for its calendar days and deadlines
   * @param results its assessment
   * @param directory the directory
   * @return the page, {@code directory/index.html}
   * @throws NullPointerException if an argument is null
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static Path write(La311Replay replay, La311Results results, Path directory) {
    return HtmlReport.write(data(replay, results), Objects.requireNonNull(directory, "directory"));
  }

  /**
   * The report's data.
   *
   * @param replay the replay
   * @param results its assessment
   * @return the data
   * @throws NullPointerException if an argument is null
   */
  public static ReportData data(La311Replay replay, La311Results results) {
    Objects.requireNonNull(replay, "replay");
    Objects.requireNonNull(results, "results");
    ImportSummary s = results.summary();
    WorkingCalendar calendar = UsFederalHolidays.calendar();
    ReportData.Builder data = ReportData.builder()
        .title("Los Angeles 311 · 洛杉矶 311 数据回放 Replay · " + s.source())
        .subtitle(subtitle(s, results))
        .zone(La311Dates.ZONE);
    List<Agency> agencies = new ArrayList<>();
    results.names().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(DepartmentId::value)))
        .forEach(e -> agencies.add(Agency.of(e.getKey().value(), e.getValue())));
    data.agencies(agencies);
    data.volumes(volumes(s, calendar));
    figures(data, s, results);

    List<AssessedCase> cases = new ArrayList<>();
    results.assessed().agencyCases().forEach(cases::add);
    List<Indicator> drilled = results.scheme().terms().stream().map(Term::indicator)
        .filter(Indicator::isCountedFromCases).distinct().toList();
    List<Indicator> shown = Stream.concat(Stream.of(Indicator.ON_TIME, Indicator.ON_TIME_NAIVE), drilled.stream())
        .distinct().toList();
    data.scorecards(ScorecardSection.of(results.assessed().agencies(), cases, results.agencyScorecards(), shown,
        drilled, DRILL_LIMIT));

    La311Deadlines.pick(replay, calendar).forEach(data::deadline);

    data.table(subUnits(results));
    data.table(refused(s));
    data.table(notInTheExport());
    data.note("按时办结率 fair on-time rate: requests closed by their deadline / (requests closed in the period"
        + " + requests still open and already overdue at its end); the naive rate divides by the requests resolved"
        + " only. A cancelled or referred-out request is closed without its resolution met.");
    data.note("考核方案 scheme: " + results.scheme().name() + " (" + results.scheme().id() + " "
        + results.scheme().version() + "); 期限 deadlines: " + results.serviceLevelDays()
        + " working days on the US federal holiday calendar (" + UsFederalHolidays.CALENDAR_ID
        + ") in Pacific time, the day of the request not counted.");
    return data.build();
  }

  private static String subtitle(ImportSummary s, La311Results results) {
    String days = s.perDay().isEmpty() ? "no request imported"
        : "requests created " + s.perDay().firstKey() + " to " + s.perDay().lastKey();
    return "MyLA311 " + days + ", imported as history; agencies assessed over " + results.period().name()
        + " under " + results.serviceLevelDays() + " working days. 真实数据的回放，不含地址等个人信息。"
        + " Real data, with no address or other personal data in this page.";
  }

  private static void figures(ReportData.Builder data, ImportSummary s, La311Results results) {
    data.figure(count("rows-read", "读入行 rows read", s.read()));
    data.figure(count("imported", "导入 imported", s.imported()));
    data.figure(count("refused", "拒收 refused", s.refused()));
    data.figure(count("channel-fallbacks", "渠道未识别 channel fallbacks (OTHER)", s.channelFallbackCount()));
    data.figure(new KeyFigure("service-level", "服务时限（工作日）service level, working days",
        Integer.toString(results.serviceLevelDays()), Integer.toString(results.serviceLevelDays())));
    double num = 0;
    double den = 0;
    for (Scorecard card : results.agencyScorecards().all()) {
      Tally t = card.tally(Indicator.ON_TIME);
      num += t.numerator();
      den += t.denominator();
    }
    OptionalDouble rate = den == 0 ? OptionalDouble.empty() : OptionalDouble.of(num / den);
    data.figure(new KeyFigure("on-time", "按时办结率 fair on-time rate",
        rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "–",
        rate.isPresent() ? BigDecimal.valueOf(rate.getAsDouble()).setScale(4, RoundingMode.HALF_UP)
            .stripTrailingZeros().toPlainString() : "none"));
    data.figure(count("agencies", "承办机构 agencies assessed", results.agencyScorecards().all().size()));
  }

  private static KeyFigure count(String id, String label, long n) {
    return new KeyFigure(id, label, String.format(Locale.ROOT, "%,d", n), Long.toString(n));
  }

  /** Every day from the first creation to the last, with its kind on the federal calendar. */
  static Volumes volumes(ImportSummary s, WorkingCalendar calendar) {
    List<LocalDate> dates = new ArrayList<>();
    if (!s.perDay().isEmpty()) {
      for (LocalDate d = s.perDay().firstKey(); !d.isAfter(s.perDay().lastKey()); d = d.plusDays(1)) {
        dates.add(d);
      }
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate d : dates) {
      SpecialDay special = calendar.specialDay(d).orElse(null);
      DayKind kind = special != null && !special.isWorkingDay() ? DayKind.HOLIDAY
          : special != null && d.getDayOfWeek().getValue() >= 6 ? DayKind.MAKE_UP_WORKING_DAY
          : calendar.isWorkingDay(d) ? DayKind.WORKING : DayKind.WEEKEND;
      days.add(new Day(d, kind, special == null ? "" : special.name(), true));
    }
    List<Series> byChannel = new ArrayList<>();
    for (Channel c : Channel.values()) {
      SortedMap<LocalDate, Long> perDay = s.perDayByChannel().get(c);
      if (perDay != null) {
        byChannel.add(new Series(c.name(), c.chinese() + " " + c.name(), counts(perDay, dates)));
      }
    }
    List<Series> byType = new ArrayList<>();
    for (AppealType t : AppealType.values()) {
      SortedMap<LocalDate, Long> perDay = s.perDayByAppealType().get(t);
      if (perDay != null) {
        byType.add(new Series(t.name(), t.chinese() + " " + t.name(), counts(perDay, dates)));
      }
    }
    List<Map.Entry<String, Long>> types = new ArrayList<>(s.byRequestType().entrySet());
    types.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Series> byRequestType = new ArrayList<>();
    long[] others = new long[dates.size()];
    boolean anyOther = false;
    for (int i = 0; i < types.size(); i++) {
      String name = types.get(i).getKey();
      List<Long> perDay = counts(s.perDayByRequestType().get(name), dates);
      if (i < TOP_REQUEST_TYPES) {
        byRequestType.add(new Series(name, name, perDay));
      } else {
        anyOther = true;
        for (int d = 0; d < others.length; d++) {
          others[d] += perDay.get(d);
        }
      }
    }
    if (anyOther) {
      List<Long> perDay = new ArrayList<>();
      for (long n : others) {
        perDay.add(n);
      }
      byRequestType.add(new Series("(other)", "其他 " + (types.size() - TOP_REQUEST_TYPES) + " request types",
          perDay));
    }
    return new Volumes(days, byChannel, byType, byRequestType);
  }

  private static List<Long> counts(SortedMap<LocalDate, Long> perDay, List<LocalDate> dates) {
    List<Long> out = new ArrayList<>(dates.size());
    for (LocalDate d : dates) {
      out.add(perDay.getOrDefault(d, 0L));
    }
    return out;
  }

  private static TableSection subUnits(La311Results results) {
    Map<String, String> names = new java.util.HashMap<>();
    results.names().forEach((id, name) -> names.put(id.value(), name));
    List<List<String>> rows = new ArrayList<>();
    for (La311Results.OnTime o : results.subUnits()) {
      rows.add(List.of(names.getOrDefault(o.group(), o.group()),
          o.rank().isPresent() ? Integer.toString(o.rank().getAsInt()) : "–",
          o.department().value().equals(o.group()) ? "the agency itself (no AssignTo)" : o.name(), Long.toString(o.judged()),
          Long.toString(o.onTime()), percent(o.fairRate()), percent(o.naiveRate()),
          o.score().isPresent() ? String.format(Locale.ROOT, "%.2f", o.score().getAsDouble()) : "–"));
    }
    return new TableSection("sub-units", "下属单位 Sub-units",
        "各机构的下属单位（AssignTo），在本机构内排名。Each agency's sub-units (AssignTo), ranked within their agency.",
        List.of("机构 Agency", "排名 Rank", "下属单位 Sub-unit", "判定 Judged", "按时 On time", "按时办结率 Fair",
            "简单比率 Naive", "得分 Score"), rows);
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.getAsDouble()) : "–";
  }

  /** The refusals by column and reason; the row and line numbers a reason quotes are left out. */
  static TableSection refused(ImportSummary s) {
    Map<List<String>, Long> byReason = new LinkedHashMap<>();
    Map<String, Long> kept = new LinkedHashMap<>();
    for (Refusal r : s.refusals()) {
      String reason = r.reason().replaceAll("\\b(row|line)s? \\d+", "$1 …");
      byReason.merge(List.of(r.column(), reason), 1L, Long::sum);
      kept.merge(r.column(), 1L, Long::sum);
    }
    List<List<String>> rows = new ArrayList<>();
    byReason.entrySet().stream().sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed())
        .forEach(e -> rows.add(List.of(e.getKey().get(0), e.getKey().get(1), Long.toString(e.getValue()))));
    s.refusedByColumn().forEach((column, n) -> {
      long beyond = n - kept.getOrDefault(column, 0L);
      if (beyond > 0) {
        rows.add(List.of(column, "(beyond the first " + ImportSummary.MAX_REFUSALS_KEPT
            + " refusals: counted, not kept)", Long.toString(beyond)));
      }
    });
    String lead = s.refused() == 0 ? "没有拒收的行。No row was refused."
        : String.format(Locale.ROOT, "读入 %,d 行，拒收 %,d 行，按列和原因计数；每行的行号见 --out 的 refusals.csv。"
            + " %,d of %,d rows read were refused, counted by column and reason; refusals.csv (--out) lists each"
            + " with its row and line. A reason never quotes a value.", s.read(), s.refused(), s.refused(), s.read());
    return new TableSection("refused", "拒收的行 Refused rows", lead,
        List.of("列 Column", "原因 Reason", "行数 Rows"), rows);
  }

  private static TableSection notInTheExport() {
    return new TableSection("not-in-export", "导出中没有的 Not in the export",
        "演示月报的这些部分在 LA 311 导出中没有数据，因此不显示。These parts of the demo's report have no data in an"
            + " LA 311 export, so they are not shown.",
        List.of("部分 Section", "原因 Why"), List.of(
            List.of("派单质量 Routing quality",
                "The export names one owner and one assignee per request, not the dispatches and returns (退单)"
                    + " between agencies."),
            List.of("督办看板 Supervision board",
                "A replay of history: the export gives when a request was created and closed, not the stages"
                    + " (签收, 联系, 回访) a platform supervises as they run."),
            List.of("签收、联系、回访、满意度 Sign-for, contact, callback, satisfaction",
                "Not recorded in the export: only the on-time indicators are shown in the scorecards.")));
  }
}
