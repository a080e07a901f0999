package org.hotline12345.persistence.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;

/**
 * A unit of work of the {@link InMemoryStore}: writes are checked against what the unit sees
 * (committed data under its own writes) and buffered; at commit, under the store's write lock,
 * they are checked again against what is committed then, and applied all together or not at
 * all. Not thread-safe, like every unit of work.
 */
final class MemoryUnitOfWork implements UnitOfWork {

  /** A case this unit inserted or updated. */
  private static final class Touched {
    StoredCase state;
    final boolean inserted;
    final long versionRead;
    final Optional<String> intakeKey;
    final List<StoredEvent> newEvents = new ArrayList<>();

    Touched(StoredCase state, boolean inserted, long versionRead, Optional<String> intakeKey) {
      this.state = state;
      this.inserted = inserted;
      this.versionRead = versionRead;
      this.intakeKey = intakeKey;
    }
  }

  private final InMemoryStore store;
  private final Map<String, Touched> touched = new LinkedHashMap<>();
  private final Map<String, String> ownIntakeKeys = new HashMap<>();
  private final Map<String, String> ownNumbers = new HashMap<>();
  private final Map<String, String> ownInquiryCodeHashes = new HashMap<>();
  private final List<StoredEvent> written = new ArrayList<>();
  private final Map<String, OutboxMessage> messages = new LinkedHashMap<>();
  /** The unit's data key writes by case: a key inserted, or empty for one destroyed. */
  private final Map<String, Optional<byte[]>> ownKeys = new LinkedHashMap<>();
  /** The cases whose committed key this unit destroyed (it may insert a new one after). */
  private final java.util.Set<String> destroyedCommittedKeys = new java.util.HashSet<>();
  private StoreException failure;
  private boolean ended;

  MemoryUnitOfWork(InMemoryStore store) {
    this.store = store;
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<StoredCase> findCase(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    ensureOpen();
    Touched own = touched.get(caseId);
    return own != null ? Optional.of(own.state) : committed(state -> state.find(caseId));
  }

  @Override
  public List<StoredEvent> events(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    ensureOpen();
    Touched own = touched.get(caseId);
    if (own == null) {
      return committed(state -> state.events(caseId));
    }
    List<StoredEvent> all = new ArrayList<>(own.inserted ? List.of() : committed(state -> state.events(caseId)));
    all.addAll(own.newEvents);
    return List.copyOf(all);
  }

  @Override
  public Optional<String> findCaseIdByIntakeKey(String intakeKey) {
    Objects.requireNonNull(intakeKey, "intakeKey");
    ensureOpen();
    String own = ownIntakeKeys.get(intakeKey);
    return own != null ? Optional.of(own) : committed(state -> state.caseIdByIntakeKey(intakeKey));
  }

  // ----------------------------------------------------------------- writes

  @Override
  public void insertCase(StoredCase stored, Optional<String> intakeKey, List<StoredEvent> events) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(intakeKey, "intakeKey").ifPresent(key -> Keys.requireText("intakeKey", key, 1,
        Keys.MAX_INTAKE_KEY_LENGTH));
    List<StoredEvent> copy = List.copyOf(Objects.requireNonNull(events, "events"));
    ensureOpen();
    EventNumbering.check(stored, copy, 1);
    String caseId = stored.caseId();
    if (touched.containsKey(caseId) || committed(state -> state.find(caseId)).isPresent()) {
      throw fail(Duplicates.caseId(caseId));
    }
    checkNumberAndCode(stored);
    if (intakeKey.isPresent() && findCaseIdByIntakeKey(intakeKey.get()).isPresent()) {
      throw fail(Duplicates.intakeKey(caseId));
    }
    Touched own = new Touched(stored, true, 0, intakeKey);
    own.newEvents.addAll(copy);
    touched.put(caseId, own);
    holdKeys(null, stored);
    intakeKey.ifPresent(key -> ownIntakeKeys.put(key, caseId));
    written.addAll(copy);
  }

  @Override
  public void updateCase(StoredCase stored, long expectedVersion, List<StoredEvent> newEvents) {
    Objects.requireNonNull(stored, "stored");
    List<StoredEvent> copy = List.copyOf(Objects.requireNonNull(newEvents, "newEvents"));
    ensureOpen();
    if (stored.version() <= expectedVersion) {
      throw new IllegalArgumentException("the new version " + stored.version()
          + " of case " + stored.caseId() + " must be above the expected version " + expectedVersion);
    }
    EventNumbering.check(stored, copy, expectedVersion + 1);
    String caseId = stored.caseId();
    Optional<StoredCase> current = findCase(caseId);
    long actual = current.map(StoredCase::version).orElse(-1L);
    if (actual != expectedVersion) {
      throw fail(new ConcurrencyConflictException(caseId, expectedVersion, actual));
    }
    checkNumberAndCode(stored);
    Touched own = touched.get(caseId);
    if (own == null) {
      own = new Touched(stored, false, expectedVersion, Optional.empty());
      touched.put(caseId, own);
      holdKeys(null, stored);
    } else {
      holdKeys(own.state, stored);
    }
    own.state = stored;
    own.newEvents.addAll(copy);
    written.addAll(copy);
  }

  @Override
  public void enqueue(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    ensureOpen();
    if (messages.containsKey(message.id()) || committed(state -> state.hasOutboxId(message.id()))) {
      throw fail(Duplicates.outboxId(message.caseId()));
    }
    messages.put(message.id(), message);
  }

  @Override
  public void insertCaseKey(String caseId, byte[] key) {
    Keys.requireId("caseId", caseId);
    byte[] copy = Keys.requireCaseKey("key", key).clone();
    ensureOpen();
    if (findCaseKey(caseId).isPresent()) {
      throw fail(Duplicates.caseKey(caseId));
    }
    ownKeys.put(caseId, Optional.of(copy));
  }

