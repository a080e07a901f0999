package org.hotline12345.core.routing;

import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.Eligibility;

/**
 * The routing port (派单): where an accepted case goes, first or again after a return left no
 * candidate. Implementations are thread-safe and change nothing themselves.
 */
@FunctionalInterface
public interface Router {

  /**
   * Routes a case.
   *
   * @param c the case, accepted or awaiting dispatch
   * @param eligibility which departments the case may go to
   * @return the route, or a hand-over to a person, with its explanation
   */
  RoutingOutcome route(Case c, Eligibility eligibility);
}
