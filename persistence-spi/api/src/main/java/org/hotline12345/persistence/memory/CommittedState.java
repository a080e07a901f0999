package org.hotline12345.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredDepartment;
import org.hotline12345.persistence.StoredEvent;

/**
 * Everything committed, with the indexes the queries use. Not thread-safe: the store guards
 * it with its lock (reads under the read lock, changes under the write lock).
 */
final class CommittedState {

  /** A stored case with its events, in sequence order. */
  private static final class Entry {
    StoredCase stored;
    final List<StoredEvent> events = new ArrayList<>();

    Entry(StoredCase stored) {
      this.stored = stored;
    }
  }

  private final Map<String, Entry> cases = new HashMap<>();
  private final Map<String, String> caseIdByNumber = new HashMap<>();
  private final Map<String, String> caseIdByInquiryCodeHash = new HashMap<>();
  private final Map<String, String> caseIdByIntakeKey = new HashMap<>();

  /** The indexes ordered by registration instant then id, by what they hold: see {@link #registrationIndexes}. */
  private final Map<List<String>, NavigableMap<SortKey, StoredCase>> byRegistration = new HashMap<>();
  private final NavigableMap<SortKey, StoredCase> openByNextAlarm = new TreeMap<>();
  private final NavigableMap<SortKey, StoredCase> byClosedAt = new TreeMap<>();
  private final NavigableMap<SortKey, StoredCase> openByResolutionDue = new TreeMap<>();
  /** The open watched cases by watched due instant then id, by what they hold: see {@link #watchedIndexes}. */
  private final Map<List<String>, NavigableMap<SortKey, StoredCase>> openByWatchedDue = new HashMap<>();

  private final List<PositionedEvent> log = new ArrayList<>();

  private final Set<String> outboxIds = new HashSet<>();
  private final Map<String, OutboxMessage> pending = new LinkedHashMap<>();
  /** When each claimed pending message's lease ends. */
  private final Map<String, Instant> leasedUntil = new HashMap<>();

  private final NavigableMap<String, StoredDepartment> departments = new TreeMap<>();

  private final Map<String, Long> sequences = new HashMap<>();

  private final Map<String, byte[]> caseKeys = new HashMap<>();

  // ------------------------------------------------------------------ cases

  Optional<StoredCase> find(String caseId) {
    Entry entry = cases.get(caseId);
    return entry == null ? Optional.empty() : Optional.of(entry.stored);
  }

  List<StoredEvent> events(String caseId) {
    Entry entry = cases.get(caseId);
    return entry == null ? List.of() : List.copyOf(entry.events);
  }

  Optional<String> caseIdByNumber(String caseNumber) {
    return Optional.ofNullable(caseIdByNumber.get(caseNumber));
  }

  Optional<String> caseIdByInquiryCodeHash(String inquiryCodeHash) {
    return Optional.ofNullable(caseIdByInquiryCodeHash.get(inquiryCodeHash));
  }

  Optional<String> caseIdByIntakeKey(String intakeKey) {
    return Optional.ofNullable(caseIdByIntakeKey.get(intakeKey));
  }

  /**
   * Stores cases at their new states, appends their new events to their own logs, and moves
   * them in every index; then appends every new event to the global log in the order given.
   * The caller has checked versions and keys. Old states leave the indexes before new ones
   * enter, so cases of one unit of work may hand keys to one another.
   *
   * @param writes the cases written, with their intake keys (inserts only) and new events
   * @param eventsInWriteOrder every new event of the writes, in the order they were written
   */
  void apply(List<CaseWrite> writes, List<StoredEvent> eventsInWriteOrder) {
    for (CaseWrite write : writes) {
      Entry entry = cases.get(write.stored().caseId());
      if (entry != null) {
        unindex(entry.stored);
      }
    }
    for (CaseWrite write : writes) {
      StoredCase stored = write.stored();
      Entry entry = cases.computeIfAbsent(stored.caseId(), id -> new Entry(stored));
      entry.stored = stored;
      index(stored);
      write.intakeKey().ifPresent(key -> caseIdByIntakeKey.put(key, stored.caseId()));
      entry.events.addAll(write.newEvents());
    }
    for (StoredEvent event : eventsInWriteOrder) {
      log.add(new PositionedEvent(log.size() + 1L, event));
    }
  }

