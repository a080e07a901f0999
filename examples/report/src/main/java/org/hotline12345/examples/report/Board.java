package org.hotline12345.examples.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The supervision board (督办看板) at an instant: the open cases by stage and light, and the
 * most overdue of them.
 *
 * @param asOf when the board was read
 * @param cells the counts by stage and light (a case counts once, at its most urgent stage)
 * @param mostOverdue the most overdue cases, most overdue first
 */
public record Board(Instant asOf, List<BoardCell> cells, List<OverdueCase> mostOverdue) {

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field or an element is null
   */
  public Board {
    Objects.requireNonNull(asOf, "asOf");
    cells = Checks.list(cells, "cells");
    mostOverdue = Checks.list(mostOverdue, "mostOverdue");
  }

  /**
   * The open cases showing a light.
   *
   * @param light the light
   * @return their count over every stage
   */
  public long count(Light light) {
    return cells.stream().filter(c -> c.light() == light).mapToLong(BoardCell::count).sum();
  }
}
