package org.hotline12345.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.rules.PresetCity.*;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.PresetCity;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.LiveTable;
import org.junit.jupiter.api.Test;

/** The preset acceptance table and the standard triage, call by call. */
class AcceptanceRulesTest {

  private final CaseLifecycle lifecycle = PresetCity.lifecycle(TimeLimitPolicies.seeds(), new InMemoryStore());
  private final AcceptanceRules acceptance = AcceptanceRules.chinaPreset(lifecycle);
  private final TriagePipeline triage = TriagePipeline.standard(lifecycle, acceptance,
      Optional.empty(), Optional.empty());

  /** A history in which this caller has called {@code calls} times before, the place never. */
  private static AppealHistory callerCalled(int calls) {
    return new AppealHistory() {
      @Override
      public int appealsFromCaller(Case c, Duration window) {
        return calls;
      }

      @Override
      public int appealsAtPlace(Case c, Duration window) {
        return 0;
      }

      @Override
      public List<Case> openCasesLike(Case c, Duration window, int limit) {
        return List.of();
      }

      @Override
      public List<Case> recentFromCaller(Case c, Duration window, int limit) {
        return List.of();
      }
    };
  }

  private Case registered(Appeal appeal) {
    return lifecycle.register(appeal, Actor.agent("a-1"), T0).after();
  }

  private TriageOutcome triage(Appeal appeal) {
    return triage.triage(registered(appeal), callerCalled(0));
  }

  @Test
  void a_fire_is_referred_to_119_naming_the_row() {
    TriageOutcome outcome = triage(complaint(PROPERTY, HUNANLU, "楼下着火了，有浓烟"));

    assertThat(outcome).isInstanceOfSatisfying(TriageOutcome.ReferToEmergency.class,
        r -> assertThat(r.line()).isEqualTo(EmergencyLine.FIRE));
    assertThat(outcome.explanation().row()).contains("E-FIRE");
    assertThat(outcome.explanation().ruleSet()).isEqualTo("acceptance-cn");
    assertThat(outcome.explanation().text()).doesNotContain("楼下");
  }

  @Test
  void someone_trapped_in_a_lift_goes_to_96333_by_keyword_or_by_category_with_keyword() {
    assertThat(triage(complaint(null, HUNANLU, "有人电梯困人了快来")))
        .isInstanceOfSatisfying(TriageOutcome.ReferToEmergency.class,
            r -> assertThat(r.line()).isEqualTo(EmergencyLine.ELEVATOR));
    TriageOutcome byCategory = triage(complaint(PROPERTY, HUNANLU, "小区电梯停了，老人被困"));
    assertThat(byCategory.explanation().row()).contains("E-LIFT-PROPERTY");
  }

  @Test
  void a_fight_goes_to_110_a_faint_to_120_and_a_crash_to_122() {
    assertThat(((TriageOutcome.ReferToEmergency) triage(complaint(null, HUNANLU, "门口有人打架")))
        .line()).isEqualTo(EmergencyLine.POLICE);
    assertThat(((TriageOutcome.ReferToEmergency) triage(complaint(null, HUNANLU, "老人晕倒在路边")))
        .line()).isEqualTo(EmergencyLine.AMBULANCE);
    assertThat(((TriageOutcome.ReferToEmergency) triage(complaint(null, HUNANLU, "路口发生车祸")))
        .line()).isEqualTo(EmergencyLine.TRAFFIC);
  }

  @Test
  void an_emergency_is_referred_even_when_the_caller_left_no_phone() {
    TriageOutcome outcome = triage(unreachable(complaint(PROPERTY, HUNANLU, "楼道起火")));

    assertThat(outcome).isInstanceOf(TriageOutcome.ReferToEmergency.class);
  }

  @Test
  void an_appeal_missing_its_elements_is_not_accepted_for_that_reason_listing_what_is_missing() {
    TriageOutcome outcome = triage(unreachable(complaint(STREET_STALLS, HUNANLU, "门口有人摆摊")));

    assertThat(outcome).isInstanceOfSatisfying(TriageOutcome.NotAccept.class,
        n -> assertThat(n.reason()).isEqualTo(NotAcceptedReason.INCOMPLETE_ELEMENTS));
    assertThat(outcome.explanation().text()).contains("citizen.reachable")
        .doesNotContain("王五");
  }

