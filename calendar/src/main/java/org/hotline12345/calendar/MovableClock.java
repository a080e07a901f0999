package org.hotline12345.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a host moves by hand: to drive a simulated day at a hotline, to back-fill history in
 * order, or in tests. It stands still until told to {@link #advance} or {@link #setTo}; every
 * copy made by {@link #withZone} moves with it. Thread-safe.
 *
 * <pre>{@code
 * MovableClock clock = MovableClock.at(Instant.parse("2025-10-09T01:00:00Z"), WorkingCalendars.CHINA_ZONE);
 * HotlineService hotline = HotlineService.builder().clock(clock)...build();
 * clock.advance(Duration.ofHours(2)); // the next step happens two hours later
 * }</pre>
 */
public final class MovableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at an instant.
   *
   * @param start the instant
   * @param zone the zone
   * @return the clock
   * @throws NullPointerException if an argument is null
   */
  public static MovableClock at(Instant start, ZoneId zone) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(zone, "zone");
    return new MovableClock(new AtomicReference<>(start), zone);
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far, not negative
   * @return the new instant
   * @throws NullPointerException if amount is null
   * @throws IllegalArgumentException if amount is negative
   * @throws java.time.DateTimeException if the instant would leave the range of {@link Instant}
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount: a clock moves forward; was " + amount);
    }
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Sets the clock to an instant, earlier or later.
   *
   * @param instant the instant
   * @throws NullPointerException if instant is null
   */
  public void setTo(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * This clock seen in another zone; it moves with this one.
   *
   * @param other the zone
   * @return the clock
   * @throws NullPointerException if other is null
   */
  @Override
  public MovableClock withZone(ZoneId other) {
    return new MovableClock(now, Objects.requireNonNull(other, "other"));
  }

  @Override
  public String toString() {
    return "MovableClock[" + now.get() + ", " + zone + "]";
  }
}
