package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
import static org.hotline12345.persistence.tck.StoreFixtures.hashOf;
import static org.hotline12345.persistence.tck.StoreFixtures.message;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Unique keys: case id, case number, inquiry code, intake key and outbox message id. A write
 * that would duplicate one fails with a {@link DuplicateKeyException} naming the key, and
 * nothing of its unit is written. Keys are exact strings.
 */
abstract class DuplicateKeysContract extends ContractGroup {

  DuplicateKeysContract(HotlineStoreContract contract) {
    super(contract);
  }

  private void assertDuplicate(String key, String description, Executable write) {
    assertThatThrownBy(write::execute).as(description)
        .isInstanceOfSatisfying(DuplicateKeyException.class,
            e -> assertThat(e.key()).as("the key named by the refusal of " + description).isEqualTo(key));
  }

  private void insertInOwnUnit(StoredCase stored, Optional<String> intakeKey) {
    store().inTransaction(uow -> {
      uow.insertCase(stored, intakeKey, eventsOf(stored));
      return null;
    });
  }

  @Test
  void aSecondCaseWithTheSameIdIsRefusedAndTheFirstStays() {
    StoredCase first = insert(aCase("case-000001").build());
    StoreSnapshot before = snapshot("case-000001");

    assertDuplicate("caseId", "a second case with id case-000001",
        () -> insertInOwnUnit(aCase("case-000001").number("N-other").inquiryCode("Q-other").build(), Optional.empty()));

    assertThat(snapshot("case-000001")).as("the store after the refused case").isEqualTo(before);
    assertThat(store().cases().findByNumber("N-other")).as("the refused case's number").isEmpty();
    assertThat(store().cases().find("case-000001")).contains(first);
  }

  @Test
  void aSecondCaseWithTheSameNumberIsRefused() {
    insert(aCase("case-000001").number("HZ-2024-0001").build());
    StoreSnapshot before = snapshot("case-000001", "case-000002");

    assertDuplicate("caseNumber", "a second case numbered HZ-2024-0001",
        () -> insertInOwnUnit(aCase("case-000002").number("HZ-2024-0001").build(), Optional.empty()));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after the refused case").isEqualTo(before);
    assertThat(store().cases().findByNumber("HZ-2024-0001")).map(StoredCase::caseId).contains("case-000001");
  }

  @Test
  void aSecondCaseWithTheSameInquiryCodeIsRefused() {
    insert(aCase("case-000001").inquiryCode("7F3K-9QX2").build());
    StoreSnapshot before = snapshot("case-000001", "case-000002");

    assertDuplicate("inquiryCodeHash", "a second case with the first one's inquiry code",
        () -> insertInOwnUnit(aCase("case-000002").inquiryCode("7F3K-9QX2").build(), Optional.empty()));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after the refused case").isEqualTo(before);
    assertThat(store().cases().findByInquiryCodeHash(hashOf("7F3K-9QX2"))).map(StoredCase::caseId).contains("case-000001");
  }

  @Test
  void aSecondCaseWithTheSameIntakeKeyIsRefused() {
    insert(aCase("case-000001").build(), Optional.of("SMS:4711"));
    StoreSnapshot before = snapshot("case-000001", "case-000002");

    assertDuplicate("intakeKey", "a second case submitted under intake key SMS:4711",
        () -> insertInOwnUnit(aCase("case-000002").build(), Optional.of("SMS:4711")));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after the refused case").isEqualTo(before);
  }

