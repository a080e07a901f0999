package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.event;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once: read-modify-write loops that retry on conflict lose no update; of two
 * units that read the same version exactly one commits; units on different cases all commit.
 * Switched off with {@link StoreFeature#CONCURRENT_WRITERS}.
 */
abstract class ConcurrentWritersContract extends ContractGroup {

  private static final int WRITERS = 8;
  private static final int STEPS = 25;

  ConcurrentWritersContract(HotlineStoreContract contract) {
    super(contract);
  }

  @BeforeEach
  void requiresConcurrentWriters() {
    requires(StoreFeature.CONCURRENT_WRITERS);
  }

  @Test
  void writersThatRetryOnConflictLoseNoUpdate() {
    insert(aCase("case-000001").build());

    List<Concurrently.Outcome<Integer>> outcomes = Concurrently.run(WRITERS, writer -> {
      int conflicts = 0;
      for (int step = 0; step < STEPS; step++) {
        String note = "writer " + writer + " step " + step;
        while (true) {
          try {
            store().inTransaction(uow -> {
              StoredCase current = uow.findCase("case-000001").orElseThrow();
              long next = current.version() + 1;
              uow.updateCase(nextVersionOf(current).build(), current.version(),
                  List.of(event("case-000001", next, "SupervisionNoted", note)));
              return null;
            });
            break;
          } catch (ConcurrencyConflictException e) {
            conflicts++;
          }
        }
      }
      return conflicts;
    });

    assertThat(outcomes).as("every writer finished").allMatch(Concurrently.Outcome::succeeded);
    long expectedVersion = 1 + WRITERS * STEPS;
    assertThat(store().cases().find("case-000001")).map(StoredCase::version).as("the version after every increment")
        .contains(expectedVersion);
    List<StoredEvent> events = store().cases().events("case-000001");
    assertThat(events).extracting(StoredEvent::sequence).as("the case's event sequences")
        .isEqualTo(sequences(expectedVersion));
    List<String> notes = new ArrayList<>();
    events.forEach(e -> notes.add(e.payload()));
    for (int writer = 0; writer < WRITERS; writer++) {
      for (int step = 0; step < STEPS; step++) {
        assertThat(notes).as("the notes of the case").contains("writer " + writer + " step " + step);
      }
    }
    List<PositionedEvent> log = wholeLog();
    assertThat(log).extracting(p -> p.event().sequence()).as("the case's events in the global log, in commit order")
        .isEqualTo(sequences(expectedVersion));
  }

  @Test
  void ofTwoUnitsThatReadTheSameVersionExactlyOneCommits() {
    insert(aCase("case-000001").build());
    int rounds = 30;
    CyclicBarrier bothRead = new CyclicBarrier(2);

    List<Concurrently.Outcome<List<Boolean>>> outcomes = Concurrently.run(2, writer -> {
      List<Boolean> committed = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        awaitBoth(bothRead);
        try {
          store().inTransaction(uow -> {
            StoredCase current = uow.findCase("case-000001").orElseThrow();
            awaitBoth(bothRead);
            uow.updateCase(nextVersionOf(current).build(), current.version(),
                List.of(event("case-000001", current.version() + 1)));
            return null;
          });
          committed.add(true);
        } catch (ConcurrencyConflictException e) {
          committed.add(false);
        }
      }
      return committed;
    });

    assertThat(outcomes).as("both writers finished").allMatch(Concurrently.Outcome::succeeded);
    for (int round = 0; round < rounds; round++) {
      int commits = (outcomes.get(0).value().get(round) ? 1 : 0) + (outcomes.get(1).value().get(round) ? 1 : 0);
      assertThat(commits).as("units that committed in round %d, both having read the same version", round)
          .isEqualTo(1);
    }
    assertThat(store().cases().find("case-000001")).map(StoredCase::version).as("the version after every round")
        .contains(1L + rounds);
  }

  @Test
  void unitsOnDifferentCasesAllCommit() {
    List<Concurrently.Outcome<Object>> outcomes = Concurrently.run(WRITERS, writer -> {
      for (int step = 0; step < STEPS; step++) {
        StoredCase registered = aCase(caseId(writer * 1000 + step)).build();
        store().inTransaction(uow -> {
          uow.insertCase(registered, Optional.of("APP:" + registered.caseId()), eventsOf(registered));
          uow.enqueue(message("msg-" + registered.caseId(), registered.caseId()));
          return null;
        });
      }
      return null;
    });

    assertThat(outcomes).as("every writer finished").allMatch(Concurrently.Outcome::succeeded);
    for (int writer = 0; writer < WRITERS; writer++) {
      for (int step = 0; step < STEPS; step++) {
        assertThat(store().cases().find(caseId(writer * 1000 + step))).as("case %s", caseId(writer * 1000 + step))
            .isPresent();
      }
    }
    assertThat(wholeLog()).as("the event log").hasSize(WRITERS * STEPS);
    assertThat(allPending()).as("the outbox").hasSize(WRITERS * STEPS).doesNotHaveDuplicates();
  }

  private static List<Long> sequences(long last) {
    List<Long> sequences = new ArrayList<>();
    for (long s = 1; s <= last; s++) {
      sequences.add(s);
    }
    return sequences;
  }

  private static void awaitBoth(CyclicBarrier barrier) {
    try {
      barrier.await(Concurrently.GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the other writer", e);
    } catch (BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("the other writer never arrived: a read may be blocked by its unit", e);
    }
  }
}
