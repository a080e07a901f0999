package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Case numbers taken from the store's sequences: a restarted service, or a second node on the
 * same store, goes on numbering the day's cases where the first left off.
 */
class CaseNumbersAcrossRestartsTest {

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();

  /** A service as a host wires it at start-up: a new lifecycle, numbering from the store. */
  private HotlineService startService(HotlineStore store) {
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(ServiceFixtures.lifecycle().directory())
        .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn-mainland")
        .timeLimits(TimeLimitPolicies.seeds())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.jakarta(Validation.buildDefaultValidatorFactory().getValidator()))
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), WorkingCalendars.CHINA_ZONE,
            store::nextSequenceValue))
        .build();
    return HotlineService.builder().store(store).lifecycle(lifecycle).clock(clock).build();
  }

  private static Appeal appeal(String externalId) {
    return Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId).build();
  }

  @Test
  void aServiceRestartedAfterFiveCasesThatDayKeepsRegistering() {
    InMemoryStore store = new InMemoryStore();
    HotlineService before = startService(store);
    for (int i = 1; i <= 5; i++) {
      before.submit(appeal("before-" + i), Actor.agent("a-1")).registered();
    }

    HotlineService restarted = startService(store.reopen());
    clock.advance(Duration.ofMinutes(10));
    Case sixth = restarted.submit(appeal("after-1"), Actor.agent("a-1")).registered();
    Case seventh = restarted.submit(appeal("after-2"), Actor.agent("a-1")).registered();

    assertThat(sixth.number().value()).as("the first number after the restart").isEqualTo("NJ20240311000006");
    assertThat(seventh.number().value()).as("the next one").isEqualTo("NJ20240311000007");
  }

  @Test
  void theNextDayStartsAtOneAgain() {
    InMemoryStore store = new InMemoryStore();
    HotlineService service = startService(store);
    service.submit(appeal("monday-1"), Actor.agent("a-1")).registered();
    service.submit(appeal("monday-2"), Actor.agent("a-1")).registered();

    clock.advance(Duration.ofDays(1));
    Case tuesday = service.submit(Appeal.builder().from(appeal("tuesday-1")).receivedAt(clock.instant()).build(),
        Actor.agent("a-1")).registered();

    assertThat(tuesday.number().value()).isEqualTo("NJ20240312000001");
  }

  @Test
  void twoNodesOnOneStoreNeverHandOutTheSameNumber() throws Exception {
    InMemoryStore store = new InMemoryStore();
    List<HotlineService> nodes = List.of(startService(store), startService(store.reopen()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<String> numbers = new HashSet<>();
    try {
      List<Callable<Case>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        HotlineService node = nodes.get(i % 2);
        String externalId = "node-" + (i % 2) + "-" + i;
        calls.add(() -> node.submit(appeal(externalId), Actor.agent("a")).registered());
      }
      for (Future<Case> registered : pool.invokeAll(calls)) {
        numbers.add(registered.get().number().value());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(numbers).as("the numbers of 40 cases registered on two nodes").hasSize(40)
        .allMatch(n -> n.startsWith("NJ20240311"));
  }
}
