package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Idempotent intake: a channel's external id, as an intake key, registers at most one case,
 * even when the same appeal arrives twice at the same moment; the case registered under a key
 * can be found again to answer the repeat.
 */
abstract class IdempotencyContract extends ContractGroup {

  private static final int SUBMITTERS = 8;

  IdempotencyContract(HotlineStoreContract contract) {
    super(contract);
  }

  @Test
  void theCaseRegisteredUnderAnIntakeKeyIsFoundByIt() {
    insert(aCase("case-000001").build(), Optional.of("WECHAT:wx-778"));

    assertThat(caseIdUnder("WECHAT:wx-778")).as("the case registered under WECHAT:wx-778").contains("case-000001");
  }

  @Test
  void anIntakeKeyNeverUsedFindsNothing() {
    insert(aCase("case-000001").build(), Optional.of("WECHAT:wx-778"));

    assertThat(caseIdUnder("WECHAT:wx-779")).as("a key no appeal came with").isEmpty();
  }

  @Test
  void aUnitFindsTheIntakeKeyItHasJustWritten() {
    Optional<String> seen = store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("APP:a-1"), eventsOf(registered));
      return uow.findCaseIdByIntakeKey("APP:a-1");
    });

    assertThat(seen).as("the key as seen by the unit that wrote it").contains("case-000001");
  }

  @Test
  void casesWithoutAnIntakeKeyNeverCollide() {
    insert(aCase("case-000001").build(), Optional.empty());
    insert(aCase("case-000002").build(), Optional.empty());
    insert(aCase("case-000003").build(), Optional.of("PHONE:call-1"));

    assertThat(store().cases().find("case-000001")).as("a walk-in appeal without key").isPresent();
    assertThat(store().cases().find("case-000002")).as("another appeal without key").isPresent();
    assertThat(caseIdUnder("")).as("the empty string is not the key of cases without one").isEmpty();
  }

  @Test
  void theIntakeKeyOfARolledBackUnitIsNotRegistered() {
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      StoredCase registered = aCase("case-000001").build();
      uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
      throw new IllegalStateException("registration abandoned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(caseIdUnder("SMS:4711")).as("the key of the abandoned registration").isEmpty();
    insert(aCase("case-000002").build(), Optional.of("SMS:4711"));
    assertThat(caseIdUnder("SMS:4711")).as("the key, registered again").contains("case-000002");
  }

  @Test
  void ofManySimultaneousSubmissionsWithOneIntakeKeyExactlyOneRegistersACase() {
    requires(StoreFeature.CONCURRENT_WRITERS);

    List<Concurrently.Outcome<String>> outcomes = Concurrently.run(SUBMITTERS, i -> {
      StoredCase registered = aCase(caseId(i + 1)).build();
      return store().inTransaction(uow -> {
        uow.insertCase(registered, Optional.of("SMS:4711"), eventsOf(registered));
        return registered.caseId();
      });
    });

    List<String> registered = outcomes.stream().filter(Concurrently.Outcome::succeeded)
        .map(Concurrently.Outcome::value).collect(Collectors.toList());
    assertThat(registered).as("the submissions that registered a case").hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.succeeded()).as("the submissions refused")
        .hasSize(SUBMITTERS - 1)
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOfSatisfying(DuplicateKeyException.class,
            e -> assertThat(e.key()).isEqualTo("intakeKey")));
    String winner = registered.get(0);
    assertThat(caseIdUnder("SMS:4711")).as("the case under the key").contains(winner);
    for (int i = 1; i <= SUBMITTERS; i++) {
      assertThat(store().cases().find(caseId(i)).isPresent()).as("whether %s is stored", caseId(i))
          .isEqualTo(caseId(i).equals(winner));
    }
    assertThat(loggedEvents()).extracting(StoredEvent::caseId).as("the cases in the event log").containsExactly(winner);
  }

  @Test
  void submissionsThatLookUpBeforeRegisteringAndRetryAllAnswerWithOneCase() {
    requires(StoreFeature.CONCURRENT_WRITERS);

    List<Concurrently.Outcome<String>> outcomes = Concurrently.run(SUBMITTERS, i -> {
      StoredCase candidate = aCase(caseId(i + 1)).build();
      for (int attempt = 1; ; attempt++) {
        try {
          return store().inTransaction(uow -> {
            Optional<String> existing = uow.findCaseIdByIntakeKey("SMS:4711");
            if (existing.isPresent()) {
              return existing.get();
            }
            uow.insertCase(candidate, Optional.of("SMS:4711"), eventsOf(candidate));
            return candidate.caseId();
          });
        } catch (DuplicateKeyException e) {
          if (attempt == 3) {
            throw e;
          }
        }
      }
    });

    assertThat(outcomes).as("every submission answered").allMatch(Concurrently.Outcome::succeeded);
    Set<String> answers = outcomes.stream().map(Concurrently.Outcome::value).collect(Collectors.toSet());
    assertThat(answers).as("the cases the submitters were told of").hasSize(1);
    assertThat(caseIdUnder("SMS:4711")).as("the case under the key").isEqualTo(answers.stream().findFirst());
    assertThat(loggedEvents()).as("the event log: one registration").hasSize(1);
  }
}
