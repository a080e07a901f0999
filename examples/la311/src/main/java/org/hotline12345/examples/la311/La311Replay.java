package org.hotline12345.examples.la311;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.persistence.HotlineStore;

/**
 * An import done: its summary, what the export named, the service over the store the cases are
 * in, the service level, and the span of the imported requests (the first creation, the last
 * creation or closing), from which {@link La311Assessment} takes its default period.
 *
 * @param summary what the import did with each row
 * @param catalog the agencies, sub-units, request types and areas met
 * @param service the service over the store
 * @param store the store
 * @param serviceLevelDays the service level, in working days
 * @param first the earliest creation imported, if any row was
 * @param last the latest creation or closing imported, if any row was
 */
public record La311Replay(ImportSummary summary, La311Catalog catalog, HotlineService service, HotlineStore store,
    int serviceLevelDays, Optional<Instant> first, Optional<Instant> last) {

  /** Checks the fields. */
  public La311Replay {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  La311Replay(ImportSummary summary, La311Catalog catalog, HotlineService service, HotlineStore store,
      int serviceLevelDays, Instant first, Instant last) {
    this(summary, catalog, service, store, serviceLevelDays, Optional.ofNullable(first), Optional.ofNullable(last));
  }
}
