package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.DepartmentStore;
import org.hotline12345.persistence.EventLog;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.Outbox;
import org.hotline12345.persistence.RetryableStoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The service when the store fails: retries of deadlock victims, a sweep that survives a bad case. */
class ServiceFailuresTest {

  private static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");

  /** A store whose next units of work fail as deadlock victims before reaching the real store. */
  static final class DeadlockingStore implements HotlineStore {
    final HotlineStore delegate;
    final AtomicInteger failuresToCome = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();

    DeadlockingStore(HotlineStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(Function<UnitOfWork, T> work) {
      attempts.incrementAndGet();
      if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new RetryableStoreException("commit a unit of work failed (SQLState 40P01)", null);
      }
      return delegate.inTransaction(work);
    }

    @Override
    public long nextSequenceValue(String scope) {
      return delegate.nextSequenceValue(scope);
    }

    @Override
    public CaseQueries cases() {
      return delegate.cases();
    }

    @Override
    public EventLog events() {
      return delegate.events();
    }

    @Override
    public Outbox outbox() {
      return delegate.outbox();
    }

    @Override
    public DepartmentStore departments() {
      return delegate.departments();
    }
  }

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore memory = new InMemoryStore();
  private final DeadlockingStore store = new DeadlockingStore(memory);
  private final HotlineService service = HotlineService.builder()
      .store(store).lifecycle(ServiceFixtures.lifecycle()).clock(clock).maxAttempts(3).build();

  private static Appeal appeal(String externalId) {
    return Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId).build();
  }

  @Test
  void aDeadlockVictimIsRetriedAndTheCaseRegistered() {
    store.failuresToCome.set(2);

    Case c = service.submit(appeal("wx-1"), Actor.agent("a-1")).registered();

    assertThat(store.attempts).as("units of work tried: two deadlocked, the third committed").hasValue(3);
    assertThat(service.find(c.id())).contains(c);
  }

  @Test
  void aDeadlockThatOutlastsTheAttemptsIsRethrownAndNothingIsWritten() {
    Case c = service.submit(appeal("wx-2"), Actor.agent("a-1")).registered();
    store.attempts.set(0);
    store.failuresToCome.set(3);

    assertThatThrownBy(() -> service.execute(c.id(), new CaseCommand.Accept(), Actor.agent("a-1")))
        .isInstanceOf(RetryableStoreException.class);
    assertThat(store.attempts).as("units of work tried: maxAttempts").hasValue(3);
    assertThat(service.find(c.id()).orElseThrow().version()).as("the case's version").isEqualTo(1);
  }

  @Test
  void theSweepReportsACaseWhoseEventsDoNotDecodeAndGoesOnWithTheOthers() {
    Case good = service.submit(appeal("wx-3"), Actor.agent("a-1")).registered();
    service.execute(good.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    service.execute(good.id(), CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("d-1"));
    // A case the sweep meets first (its deadline is earlier) whose only event is not JSON.
    Instant early = ServiceFixtures.T0.minus(Duration.ofHours(2));
    StoredCase corrupt = StoredCase.builder().caseId("case-corrupt").caseNumber("N-corrupt")
        .inquiryCodeHash("0".repeat(64)).status("DISPATCHED").open(true).appealType("COMPLAINT").channel("PHONE")
        .leadDepartment("nj.gulou.hunanlu").nextAlarmAt(early.plus(Duration.ofHours(1)))
        .registeredAt(early).lastEventAt(early).version(1).build();
    memory.inTransaction(uow -> {
      uow.insertCase(corrupt, Optional.empty(),
          List.of(new StoredEvent("case-corrupt", 1, "Registered", 1, early, "{\"actor\": 张三 13812345678")));
      return null;
    });
    clock.advance(Duration.ofMinutes(100));

    SweepReport report = service.sweep(1);

    assertThat(report.scanned()).as("cases scanned, the corrupt one included").isEqualTo(2);
    assertThat(report.taken(EscalationStep.REMIND)).as("the good case, reminded of its sign-for deadline")
        .isEqualTo(1);
    assertThat(report.supervised()).isEqualTo(1);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.caseId()).isEqualTo("case-corrupt");
      assertThat(f.kind()).isEqualTo(SweepReport.FailureKind.UNREADABLE);
    });
    assertThat(report.toString()).as("the report").doesNotContain("张三").doesNotContain("13812345678");
  }

  @Test
  void aPageSizeOutOfRangeIsRefusedNamingIt() {
    assertThatThrownBy(() -> service.sweep(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
  }
}
