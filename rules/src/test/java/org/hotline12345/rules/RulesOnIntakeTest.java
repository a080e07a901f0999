package org.hotline12345.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.rules.PresetCity.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.service.Automation;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.service.Submission;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.routing.TableRouter;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.timelimit.TableTimeLimits;
import org.hotline12345.rules.triage.AcceptanceRules;
import org.hotline12345.rules.triage.TriagePipeline;
import org.junit.jupiter.api.Test;

/**
 * A hotline run by the presets' rules: triage, routing and time limits on intake, as system
 * steps that say why; a return sends the case down the catalogue; a person when none is left.
 */
class RulesOnIntakeTest {

  private final InMemoryStore store = new InMemoryStore();
  private final MovableClock clock = PresetCity.clock();
  private final CaseLifecycle lifecycle = PresetCity.lifecycle(TableTimeLimits.nanjing(), store);

  private HotlineService service(boolean callerKeys) {
    HotlineService.Builder b = HotlineService.builder().store(store).lifecycle(lifecycle)
        .clock(clock).automation(Automation.AUTOMATIC)
        .triage(TriagePipeline.standard(lifecycle, AcceptanceRules.chinaPreset(lifecycle),
            Optional.empty(), Optional.empty()))
        .router(TableRouter.of(LiveTable.of(TableRouter.nanjingPreset().table(),
            Presets.references()), PresetCity.inputs()));
    if (callerKeys) {
      b.callerKeySecret("the preset city's caller secret".getBytes(StandardCharsets.US_ASCII));
    }
    return b.build();
  }

  private static CaseEvent last(List<CaseEvent> history, Class<? extends CaseChange> kind) {
    CaseEvent found = null;
    for (CaseEvent e : history) {
      if (kind.isInstance(e.change())) {
        found = e;
      }
    }
    assertThat(found).as("an event " + kind.getSimpleName()).isNotNull();
    return found;
  }

  @Test
  void a_complaint_is_accepted_and_dispatched_by_the_rules_and_says_why() {
    HotlineService service = service(true);

    Submission s = service.submit(complaint(STREET_STALLS, SHIZIQIAO, "小区门口有人占道摆摊"),
        Actor.agent("agent-7"));

    Case c = s.registered();
    assertThat(s.automationStopped()).isEmpty();
    assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(c.lead()).contains(HUNANLU_OFFICE);
    assertThat(c.deadline(Stage.RESOLUTION).orElseThrow().limit())
        .isEqualTo(TimeLimit.workingDays(5));
    List<CaseEvent> history = service.history(c.id());
    CaseEvent accepted = last(history, CaseChange.Accepted.class);
    assertThat(accepted.actor()).isEqualTo(Actor.system());
    assertThat(accepted.explanation().orElseThrow().row()).contains("A-DEFAULT");
    CaseEvent dispatched = last(history, CaseChange.Dispatched.class);
    assertThat(dispatched.explanation().orElseThrow().ruleSet()).isEqualTo("routing-nanjing");
    assertThat(dispatched.explanation().orElseThrow().row()).contains("R-0103-HNL");
  }

  @Test
  void returns_send_the_case_down_the_catalogue_and_a_person_decides_when_none_is_left() {
    HotlineService service = service(true);
    Case c = service.submit(complaint(STREET_STALLS, SHIZIQIAO, "小区门口有人占道摆摊"),
        Actor.agent("agent-7")).registered();

    for (var lead : List.of(HUNANLU_OFFICE, GULOU, CGJ)) {
      assertThat(service.find(c.id()).orElseThrow().lead()).contains(lead);
      clock.advance(Duration.ofMinutes(30));
      service.execute(c.id(), new CaseCommand.Return(lead, Remark.of("不属于本单位职责")),
          Actor.handler("h-" + lead.value(), lead));
      clock.advance(Duration.ofMinutes(30));
      c = service.execute(c.id(), new CaseCommand.ApproveReturn(), Actor.dispatcher("d-1"));
    }

    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DISPATCH);
    assertThat(c.lead()).isEmpty();
  }

  @Test
  void an_emergency_is_referred_on_intake() {
    Case c = service(true).submit(complaint(PROPERTY, HUNANLU, "楼下着火了"),
        Actor.agent("agent-7")).registered();

    assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);
  }

  @Test
  void rules_that_count_a_callers_appeals_without_a_caller_secret_stop_and_say_so_losing_nothing() {
    Submission s = service(false).submit(complaint(STREET_STALLS, SHIZIQIAO, "门口有人摆摊"),
        Actor.agent("agent-7"));

    assertThat(s.registered().status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(s.inquiryCode()).isPresent();
    assertThat(s.automationStopped()).hasValueSatisfying(why -> assertThat(why)
        .contains("triage").contains("IllegalStateException").contains("callerKeySecret")
        .doesNotContain("摆摊"));
    assertThat(store.cases().find(s.registered().id().value())).isPresent();
  }
}
