package org.hotline12345.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.memory.Cursors.Query;

/** The queries of the {@link InMemoryStore}, on its committed state and ordered indexes. */
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
    Optional<SortKey> after = page.after().map(c -> Cursors.sortKey(Query.BY_STATUS, c));
    int wantedCount = page.size() + 1;
    List<StoredCase> found = store.read(s -> {
      List<StoredCase> merged = new ArrayList<>();
      for (String status : wanted) {
        NavigableMap<SortKey, StoredCase> index = s.byStatus(status, leadDepartment);
        takeFirst(after.isPresent() ? index.tailMap(after.get(), false) : index, wantedCount, merged);
      }
      return merged;
    });
    found.sort(Comparator.comparing(MemoryCaseQueries::registrationKey));
    return page(found, page.size(), c -> Cursors.of(Query.BY_STATUS, registrationKey(c)));
  }

  @Override
  public Page<StoredCase> dueBefore(Instant instant, PageRequest page) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(page, "page");
    SortKey bound = SortKey.lowest(instant);
    Optional<SortKey> after = page.after().map(c -> Cursors.sortKey(Query.DUE_BEFORE, c));
    if (after.isPresent() && after.get().compareTo(bound) >= 0) {
      return new Page<>(List.of(), Optional.empty());
    }
    List<StoredCase> found = store.read(s -> {
      NavigableMap<SortKey, StoredCase> index = s.openByNextAlarm();
      NavigableMap<SortKey, StoredCase> range = after.isPresent()
          ? index.subMap(after.get(), false, bound, false)
          : index.headMap(bound, false);
      List<StoredCase> first = new ArrayList<>();
      takeFirst(range, page.size() + 1, first);
      return first;
    });
    return page(found, page.size(),
        c -> Cursors.of(Query.DUE_BEFORE, new SortKey(c.nextAlarmAt().orElseThrow(), c.caseId())));
  }

  @Override
  public Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period must not end (" + to + ") before it starts (" + from + ")");
    }
    Optional<String> after = page.after().map(c -> Cursors.caseId(Query.CLOSED_OR_DUE_BETWEEN, c));
    int wantedCount = page.size() + 1;
    TreeMap<String, StoredCase> smallest = store.read(s -> {
      TreeMap<String, StoredCase> best = new TreeMap<>();
      SortKey low = SortKey.lowest(from);
      SortKey high = SortKey.lowest(to);
      keepSmallest(s.byClosedAt().subMap(low, true, high, false).values(), after, wantedCount, best);
      keepSmallest(s.openByResolutionDue().subMap(low, true, high, false).values(), after, wantedCount, best);
      return best;
    });
    return page(new ArrayList<>(smallest.values()), page.size(),
        c -> Cursors.of(Query.CLOSED_OR_DUE_BETWEEN, c.caseId()));
  }

  private static SortKey registrationKey(StoredCase c) {
    return new SortKey(c.registeredAt(), c.caseId());
  }

  /** Adds the first {@code count} cases of an index, in its order. */
  private static void takeFirst(NavigableMap<SortKey, StoredCase> index, int count, List<StoredCase> into) {
    int taken = 0;
    for (StoredCase c : index.values()) {
      if (taken++ == count) {
        return;
      }
      into.add(c);
    }
  }

  /** Keeps the {@code count} cases with the smallest ids after the cursor's id. */
  private static void keepSmallest(Iterable<StoredCase> cases, Optional<String> after, int count,
      TreeMap<String, StoredCase> best) {
    for (StoredCase c : cases) {
      if (after.isPresent() && c.caseId().compareTo(after.get()) <= 0) {
        continue;
      }
      best.put(c.caseId(), c);
      if (best.size() > count) {
        best.pollLastEntry();
      }
    }
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
