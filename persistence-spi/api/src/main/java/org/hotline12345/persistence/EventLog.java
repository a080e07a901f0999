package org.hotline12345.persistence;

import java.util.List;

/**
 * The store's global, append-only log of every case's events, in commit order, for hosts that
 * stream events elsewhere. Positions grow with every event committed and are never reused;
 * there may be gaps (a rolled-back unit of work may have taken positions). A unit's events
 * take positions in the order it wrote them, and the events of a unit that rolled back never
 * appear.
 */
public interface EventLog {

  /**
   * The events after a position, ascending: pass 0 for the start, then the last position
   * seen. No event becomes visible at a position before one already read, so a reader that
   * always passes the last position it saw reads every committed event exactly once.
   *
   * @param position the last position seen, 0 or more
   * @param limit the most events, 1 to 10,000
   * @return the events, at most {@code limit}, each at a position above {@code position}
   * @throws IllegalArgumentException if the position is negative or the limit is not 1 to
   *     10,000
   */
  List<PositionedEvent> since(long position, int limit);
}
