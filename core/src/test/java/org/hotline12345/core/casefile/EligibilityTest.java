package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.casefile.Scenario.CITY_MANAGEMENT;
import static org.hotline12345.core.casefile.Scenario.GULOU;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;
import static org.hotline12345.core.casefile.Scenario.SHIZIQIAO;
import static org.hotline12345.core.casefile.Scenario.XUANWU;

import java.util.List;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.Test;

/**
 * The one eligibility check: given a report against the Gulou district government that a street
 * returned, then the accused district and everything under it, the street that returned it,
 * unknown departments are refused with their reason, and the rest keep their order.
 */
class EligibilityTest {

  @Test
  void accused_returned_and_unknown_departments_are_not_eligible() {
    Appeal report = Appeal.builder().from(Scenario.appeal(AppealType.REPORT)).accusedDepartment(GULOU).build();
    Case c = Scenario.of(report).given(Scenario.accept(), Scenario.dispatch(CITY_MANAGEMENT),
        Scenario.returnBy(CITY_MANAGEMENT, "不属于本局"), Scenario.approveReturn()).current();
    Eligibility eligibility = Scenario.LIFECYCLE.eligibility(c);

    assertThat(eligibility.whyNot(GULOU, false)).contains(Eligibility.Reason.ACCUSED);
    assertThat(eligibility.whyNot(SHIZIQIAO, true)).as("even with an override").contains(Eligibility.Reason.ACCUSED);
    assertThat(eligibility.whyNot(CITY_MANAGEMENT, false)).contains(Eligibility.Reason.RETURNED);
    assertThat(eligibility.whyNot(CITY_MANAGEMENT, true)).isEmpty();
    assertThat(eligibility.whyNot(DepartmentId.of("nowhere"), false)).contains(Eligibility.Reason.UNKNOWN);
    assertThat(eligibility.isEligible(XUANWU)).isTrue();
    assertThat(eligibility.filter(List.of(HUNANLU, XUANWU, CITY_MANAGEMENT, NINGHAI, Scenario.WATER)))
        .containsExactly(XUANWU, Scenario.WATER);
    assertThat(Eligibility.Reason.ACCUSED.rule()).isEqualTo(RuleName.REPORT_ROUTED_TO_ACCUSED);
  }
}
