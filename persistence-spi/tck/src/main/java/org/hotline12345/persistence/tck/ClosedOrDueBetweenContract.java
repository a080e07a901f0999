package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.time.Instant;
import java.util.List;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * The cases of an assessment period (考核): closed in {@code [from, to)}, or open with their
 * resolution due in it, so that a case already overdue counts against the on-time rate before
 * it is closed. The closed ones first, by closing instant then id; then the open ones, by
 * resolution due instant then id; every row with its facts.
 */
abstract class ClosedOrDueBetweenContract extends ContractGroup {

  private static final Instant FROM = minutes(1000);
  private static final Instant TO = minutes(2000);

  ClosedOrDueBetweenContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> between(Instant from, Instant to) {
    return store().cases().closedOrDueBetween(from, to, PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  @Test
  void thePeriodCountsCasesClosedInItThenOpenCasesDueInIt() {
    StoredCase closedAtStart = insert(aCase("case-000009").resolutionDueAt(minutes(900)).closedAt(FROM).build());
    insert(aCase("case-000008").resolutionDueAt(minutes(1500)).closedAt(TO).build());
    insert(aCase("case-000007").resolutionDueAt(minutes(1500)).closedAt(minutes(999)).build());
    StoredCase openOverdue = insert(aCase("case-000006").resolutionDueAt(minutes(1500)).build());
    insert(aCase("case-000005").resolutionDueAt(TO).build());
    insert(aCase("case-000004").resolutionDueAt(minutes(999)).build());
    insert(aCase("case-000003").build());
    StoredCase closedAndDue = insert(aCase("case-000002").resolutionDueAt(minutes(1200)).closedAt(minutes(1300)).build());
    StoredCase openDueAtStart = insert(aCase("case-000001").resolutionDueAt(FROM).build());

    assertThat(between(FROM, TO)).as("the cases the period counts: closed by closing instant, then open by due")
        .containsExactly(closedAtStart, closedAndDue, openDueAtStart, openOverdue);
  }

  @Test
  void tiesAreBrokenByIdAndEveryRowComesWithItsFacts() {
    StoredCase closedB = insert(aCase("case-000004").closedAt(minutes(1500)).facts("{\"met\":false}").build());
    StoredCase closedA = insert(aCase("case-000003").closedAt(minutes(1500)).facts("{\"met\":true}").build());
    StoredCase dueB = insert(aCase("case-000002").resolutionDueAt(minutes(1100)).facts("{\"due\":1}").build());
    StoredCase dueA = insert(aCase("case-000001").resolutionDueAt(minutes(1100)).facts("{\"due\":2}").build());

    List<StoredCase> counted = between(FROM, TO);

    assertThat(counted).as("the period's cases, ties on an instant by id").containsExactly(closedA, closedB, dueA, dueB);
    assertThat(counted).extracting(c -> c.facts().orElse("")).as("their facts")
        .containsExactly("{\"met\":true}", "{\"met\":false}", "{\"due\":2}", "{\"due\":1}");
  }

  @Test
  void anOpenCaseStillCarryingAClosingInstantInThePeriodIsCountedOnce() {
    StoredCase reopened = insert(aCase("case-000001").resolutionDueAt(minutes(1200)).closedAt(minutes(1300))
        .openFlag(true).status("REOPENED").build());

    assertThat(between(FROM, TO)).as("a reopened case that closed in the period and is due in it")
        .containsExactly(reopened);
  }

  @Test
  void anEmptyPeriodCountsNoCase() {
    insert(aCase("case-000001").resolutionDueAt(FROM).build());
    insert(aCase("case-000002").closedAt(FROM).build());

    assertThat(between(FROM, FROM)).as("the cases of a period that ends where it starts").isEmpty();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> store().cases().closedOrDueBetween(TO, FROM, PageRequest.first(10)))
        .as("a period from minute 2000 to minute 1000").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCaseClosedLateLeavesThePeriodItWasDueInForThePeriodItClosedIn() {
    StoredCase overdue = insert(aCase("case-000001").status("DISPATCHED").resolutionDueAt(minutes(1500)).build());
    assertThat(between(FROM, TO)).as("the period the case is due in, while it is open").containsExactly(overdue);

    StoredCase closed = update(nextVersionOf(overdue).closedAt(minutes(2500)).build());

    assertThat(between(FROM, TO)).as("the period it was due in, after it closed later").isEmpty();
    assertThat(between(TO, minutes(3000))).as("the period it closed in").containsExactly(closed);
  }
}
