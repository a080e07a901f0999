package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.time.Instant;
import java.util.List;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * The supervision sweep (督办): open cases whose next deadline is before an instant, by that
 * deadline then case id. Closed cases never, whatever deadline they still carry; open cases
 * without a next deadline never; a deadline exactly at the instant is not yet due.
 */
abstract class DueBeforeContract extends ContractGroup {

  DueBeforeContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> dueBefore(Instant instant) {
    return store().cases().dueBefore(instant, PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  @Test
  void openCasesDueBeforeTheInstantComeByDeadlineThenId() {
    StoredCase later = insert(aCase("case-000001").nextAlarmAt(minutes(50)).build());
    StoredCase tieB = insert(aCase("case-000003").nextAlarmAt(minutes(20)).build());
    StoredCase tieA = insert(aCase("case-000002").nextAlarmAt(minutes(20)).build());
    StoredCase earliest = insert(aCase("case-000004").nextAlarmAt(minutes(-30)).build());
    insert(aCase("case-000005").nextAlarmAt(minutes(90)).build());
    insert(aCase("case-000006").build());

    assertThat(dueBefore(minutes(60))).as("cases due before minute 60, the two due at minute 20 by id")
        .containsExactly(earliest, tieA, tieB, later);
  }

  @Test
  void aDeadlineExactlyAtTheInstantIsNotYetDue() {
    StoredCase due = insert(aCase("case-000001").nextAlarmAt(minutes(59)).build());
    insert(aCase("case-000002").nextAlarmAt(minutes(60)).build());

    assertThat(dueBefore(minutes(60))).as("cases due before minute 60").containsExactly(due);
    assertThat(dueBefore(minutes(60).plusNanos(1000))).as("cases due before a microsecond after minute 60")
        .hasSize(2);
  }

  @Test
  void closedCasesAreNeverInTheSweep() {
    StoredCase open = insert(aCase("case-000001").nextAlarmAt(minutes(10)).build());
    insert(aCase("case-000002").closedAt(minutes(5)).nextAlarmAt(minutes(1)).build());
    StoredCase closing = insert(aCase("case-000003").nextAlarmAt(minutes(2)).build());
    update(nextVersionOf(closing).closedAt(minutes(3)).build());
    insert(aCase("case-000004").status("DISPATCHED").openFlag(false).nextAlarmAt(minutes(4)).build());

    assertThat(dueBefore(minutes(60))).as("the sweep: closed cases left out even with a next deadline")
        .containsExactly(open);
  }

  @Test
  void aDeadlineMovedByAnUpdateMovesTheCase() {
    StoredCase dispatched = insert(aCase("case-000001").status("DISPATCHED").nextAlarmAt(minutes(10)).build());
    StoredCase other = insert(aCase("case-000002").nextAlarmAt(minutes(30)).build());

    StoredCase extended = update(nextVersionOf(dispatched).status("EXTENDED").nextAlarmAt(minutes(120)).build());
    assertThat(dueBefore(minutes(60))).as("the sweep after an extension (延期)").containsExactly(other);
    assertThat(dueBefore(minutes(180))).as("the sweep later on").containsExactly(other, extended);

    StoredCase closed = update(nextVersionOf(extended).closedAt(minutes(100)).build());
    assertThat(dueBefore(minutes(180))).as("the sweep after closing").containsExactly(other);

    StoredCase reopened = update(nextVersionOf(closed).status("REOPENED").open().nextAlarmAt(minutes(20)).build());
    assertThat(dueBefore(minutes(180))).as("the sweep after reopening (重办)").containsExactly(reopened, other);
  }
}
