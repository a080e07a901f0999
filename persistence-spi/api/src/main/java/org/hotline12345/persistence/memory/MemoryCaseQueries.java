package org.hotline12345.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.RecentCasesQuery;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;
import org.hotline12345.persistence.memory.Cursors.Query;

/**
 * The queries of the {@link InMemoryStore}, on its committed state and ordered indexes. A query
 * ordered by registration reads, from each index it needs, the cases after the cursor up to one
 * more than the page, and merges them: time proportional to the page, not to the cases stored.
 */
final class MemoryCaseQueries implements CaseQueries {

  private final InMemoryStore store;

  MemoryCaseQueries(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<StoredCase> find(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return store.read(s -> s.find(caseId));
  }

  @Override
  public Optional<StoredCase> findByNumber(String caseNumber) {
    Objects.requireNonNull(caseNumber, "caseNumber");
    return store.read(s -> s.caseIdByNumber(caseNumber).flatMap(s::find));
  }

  @Override
  public Optional<StoredCase> findByInquiryCodeHash(String inquiryCodeHash) {
    Objects.requireNonNull(inquiryCodeHash, "inquiryCodeHash");
    return store.read(s -> s.caseIdByInquiryCodeHash(inquiryCodeHash).flatMap(s::find));
  }

  @Override
  public Optional<byte[]> caseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return store.read(s -> s.caseKey(caseId).map(byte[]::clone));
  }

  @Override
  public List<StoredEvent> events(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return store.read(s -> s.events(caseId));
  }

