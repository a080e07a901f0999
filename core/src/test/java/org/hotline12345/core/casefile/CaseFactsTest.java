package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;

import java.util.ArrayList;
import java.util.List;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;

/**
 * The facts assessment reads from the case row: given a case that went to a street which
 * returned it and then to another which handled it, then each department's part is there on
 * its own, and the text reads back equal.
 */
class CaseFactsTest {

  @Test
  void each_department_is_credited_with_its_own_part() {
    Case c = Scenario.of(Scenario.complaint()).given(Scenario.accept(), Scenario.dispatch(HUNANLU, NINGHAI),
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.approveReturn(), Scenario.signFor(NINGHAI),
        Scenario.contact(NINGHAI), Scenario.askExtension(NINGHAI, 2), Scenario.approveExtension(),
        Scenario.reply(NINGHAI), Scenario.approveReply(), Scenario.callBack(Satisfaction.BASICALLY_SATISFIED, true))
        .current();
    CaseFacts facts = CaseFacts.of(c);
    assertThat(facts.departments()).hasSize(2);
    CaseFacts.DepartmentFacts hunanlu = facts.departments().get(0);
    CaseFacts.DepartmentFacts ninghai = facts.departments().get(1);
    assertThat(hunanlu.department()).isEqualTo(HUNANLU);
    assertThat(hunanlu.returnedAt()).isPresent();
    assertThat(hunanlu.signedAt()).isEmpty();
    assertThat(hunanlu.stages().get(Stage.RETURN).isMetOnTime()).isTrue();
    assertThat(hunanlu.extensions()).isZero();
    assertThat(ninghai.signedAt()).isPresent();
    assertThat(ninghai.extensions()).isEqualTo(1);
    assertThat(ninghai.stages().get(Stage.FIRST_CONTACT).isMetOnTime()).isTrue();
    assertThat(ninghai.stages().get(Stage.RESOLUTION).isMetOnTime()).isTrue();
    assertThat(facts.lastCallback()).hasValueSatisfying(cb -> assertThat(cb.satisfaction())
        .isEqualTo(Satisfaction.BASICALLY_SATISFIED));
    assertThat(CaseFacts.read(facts.write())).isEqualTo(facts);
    assertThat(facts.write()).doesNotContain("张三", "13812345678", "湖南路1号");
  }

  @Test
  void a_return_the_platform_denied_stays_with_the_department_that_asked() {
    Case c = Scenario.of(Scenario.complaint()).given(Scenario.accept(), Scenario.dispatch(HUNANLU, NINGHAI),
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.denyReturn("属于本街道职责"), Scenario.signFor(HUNANLU))
        .current();
    CaseFacts facts = CaseFacts.of(c);
    assertThat(facts.departments()).singleElement().satisfies(hunanlu -> {
      assertThat(hunanlu.returnsDenied()).isEqualTo(1);
      assertThat(hunanlu.returnedAt()).isEmpty();
      assertThat(hunanlu.signedAt()).isPresent();
    });
    assertThat(CaseFacts.read(facts.write())).isEqualTo(facts);
    String older = facts.write().replace(",\"denied\":1", "");
    assertThat(CaseFacts.read(older).departments().get(0).returnsDenied()).isZero();
  }

  @Test
  void a_case_handed_on_more_often_than_fits_keeps_its_latest_departments() {
    List<CaseCommand> steps = new ArrayList<>(List.of(Scenario.accept(), Scenario.dispatch(HUNANLU)));
    for (int i = 0; i < 60; i++) {
      DepartmentId next = i % 2 == 0 ? NINGHAI : HUNANLU;
      DepartmentId current = i % 2 == 0 ? HUNANLU : NINGHAI;
      steps.add(Scenario.returnBy(current, "不属于本街道"));
      steps.add(Scenario.approveReturn());
      steps.add(new CaseCommand.Dispatch(next, List.of(), List.of(), true));
    }
    Case c = Scenario.of(Scenario.complaint()).given(steps.toArray(CaseCommand[]::new)).current();
    assertThat(c.assignments()).hasSize(61);
    CaseFacts facts = CaseFacts.of(c);
    assertThat(facts.truncated()).isTrue();
    assertThat(facts.write().length()).isLessThanOrEqualTo(CaseFacts.MAX_LENGTH);
    assertThat(facts.departments().get(facts.departments().size() - 1).assignedAt())
        .isEqualTo(c.assignments().get(60).assignedAt());
    assertThat(CaseFacts.read(facts.write())).isEqualTo(facts);
  }

  @Test
  void text_that_is_not_facts_is_refused_clearly() {
    assertThatThrownBy(() -> CaseFacts.read("{\"departments\":1}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facts:");
    assertThatThrownBy(() -> CaseFacts.read("not json")).isInstanceOf(IllegalArgumentException.class);
  }
}
