package org.hotline12345.examples.la311;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.HistoricalCase;

/**
 * One row of an export as the import reads it: the columns of {@link La311Column}, checked and
 * mapped, and nothing else (no address, no coordinates). Texts are trimmed and never empty.
 *
 * @param row the row number, from 1
 * @param line the line it starts on
 * @param srNumber the request's number
 * @param created when it was created
 * @param closed when it was closed, for a closed outcome
 * @param outcome its status, mapped
 * @param owner the agency's code
 * @param assignTo the sub-unit, if named
 * @param requestType the request type
 * @param source the request source as written (empty when blank)
 * @param channel the channel it maps to
 * @param channelFallback whether the source was not one {@link La311Mapping#channel} lists
 * @param councilDistrict the council district's number, if given
 * @param neighbourhoodCouncil the neighbourhood council's number, if given
 * @param neighbourhoodCouncilName its name, if given
 * @param serviceDate the date the service was scheduled for, if given
 */
public record La311Request(long row, long line, String srNumber, Instant created, Optional<Instant> closed,
    HistoricalCase.Outcome outcome, String owner, Optional<String> assignTo, String requestType, String source,
    Channel channel, boolean channelFallback, Optional<Integer> councilDistrict, Optional<Integer> neighbourhoodCouncil,
    Optional<String> neighbourhoodCouncilName, Optional<Instant> serviceDate) {

  /** Checks the fields are there. */
  public La311Request {
    Objects.requireNonNull(srNumber, "srNumber");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(assignTo, "assignTo");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(councilDistrict, "councilDistrict");
    Objects.requireNonNull(neighbourhoodCouncil, "neighbourhoodCouncil");
    Objects.requireNonNull(neighbourhoodCouncilName, "neighbourhoodCouncilName");
    Objects.requireNonNull(serviceDate, "serviceDate");
  }
}
