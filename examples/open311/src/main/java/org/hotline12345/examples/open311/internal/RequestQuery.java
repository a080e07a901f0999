package org.hotline12345.examples.open311.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.service.CaseSummary;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.view.PublicView;
import org.hotline12345.examples.open311.internal.Document.Fields;
import org.hotline12345.examples.open311.internal.Document.Items;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;

/**
 * {@code GET requests} and {@code GET requests/{id}}, over {@link HotlineService#casesMatching}
 * and {@link HotlineService#publicView}. The filters of GeoReport v2: {@code service_request_id}
 * (a comma list, which overrides the others), {@code service_code} (a comma list; a category
 * covers its subcategories), {@code start_date}, {@code end_date} and {@code status}
 * ({@code open}, {@code closed} or both). The window is at most 90 days: without dates, the 90
 * days up to now; with one date, 90 days from or up to it; a date alone ({@code 2025-10-01})
 * covers its whole day. At most 1,000 requests, the newest first.
 */
public final class RequestQuery {

  /** The longest window one search may span. */
  static final Duration MAX_WINDOW = Duration.ofDays(90);
  /** The most requests one answer lists. */
  static final int MAX_RESULTS = 1_000;
  /** The most ids one {@code service_request_id} list may name. */
  static final int MAX_IDS = 100;

  private final HotlineService hotline;
  private final ServiceCatalog catalog;
  private final RequestViews views;
  private final Clock clock;

  /**
   * A query.
   *
   * @param hotline the service
   * @param catalog the services
   * @param views the views
   * @param clock the clock ("now" for the default window)
   */
  public RequestQuery(HotlineService hotline, ServiceCatalog catalog, RequestViews views, Clock clock) {
    this.hotline = hotline;
    this.catalog = catalog;
    this.views = views;
    this.clock = clock;
  }

  /**
   * {@code GET requests/{id}}.
   *
   * @param id the case number
   * @return {@code service_requests} with one {@code request}
   * @throws Open311Failure 404 if no case has the number
   */
  public Document one(String id) {
    PublicView view = find(id).orElseThrow(() -> Open311Failure.notFound("service_request_id: no such request"));
    return list(List.of(view));
  }

  /**
   * {@code GET requests}.
   *
   * @param params the parameters
   * @return {@code service_requests}/{@code request}
   * @throws Open311Failure 400 naming the parameter and the rule
   */
  public Document search(Params params) {
    Optional<String> ids = params.single("service_request_id");
    if (ids.isPresent()) {
      return byIds(ids.get());
    }
    CaseSearch.Builder search = CaseSearch.builder();
    params.single("service_code").ifPresent(codes -> search.categories(categories(codes)));
    params.single("status").ifPresent(status -> search.statuses(statuses(status)));
    Instant[] window = window(params);
    search.registeredFrom(window[0]).registeredBefore(window[1]);
    Deque<CaseSummary> newest = new ArrayDeque<>();
    PageRequest page = PageRequest.first(MAX_RESULTS);
    CaseSearch built = search.build();
    while (true) {
      Page<CaseSummary> found = hotline.casesMatching(built, page);
      for (CaseSummary s : found.items()) {
        newest.addFirst(s);
        if (newest.size() > MAX_RESULTS) {
          newest.removeLast();
        }
      }
      if (found.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(MAX_RESULTS, found.next().get());
    }
    List<PublicView> views = new ArrayList<>();
    for (CaseSummary s : newest) {
      hotline.publicView(s.number()).ifPresent(views::add);
    }
    return list(views);
  }

  private Document byIds(String text) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : text.split(",", -1)) {
      if (!id.isBlank()) {
        ids.add(id.strip());
      }
    }
    if (ids.size() > MAX_IDS) {
      throw Open311Failure.badRequest("service_request_id: at most " + MAX_IDS + " ids, separated by commas");
    }
    List<PublicView> views = new ArrayList<>();
    ids.forEach(id -> find(id).ifPresent(views::add));
    return list(views);
  }

  private Optional<PublicView> find(String id) {
    try {
      return hotline.publicView(new CaseNumber(id));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private Set<String> categories(String text) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : text.split(",", -1)) {
      if (code.isBlank()) {
        continue;
      }
      Category c = catalog.find(code.strip()).orElseThrow(() -> Open311Failure.badRequest(
          "service_code: no such service; GET services lists them"));
      codes.addAll(catalog.withDescendants(c));
      if (codes.size() > CaseSearch.MAX_VALUES) {
        throw Open311Failure.badRequest("service_code: these services cover more than " + CaseSearch.MAX_VALUES
            + " categories; ask for fewer");
      }
    }
    return codes;
  }

  private static Set<String> statuses(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String s : text.split(",", -1)) {
      String status = s.strip();
      if (!status.equals("open") && !status.equals("closed")) {
        throw Open311Failure.badRequest("status: must be open, closed, or both separated by a comma");
      }
      for (CaseStatus c : CaseStatus.values()) {
        if (c.isOpen() == status.equals("open")) {
          names.add(c.name());
        }
      }
    }
    return names;
  }

  /** The registration window [from, before). */
  private Instant[] window(Params params) {
    Optional<W3cTime.Parsed> start = params.single("start_date").map(t -> views.time().parse("start_date", t));
    Optional<W3cTime.Parsed> end = params.single("end_date").map(t -> views.time().parse("end_date", t));
    if (start.isPresent() && end.isPresent()) {
      if (end.get().instant().isBefore(start.get().instant())) {
        throw Open311Failure.badRequest("end_date: must not be before start_date");
      }
      if (Duration.between(start.get().instant(), end.get().instant()).compareTo(MAX_WINDOW) > 0) {
        throw Open311Failure.badRequest("start_date, end_date: may not span more than 90 days");
      }
    }
    // end_date is the latest instant included, to the second as requests show it; a date, its whole day.
    Optional<Instant> before = end.map(e -> e.wholeDay() ? views.time().nextDayStart(e.instant())
        : e.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    Optional<Instant> from = start.map(s -> s.instant().truncatedTo(ChronoUnit.SECONDS));
    if (from.isPresent()) {
      return new Instant[] {from.get(), before.orElse(from.get().plus(MAX_WINDOW))};
    }
    Instant to = before.orElse(clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    return new Instant[] {to.minus(MAX_WINDOW), to};
  }

  private Document list(List<PublicView> found) {
    List<Fields> items = new ArrayList<>();
    found.forEach(v -> items.add(views.request(v)));
    return new Document("service_requests", new Items("request", items));
  }
}