  @Override
  public Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment, PageRequest page) {
    Set<String> wanted = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(page, "page");
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("statuses must name at least one status");
    }
    List<List<String>> indexes = new ArrayList<>();
    for (String status : wanted) {
      indexes.add(leadDepartment.isPresent()
          ? List.of(CommittedState.STATUS_AND_LEAD, status, leadDepartment.get())
          : List.of(CommittedState.STATUS, status));
    }
    return byRegistration(Query.BY_STATUS, indexes, Optional.empty(), Optional.empty(), c -> true, page);
  }

  @Override
  public Page<StoredCase> openByCategoryAndArea(String category, String area, Instant from, Instant to,
      PageRequest page) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(area, "area");
    checkPeriod(from, to);
    return byRegistration(Query.OPEN_BY_CATEGORY_AND_AREA,
        List.of(List.of(CommittedState.OPEN_CATEGORY_AND_AREA, category, area)), Optional.of(from), Optional.of(to),
        c -> true, page);
  }

  @Override
  public List<StoredCase> recent(RecentCasesQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1 || limit > MAX_RECENT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_RECENT + ", was " + limit);
    }
    return store.read(s -> takeFirst(window(s, query).descendingMap(), query::matches, limit, new ArrayList<>()));
  }

  @Override
  public long countRecent(RecentCasesQuery query) {
    Objects.requireNonNull(query, "query");
    return store.read(s -> window(s, query).values().stream().filter(query::matches).count());
  }

  /** The window of the index a recent-cases query reads: its caller's if it names one, else its area's. */
  private static NavigableMap<SortKey, StoredCase> window(CommittedState s, RecentCasesQuery query) {
    List<String> key = query.callerKey().isPresent() ? List.of(CommittedState.CALLER, query.callerKey().get())
        : List.of(CommittedState.AREA, query.area().orElseThrow());
    return range(s.byRegistration(key), Optional.of(query.registeredFrom()), Optional.of(query.registeredBefore()),
        Optional.empty());
  }

  @Override
  public Page<StoredCase> byDepartment(String departmentId, DepartmentRole role, boolean openOnly, PageRequest page) {
    Objects.requireNonNull(departmentId, "departmentId");
    Objects.requireNonNull(role, "role");
    List<List<String>> indexes = new ArrayList<>();
    if (role != DepartmentRole.ASSISTING) {
      indexes.add(List.of(openOnly ? CommittedState.OPEN_LEAD : CommittedState.LEAD, departmentId));
    }
    if (role != DepartmentRole.LEAD) {
      indexes.add(List.of(openOnly ? CommittedState.OPEN_ASSISTING : CommittedState.ASSISTING, departmentId));
    }
    return byRegistration(Query.BY_DEPARTMENT, indexes, Optional.empty(), Optional.empty(), c -> true, page);
  }

  @Override
  public Page<StoredCase> search(CaseSearch search, PageRequest page) {
    Objects.requireNonNull(search, "search");
    List<List<String>> indexes = new ArrayList<>();
    if (!search.categories().isEmpty()) {
      search.categories().forEach(category -> indexes.add(List.of(CommittedState.CATEGORY, category)));
    } else if (!search.statuses().isEmpty()) {
      search.statuses().forEach(status -> indexes.add(List.of(CommittedState.STATUS, status)));
    } else {
      indexes.add(CommittedState.ALL);
    }
    return byRegistration(Query.SEARCH, indexes, search.registeredFrom(), search.registeredBefore(),
        search::matches, page);
  }

  @Override
  public Page<StoredCase> dueBefore(Instant instant, PageRequest page) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(page, "page");
    Optional<SortKey> after = page.after().map(c -> Cursors.sortKey(Query.DUE_BEFORE, c));
    List<StoredCase> found = store.read(s -> takeFirst(range(s.openByNextAlarm(), Optional.empty(),
        Optional.of(instant), after), c -> true, page.size() + 1, new ArrayList<>()));
    return page(found, page.size(),
        c -> Cursors.of(Query.DUE_BEFORE, new SortKey(c.nextAlarmAt().orElseThrow(), c.caseId())));
  }

  @Override
  public Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page) {
    checkPeriod(from, to);
    Objects.requireNonNull(page, "page");
    Optional<String> cursor = page.after();
    boolean inDueRun = cursor.isPresent() && Cursors.isOf(Query.DUE_IN_PERIOD, cursor.get());
    Optional<SortKey> afterClosed = inDueRun ? Optional.empty()
        : cursor.map(c -> Cursors.sortKey(Query.CLOSED_IN_PERIOD, c));
    Optional<SortKey> afterDue = inDueRun ? cursor.map(c -> Cursors.sortKey(Query.DUE_IN_PERIOD, c)) : Optional.empty();
    Predicate<Instant> inPeriod = t -> !t.isBefore(from) && t.isBefore(to);
    int wanted = page.size() + 1;
    List<StoredCase> found = store.read(s -> {
      List<StoredCase> taken = new ArrayList<>();
      if (!inDueRun) {
        takeFirst(range(s.byClosedAt(), Optional.of(from), Optional.of(to), afterClosed), c -> true, wanted, taken);
      }
      takeFirst(range(s.openByResolutionDue(), Optional.of(from), Optional.of(to), afterDue),
          c -> c.closedAt().filter(inPeriod).isEmpty(), wanted - taken.size(), taken);
      return taken;
    });
    return page(found, page.size(), c -> c.closedAt().filter(inPeriod).isPresent()
        ? Cursors.of(Query.CLOSED_IN_PERIOD, new SortKey(c.closedAt().get(), c.caseId()))
        : Cursors.of(Query.DUE_IN_PERIOD, new SortKey(c.resolutionDueAt().orElseThrow(), c.caseId())));
  }

  @Override
  public List<WatchCount> watchCounts(Optional<String> leadDepartment, Instant now) {
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(now, "now");
    List<String> key = watchedIndexKey(leadDepartment, Optional.empty());
    return store.read(s -> {
      TreeMap<String, long[]> byStage = new TreeMap<>();
      for (StoredCase c : s.openByWatchedDue(key).values()) {
        long[] counts = byStage.computeIfAbsent(c.watchedStage().orElseThrow(), stage -> new long[3]);
        counts[0]++;
        if (!c.yellowAt().orElseThrow().isAfter(now)) {
          counts[1]++;
        }
        if (!c.watchedDueAt().orElseThrow().isAfter(now)) {
          counts[2]++;
        }
      }
      List<WatchCount> rows = new ArrayList<>(byStage.size());
      byStage.forEach((stage, counts) -> rows.add(new WatchCount(stage, counts[0], counts[1], counts[2])));
      return rows;
    });
  }

  /**
   * Reads the index of the query's lead department and stage (or of all open watched cases) from
   * the cursor on; the band bounds the range by {@code now} (the overdue ones end at it, the
   * others start after it) and the query filters the rows read (the yellow band, the green one).
   */
  @Override
  public Page<StoredCase> watched(WatchQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    Optional<SortKey> after = page.after().map(c -> Cursors.sortKey(Query.WATCHED, c));
    Instant now = query.now();
    boolean endOfTime = now.equals(Instant.MAX);
    Optional<Instant> from = Optional.empty();
    Optional<Instant> before = Optional.empty();
    switch (query.band()) {
      case OVERDUE:
        before = endOfTime ? Optional.empty() : Optional.of(now.plusNanos(1));
        break;
      case BEFORE_YELLOW:
      case YELLOW:
        if (endOfTime) {
          return new Page<>(List.of(), Optional.empty());
        }
        from = Optional.of(now.plusNanos(1));
        break;
      default:
        break;
    }
    Optional<Instant> start = from;
    Optional<Instant> end = before;
    List<String> key = watchedIndexKey(query.leadDepartment(), query.stage());
    List<StoredCase> found = store.read(s -> takeFirst(range(s.openByWatchedDue(key), start, end, after),
        query::matches, page.size() + 1, new ArrayList<>()));
    return page(found, page.size(),
        c -> Cursors.of(Query.WATCHED, new SortKey(c.watchedDueAt().orElseThrow(), c.caseId())));
  }

  /** The key of the watched index of a lead department and a stage, either or both absent. */
  private static List<String> watchedIndexKey(Optional<String> lead, Optional<String> stage) {
    if (lead.isPresent()) {
      return stage.isPresent() ? List.of(CommittedState.LEAD_AND_STAGE, lead.get(), stage.get())
          : List.of(CommittedState.LEAD, lead.get());
    }
    return stage.isPresent() ? List.of(CommittedState.STAGE, stage.get()) : CommittedState.ALL;
  }

  /**
   * A page of the cases of some registration-ordered indexes that match a filter, registered in
   * a range, merged in order, each case once.
   */
  private Page<StoredCase> byRegistration(Query query, List<List<String>> indexKeys, Optional<Instant> from,
      Optional<Instant> before, Predicate<StoredCase> filter, PageRequest page) {
    Objects.requireNonNull(page, "page");
    Optional<SortKey> after = page.after().map(c -> Cursors.sortKey(query, c));
    int wanted = page.size() + 1;
    TreeMap<SortKey, StoredCase> merged = store.read(s -> {
      TreeMap<SortKey, StoredCase> smallest = new TreeMap<>();
      for (List<String> key : indexKeys) {
        for (StoredCase c : takeFirst(range(s.byRegistration(key), from, before, after), filter, wanted,
            new ArrayList<>())) {
          smallest.put(registrationKey(c), c);
        }
        while (smallest.size() > wanted) {
          smallest.pollLastEntry();
        }
      }
      return smallest;
    });
    return page(new ArrayList<>(merged.values()), page.size(), c -> Cursors.of(query, registrationKey(c)));
  }

  /** The part of an index from {@code from} (inclusive) to {@code before} (exclusive), after the cursor. */
  private static NavigableMap<SortKey, StoredCase> range(NavigableMap<SortKey, StoredCase> index,
      Optional<Instant> from, Optional<Instant> before, Optional<SortKey> after) {
    SortKey low = from.map(SortKey::lowest).orElse(null);
    boolean lowInclusive = true;
    if (after.isPresent() && (low == null || after.get().compareTo(low) >= 0)) {
      low = after.get();
      lowInclusive = false;
    }
    SortKey high = before.map(SortKey::lowest).orElse(null);
    if (low != null && high != null) {
      return low.compareTo(high) >= 0 ? Collections.emptyNavigableMap() : index.subMap(low, lowInclusive, high, false);
    }
    if (low != null) {
      return index.tailMap(low, lowInclusive);
    }
    return high != null ? index.headMap(high, false) : index;
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period must not end (" + to + ") before it starts (" + from + ")");
    }
  }

  private static SortKey registrationKey(StoredCase c) {
    return new SortKey(c.registeredAt(), c.caseId());
  }

  /** Adds to {@code into} the first {@code count} cases of an index that match, in its order. */
  private static List<StoredCase> takeFirst(NavigableMap<SortKey, StoredCase> index, Predicate<StoredCase> filter,
      int count, List<StoredCase> into) {
    int taken = 0;
    for (StoredCase c : index.values()) {
      if (taken >= count) {
        break;
      }
      if (filter.test(c)) {
        into.add(c);
        taken++;
      }
    }
    return into;
  }

  /**
   * A page from up to {@code size + 1} cases in order: the first {@code size}, and a cursor at
   * the last of them when more follow.
   */
  private static Page<StoredCase> page(List<StoredCase> found, int size, Function<StoredCase, String> cursorOf) {
    if (found.size() <= size) {
      return new Page<>(found, Optional.empty());
    }
    List<StoredCase> items = found.subList(0, size);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(size - 1))));
  }
}
