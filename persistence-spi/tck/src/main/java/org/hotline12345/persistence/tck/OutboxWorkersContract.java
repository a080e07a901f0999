package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline12345.persistence.OutboxMessage;
import org.junit.jupiter.api.Test;

/**
 * Several outbox workers (发件箱投递): a claim takes the oldest messages that no lease holds, in
 * enqueue order, and holds them for its worker until the lease ends; no other claim is given
 * them meanwhile (with {@link StoreFeature#CONCURRENT_WRITERS}, eight workers at once never
 * hold the same message); delivered messages are never claimed; a lapsed lease frees them.
 */
abstract class OutboxWorkersContract extends ContractGroup {

  private static final Instant NOW = minutes(0);
  private static final Duration LEASE = Duration.ofMinutes(5);

  OutboxWorkersContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<String> claim(String worker, int limit, Instant now) {
    return store().outbox().claim(worker, limit, now, LEASE).stream().map(OutboxMessage::id).toList();
  }

  private void enqueueNumbered(int count) {
    for (int i = 1; i <= count; i++) {
      enqueue(message("msg-" + i, "case-00000" + (i % 10)));
    }
  }

  @Test
  void claimsTakeTheOldestUnheldMessagesInEnqueueOrder() {
    enqueueNumbered(5);

    assertThat(claim("worker-a", 2, NOW)).as("worker a's claim of 2").containsExactly("msg-1", "msg-2");
    assertThat(claim("worker-b", 10, NOW)).as("worker b's claim, while a holds two")
        .containsExactly("msg-3", "msg-4", "msg-5");
    assertThat(claim("worker-c", 10, NOW.plusSeconds(60))).as("a third claim while both leases run").isEmpty();
    assertThat(claim("worker-a", 10, NOW.plusSeconds(60))).as("the first worker claiming again").isEmpty();
    assertThat(allPending()).extracting(OutboxMessage::id).as("the pending messages, claimed or not")
        .containsExactly("msg-1", "msg-2", "msg-3", "msg-4", "msg-5");
  }

  @Test
  void aClaimReturnsTheMessagesWhole() {
    OutboxMessage written = message("msg-1", "case-000001");
    enqueue(written);

    assertThat(store().outbox().claim("worker-a", 1, NOW, LEASE)).as("the claimed message").containsExactly(written);
  }

  @Test
  void aLapsedLeaseFreesItsMessagesForAnotherWorker() {
    enqueueNumbered(3);
    claim("worker-a", 2, NOW);

    assertThat(claim("worker-b", 10, NOW.plus(LEASE).minusNanos(1000))).as("a claim a microsecond before the lease ends")
        .containsExactly("msg-3");
    assertThat(claim("worker-c", 10, NOW.plus(LEASE))).as("a claim when worker a's lease ends")
        .containsExactly("msg-1", "msg-2");
  }

  @Test
  void deliveredMessagesAreNeverClaimed() {
    enqueueNumbered(3);
    List<String> claimed = claim("worker-a", 2, NOW);
    store().outbox().markDelivered(claimed);

    assertThat(claim("worker-b", 10, NOW.plus(Duration.ofHours(1)))).as("a claim after the lease, once delivered")
        .containsExactly("msg-3");
  }

  @Test
  void messagesOfAUnitThatRolledBackAreNeverClaimed() {
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.enqueue(message("msg-1", "case-000001"));
      throw new IllegalStateException("abandoned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(claim("worker-a", 10, NOW)).as("claimable messages").isEmpty();
  }

  @Test
  void claimsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> store().outbox().claim("worker a", 1, NOW, LEASE)).as("a worker id with a space")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workerId");
    assertThatThrownBy(() -> store().outbox().claim("worker-a", 0, NOW, LEASE)).as("a limit of 0")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().outbox().claim("worker-a", 10_001, NOW, LEASE)).as("a limit of 10,001")
        .isInstanceOf(IllegalArgumentException.class);
    for (Duration lease : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(1).plusNanos(1))) {
      assertThatThrownBy(() -> store().outbox().claim("worker-a", 1, NOW, lease)).as("a lease of %s", lease)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }
    assertThatThrownBy(() -> store().outbox().claim("worker-a", 1, null, LEASE)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void eightWorkersAtOnceNeverHoldTheSameMessage() {
    requires(StoreFeature.CONCURRENT_WRITERS);
    int messages = 240;
    enqueueNumbered(messages);

    List<Concurrently.Outcome<List<String>>> outcomes = Concurrently.run(8, n -> {
      List<String> held = new ArrayList<>();
      for (List<String> batch = claim("worker-" + n, 7, NOW); !batch.isEmpty(); batch = claim("worker-" + n, 7, NOW)) {
        held.addAll(batch);
      }
      return held;
    });

    Set<String> claimed = new HashSet<>();
    for (Concurrently.Outcome<List<String>> outcome : outcomes) {
      assertThat(outcome.failure()).as("a worker's failure").isNull();
      for (String id : outcome.value()) {
        assertThat(claimed.add(id)).as("message %s was held by two workers at once", id).isTrue();
      }
    }
    assertThat(claimed).as("the messages claimed by all workers together").hasSize(messages);
  }
}
