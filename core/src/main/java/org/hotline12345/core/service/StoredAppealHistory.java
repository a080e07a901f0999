package org.hotline12345.core.service;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.RecentCasesQuery;
import org.hotline12345.persistence.StoredCase;

/**
 * The {@link AppealHistory} of a {@link HotlineService}: the store's {@link CaseQueries#recent}
 * and {@link CaseQueries#countRecent} by caller key or area, each case found read and decrypted
 * as the service reads cases.
 */
final class StoredAppealHistory implements AppealHistory {

  private final CaseQueries cases;
  private final Optional<CallerKeys> callerKeys;
  private final Function<CaseId, Optional<Case>> reader;

  StoredAppealHistory(CaseQueries cases, Optional<CallerKeys> callerKeys, Function<CaseId, Optional<Case>> reader) {
    this.cases = cases;
    this.callerKeys = callerKeys;
    this.reader = reader;
  }

  @Override
  public int appealsFromCaller(Case c, Duration window) {
    RecentCasesQuery.Builder query = window(c, window);
    return callerKey(c, "appealsFromCaller").map(key -> count(query.callerKey(key))).orElse(0);
  }

  @Override
  public int appealsAtPlace(Case c, Duration window) {
    RecentCasesQuery.Builder query = window(c, window);
    return area(c).map(area -> count(query.area(area))).orElse(0);
  }

  @Override
  public List<Case> openCasesLike(Case c, Duration window, int limit) {
    RecentCasesQuery.Builder query = window(c, window);
    AppealHistory.requireLimit(limit);
    Optional<String> area = area(c);
    Optional<CategoryCode> category = c.category();
    if (area.isEmpty() || category.isEmpty()) {
      return List.of();
    }
    List<Case> open = read(query.area(area.get()).category(category.get().value()).openOnly(true), limit);
    open.removeIf(found -> !found.isOpen());
    return List.copyOf(open);
  }

  @Override
  public List<Case> recentFromCaller(Case c, Duration window, int limit) {
    RecentCasesQuery.Builder query = window(c, window);
    AppealHistory.requireLimit(limit);
    return callerKey(c, "recentFromCaller").map(key -> List.copyOf(read(query.callerKey(key), limit)))
        .orElse(List.of());
  }

  /** The window before the case, its own instant included, and the case itself left out. */
  private static RecentCasesQuery.Builder window(Case c, Duration window) {
    Objects.requireNonNull(c, "c");
    AppealHistory.requireWindow(window);
    return RecentCasesQuery.builder()
        .registeredIn(c.registeredAt().minus(window), c.registeredAt().plus(1, ChronoUnit.MICROS))
        .excluding(c.id().value());
  }

  private Optional<String> callerKey(Case c, String question) {
    CallerKeys keys = callerKeys.orElseThrow(() -> new IllegalStateException("AppealHistory." + question
        + ": the same caller is recognised by a keyed hash of the phone number, and this HotlineService has no"
        + " secret for it; set HotlineService.Builder.callerKeySecret (at least " + CallerKeys.MIN_SECRET_BYTES
        + " bytes, the same for every service over the store)"));
    return keys.of(c);
  }

  private static Optional<String> area(Case c) {
    return c.appeal().getLocation().getArea().map(Area::code);
  }

  private int count(RecentCasesQuery.Builder query) {
    return (int) Math.min(Integer.MAX_VALUE, cases.countRecent(query.build()));
  }

  private List<Case> read(RecentCasesQuery.Builder query, int limit) {
    List<Case> found = new ArrayList<>();
    for (StoredCase row : cases.recent(query.build(), limit)) {
      reader.apply(CaseId.of(row.caseId())).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public String toString() {
    return "AppealHistory[" + cases.getClass().getSimpleName() + (callerKeys.isPresent() ? ", callers" : "") + "]";
  }
}
