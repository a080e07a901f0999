package org.hotline12345.persistence;

import java.util.List;

/** The store's global, append-only log of every case's events, in commit order. */
public interface EventLog {

  /**
   * The events after a position, ascending: pass 0 for the start, then the last position
   * seen. No event becomes visible at a position before one already read.
   *
   * @param position the last position seen, 0 or more
   * @param limit the most events, 1 to 10,000
   * @return the events
   */
  List<PositionedEvent> since(long position, int limit);
}
