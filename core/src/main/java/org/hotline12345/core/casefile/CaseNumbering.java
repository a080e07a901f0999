package org.hotline12345.core.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the readable numbers of new cases come from. A host with several nodes backs it with
 * a database sequence; {@link #daily} counts in memory, per day, for a single node and tests.
 */
@FunctionalInterface
public interface CaseNumbering {

  /**
   * The number of a case registered at the given instant.
   *
   * @param registeredAt when the case is registered
   * @return a number no other case has
   */
  CaseNumber next(Instant registeredAt);

  /**
   * Numbers from a format and an in-memory counter that starts at 1 each day in the zone.
   * Thread-safe; counts are lost on restart.
   *
   * @param format the format, for example {@code NJ{yyyy}{MM}{dd}{seq:6}}
   * @param zone the zone whose days the counter follows
   * @return the numbering
   */
  static CaseNumbering daily(CaseNumberFormat format, ZoneId zone) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(zone, "zone");
    Map<LocalDate, AtomicLong> counters = new ConcurrentHashMap<>();
    return at -> {
      LocalDate day = at.atZone(zone).toLocalDate();
      return format.format(day, counters.computeIfAbsent(day, d -> new AtomicLong()).incrementAndGet());
    };
  }
}
