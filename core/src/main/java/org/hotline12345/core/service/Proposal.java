package org.hotline12345.core.service;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.triage.TriageOutcome;

/**
 * What the service's triage and router would do with a case now, for a clerk to confirm:
 * triage for a registered case, routing for an accepted one or one awaiting dispatch.
 *
 * @param triage the triage outcome, for a registered case with a triage configured
 * @param routing the routing outcome, for a case to dispatch with a router configured
 */
public record Proposal(Optional<TriageOutcome> triage, Optional<RoutingOutcome> routing) {

  /** Checks the fields. */
  public Proposal {
    Objects.requireNonNull(triage, "triage");
    Objects.requireNonNull(routing, "routing");
  }
}