  @Test
  void aSecondPendingMessageWithTheSameIdIsRefusedWithItsUnit() {
    enqueue(message("msg-1", "case-000001"));
    StoreSnapshot before = snapshot("case-000002");

    assertDuplicate("outboxId", "a second outbox message msg-1, written with a new case", () -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000002").build();
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      uow.enqueue(message("msg-1", "case-000002"));
      return null;
    }));

    assertThat(snapshot("case-000002")).as("the store after the refused unit: no case, no second message")
        .isEqualTo(before);
    assertThat(allPending()).as("the pending messages").containsExactly(message("msg-1", "case-000001"));
  }

  @Test
  void keysWrittenTwiceInOneUnitAreRefusedAndTheUnitWritesNothing() {
    assertDuplicate("caseId", "the same case id inserted twice in one unit", () -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      uow.insertCase(aCase("case-000001").number("N-again").inquiryCode("Q-again").build(), Optional.empty(),
          eventsOf(registered));
      return null;
    }));
    assertDuplicate("caseNumber", "the same case number inserted twice in one unit", () -> store().inTransaction(uow -> {
      uow.insertCase(aCase("case-000001").number("HZ-1").build(), Optional.empty(), StoreFixtures.events("case-000001", 1, 1));
      uow.insertCase(aCase("case-000002").number("HZ-1").build(), Optional.empty(), StoreFixtures.events("case-000002", 1, 1));
      return null;
    }));
    assertDuplicate("outboxId", "the same message id enqueued twice in one unit", () -> store().inTransaction(uow -> {
      uow.enqueue(message("msg-1", "case-000001"));
      uow.enqueue(message("msg-1", "case-000002"));
      return null;
    }));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after three refused units")
        .isEqualTo(new StoreSnapshot(
            java.util.Map.of("case-000001", Optional.empty(), "case-000002", Optional.empty()),
            java.util.Map.of("case-000001", List.of(), "case-000002", List.of()), List.of(), List.of()));
  }

  @Test
  void anUpdateThatTakesAnotherCasesNumberIsRefused() {
    insert(aCase("case-000001").number("HZ-1").build());
    StoredCase second = insert(aCase("case-000002").number("HZ-2").build());
    StoreSnapshot before = snapshot("case-000001", "case-000002");

    assertDuplicate("caseNumber", "renumbering case-000002 as HZ-1, the number of case-000001",
        () -> update(nextVersionOf(second).number("HZ-1").build()));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after the refused renumbering").isEqualTo(before);
  }

  @Test
  void anUpdateThatTakesAnotherCasesInquiryCodeIsRefused() {
    insert(aCase("case-000001").inquiryCode("CODE-A").build());
    StoredCase second = insert(aCase("case-000002").inquiryCode("CODE-B").build());
    StoreSnapshot before = snapshot("case-000001", "case-000002");

    assertDuplicate("inquiryCodeHash", "giving case-000002 the inquiry code of case-000001",
        () -> update(nextVersionOf(second).inquiryCode("CODE-A").build()));

    assertThat(snapshot("case-000001", "case-000002")).as("the store after the refused update").isEqualTo(before);
  }

  @Test
  void aNumberGivenUpByAnUpdateCanBeTakenByAnotherCase() {
    StoredCase first = insert(aCase("case-000001").number("HZ-1").inquiryCode("CODE-A").build());
    update(nextVersionOf(first).number("HZ-1-R").inquiryCode("CODE-A2").build());

    insert(aCase("case-000002").number("HZ-1").inquiryCode("CODE-A").build());

    assertThat(store().cases().findByNumber("HZ-1")).map(StoredCase::caseId).as("the holder of number HZ-1")
        .contains("case-000002");
    assertThat(store().cases().findByNumber("HZ-1-R")).map(StoredCase::caseId).contains("case-000001");
    assertThat(store().cases().findByInquiryCodeHash(hashOf("CODE-A"))).map(StoredCase::caseId).contains("case-000002");
  }

  @Test
  void keysThatDifferOnlyInLetterCaseAreDifferentKeys() {
    List<String> variants = List.of("hz-a", "HZ-A", "Hz-a", "hZ-A");
    for (String key : variants) {
      insert(aCase("case-" + key).number(key).inquiryCode(key).build(), Optional.of("SMS:" + key));
      enqueue(message(key, "case-" + key));
    }

    for (String key : variants) {
      assertThat(store().cases().find("case-" + key)).map(StoredCase::caseId).as("the case with id 'case-%s'", key)
          .contains("case-" + key);
      assertThat(store().cases().findByNumber(key)).map(StoredCase::caseId).as("the case numbered '%s'", key)
          .contains("case-" + key);
      assertThat(store().cases().findByInquiryCodeHash(hashOf(key))).map(StoredCase::caseId)
          .as("the case with the hash of code '%s'", key).contains("case-" + key);
      assertThat(caseIdUnder("SMS:" + key)).as("the case under intake key 'SMS:%s'", key).contains("case-" + key);
    }
    assertThat(allPending()).extracting(m -> m.id()).as("the pending message ids").containsExactlyElementsOf(variants);
  }

  @Test
  void intakeKeysThatDifferOnlyInTrailingSpacesAreDifferentKeys() {
    List<String> variants = List.of("SMS:hz-a", "SMS:hz-a ", "SMS:hz-a  ", " SMS:hz-a");
    for (int i = 0; i < variants.size(); i++) {
      insert(aCase(caseId(i + 1)).build(), Optional.of(variants.get(i)));
    }

    for (int i = 0; i < variants.size(); i++) {
      assertThat(caseIdUnder(variants.get(i))).as("the case under intake key '%s'", variants.get(i))
          .contains(caseId(i + 1));
    }
  }
}