  private void index(StoredCase c) {
    caseIdByNumber.put(c.caseNumber(), c.caseId());
    caseIdByInquiryCodeHash.put(c.inquiryCodeHash(), c.caseId());
    SortKey registered = new SortKey(c.registeredAt(), c.caseId());
    for (List<String> key : registrationIndexes(c)) {
      byRegistration.computeIfAbsent(key, k -> new TreeMap<>()).put(registered, c);
    }
    if (c.open()) {
      c.nextAlarmAt().ifPresent(at -> openByNextAlarm.put(new SortKey(at, c.caseId()), c));
      c.resolutionDueAt().ifPresent(at -> openByResolutionDue.put(new SortKey(at, c.caseId()), c));
      c.watchedDueAt().ifPresent(at -> {
        for (List<String> key : watchedIndexes(c)) {
          openByWatchedDue.computeIfAbsent(key, k -> new TreeMap<>()).put(new SortKey(at, c.caseId()), c);
        }
      });
    }
    c.closedAt().ifPresent(at -> byClosedAt.put(new SortKey(at, c.caseId()), c));
  }

  private void unindex(StoredCase c) {
    caseIdByNumber.remove(c.caseNumber());
    caseIdByInquiryCodeHash.remove(c.inquiryCodeHash());
    SortKey registered = new SortKey(c.registeredAt(), c.caseId());
    for (List<String> key : registrationIndexes(c)) {
      removeFrom(byRegistration, key, registered);
    }
    if (c.open()) {
      c.nextAlarmAt().ifPresent(at -> openByNextAlarm.remove(new SortKey(at, c.caseId())));
      c.resolutionDueAt().ifPresent(at -> openByResolutionDue.remove(new SortKey(at, c.caseId())));
      c.watchedDueAt().ifPresent(at -> {
        for (List<String> key : watchedIndexes(c)) {
          removeFrom(openByWatchedDue, key, new SortKey(at, c.caseId()));
        }
      });
    }
    c.closedAt().ifPresent(at -> byClosedAt.remove(new SortKey(at, c.caseId())));
  }

  private static <K> void removeFrom(Map<K, NavigableMap<SortKey, StoredCase>> indexes, K key, SortKey sortKey) {
    NavigableMap<SortKey, StoredCase> index = indexes.get(key);
    index.remove(sortKey);
    if (index.isEmpty()) {
      indexes.remove(key);
    }
  }

  /**
   * The keys of the registration-ordered indexes a case belongs to: all cases; by status; by
   * status and lead; by lead and by lead among open cases; the same for each assisting
   * department; by category; and, while open, by category and area; by caller key; by area.
   */
  private static List<List<String>> registrationIndexes(StoredCase c) {
    List<List<String>> keys = new ArrayList<>();
    keys.add(ALL);
    keys.add(List.of(STATUS, c.status()));
    c.leadDepartment().ifPresent(lead -> {
      keys.add(List.of(STATUS_AND_LEAD, c.status(), lead));
      keys.add(List.of(LEAD, lead));
      if (c.open()) {
        keys.add(List.of(OPEN_LEAD, lead));
      }
    });
    for (String assisting : c.assistingDepartments()) {
      keys.add(List.of(ASSISTING, assisting));
      if (c.open()) {
        keys.add(List.of(OPEN_ASSISTING, assisting));
      }
    }
    c.category().ifPresent(category -> {
      keys.add(List.of(CATEGORY, category));
      if (c.open() && c.area().isPresent()) {
        keys.add(List.of(OPEN_CATEGORY_AND_AREA, category, c.area().get()));
      }
    });
    c.callerKey().ifPresent(caller -> keys.add(List.of(CALLER, caller)));
    c.area().ifPresent(area -> keys.add(List.of(AREA, area)));
    return keys;
  }

  /**
   * The keys of the indexes by watched due instant an open watched case belongs to: all; by
   * stage; by lead; by lead and stage.
   */
  private static List<List<String>> watchedIndexes(StoredCase c) {
    String stage = c.watchedStage().orElseThrow();
    List<List<String>> keys = new ArrayList<>(4);
    keys.add(ALL);
    keys.add(List.of(STAGE, stage));
    c.leadDepartment().ifPresent(lead -> {
      keys.add(List.of(LEAD, lead));
      keys.add(List.of(LEAD_AND_STAGE, lead, stage));
    });
    return keys;
  }

  /** Index names: the first element of a registration index's key. */
  static final String STATUS = "status";
  static final String STATUS_AND_LEAD = "status+lead";
  static final String LEAD = "lead";
  static final String OPEN_LEAD = "open+lead";
  static final String ASSISTING = "assisting";
  static final String OPEN_ASSISTING = "open+assisting";
  static final String CATEGORY = "category";
  static final String OPEN_CATEGORY_AND_AREA = "open+category+area";
  static final String CALLER = "caller";
  static final String AREA = "area";
  /** Index names of the watched indexes, beside {@link #ALL} and {@link #LEAD}. */
  static final String STAGE = "stage";
  static final String LEAD_AND_STAGE = "lead+stage";
  static final List<String> ALL = List.of("all");

