package org.hotline12345.examples.demo;

import java.time.Instant;
import org.hotline12345.core.department.DepartmentId;

/**
 * A step of the simulation due at an instant: a citizen's appeal coming in, a department or the
 * platform acting on a case, or the supervision sweep. Ordered by instant, then by the order they
 * were planned, so that the same seed replays the same month.
 *
 * @param at when
 * @param order the order it was planned in
 * @param kind what
 * @param run the case's run, null for a sweep
 * @param round the case's dispatch round it belongs to; a step of an earlier round is dropped
 * @param department the department acting, for a step of an assisting department
 */
record Step(Instant at, long order, Kind kind, CaseRun run, int round, DepartmentId department)
    implements Comparable<Step> {

  /** What a step does. */
  enum Kind {
    ARRIVE, CLERK, DISPATCH, RETURN, DECIDE_RETURN, SIGN, ASSIST_SIGN, CONTACT, ASK_EXTENSION,
    DECIDE_EXTENSION, PAUSE, RESUME, REPLY, REVIEW, CALLBACK, REOPEN, CLOSE, SWEEP
  }

  @Override
  public int compareTo(Step other) {
    int c = at.compareTo(other.at);
    return c != 0 ? c : Long.compare(order, other.order);
  }
}
