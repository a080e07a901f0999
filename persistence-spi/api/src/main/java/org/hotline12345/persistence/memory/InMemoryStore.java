package org.hotline12345.persistence.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.DepartmentStore;
import org.hotline12345.persistence.EventLog;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.Outbox;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredDepartment;
import org.hotline12345.persistence.UnitOfWork;

/**
 * The reference implementation of the storage contract, in memory (内存存储): for tests, demos
 * and single-node hosts that keep nothing across restarts. Thread-safe; it passes the
 * conformance kit ({@code hotline-persistence-tck}).
 *
 * <p>A unit of work buffers its writes, checking each against what it sees (committed data
 * under its own writes). At commit, under one write lock, every version and unique key is
 * checked again against what is committed then, and the writes are applied together, their
 * events taking the next positions of the global log in commit order. Reads take a read lock
 * for the moment they run, so they see every commit whole or not at all.
 *
 * <p>The queries use ordered indexes: the supervision sweep ({@link CaseQueries#dueBefore})
 * reads a page of a million open cases in time proportional to the page, not to the cases;
 * {@link CaseQueries#byStatus} reads one index per status; {@link
 * CaseQueries#closedOrDueBetween} reads the cases of the period; the supervision board ({@link
 * CaseQueries#watched}, {@link CaseQueries#watchCounts}) reads open watched cases by watched due
 * instant, from an index per lead department and stage.
 *
 * <pre>{@code
 * HotlineStore store = new InMemoryStore();
 * store.inTransaction(uow -> {
 *   uow.insertCase(stored, Optional.of("SMS:4711"), events);
 *   uow.enqueue(message);
 *   return null;
 * });
 * }</pre>
 */
public final class InMemoryStore implements HotlineStore {

  private static final int MAX_LIMIT = 10_000;

  private final ReentrantReadWriteLock lock;
  private final CommittedState state;
  private final CaseQueries cases = new MemoryCaseQueries(this);
  private final EventLog events = new Log();
  private final Outbox outbox = new MemoryOutbox();
  private final DepartmentStore departments = new Departments();

  /** Creates an empty store. */
  public InMemoryStore() {
    this(new ReentrantReadWriteLock(), new CommittedState());
  }

  private InMemoryStore(ReentrantReadWriteLock lock, CommittedState state) {
    this.lock = lock;
    this.state = state;
  }

  /**
   * For tests of restarts and of several nodes: a new store over this store's committed data,
   * as a process that restarts, or a second node, sees a database that outlives it. Nothing of
   * this store's objects carries over but the data: units of work, cursors aside, start afresh.
   * Both stores may be used at once, like two nodes over one database; each sees what the other
   * commits.
   *
   * @return a store over the same committed data
   */
  public InMemoryStore reopen() {
    return new InMemoryStore(lock, state);
  }

  @Override
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    Objects.requireNonNull(work, "work");
    MemoryUnitOfWork unit = new MemoryUnitOfWork(this);
    T result;
    try {
      result = work.apply(unit);
    } finally {
      unit.end();
    }
    Optional<StoreException> failure = unit.failure();
    if (failure.isPresent()) {
      throw failure.get();
    }
    write(unit::commitTo);
    return result;
  }

  @Override
  public long nextSequenceValue(String scope) {
    Keys.requireId("scope", scope);
    return compute(s -> s.nextSequenceValue(scope));
  }

  @Override
  public CaseQueries cases() {
    return cases;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public DepartmentStore departments() {
    return departments;
  }

  /** Reads the committed state under the read lock. */
  <R> R read(Function<CommittedState, R> reader) {
    Lock readLock = lock.readLock();
    readLock.lock();
    try {
      return reader.apply(state);
    } finally {
      readLock.unlock();
    }
  }

  /** Changes the committed state under the write lock. */
  private void write(Consumer<CommittedState> writer) {
    compute(s -> {
      writer.accept(s);
      return null;
    });
  }

  /** Changes the committed state under the write lock, returning what the writer does. */
  private <R> R compute(Function<CommittedState, R> writer) {
    Lock writeLock = lock.writeLock();
    writeLock.lock();
    try {
      return writer.apply(state);
    } finally {
      writeLock.unlock();
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The global event log. */
  private final class Log implements EventLog {
    @Override
    public List<PositionedEvent> since(long position, int limit) {
      if (position < 0) {
        throw new IllegalArgumentException("position must be 0 or more, was " + position);
      }
      checkLimit(limit);
      return read(s -> s.since(position, limit));
    }
  }

  /** The outbox. */
  private final class MemoryOutbox implements Outbox {
    @Override
    public List<OutboxMessage> pending(int limit) {
      checkLimit(limit);
      return read(s -> s.pending(limit));
    }

    @Override
    public List<OutboxMessage> claim(String workerId, int limit, Instant now, Duration lease) {
      Keys.requireId("workerId", workerId);
      checkLimit(limit);
      Objects.requireNonNull(now, "now");
      Instant until = now.plus(Outbox.requireLease(lease));
      return compute(s -> s.claim(limit, now, until));
    }

    @Override
    public void markDelivered(Collection<String> ids) {
      List<String> copy = List.copyOf(Objects.requireNonNull(ids, "ids"));
      write(s -> s.markDelivered(copy));
    }
  }

  /** The department directory. */
  private final class Departments implements DepartmentStore {
    @Override
    public List<StoredDepartment> all() {
      return read(CommittedState::departments);
    }

    @Override
    public Optional<StoredDepartment> find(String id) {
      Objects.requireNonNull(id, "id");
      return read(s -> s.department(id));
    }

    @Override
    public void save(StoredDepartment department) {
      Objects.requireNonNull(department, "department");
      write(s -> s.save(department));
    }
  }
}
