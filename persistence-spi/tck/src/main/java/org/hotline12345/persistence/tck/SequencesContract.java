package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sequences (序列), the source of case numbers: 1, 2, 3 per scope, scopes independent, values
 * committed at once outside any unit of work, never repeated under concurrent callers (with
 * {@link StoreFeature#CONCURRENT_WRITERS}) nor after the store is reopened over the same data
 * (with {@link StoreFeature#REOPEN}).
 */
abstract class SequencesContract extends ContractGroup {

  private static final String TODAY = "case-number:2024-03-04";
  private static final String TOMORROW = "case-number:2024-03-05";

  SequencesContract(HotlineStoreContract contract) {
    super(contract);
  }

  private long next(String scope) {
    return store().nextSequenceValue(scope);
  }

  @Test
  void aNewScopeCountsOneTwoThree() {
    assertThat(List.of(next(TODAY), next(TODAY), next(TODAY))).as("the first three values of a new scope")
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void scopesCountIndependently() {
    next(TODAY);
    next(TODAY);

    assertThat(next(TOMORROW)).as("the first value of another scope").isEqualTo(1);
    assertThat(next(TODAY)).as("the third value of the first scope").isEqualTo(3);
    assertThat(next("case-number:2024-03-04:night")).as("the first value of a scope that extends another's name")
        .isEqualTo(1);
  }

  @Test
  void aValueTakenInAUnitThatRollsBackIsNotGivenBack() {
    long first = next(TODAY);
    long inUnit = store().inTransaction(uow -> {
      long taken = next(TODAY);
      uow.insertCase(aCase("case-000001").build(), java.util.Optional.empty(),
          StoreFixtures.eventsOf(aCase("case-000001").build()));
      return taken;
    });
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      next(TODAY);
      throw new IllegalStateException("abandoned after taking a value");
    })).isInstanceOf(IllegalStateException.class);

    long after = next(TODAY);

    assertThat(inUnit).as("a value taken inside a unit of work").isGreaterThan(first);
    assertThat(after).as("the value after a unit that took one and rolled back").isGreaterThan(inUnit + 1);
  }

  @Test
  void manyThreadsNeverGetTheSameValue() {
    requires(StoreFeature.CONCURRENT_WRITERS);
    int threads = 8;
    int perThread = 40;

    List<Concurrently.Outcome<List<Long>>> outcomes = Concurrently.run(threads, t -> {
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        values.add(next(i % 2 == 0 ? TODAY : TOMORROW));
      }
      return values;
    });

    Set<Long> today = new HashSet<>();
    Set<Long> tomorrow = new HashSet<>();
    for (Concurrently.Outcome<List<Long>> outcome : outcomes) {
      assertThat(outcome.failure()).as("a thread's failure").isNull();
      List<Long> values = outcome.value();
      for (int i = 0; i < values.size(); i++) {
        assertThat((i % 2 == 0 ? today : tomorrow).add(values.get(i)))
            .as("value %d of scope %s was handed out twice", values.get(i), i % 2 == 0 ? TODAY : TOMORROW).isTrue();
      }
      List<Long> ownToday = new ArrayList<>();
      for (int i = 0; i < values.size(); i += 2) {
        ownToday.add(values.get(i));
      }
      assertThat(ownToday).as("one thread's values of one scope, in the order it took them").isSorted();
    }
    assertThat(today).as("values of %s", TODAY).hasSize(threads * perThread / 2).allMatch(v -> v >= 1);
    assertThat(tomorrow).as("values of %s", TOMORROW).hasSize(threads * perThread / 2).allMatch(v -> v >= 1);
  }

  @Test
  void valuesContinueAfterTheStoreIsReopened() {
    requires(StoreFeature.REOPEN);
    StoredCase registered = insert(aCase("case-000001").build());
    long[] before = {next(TODAY), next(TODAY), next(TODAY), next(TODAY), next(TODAY)};

    reopen();

    assertThat(store().cases().find("case-000001")).as("a case committed before the store was reopened")
        .contains(registered);
    long after = next(TODAY);
    assertThat(after).as("the value after five were taken and the store reopened").isGreaterThan(before[4]);
    assertThat(next(TOMORROW)).as("the first value of a new scope after reopening").isEqualTo(1);
  }

  @ParameterizedTest(name = "scope \"{0}\"")
  @ValueSource(strings = {"", "case number", "case-number:2024/03/04", "案件编号", "a\u0000b",
      "x12345678901234567890123456789012345678901234567890123456789012345"})
  void scopesOutsideTheIdAlphabetAreRefused(String scope) {
    assertThatThrownBy(() -> next(scope)).as("the scope \"%s\"", scope)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
  }

  @Test
  void aNullScopeIsRefused() {
    assertThatThrownBy(() -> next(null)).isInstanceOf(NullPointerException.class);
  }
}
