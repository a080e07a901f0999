package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.accept;
import static org.hotline12345.core.casefile.Scenario.approveExtension;
import static org.hotline12345.core.casefile.Scenario.askExtension;
import static org.hotline12345.core.casefile.Scenario.complaint;
import static org.hotline12345.core.casefile.Scenario.contact;
import static org.hotline12345.core.casefile.Scenario.dispatch;
import static org.hotline12345.core.casefile.Scenario.reply;
import static org.hotline12345.core.casefile.Scenario.signFor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Steps of the escalation ladder (督办措施) as commands: given a case, when the system (or a
 * supervisor) takes a step for one of its deadlines, then the step recorded once, or a refusal
 * naming the rule. The resolution deadline of these cases, dispatched on Monday 11 March 2024, is
 * 24:00 on Monday 18 March.
 */
class SupervisionStepScenariosTest {

  private static final CaseCommand[] SIGNED = {accept(), dispatch(HUNANLU), signFor(HUNANLU), contact(HUNANLU)};

  private static Instant resolutionDue(Scenario s) {
    return s.current().deadline(Stage.RESOLUTION).orElseThrow().dueAt();
  }

  private static CaseCommand.TakeSupervisionStep step(EscalationStep step, Addressee to, Light light, Instant dueAt) {
    return new CaseCommand.TakeSupervisionStep(Stage.RESOLUTION, step, to, light, dueAt);
  }

  @Test
  void the_system_urges_a_passed_deadline_and_the_case_records_it_without_changing_its_status() {
    Scenario s = Scenario.of(complaint()).given(SIGNED);
    Instant due = resolutionDue(s);
    Case after = s.when(step(EscalationStep.URGE, Addressee.LIAISON, Light.RED, due)).by(Actor.system())
        .at(due.plusSeconds(60))
        .thenChange(new CaseChange.SupervisionStepTaken(Stage.RESOLUTION, EscalationStep.URGE, Addressee.LIAISON,
            Light.RED, due));
    assertThat(after.status()).isEqualTo(CaseStatus.SIGNED);
    assertThat(after.supervisionSteps()).singleElement().isEqualTo(new SupervisionRecord(Stage.RESOLUTION,
        EscalationStep.URGE, Addressee.LIAISON, Light.RED, due, due.plusSeconds(60), Actor.system()));
    assertThat(after.hasTaken(Stage.RESOLUTION, EscalationStep.URGE, due)).isTrue();
    assertThat(after.hasTaken(Stage.RESOLUTION, EscalationStep.NOTICE, due)).isFalse();
  }

  @Test
  void a_supervisor_may_take_a_step_by_hand() {
    Scenario s = Scenario.of(complaint()).given(SIGNED);
    s.when(step(EscalationStep.NOTICE, Addressee.DEPARTMENT_HEAD, Light.GREEN, resolutionDue(s)))
        .by(Actor.supervisor("supervisor-1"))
        .thenChange(CaseChange.SupervisionStepTaken.class, t -> assertThat(t.step()).isEqualTo(EscalationStep.NOTICE));
  }

