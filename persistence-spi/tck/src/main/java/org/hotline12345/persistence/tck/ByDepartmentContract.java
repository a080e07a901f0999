package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.util.List;
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * A department's work list (工作台): the cases it leads (主办), assists (协办) or either,
 * optionally open ones only, by registration instant then case id, each case once.
 */
abstract class ByDepartmentContract extends ContractGroup {

  ByDepartmentContract(HotlineStoreContract contract) {
    super(contract);
  }

  private List<StoredCase> workList(String department, DepartmentRole role, boolean openOnly) {
    return store().cases().byDepartment(department, role, openOnly, PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  @Test
  void leadAssistingAndEitherEachListTheirCases() {
    StoredCase led = insert(aCase("case-000001").lead("dept-a").assisting("dept-b").registeredAt(minutes(30)).build());
    StoredCase assisted = insert(aCase("case-000002").lead("dept-b").assisting("dept-c", "dept-a")
        .registeredAt(minutes(10)).build());
    StoredCase ledClosed = insert(aCase("case-000003").lead("dept-a").registeredAt(minutes(20)).closedAt(minutes(40))
        .build());
    insert(aCase("case-000004").lead("dept-b").registeredAt(minutes(5)).build());

    assertThat(workList("dept-a", DepartmentRole.LEAD, false)).as("cases dept-a leads").containsExactly(ledClosed, led);
    assertThat(workList("dept-a", DepartmentRole.ASSISTING, false)).as("cases dept-a assists")
        .containsExactly(assisted);
    assertThat(workList("dept-a", DepartmentRole.ANY, false)).as("cases dept-a leads or assists")
        .containsExactly(assisted, ledClosed, led);
    assertThat(workList("dept-a", DepartmentRole.ANY, true)).as("open cases dept-a leads or assists")
        .containsExactly(assisted, led);
    assertThat(workList("dept-c", DepartmentRole.LEAD, false)).as("cases dept-c leads").isEmpty();
  }

  @Test
  void aDepartmentBothLeadAndAssistingSeesTheCaseOnce() {
    StoredCase both = insert(aCase("case-000001").lead("dept-a").assisting("dept-b", "dept-a").build());

    assertThat(workList("dept-a", DepartmentRole.ANY, false)).as("a case dept-a both leads and assists")
        .containsExactly(both);
    assertThat(workList("dept-a", DepartmentRole.ANY, true)).as("the same, open only").containsExactly(both);
  }

  @Test
  void tiesOnTheRegistrationAreBrokenById() {
    StoredCase b = insert(aCase("case-000002").assisting("dept-a").registeredAt(minutes(5)).build());
    StoredCase a = insert(aCase("case-000001").lead("dept-a").registeredAt(minutes(5)).build());
    StoredCase c = insert(aCase("case-000003").assisting("dept-a").registeredAt(minutes(5)).build());

    assertThat(workList("dept-a", DepartmentRole.ANY, true)).containsExactly(a, b, c);
  }

  @Test
  void anUpdateMovesACaseBetweenWorkLists() {
    StoredCase dispatched = insert(aCase("case-000001").lead("dept-a").assisting("dept-b").build());

    StoredCase redispatched = update(nextVersionOf(dispatched).lead("dept-b").assisting("dept-c").build());
    assertThat(workList("dept-a", DepartmentRole.ANY, false)).as("dept-a's cases after the re-dispatch").isEmpty();
    assertThat(workList("dept-b", DepartmentRole.LEAD, true)).as("dept-b's led cases").containsExactly(redispatched);
    assertThat(workList("dept-b", DepartmentRole.ASSISTING, false)).as("dept-b's assisted cases").isEmpty();
    assertThat(workList("dept-c", DepartmentRole.ASSISTING, true)).as("dept-c's assisted cases")
        .containsExactly(redispatched);

    StoredCase closed = update(nextVersionOf(redispatched).closedAt(minutes(60)).build());
    assertThat(workList("dept-c", DepartmentRole.ASSISTING, true)).as("dept-c's open assisted cases, once closed")
        .isEmpty();
    assertThat(workList("dept-c", DepartmentRole.ASSISTING, false)).as("dept-c's assisted cases, once closed")
        .containsExactly(closed);
  }
}
