package org.hotline12345.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one source (an IP address, a phone number, a session: the host decides what
 * a source is) may try inquiry codes (查询码), so that codes cannot be guessed by trying. The
 * citizen's lookup asks the guard before every attempt, valid or not.
 *
 * <p>{@link #perSource(int, Duration)} is a simple in-process limit; a host with several nodes
 * plugs in one backed by its shared cache.
 */
@FunctionalInterface
public interface InquiryGuard {

  /**
   * Whether the source may try a code now; counts the attempt if so.
   *
   * @param source who is asking, as the host identifies it; not personal data in logs
   * @param now the instant
   * @return true if the attempt may go ahead
   */
  boolean tryAttempt(String source, Instant now);

  /**
   * At most {@code attempts} tries per source in each window of {@code window}, in this
   * process. Thread-safe; memory grows with the number of sources seen in the current window.
   *
   * @param attempts the tries allowed per window, 1 or more
   * @param window the window, positive
   * @return the guard
   * @throws IllegalArgumentException if attempts is below 1 or the window is not positive
   */
  static InquiryGuard perSource(int attempts, Duration window) {
    Objects.requireNonNull(window, "window");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts: must be 1 or more, was " + attempts);
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window: must be positive, was " + window);
    }
    Map<String, long[]> counts = new ConcurrentHashMap<>();
    long windowMillis = window.toMillis() == 0 ? 1 : window.toMillis();
    return (source, now) -> {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(now, "now");
      long slot = Math.floorDiv(now.toEpochMilli(), windowMillis);
      if (counts.size() > 100_000) {
        counts.values().removeIf(c -> c[0] != slot);
      }
      long[] count = counts.compute(source, (k, c) -> c == null || c[0] != slot ? new long[] {slot, 1}
          : new long[] {slot, c[1] + 1});
      return count[1] <= attempts;
    };
  }
}