  @Test
  void a_step_is_taken_once_for_a_deadline() {
    Scenario s = Scenario.of(complaint()).given(SIGNED);
    Instant due = resolutionDue(s);
    Case urged = Scenario.LIFECYCLE.execute(s.current(), step(EscalationStep.URGE, Addressee.LIAISON, Light.RED, due),
        Actor.system(), due.plusSeconds(60)).after();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scenario.LIFECYCLE.execute(urged,
            step(EscalationStep.URGE, Addressee.LIAISON, Light.RED, due), Actor.system(), due.plusSeconds(120)))
        .isInstanceOfSatisfying(CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(RuleName.SUPERVISION_STEP_ALREADY_TAKEN));
  }

  @Test
  void an_extended_deadline_is_a_new_deadline_its_ladder_starts_again_and_the_old_one_is_not_watched() {
    Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), contact(HUNANLU),
        askExtension(HUNANLU, 2), approveExtension());
    Instant extended = resolutionDue(s);
    Instant original = Scenario.of(complaint()).given(SIGNED).current().deadline(Stage.RESOLUTION).orElseThrow().dueAt();
    assertThat(extended).isAfter(original);
    s.when(step(EscalationStep.REMIND, Addressee.HANDLER, Light.GREEN, original))
        .thenRefused(RuleName.NO_WATCHED_DEADLINE);
    s.when(step(EscalationStep.REMIND, Addressee.HANDLER, Light.GREEN, extended))
        .thenChange(CaseChange.SupervisionStepTaken.class, t -> assertThat(t.dueAt()).isEqualTo(extended));
  }

  @Test
  void the_return_window_is_never_supervised() {
    Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU));
    Instant returnDue = s.current().deadline(Stage.RETURN).orElseThrow().dueAt();
    s.when(new CaseCommand.TakeSupervisionStep(Stage.RETURN, EscalationStep.URGE, Addressee.LIAISON, Light.GREEN,
        returnDue)).thenRefused(RuleName.NO_WATCHED_DEADLINE);
  }

  @Test
  void a_paused_stage_or_a_met_one_takes_no_step() {
    Scenario paused = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), contact(HUNANLU),
        new CaseCommand.PauseClock(Remark.of("等待诉求人补充材料")));
    paused.when(step(EscalationStep.REMIND, Addressee.HANDLER, Light.GREEN, resolutionDue(paused)))
        .thenRefused(RuleName.NO_WATCHED_DEADLINE);
    Scenario replied = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU));
    replied.when(step(EscalationStep.REMIND, Addressee.HANDLER, Light.GREEN, resolutionDue(replied)))
        .thenRefused(RuleName.NO_WATCHED_DEADLINE);
  }

  @Test
  void the_light_must_be_red_exactly_from_the_due_instant_on() {
    Scenario s = Scenario.of(complaint()).given(SIGNED);
    Instant due = resolutionDue(s);
    Instant before = due.minusNanos(1000);
    s.when(step(EscalationStep.URGE, Addressee.LIAISON, Light.RED, due)).at(before).thenRefused(RuleName.WRONG_LIGHT);
    s.when(step(EscalationStep.URGE, Addressee.LIAISON, Light.YELLOW, due)).at(due).thenRefused(RuleName.WRONG_LIGHT);
    s.when(step(EscalationStep.REMIND, Addressee.HANDLER, Light.YELLOW, due)).at(before)
        .thenChange(CaseChange.SupervisionStepTaken.class, t -> assertThat(t.light()).isEqualTo(Light.YELLOW));
    s.when(step(EscalationStep.URGE, Addressee.LIAISON, Light.RED, due)).at(due)
        .thenChange(CaseChange.SupervisionStepTaken.class, t -> assertThat(t.light()).isEqualTo(Light.RED));
  }

  @Test
  void a_mark_written_by_the_old_sweep_still_decodes_and_replays() {
    Scenario s = Scenario.of(complaint()).given(SIGNED);
    CaseEvent last = s.history().get(s.history().size() - 1);
    // As the sweep of earlier versions wrote its marks: a case.supervised event with a note.
    StoredEvent old = new StoredEvent(last.caseId().value(), last.sequence() + 1, "case.supervised", 1,
        last.at().plus(Duration.ofDays(8)), "{\"actor\":{\"id\":\"system\",\"role\":\"SYSTEM\"},\"change\":"
            + "{\"kind\":\"URGE\",\"note\":\"RESOLUTION (办结) overdue since 2024-03-19T00:00+08:00\"}}");
    CaseEvent decoded = EventCodec.decode(old);
    assertThat(decoded.change()).isEqualTo(new CaseChange.Supervised(SupervisionKind.URGE,
        Remark.of("RESOLUTION (办结) overdue since 2024-03-19T00:00+08:00")));
    List<CaseEvent> history = new java.util.ArrayList<>(s.history());
    history.add(decoded);
    Case replayed = Case.replay(history);
    assertThat(replayed.supervisionMarks()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(SupervisionKind.URGE));
    assertThat(replayed.supervisionSteps()).as("an old mark is no step of the ladder").isEmpty();
  }
}
