package org.hotline12345.core.triage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.casefile.Case;

/** {@link AppealHistory#none()}: refuses every question, naming it. */
final class NoHistory implements AppealHistory {

  static final NoHistory INSTANCE = new NoHistory();

  private NoHistory() {}

  private static IllegalStateException refused(String question, Case c, Duration window) {
    Objects.requireNonNull(c, "c");
    AppealHistory.requireWindow(window);
    return new IllegalStateException("AppealHistory." + question + ": no appeal history is available here"
        + " (AppealHistory.none()); run the triage through HotlineService, or give it HotlineService.appealHistory()");
  }

  @Override
  public int appealsFromCaller(Case c, Duration window) {
    throw refused("appealsFromCaller", c, window);
  }

  @Override
  public int appealsAtPlace(Case c, Duration window) {
    throw refused("appealsAtPlace", c, window);
  }

  @Override
  public List<Case> openCasesLike(Case c, Duration window, int limit) {
    AppealHistory.requireLimit(limit);
    throw refused("openCasesLike", c, window);
  }

  @Override
  public List<Case> recentFromCaller(Case c, Duration window, int limit) {
    AppealHistory.requireLimit(limit);
    throw refused("recentFromCaller", c, window);
  }

  @Override
  public String toString() {
    return "AppealHistory.none()";
  }
}
