package org.hotline12345.core.triage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.casefile.Case;

/**
 * What a triage may ask of past appeals (诉求历史): how often the same caller or the same place
 * appealed within a window before a case, the open cases a repeat could merge into (并案), and a
 * caller's recent cases. The {@link org.hotline12345.core.service.HotlineService} gives one to
 * its triage on intake and in {@code propose}, over its store, with every case it returns
 * decrypted as the service reads cases elsewhere.
 *
 * <p><b>The window.</b> Each question looks at the cases registered in {@code [t - window, t]},
 * where {@code t} is {@link Case#registeredAt()} of the case asked about, and never counts or
 * returns that case itself. The window is positive and at most {@link #MAX_WINDOW}; the end is
 * inclusive because cases registered at the same instant came in together (stores keep
 * instants to the microsecond).
 *
 * <p><b>The same caller</b> is the same normalised phone number: its digits, without a leading
 * China country code ({@code +86}, {@code 0086}), so that {@code 138 1234 5678} and {@code
 * +86 138-1234-5678} are one caller. An anonymous appeal (匿名) or one without a phone number
 * has no caller to recognise: it counts 0 and has no recent cases. The store never sees the
 * number: it keeps a keyed hash, computed with a secret the host configures
 * ({@code HotlineService.Builder.callerKeySecret}); without that secret the caller questions
 * throw {@link IllegalStateException} naming the setting, rather than answering 0. Only cases
 * stored under the same secret are recognised as the same caller's.
 *
 * <p><b>The same place</b> is the same area code (行政区划, exactly, not an area above or
 * below it). A case without an area has no place: it counts 0 and has no cases like it.
 *
 * <p>Implementations are thread-safe; a question reads committed cases and changes nothing.
 * Questions a store cannot answer (one that does not offer the conformance kit's
 * {@code RECENT_CASES}) throw its {@link UnsupportedOperationException}.
 */
public interface AppealHistory {

  /** The longest window a question may look back: 366 days. */
  Duration MAX_WINDOW = Duration.ofDays(366);

  /** The most cases a list question returns: 100 (each is read and decrypted). */
  int MAX_LIMIT = 100;

  /**
   * How many other cases the same caller raised in the window before the case.
   *
   * @param c the case asked about
   * @param window how far back to look, positive, at most {@link #MAX_WINDOW}
   * @return the count, 0 or more; 0 for an anonymous appeal or one without a phone number
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window is out of range
   * @throws IllegalStateException if the host configured no caller key secret
   */
  int appealsFromCaller(Case c, Duration window);

  /**
   * How many other cases were raised at the same place (area code) in the window before the case.
   *
   * @param c the case asked about
   * @param window how far back to look, positive, at most {@link #MAX_WINDOW}
   * @return the count, 0 or more; 0 for a case without an area
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window is out of range
   */
  int appealsAtPlace(Case c, Duration window);

  /**
   * The open cases like this one: the same category ({@link Case#category()}, the appeal's own
   * or the one it was classified into) and the same area, registered in the window before it;
   * newest first (registration instant, then case id, descending). The candidates of a duplicate
   * merge (并案) by place.
   *
   * @param c the case asked about
   * @param window how far back to look, positive, at most {@link #MAX_WINDOW}
   * @param limit the most cases to return, 1 to {@link #MAX_LIMIT}
   * @return the open cases, not {@code c}; empty for a case without a category or an area
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window or the limit is out of range
   */
  List<Case> openCasesLike(Case c, Duration window, int limit);

  /**
   * The same caller's cases registered in the window before this one, open or closed, newest
   * first (registration instant, then case id, descending).
   *
   * @param c the case asked about
   * @param window how far back to look, positive, at most {@link #MAX_WINDOW}
   * @param limit the most cases to return, 1 to {@link #MAX_LIMIT}
   * @return the cases, not {@code c}; empty for an anonymous appeal or one without a phone number
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window or the limit is out of range
   * @throws IllegalStateException if the host configured no caller key secret
   */
  List<Case> recentFromCaller(Case c, Duration window, int limit);

  /**
   * No history at all, for running a triage where no store is at hand (a unit test of a rule
   * that does not look back, a dry run over one appeal): every question throws {@link
   * IllegalStateException} naming itself and saying that no history is available, never an
   * answer of 0 or nothing.
   *
   * @return the history that refuses every question
   */
  static AppealHistory none() {
    return NoHistory.INSTANCE;
  }

  /**
   * Checks a window: positive, at most {@link #MAX_WINDOW}.
   *
   * @param window the window
   * @return the window
   * @throws NullPointerException if window is null
   * @throws IllegalArgumentException if it is out of range, naming the rule
   */
  static Duration requireWindow(Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException("window must be positive and at most " + MAX_WINDOW.toDays()
          + " days, was " + window);
    }
    return window;
  }

  /**
   * Checks a limit: 1 to {@link #MAX_LIMIT}.
   *
   * @param limit the limit
   * @return the limit
   * @throws IllegalArgumentException if it is out of range, naming the rule
   */
  static int requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }
}
