package org.hotline12345.core.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the readable numbers (工单编号) of new cases come from. A host takes them from its
 * store's sequences, so that numbers survive restarts and stay unique across nodes:
 *
 * <pre>{@code
 * CaseNumbering numbering = CaseNumbering.daily(
 *     CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), WorkingCalendars.CHINA_ZONE, store::nextSequenceValue);
 * }</pre>
 */
@FunctionalInterface
public interface CaseNumbering {

  /** The prefix of the sequence scopes {@link #daily(CaseNumberFormat, ZoneId, Counter)} counts in. */
  String DAILY_SCOPE_PREFIX = "case-number:";

  /**
   * The number of a case registered at the given instant.
   *
   * @param registeredAt when the case is registered
   * @return a number no other case has
   */
  CaseNumber next(Instant registeredAt);

  /**
   * A source of sequence values by scope: 1, 2, 3 and so on per scope, never the same value
   * twice in a scope. {@code HotlineStore::nextSequenceValue} is one.
   */
  @FunctionalInterface
  interface Counter {

    /**
     * The next value of a scope.
     *
     * @param scope the scope, for example {@code case-number:2024-10-08}
     * @return the value, 1 or more
     */
    long next(String scope);
  }

  /**
   * Numbers from a format and a counter that starts at 1 each day in the zone: the counter's
   * scope is {@code case-number:} and the ISO date ({@code case-number:2024-10-08}). Backed by
   * the store's sequences ({@code store::nextSequenceValue}), numbers survive restarts and are
   * unique across every node sharing the store. Thread-safe if the counter is.
   *
   * @param format the format, for example {@code NJ{yyyy}{MM}{dd}{seq:6}}
   * @param zone the zone whose days the counter follows
   * @param counter where the day's sequence values come from
   * @return the numbering
   * @throws NullPointerException if an argument is null
   */
  static CaseNumbering daily(CaseNumberFormat format, ZoneId zone, Counter counter) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(counter, "counter");
    return at -> {
      LocalDate day = Objects.requireNonNull(at, "registeredAt").atZone(zone).toLocalDate();
      return format.format(day, counter.next(DAILY_SCOPE_PREFIX + day));
    };
  }

  /**
   * Numbers from a format and an in-memory counter per day, <b>for tests and single-process
   * demos only</b>: the counts live in this object, so a restarted process, or a second node,
   * starts again at 1 and hands out numbers already taken (the store then refuses the case as
   * a duplicate). A host uses {@link #daily(CaseNumberFormat, ZoneId, Counter)} with its store.
   *
   * @param format the format, for example {@code NJ{yyyy}{MM}{dd}{seq:6}}
   * @param zone the zone whose days the counter follows
   * @return the numbering
   * @throws NullPointerException if an argument is null
   */
  static CaseNumbering daily(CaseNumberFormat format, ZoneId zone) {
    Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    return daily(format, zone, scope -> counters.computeIfAbsent(scope, s -> new AtomicLong()).incrementAndGet());
  }
}