  /**
   * A registration-ordered index: the cases whose {@link #registrationIndexes} hold the key,
   * by registration instant then id; empty if none.
   *
   * @param key the index's name and values, for example {@code List.of(LEAD, "dept-a")}
   * @return the index; not to be changed
   */
  NavigableMap<SortKey, StoredCase> byRegistration(List<String> key) {
    NavigableMap<SortKey, StoredCase> index = byRegistration.get(key);
    return index == null ? java.util.Collections.emptyNavigableMap() : index;
  }

  /** The open cases with a next alarm, by next alarm then id. */
  NavigableMap<SortKey, StoredCase> openByNextAlarm() {
    return openByNextAlarm;
  }

  /**
   * An index of open watched cases by watched due instant then id: the cases whose {@link
   * #watchedIndexes} hold the key; empty if none.
   *
   * @param key {@link #ALL}, or for example {@code List.of(LEAD, "dept-a")}
   * @return the index; not to be changed
   */
  NavigableMap<SortKey, StoredCase> openByWatchedDue(List<String> key) {
    NavigableMap<SortKey, StoredCase> index = openByWatchedDue.get(key);
    return index == null ? java.util.Collections.emptyNavigableMap() : index;
  }

  /** The cases with a closing instant, by that instant then id. */
  NavigableMap<SortKey, StoredCase> byClosedAt() {
    return byClosedAt;
  }

  /** The open cases with a resolution deadline, by that deadline then id. */
  NavigableMap<SortKey, StoredCase> openByResolutionDue() {
    return openByResolutionDue;
  }

  // -------------------------------------------------------------- event log

  List<PositionedEvent> since(long position, int limit) {
    if (position >= log.size()) {
      return List.of();
    }
    int from = (int) position;
    return List.copyOf(log.subList(from, Math.min(log.size(), from + limit)));
  }

  // ----------------------------------------------------------------- outbox

  boolean hasOutboxId(String id) {
    return outboxIds.contains(id);
  }

  void enqueue(OutboxMessage message) {
    outboxIds.add(message.id());
    pending.put(message.id(), message);
  }

  List<OutboxMessage> pending(int limit) {
    List<OutboxMessage> result = new ArrayList<>(Math.min(limit, pending.size()));
    Iterator<OutboxMessage> it = pending.values().iterator();
    while (result.size() < limit && it.hasNext()) {
      result.add(it.next());
    }
    return result;
  }

  /** Claims pending messages not held at {@code now}, in order, until {@code until}. */
  List<OutboxMessage> claim(int limit, Instant now, Instant until) {
    List<OutboxMessage> claimed = new ArrayList<>();
    Iterator<OutboxMessage> it = pending.values().iterator();
    while (claimed.size() < limit && it.hasNext()) {
      OutboxMessage message = it.next();
      Instant held = leasedUntil.get(message.id());
      if (held == null || !now.isBefore(held)) {
        leasedUntil.put(message.id(), until);
        claimed.add(message);
      }
    }
    return claimed;
  }

  void markDelivered(Collection<String> ids) {
    ids.forEach(id -> {
      pending.remove(id);
      leasedUntil.remove(id);
    });
  }

  // -------------------------------------------------------------- case keys

  /** A case's data key; the caller copies it before handing it out. */
  Optional<byte[]> caseKey(String caseId) {
    return Optional.ofNullable(caseKeys.get(caseId));
  }

  /** Stores a case's data key (a copy the caller made), or deletes it for an empty one. */
  void setCaseKey(String caseId, Optional<byte[]> key) {
    if (key.isPresent()) {
      caseKeys.put(caseId, key.get());
    } else {
      byte[] gone = caseKeys.remove(caseId);
      if (gone != null) {
        java.util.Arrays.fill(gone, (byte) 0);
      }
    }
  }

  // -------------------------------------------------------------- sequences

  /** Takes the next value of a sequence: 1 for a new scope. */
  long nextSequenceValue(String scope) {
    return sequences.merge(scope, 1L, Long::sum);
  }

  // ------------------------------------------------------------ departments

  List<StoredDepartment> departments() {
    return List.copyOf(departments.values());
  }

  Optional<StoredDepartment> department(String id) {
    return Optional.ofNullable(departments.get(id));
  }

  void save(StoredDepartment department) {
    departments.put(department.id(), department);
  }
}