  @Test
  void a_dispute_already_in_court_is_not_accepted() {
    TriageOutcome outcome = triage(complaint(PROPERTY, HUNANLU, "物业费纠纷我已起诉，想催一下"));

    assertThat(outcome).isInstanceOfSatisfying(TriageOutcome.NotAccept.class,
        n -> assertThat(n.reason()).isEqualTo(NotAcceptedReason.IN_LEGAL_PROCEEDINGS));
    assertThat(outcome.explanation().row()).contains("N-PROCEEDINGS");
  }

  @Test
  void an_ordinary_complaint_is_accepted_by_the_last_row() {
    TriageOutcome outcome = triage(complaint(STREET_STALLS, HUNANLU, "门口有人占道摆摊"));

    assertThat(outcome).isInstanceOf(TriageOutcome.Accept.class);
    assertThat(outcome.explanation().row()).contains("A-DEFAULT");
  }

  @Test
  void a_caller_with_five_appeals_in_the_window_goes_to_a_person() {
    Case c = registered(complaint(STREET_STALLS, HUNANLU, "门口有人占道摆摊"));

    assertThat(triage.triage(c, callerCalled(4))).isInstanceOf(TriageOutcome.Accept.class);
    TriageOutcome fifth = triage.triage(c, callerCalled(5));
    assertThat(fifth).isInstanceOf(TriageOutcome.HandToPerson.class);
    assertThat(fifth.explanation().row()).contains("P-FREQUENT");
  }

  @Test
  void a_row_naming_a_reason_the_lifecycle_does_not_admit_is_refused() {
    var table = DecisionTables.readCsv(new StringReader("""
        # rule set: acceptance-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,text,=decision,=reason,=line
        N1,no reason like this,,,"天气",NOT_ACCEPT,BAD_WEATHER,
        A1,accept,,,,ACCEPT,,
        """), "acceptance-test.csv", AcceptanceRules.schema(List.of()), Presets.references())
        .table();
    assertThatThrownBy(() -> AcceptanceRules.of(LiveTable.of(table, Presets.references()),
        lifecycle, PresetCity.inputs(), Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 'N1'").hasMessageContaining("BAD_WEATHER");
  }

  @Test
  void a_row_referring_to_a_line_the_lifecycle_does_not_have_is_refused() {
    var table = DecisionTables.readCsv(new StringReader("""
        # rule set: acceptance-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,text,=decision,=reason,=line
        E1,coast guard,,,"落水",REFER,,COAST_GUARD
        A1,accept,,,,ACCEPT,,
        """), "acceptance-test.csv", AcceptanceRules.schema(List.of()), Presets.references())
        .table();
    assertThatThrownBy(() -> AcceptanceRules.of(LiveTable.of(table, Presets.references()),
        lifecycle, PresetCity.inputs(), Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 'E1'").hasMessageContaining("COAST_GUARD");
  }

  @Test
  void with_no_row_matching_a_person_decides() {
    var table = DecisionTables.readCsv(new StringReader("""
        # rule set: acceptance-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,type,=decision,=reason,=line
        A1,consultations accepted,,,CONSULTATION,ACCEPT,,
        """), "acceptance-test.csv", AcceptanceRules.schema(List.of()), Presets.references())
        .table();
    AcceptanceRules narrow = AcceptanceRules.of(LiveTable.of(table, Presets.references()),
        lifecycle, PresetCity.inputs(), Duration.ofDays(30));

    TriageOutcome outcome = narrow.decisions().decide(
        registered(complaint(STREET_STALLS, HUNANLU, "摆摊")), callerCalled(0)).orElseThrow();

    assertThat(outcome).isInstanceOf(TriageOutcome.HandToPerson.class);
    assertThat(outcome.explanation().text()).contains("转人工");
  }

  @Test
  void the_pipeline_runs_its_steps_in_order_and_a_consultation_stays_for_the_knowledge_base() {
    assertThat(triage.steps()).hasSize(3);
    Appeal consultation = appeal(AppealType.CONSULTATION, Optional.empty(), HUNANLU,
        "公积金怎么提取", T0);
    assertThat(triage(consultation)).isInstanceOf(TriageOutcome.Accept.class);
  }
}
