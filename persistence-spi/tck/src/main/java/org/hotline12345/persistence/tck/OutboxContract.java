package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.BASE;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * The outbox (发件箱): messages committed with their changes are pending in the order they
 * were enqueued, oldest first, until marked delivered; unknown ids are ignored; the messages of
 * a unit that rolled back are never pending.
 */
abstract class OutboxContract extends ContractGroup {

  OutboxContract(HotlineStoreContract contract) {
    super(contract);
  }

  private static OutboxMessage sms(String id, Instant createdAt) {
    return new OutboxMessage(id, "case.registered", "case-000001",
        "{\"template\":\"registered\",\"caseNumber\":\"HZ-1\"}", createdAt);
  }

  @Test
  void messagesArePendingInTheOrderTheyWereEnqueued() {
    OutboxMessage second = sms("msg-b", minutes(30));
    OutboxMessage first = sms("msg-c", minutes(20));
    OutboxMessage third = sms("msg-a", minutes(10));
    enqueue(second, first);
    enqueue(third);

    assertThat(allPending()).as("the pending messages: enqueue order, not creation instant or id")
        .containsExactly(second, first, third);
  }

  @Test
  void aLimitReturnsTheOldestMessages() {
    for (int i = 1; i <= 5; i++) {
      enqueue(message("msg-" + i, "case-00000" + i));
    }

    assertThat(store().outbox().pending(2)).extracting(OutboxMessage::id).as("the two oldest pending messages")
        .containsExactly("msg-1", "msg-2");
    assertThat(store().outbox().pending(5)).extracting(OutboxMessage::id).as("all five")
        .containsExactly("msg-1", "msg-2", "msg-3", "msg-4", "msg-5");
  }

  @Test
  void deliveredMessagesAreNoLongerPending() {
    for (int i = 1; i <= 5; i++) {
      enqueue(message("msg-" + i, "case-00000" + i));
    }

    store().outbox().markDelivered(List.of("msg-1", "msg-3"));

    assertThat(allPending()).extracting(OutboxMessage::id).as("the messages still pending")
        .containsExactly("msg-2", "msg-4", "msg-5");
    store().outbox().markDelivered(List.of("msg-2", "msg-4", "msg-5"));
    assertThat(allPending()).as("the outbox after every delivery").isEmpty();
  }

  @Test
  void unknownAndAlreadyDeliveredIdsAreIgnored() {
    enqueue(message("msg-1", "case-000001"), message("msg-2", "case-000002"));
    store().outbox().markDelivered(List.of("msg-1"));

    store().outbox().markDelivered(List.of("msg-404", "msg-1", "msg-405"));
    store().outbox().markDelivered(List.of());

    assertThat(allPending()).extracting(OutboxMessage::id).as("the pending messages").containsExactly("msg-2");
  }

  @Test
  void messagesAreCommittedWithTheirUnitOrNotAtAll() {
    store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      uow.enqueue(message("msg-1", "case-000001"));
      return null;
    });
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.enqueue(message("msg-2", "case-000001"));
      throw new IllegalStateException("abandoned");
    })).isInstanceOf(IllegalStateException.class);
    enqueue(message("msg-3", "case-000001"));

    assertThat(allPending()).extracting(OutboxMessage::id).as("the pending messages: the abandoned one never")
        .containsExactly("msg-1", "msg-3");
  }

  @Test
  void everyFieldComesBackAsWritten() {
    OutboxMessage message = new OutboxMessage("2f1c-77aa", "case.dispatched", "case-000042",
        "{\"department\":\"dept-gulou\",\"dueAt\":\"2024-03-11T16:00:00Z\"}",
        BASE.plusNanos(999_000));

    enqueue(message);

    assertThat(allPending()).as("the pending message").containsExactly(message);
  }

  @Test
  void limitsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> store().outbox().pending(0)).as("a limit of 0").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().outbox().pending(10_001)).as("a limit of 10,001")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().outbox().pending(10_000)).as("a limit of 10,000 on an empty outbox").isEmpty();
  }
}
