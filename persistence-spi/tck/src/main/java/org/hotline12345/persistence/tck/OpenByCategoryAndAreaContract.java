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
 * The candidates of a duplicate merge (并案): open cases of one category and one area
 * registered in {@code [from, to)}, by registration instant then case id.
 */
abstract class OpenByCategoryAndAreaContract extends ContractGroup {

  private static final Instant FROM = minutes(0);
  private static final Instant TO = minutes(60);

  OpenByCategoryAndAreaContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> candidates(String category, String area) {
    return store().cases().openByCategoryAndArea(category, area, FROM, TO, PageRequest.first(PageRequest.MAX_SIZE))
        .items();
  }

  @Test
  void openCasesOfTheCategoryAndAreaInTheWindowComeByRegistrationThenId() {
    StoredCase late = insert(aCase("case-000001").category("0103").area("320106").registeredAt(minutes(59)).build());
    StoredCase tieB = insert(aCase("case-000003").category("0103").area("320106").registeredAt(minutes(10)).build());
    StoredCase tieA = insert(aCase("case-000002").category("0103").area("320106").registeredAt(minutes(10)).build());
    StoredCase atStart = insert(aCase("case-000004").category("0103").area("320106").registeredAt(FROM).build());

    assertThat(candidates("0103", "320106")).as("the candidates, the two of minute 10 by id")
        .containsExactly(atStart, tieA, tieB, late);
  }

  @Test
  void otherCategoriesAreasWindowsAndClosedCasesAreLeftOut() {
    StoredCase candidate = insert(aCase("case-000001").category("0103").area("320106").registeredAt(minutes(5)).build());
    insert(aCase("case-000002").category("0104").area("320106").registeredAt(minutes(5)).build());
    insert(aCase("case-000003").category("0103").area("320102").registeredAt(minutes(5)).build());
    insert(aCase("case-000004").category("0103").registeredAt(minutes(5)).build());
    insert(aCase("case-000005").area("320106").registeredAt(minutes(5)).build());
    insert(aCase("case-000006").category("0103").area("320106").registeredAt(TO).build());
    insert(aCase("case-000007").category("0103").area("320106").registeredAt(minutes(-1)).build());
    insert(aCase("case-000008").category("0103").area("320106").registeredAt(minutes(5)).closedAt(minutes(30)).build());
    insert(aCase("case-000009").category("0103").area("320106").registeredAt(minutes(5)).openFlag(false).build());

    assertThat(candidates("0103", "320106")).as("the only open 0103 case in 320106 registered in the window")
        .containsExactly(candidate);
  }

  @Test
  void anUpdateMovesACaseInAndOutOfTheCandidates() {
    StoredCase registered = insert(aCase("case-000001").area("320106").registeredAt(minutes(5)).build());
    assertThat(candidates("0103", "320106")).as("candidates before the case is classified").isEmpty();

    StoredCase classified = update(nextVersionOf(registered).category("0103").build());
    assertThat(candidates("0103", "320106")).as("candidates once it is classified").containsExactly(classified);

    update(nextVersionOf(classified).closedAt(minutes(20)).build());
    assertThat(candidates("0103", "320106")).as("candidates once it is closed").isEmpty();
  }

  @Test
  void aWindowEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> store().cases().openByCategoryAndArea("0103", "320106", TO, FROM, PageRequest.first(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
