package org.hotline12345.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.supervision.BoardEntry;
import org.hotline12345.core.supervision.BoardQuery;
import org.hotline12345.core.supervision.SupervisionBoard;
import org.hotline12345.examples.report.Board;
import org.hotline12345.examples.report.BoardCell;
import org.hotline12345.examples.report.Light;
import org.hotline12345.examples.report.OverdueCase;
import org.hotline12345.persistence.PageRequest;

/**
 * The supervision board (督办看板) for the report, as core's supervision gives it: the platform's
 * open cases by stage and light ({@link HotlineService#board}), from the case rows alone, and the
 * most overdue red cases ({@link HotlineService#boardPage}), most urgent first.
 */
final class BoardReader {

  private BoardReader() {}

  /**
   * The platform's board at the service's instant.
   *
   * @param hotline the service, its clock at the board's instant
   * @param mostOverdue how many red cases to list
   * @return the report's board
   */
  static Board read(HotlineService hotline, int mostOverdue) {
    SupervisionBoard board = hotline.board(Optional.empty());
    List<BoardCell> cells = new ArrayList<>();
    for (SupervisionBoard.Row row : board.rows()) {
      for (org.hotline12345.core.supervision.Light light : org.hotline12345.core.supervision.Light.values()) {
        cells.add(new BoardCell(row.stage().name(), row.stage().chinese(), reportLight(light), row.count(light)));
      }
    }
    List<OverdueCase> overdue = new ArrayList<>();
    BoardQuery red = BoardQuery.platform().withLight(org.hotline12345.core.supervision.Light.RED);
    for (BoardEntry e : hotline.boardPage(red, PageRequest.first(mostOverdue)).items()) {
      double days = overdueDays(e, board.at());
      overdue.add(new OverdueCase(e.caseNumber().value(), e.leadDepartment().map(DepartmentId::value).orElse("—"),
          e.stage().chinese() + " " + e.stage(), e.dueAt().toInstant(), overdueText(e, board.at(), days), days));
    }
    return new Board(board.at(), cells, overdue);
  }

  private static Light reportLight(org.hotline12345.core.supervision.Light light) {
    return switch (light) {
      case GREEN -> Light.GREEN;
      case YELLOW -> Light.YELLOW;
      case RED -> Light.RED;
    };
  }

  /** Working days overdue (the last day included), or the part of a day for a deadline missed today. */
  private static double overdueDays(BoardEntry e, Instant now) {
    if (e.workingDaysLeft() < 0) {
      return -e.workingDaysLeft();
    }
    return Duration.between(e.dueAt().toInstant(), now).toMinutes() / (24.0 * 60);
  }

  private static String overdueText(BoardEntry e, Instant now, double days) {
    if (e.workingDaysLeft() >= 0) {
      long hours = Math.max(1, Duration.between(e.dueAt().toInstant(), now).toHours());
      return hours + " 小时 h";
    }
    return String.format(Locale.ROOT, "%d 个工作日 working days", Math.round(days));
  }
}