  @Override
  public Optional<byte[]> findCaseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    ensureOpen();
    Optional<byte[]> own = ownKeys.get(caseId);
    return (own != null ? own : committed(state -> state.caseKey(caseId))).map(byte[]::clone);
  }

  @Override
  public boolean destroyCaseKey(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    ensureOpen();
    boolean had = findCaseKey(caseId).isPresent();
    if (!ownKeys.containsKey(caseId) && had) {
      destroyedCommittedKeys.add(caseId);
    }
    ownKeys.put(caseId, Optional.empty());
    return had;
  }

  /** The case number and inquiry code of a case being written must not belong to another. */
  private void checkNumberAndCode(StoredCase stored) {
    String caseId = stored.caseId();
    if (ownerInView(stored.caseNumber(), ownNumbers, CommittedState::caseIdByNumber)
        .filter(owner -> !owner.equals(caseId)).isPresent()) {
      throw fail(Duplicates.caseNumber(stored.caseNumber()));
    }
    if (ownerInView(stored.inquiryCodeHash(), ownInquiryCodeHashes, CommittedState::caseIdByInquiryCodeHash)
        .filter(owner -> !owner.equals(caseId)).isPresent()) {
      throw fail(Duplicates.inquiryCodeHash(caseId));
    }
  }

  /**
   * Which case holds a key in this unit's view: one of its own cases, else the committed
   * holder unless this unit has written that case (and so moved it off the key, or it would
   * be among its own holders).
   */
  private Optional<String> ownerInView(String key, Map<String, String> own, KeyIndex committedIndex) {
    String holder = own.get(key);
    if (holder != null) {
      return Optional.of(holder);
    }
    return committed(state -> committedIndex.owner(state, key)).filter(owner -> !touched.containsKey(owner));
  }

  /** Moves the unit's own key indexes from a case's previous state (or none) to its new one. */
  private void holdKeys(StoredCase previous, StoredCase next) {
    if (previous != null) {
      ownNumbers.remove(previous.caseNumber(), previous.caseId());
      ownInquiryCodeHashes.remove(previous.inquiryCodeHash(), previous.caseId());
    }
    ownNumbers.put(next.caseNumber(), next.caseId());
    ownInquiryCodeHashes.put(next.inquiryCodeHash(), next.caseId());
  }

  // ----------------------------------------------------------------- commit

  /** Ends the unit: no read or write is accepted after the work has returned or thrown. */
  void end() {
    ended = true;
  }

  /** The first store exception one of the unit's writes threw, which dooms it. */
  Optional<StoreException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Checks the unit's writes against the committed state and applies them. Call under the
   * store's write lock.
   *
   * @throws ConcurrencyConflictException if a case changed since the unit read it
   * @throws DuplicateKeyException if another unit committed one of the unit's keys first
   */
  void commitTo(CommittedState state) {
    for (Touched own : touched.values()) {
      StoredCase stored = own.state;
      String caseId = stored.caseId();
      Optional<StoredCase> current = state.find(caseId);
      if (own.inserted && current.isPresent()) {
        throw Duplicates.caseId(caseId);
      }
      if (!own.inserted && current.map(StoredCase::version).orElse(-1L) != own.versionRead) {
        throw new ConcurrencyConflictException(caseId, own.versionRead, current.map(StoredCase::version).orElse(-1L));
      }
      if (heldByAnother(state.caseIdByNumber(stored.caseNumber()), caseId, stored.caseNumber(), StoredCase::caseNumber)) {
        throw Duplicates.caseNumber(stored.caseNumber());
      }
      if (heldByAnother(state.caseIdByInquiryCodeHash(stored.inquiryCodeHash()), caseId, stored.inquiryCodeHash(),
          StoredCase::inquiryCodeHash)) {
        throw Duplicates.inquiryCodeHash(caseId);
      }
      if (own.intakeKey.isPresent() && state.caseIdByIntakeKey(own.intakeKey.get()).isPresent()) {
        throw Duplicates.intakeKey(caseId);
      }
    }
    for (OutboxMessage message : messages.values()) {
      if (state.hasOutboxId(message.id())) {
        throw Duplicates.outboxId(message.caseId());
      }
    }
    for (Map.Entry<String, Optional<byte[]>> key : ownKeys.entrySet()) {
      if (key.getValue().isPresent() && state.caseKey(key.getKey()).isPresent()
          && !destroyedCommittedKeys.contains(key.getKey())) {
        throw Duplicates.caseKey(key.getKey());
      }
    }
    List<CaseWrite> writes = new ArrayList<>(touched.size());
    touched.values().forEach(own -> writes.add(new CaseWrite(own.state, own.intakeKey, own.newEvents)));
    state.apply(writes, written);
    messages.values().forEach(state::enqueue);
    ownKeys.forEach(state::setCaseKey);
  }

  /** Whether a committed holder of a key is another case that this unit does not move off it. */
  private boolean heldByAnother(Optional<String> holder, String caseId, String key,
      Function<StoredCase, String> keyOf) {
    if (holder.isEmpty() || holder.get().equals(caseId)) {
      return false;
    }
    Touched other = touched.get(holder.get());
    return other == null || keyOf.apply(other.state).equals(key);
  }

  // ---------------------------------------------------------------- helpers

  private <R> R committed(Function<CommittedState, R> read) {
    return store.read(read);
  }

  private void ensureOpen() {
    if (ended) {
      throw new IllegalStateException("this unit of work has ended; start a new one with inTransaction");
    }
  }

  private StoreException fail(StoreException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** A committed key index: which case holds a key. */
  @FunctionalInterface
  private interface KeyIndex {
    Optional<String> owner(CommittedState state, String key);
  }
}
