package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * Cases by status (the work lists of dispatchers and departments): cases in any of the
 * statuses, optionally with a lead department, ordered by registration instant, ties broken
 * by case id.
 */
abstract class ByStatusContract extends ContractGroup {

  ByStatusContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> byStatus(Set<String> statuses, Optional<String> lead) {
    return store().cases().byStatus(statuses, lead, PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  @Test
  void casesInAnyOfTheStatusesComeByRegistrationThenId() {
    StoredCase c3 = insert(aCase("case-000003").status("REGISTERED").registeredAt(minutes(10)).build());
    StoredCase c1 = insert(aCase("case-000001").status("DISPATCHED").lead("dept-a").registeredAt(minutes(10)).build());
    StoredCase c2 = insert(aCase("case-000002").status("REGISTERED").registeredAt(minutes(20)).build());
    StoredCase c4 = insert(aCase("case-000004").status("DISPATCHED").lead("dept-b").registeredAt(minutes(5)).build());
    insert(aCase("case-000005").status("SIGNED_FOR").registeredAt(minutes(1)).build());
    insert(aCase("case-000006").registeredAt(minutes(1)).closedAt(minutes(30)).build());

    assertThat(byStatus(Set.of("REGISTERED", "DISPATCHED"), Optional.empty()))
        .as("registered and dispatched cases, the two registered at minute 10 by id")
        .containsExactly(c4, c1, c3, c2);
    assertThat(byStatus(Set.of("REGISTERED"), Optional.empty())).as("registered cases").containsExactly(c3, c2);
  }

  @Test
  void theLeadDepartmentFilterKeepsOnlyItsCases() {
    StoredCase a1 = insert(aCase("case-000001").status("DISPATCHED").lead("dept-a").registeredAt(minutes(3)).build());
    insert(aCase("case-000002").status("DISPATCHED").lead("dept-b").registeredAt(minutes(2)).build());
    insert(aCase("case-000003").status("DISPATCHED").registeredAt(minutes(1)).build());
    StoredCase a4 = insert(aCase("case-000004").status("EXTENDED").lead("dept-a").registeredAt(minutes(1)).build());
    insert(aCase("case-000005").status("REGISTERED").lead("dept-a").registeredAt(minutes(1)).build());

    assertThat(byStatus(Set.of("DISPATCHED", "EXTENDED"), Optional.of("dept-a")))
        .as("dispatched and extended cases led by dept-a").containsExactly(a4, a1);
    assertThat(byStatus(Set.of("DISPATCHED"), Optional.of("dept-c"))).as("cases led by a department with none")
        .isEmpty();
  }

  @Test
  void anUpdateMovesACaseToItsNewStatusAndLead() {
    StoredCase registered = insert(aCase("case-000001").status("REGISTERED").build());
    StoredCase dispatched = update(nextVersionOf(registered).status("DISPATCHED").lead("dept-a").build());

    assertThat(byStatus(Set.of("REGISTERED"), Optional.empty())).as("registered cases after dispatch").isEmpty();
    assertThat(byStatus(Set.of("DISPATCHED"), Optional.of("dept-a"))).as("cases dispatched to dept-a")
        .containsExactly(dispatched);

    StoredCase redispatched = update(nextVersionOf(dispatched).lead("dept-b").build());
    assertThat(byStatus(Set.of("DISPATCHED"), Optional.of("dept-a"))).as("dept-a's cases after re-dispatch").isEmpty();
    assertThat(byStatus(Set.of("DISPATCHED"), Optional.of("dept-b"))).as("dept-b's cases").containsExactly(redispatched);
  }

  @Test
  void aStatusNoCaseIsInFindsNothing() {
    insert(aCase("case-000001").build());

    assertThat(byStatus(Set.of("MERGED"), Optional.empty())).as("merged cases").isEmpty();
  }

  @Test
  void noStatusesIsRefused() {
    assertThatThrownBy(() -> store().cases().byStatus(Set.of(), Optional.empty(), PageRequest.first(10)))
        .as("a query for cases in no status").isInstanceOf(IllegalArgumentException.class);
  }
}
