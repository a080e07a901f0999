package org.hotline12345.persistence.tck;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.persistence.HotlineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The conformance kit (一致性测试) of the storage contract: every rule the SPI's Javadoc states,
 * as JUnit Jupiter tests a host runs against its own {@link HotlineStore}. A host writes one
 * subclass with one factory method; the contract's groups run as {@link Nested} classes of
 * that subclass, each test on a fresh, empty store.
 *
 * <pre>{@code
 * class OracleStoreConformanceTest extends HotlineStoreContract {
 *   @Override
 *   protected HotlineStore newEmptyStore() {
 *     truncateAllTables(dataSource);
 *     return new OracleHotlineStore(dataSource);
 *   }
 * }
 * }</pre>
 *
 * <p>The groups: {@link Versions}, {@link DuplicateKeys}, {@link Idempotency}, {@link
 * Lookups}, {@link UnitsOfWork}, {@link OverlappingUnits}, {@link ConcurrentWriters}, {@link
 * EventLog}, {@link Outbox}, {@link OutboxWorkers}, {@link Departments}, {@link Sequences},
 * {@link CaseKeys}, {@link Text}, {@link ByStatus}, {@link DueBefore}, {@link
 * ClosedOrDueBetween}, {@link OpenByCategoryAndArea}, {@link ByDepartment}, {@link Search},
 * {@link Paging}, {@link RecentCases} and {@link WatchBoard}. Each is tagged with its name in lower case with hyphens ({@code paging},
 * {@code event-log}), so that a build can run one
 * alone: {@code mvn test -Dgroups=paging}. Tests of a {@linkplain #features() feature} the
 * store switches off are skipped with a message naming it. Tests never measure time; a test
 * that starts threads waits at most a minute for them, then fails saying what did not finish.
 *
 * <p>See {@code docs/implementing-the-spi.md} for a walk through the contract and the
 * pitfalls of Oracle, MySQL and PostgreSQL.
 */
public abstract class HotlineStoreContract {

  private HotlineStore store;

  /** For subclasses. */
  protected HotlineStoreContract() {}

  /**
   * A store with no cases, events, outbox messages, departments or sequences, called once
   * before every test. A store over a database typically empties its tables here (or uses a new schema).
   *
   * @return the store under test
   */
  protected abstract HotlineStore newEmptyStore();

  /**
   * Releases a store after its test, pass or fail: close a pool, drop a schema. Does nothing
   * unless overridden.
   *
   * @param store the store {@link #newEmptyStore()} returned
   */
  protected void closeStore(HotlineStore store) {}

  /**
   * Closes a store as the host would on shutdown and opens a new one over the same data, as
   * after a restart: tests of {@link StoreFeature#REOPEN} call it in the middle of a test. The
   * kit then uses the store returned, and hands it to {@link #closeStore} after the test; the
   * store given must not be used again. Fails unless overridden: override it, or switch off
   * {@link StoreFeature#REOPEN} in {@link #features()}.
   *
   * <pre>{@code
   * @Override
   * protected HotlineStore reopenStore(HotlineStore store) {
   *   ((OracleHotlineStore) store).close();
   *   return new OracleHotlineStore(DATA_SOURCE);
   * }
   * }</pre>
   *
   * @param store the store of the running test
   * @return a new store over the same data
   */
  protected HotlineStore reopenStore(HotlineStore store) {
    throw new UnsupportedOperationException("the store under test offers StoreFeature.REOPEN: override"
        + " reopenStore(store) to open it again over the same data, or switch REOPEN off in features()");
  }

  /**
   * The features the store offers; tests of the others are skipped. All of them unless
   * overridden.
   *
   * @return the features
   */
  protected Set<StoreFeature> features() {
    return EnumSet.allOf(StoreFeature.class);
  }

  /** The store of the running test. */
  final HotlineStore store() {
    return store;
  }

  /** Replaces the store of the running test by one reopened over the same data. */
  final HotlineStore reopen() {
    HotlineStore reopened = Objects.requireNonNull(reopenStore(store), "reopenStore(store) must return a store, not null");
    store = reopened;
    return reopened;
  }

  /** Opens the store of the next test and checks that it is empty. */
  @BeforeEach
  final void openEmptyStore() {
    store = Objects.requireNonNull(newEmptyStore(), "newEmptyStore() must return a store, not null");
    Emptiness.check(store);
  }

  /** Hands the store of the test to {@link #closeStore}. */
  @AfterEach
  final void closeStoreOfTest() {
    if (store != null) {
      HotlineStore closing = store;
      store = null;
      closeStore(closing);
    }
  }

  /** Versions and optimistic concurrency (乐观锁): see {@link VersionsContract}. */
  @Nested
  @Tag("versions")
  class Versions extends VersionsContract {
    Versions() {
      super(HotlineStoreContract.this);
    }
  }

  /** Unique keys: see {@link DuplicateKeysContract}. */
  @Nested
  @Tag("duplicate-keys")
  class DuplicateKeys extends DuplicateKeysContract {
    DuplicateKeys() {
      super(HotlineStoreContract.this);
    }
  }

  /** Idempotent intake by intake key: see {@link IdempotencyContract}. */
  @Nested
  @Tag("idempotency")
  class Idempotency extends IdempotencyContract {
    Idempotency() {
      super(HotlineStoreContract.this);
    }
  }

  /** Lookups by id, number and inquiry code: see {@link LookupsContract}. */
  @Nested
  @Tag("lookups")
  class Lookups extends LookupsContract {
    Lookups() {
      super(HotlineStoreContract.this);
    }
  }

  /** Atomic, isolated units of work (事务): see {@link UnitsOfWorkContract}. */
  @Nested
  @Tag("units-of-work")
  class UnitsOfWork extends UnitsOfWorkContract {
    UnitsOfWork() {
      super(HotlineStoreContract.this);
    }
  }

  /** Units of work that overlap in time: see {@link OverlappingUnitsContract}. */
  @Nested
  @Tag("overlapping-units")
  class OverlappingUnits extends OverlappingUnitsContract {
    OverlappingUnits() {
      super(HotlineStoreContract.this);
    }
  }

  /** Many writers on one store: see {@link ConcurrentWritersContract}. */
  @Nested
  @Tag("concurrent-writers")
  class ConcurrentWriters extends ConcurrentWritersContract {
    ConcurrentWriters() {
      super(HotlineStoreContract.this);
    }
  }

  /** The global event log: see {@link EventLogContract}. */
  @Nested
  @Tag("event-log")
  class EventLog extends EventLogContract {
    EventLog() {
      super(HotlineStoreContract.this);
    }
  }

  /** The outbox (发件箱): see {@link OutboxContract}. */
  @Nested
  @Tag("outbox")
  class Outbox extends OutboxContract {
    Outbox() {
      super(HotlineStoreContract.this);
    }
  }

  /** Several outbox workers claiming messages: see {@link OutboxWorkersContract}. */
  @Nested
  @Tag("outbox-workers")
  class OutboxWorkers extends OutboxWorkersContract {
    OutboxWorkers() {
      super(HotlineStoreContract.this);
    }
  }

  /** The department directory (承办单位): see {@link DepartmentsContract}. */
  @Nested
  @Tag("departments")
  class Departments extends DepartmentsContract {
    Departments() {
      super(HotlineStoreContract.this);
    }
  }

  /** Sequences (序列) that case numbers come from: see {@link SequencesContract}. */
  @Nested
  @Tag("sequences")
  class Sequences extends SequencesContract {
    Sequences() {
      super(HotlineStoreContract.this);
    }
  }

  /** Per-case data keys (数据密钥) for crypto-shredding: see {@link CaseKeysContract}. */
  @Nested
  @Tag("case-keys")
  class CaseKeys extends CaseKeysContract {
    CaseKeys() {
      super(HotlineStoreContract.this);
    }
  }

  /** Unusual text and large payloads: see {@link TextContract}. */
  @Nested
  @Tag("text")
  class Text extends TextContract {
    Text() {
      super(HotlineStoreContract.this);
    }
  }

  /** Cases by status and lead department: see {@link ByStatusContract}. */
  @Nested
  @Tag("by-status")
  class ByStatus extends ByStatusContract {
    ByStatus() {
      super(HotlineStoreContract.this);
    }
  }

  /** The supervision sweep (督办): see {@link DueBeforeContract}. */
  @Nested
  @Tag("due-before")
  class DueBefore extends DueBeforeContract {
    DueBefore() {
      super(HotlineStoreContract.this);
    }
  }

  /** The cases of an assessment period (考核): see {@link ClosedOrDueBetweenContract}. */
  @Nested
  @Tag("closed-or-due-between")
  class ClosedOrDueBetween extends ClosedOrDueBetweenContract {
    ClosedOrDueBetween() {
      super(HotlineStoreContract.this);
    }
  }

  /** Duplicate merge candidates (并案): see {@link OpenByCategoryAndAreaContract}. */
  @Nested
  @Tag("open-by-category-and-area")
  class OpenByCategoryAndArea extends OpenByCategoryAndAreaContract {
    OpenByCategoryAndArea() {
      super(HotlineStoreContract.this);
    }
  }

  /** Departments' work lists: see {@link ByDepartmentContract}. */
  @Nested
  @Tag("by-department")
  class ByDepartment extends ByDepartmentContract {
    ByDepartment() {
      super(HotlineStoreContract.this);
    }
  }

  /** Open311's search: see {@link SearchContract}. */
  @Nested
  @Tag("search")
  class Search extends SearchContract {
    Search() {
      super(HotlineStoreContract.this);
    }
  }

  /** A caller's or a place's recent cases (诉求历史): see {@link RecentCasesContract}. */
  @Nested
  @Tag("recent-cases")
  class RecentCases extends RecentCasesContract {
    RecentCases() {
      super(HotlineStoreContract.this);
    }
  }

  /** The supervision board (红黄牌看板): see {@link WatchBoardContract}. */
  @Nested
  @Tag("watch-board")
  class WatchBoard extends WatchBoardContract {
    WatchBoard() {
      super(HotlineStoreContract.this);
    }
  }

  /** Keyset paging of the paged queries: see {@link PagingContract}. */
  @Nested
  @Tag("paging")
  class Paging extends PagingContract {
    Paging() {
      super(HotlineStoreContract.this);
    }
  }
}
