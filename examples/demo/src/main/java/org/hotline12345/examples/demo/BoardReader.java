package org.hotline12345.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline12345.calendar.Deadline;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.examples.report.Board;
import org.hotline12345.examples.report.BoardCell;
import org.hotline12345.examples.report.Light;
import org.hotline12345.examples.report.OverdueCase;
import org.hotline12345.persistence.StoredCase;

/**
 * The supervision board (督办看板) for the report: each open case at its most urgent watched
 * deadline, green while less than 80 % of the limit is used, yellow from 80 %, red when overdue,
 * and the most overdue cases. Read here from the cases until core's supervision package gives
 * {@code HotlineService.board(...)}; then the report takes the board from there.
 */
final class BoardReader {

  /** The share of a limit used from which the light turns yellow. */
  static final double YELLOW_FROM = 0.8;
  private static final List<Stage> STAGES = List.of(Stage.SIGN_FOR, Stage.FIRST_CONTACT, Stage.RESOLUTION,
      Stage.CALLBACK);

  private BoardReader() {}

  static Board read(City city, HotlineService hotline, List<StoredCase> rows, Instant now, int mostOverdue) {
    Map<Stage, EnumMap<Light, Long>> counts = new EnumMap<>(Stage.class);
    for (Stage s : STAGES) {
      EnumMap<Light, Long> byLight = new EnumMap<>(Light.class);
      for (Light l : Light.values()) {
        byLight.put(l, 0L);
      }
      counts.put(s, byLight);
    }
    List<OverdueCase> overdue = new ArrayList<>();
    for (StoredCase row : rows) {
      if (!row.open()) {
        continue;
      }
      Case c = hotline.find(org.hotline12345.core.casefile.CaseId.of(row.caseId())).orElseThrow();
      List<StageDeadline> watched = c.watchedDeadlines();
      if (watched.isEmpty()) {
        continue;
      }
      StageDeadline first = watched.get(0);
      Deadline deadline = first.toDeadline(city.calendar);
      Light light = deadline.isOverdue(now) ? Light.RED
          : deadline.fractionUsed(now) >= YELLOW_FROM ? Light.YELLOW : Light.GREEN;
      counts.computeIfAbsent(first.stage(), s -> new EnumMap<>(Light.class)).merge(light, 1L, Long::sum);
      if (light == Light.RED) {
        double days = overdueWorkingDays(city, deadline, now);
        overdue.add(new OverdueCase(c.number().value(), c.lead().map(d -> d.value()).orElse("—"),
            first.stage().chinese() + " " + first.stage(), first.dueAt(), overdueText(first.dueAt(), now, days),
            days));
      }
    }
    List<BoardCell> cells = new ArrayList<>();
    counts.forEach((stage, byLight) -> byLight.forEach((light, n) ->
        cells.add(new BoardCell(stage.name(), stage.chinese(), light, n))));
    overdue.sort(Comparator.comparingDouble(OverdueCase::overdueDays).reversed()
        .thenComparing(OverdueCase::dueAt).thenComparing(OverdueCase::caseNumber));
    return new Board(now, cells, overdue.subList(0, Math.min(mostOverdue, overdue.size())));
  }

  /** Working days from the deadline's last day to today, with the hours of a deadline missed today. */
  private static double overdueWorkingDays(City city, Deadline deadline, Instant now) {
    LocalDate today = now.atZone(City.ZONE).toLocalDate();
    LocalDate last = deadline.dueAtZoned().toLocalDate();
    long whole = Math.max(0, city.calendar.workingDaysBetween(last, today));
    if (whole == 0) {
      return Duration.between(deadline.dueAt(), now).toMinutes() / (24.0 * 60);
    }
    return whole;
  }

  private static String overdueText(Instant due, Instant now, double days) {
    if (days < 1) {
      long hours = Math.max(1, Duration.between(due, now).toHours());
      return hours + " 小时 h";
    }
    return String.format(Locale.ROOT, "%d 个工作日 working days", Math.round(days));
  }
}
