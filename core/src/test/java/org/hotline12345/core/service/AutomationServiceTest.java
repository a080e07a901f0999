package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Triage and routing through the ports: given a triage that answers consultations and accepts
 * the rest, and a router that sends cases to the first eligible department of a list, then on
 * intake the service acts on them (or proposes them for a clerk), and every case can say why it
 * went where it went.
 */
class AutomationServiceTest {

  private static final DepartmentId CITY = DepartmentId.of("nj.cgj");
  private static final DepartmentId WATER = DepartmentId.of("nj.water");

  private static Explanation why(String row, String text) {
    return new Explanation("nanjing-acceptance", "2025.10", Optional.of(row), text);
  }

  private final Triage triage = (c, history) -> c.appeal().getType() == AppealType.CONSULTATION
      ? new TriageOutcome.AnswerDirectly(Remark.of("工作日 9:00-17:00 办理"), why("K12", "知识库条目 K12 回答办理时间"))
      : new TriageOutcome.Accept(why("A1", "要素齐全，予以受理"));

  private final Router router = (c, eligibility) -> eligibility.filter(List.of(CITY, WATER)).stream().findFirst()
      .<RoutingOutcome>map(lead -> new RoutingOutcome.Route(lead, List.of(), List.of(WATER),
          new Explanation("nanjing-dispatch", "2025.10", Optional.of("R7"), "噪音类诉求派城管局")))
      .orElse(new RoutingOutcome.HandToPerson(new Explanation("nanjing-dispatch", "2025.10", Optional.empty(),
          "没有可派单位")));

  private HotlineService service(Automation automation) {
    return HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).triage(triage).router(router).automation(automation).build();
  }

  private static Optional<Explanation> explanationOf(List<CaseEvent> history, EventKind kind) {
    return history.stream().filter(e -> e.kind() == kind).findFirst().flatMap(CaseEvent::explanation);
  }

  @Test
  void on_intake_the_rules_accept_and_dispatch_and_the_case_says_why() {
    HotlineService service = service(Automation.AUTOMATIC);
    Case c = service.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered();
    assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(c.lead()).contains(CITY);
    List<CaseEvent> history = service.history(c.id());
    assertThat(explanationOf(history, EventKind.ACCEPTED)).hasValueSatisfying(x -> assertThat(x.row()).contains("A1"));
    assertThat(explanationOf(history, EventKind.DISPATCHED)).hasValueSatisfying(x -> {
      assertThat(x.ruleSet()).isEqualTo("nanjing-dispatch");
      assertThat(x.row()).contains("R7");
    });
    assertThat(history).filteredOn(e -> e.kind() == EventKind.DISPATCHED)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(Actor.system()));
  }

  @Test
  void a_consultation_is_answered_from_the_knowledge_base() {
    HotlineService service = service(Automation.AUTOMATIC);
    Appeal question = Appeal.builder().from(ServiceFixtures.complaint()).type(AppealType.CONSULTATION).build();
    Case c = service.submit(question, Actor.agent("a-1")).registered();
    assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED_DIRECTLY);
    assertThat(explanationOf(service.history(c.id()), EventKind.ANSWERED_DIRECTLY))
        .hasValueSatisfying(x -> assertThat(x.row()).contains("K12"));
  }

  @Test
  void a_report_against_the_first_choice_goes_to_the_next_eligible_department() {
    HotlineService service = service(Automation.AUTOMATIC);
    Appeal report = Appeal.builder().from(ServiceFixtures.complaint()).type(AppealType.REPORT).accusedDepartment(CITY)
        .build();
    Case c = service.submit(report, Actor.agent("a-1")).registered();
    assertThat(c.lead()).contains(WATER);
  }

  @Test
  void a_router_that_names_an_ineligible_department_leaves_the_case_for_a_person() {
    Router careless = (c, eligibility) -> new RoutingOutcome.Route(CITY, List.of(), List.of(),
        new Explanation("careless", "1", Optional.empty(), "always the city bureau"));
    HotlineService service = HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).triage(triage).router(careless).automation(Automation.AUTOMATIC).build();
    Appeal report = Appeal.builder().from(ServiceFixtures.complaint()).type(AppealType.REPORT).accusedDepartment(CITY)
        .build();
    Case c = service.submit(report, Actor.agent("a-1")).registered();
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.lead()).isEmpty();
  }

  @Test
  void proposed_steps_wait_for_a_clerk_who_confirms_them() {
    HotlineService service = service(Automation.PROPOSE);
    CaseId id = service.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered().id();
    assertThat(service.find(id).orElseThrow().status()).isEqualTo(CaseStatus.REGISTERED);
    Proposal first = service.propose(id);
    assertThat(first.triage()).hasValueSatisfying(t -> assertThat(t).isInstanceOf(TriageOutcome.Accept.class));
    assertThat(first.routing()).isEmpty();
    service.confirm(id, first.triage().orElseThrow(), Actor.agent("a-1"));
    Proposal second = service.propose(id);
    assertThat(second.triage()).isEmpty();
    Case dispatched = service.confirm(id, second.routing().orElseThrow(), Actor.dispatcher("d-1"));
    assertThat(dispatched.lead()).contains(CITY);
    assertThat(explanationOf(service.history(id), EventKind.DISPATCHED)).isPresent();
    assertThat(service.history(id)).filteredOn(e -> e.kind() == EventKind.DISPATCHED)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(Actor.dispatcher("d-1")));
  }

  @Test
  void a_proposed_merge_runs_the_two_sided_merge_with_its_reason_on_both_events() {
    HotlineService service = service(Automation.PROPOSE);
    CaseId open = service.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered().id();
    CaseId repeat = service.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered().id();
    Case merged = service.confirm(repeat, new TriageOutcome.MergeInto(open, why("M3", "同一地点同类诉求三日内重复")),
        Actor.agent("a-1"));
    assertThat(merged.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(explanationOf(service.history(repeat), EventKind.MERGED_INTO)).isPresent();
    assertThat(explanationOf(service.history(open), EventKind.DUPLICATE_ABSORBED))
        .hasValueSatisfying(x -> assertThat(x.row()).contains("M3"));
  }

  @Test
  void a_confident_classifier_sets_the_category_before_triage_and_a_doubtful_one_does_not() {
    org.hotline12345.core.category.CategoryCode noise = org.hotline12345.core.category.CategoryCode.of("030101");
    org.hotline12345.core.classification.Classifier sure = appeal -> new org.hotline12345.core.classification.Classification(
        List.of(new org.hotline12345.core.classification.Classification.Candidate(noise, 0.9)),
        new Explanation("keywords", "1", Optional.of("噪音"), "内容含“噪音”"));
    HotlineService service = HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).classifier(sure, 0.8).triage(triage).router(router)
        .automation(Automation.AUTOMATIC).build();
    Case c = service.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered();
    assertThat(c.category()).contains(noise);
    assertThat(explanationOf(service.history(c.id()), EventKind.CLASSIFIED))
        .hasValueSatisfying(x -> assertThat(x.row()).contains("噪音"));
    HotlineService doubtful = HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).classifier(sure, 0.95).automation(Automation.AUTOMATIC).build();
    assertThat(doubtful.submit(ServiceFixtures.complaint(), Actor.agent("a-1")).registered().category()).isEmpty();
  }

  /** Merges a repeat into the newest open case of its category and area in three days; accepts the rest. */
  private static final Triage MERGE_REPEATS = (c, history) -> history.openCasesLike(c, java.time.Duration.ofDays(3), 1)
      .stream().findFirst()
      .<TriageOutcome>map(open -> new TriageOutcome.MergeInto(open.id(), why("M1", "同一地点同类诉求三日内重复")))
      .orElse(new TriageOutcome.Accept(why("A1", "要素齐全，予以受理")));

  private static Appeal noiseAtHunanlu() {
    return Appeal.builder().from(ServiceFixtures.complaint())
        .category(org.hotline12345.core.category.CategoryCode.of("030101")).build();
  }

  @Test
  void on_intake_a_repeat_at_the_same_place_merges_into_the_open_case_through_the_two_sided_merge() {
    HotlineService service = HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).triage(MERGE_REPEATS).router(router)
        .automation(Automation.AUTOMATIC).build();
    Case first = service.submit(noiseAtHunanlu(), Actor.agent("a-1")).registered();
    assertThat(first.status()).as("the first appeal, accepted and dispatched").isEqualTo(CaseStatus.DISPATCHED);

    Case repeat = service.submit(noiseAtHunanlu(), Actor.agent("a-2")).registered();

    assertThat(repeat.status()).as("the repeat").isEqualTo(CaseStatus.MERGED);
    Case target = service.find(first.id()).orElseThrow();
    assertThat(target.appeals()).as("the open case's appeals").hasSize(2);
    assertThat(target.status()).as("the open case goes on as it was").isEqualTo(CaseStatus.DISPATCHED);
    assertThat(explanationOf(service.history(repeat.id()), EventKind.MERGED_INTO))
        .hasValueSatisfying(x -> assertThat(x.row()).contains("M1"));
    assertThat(service.history(first.id())).filteredOn(e -> e.kind() == EventKind.DUPLICATE_ABSORBED)
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo(Actor.system());
          assertThat(e.explanation()).hasValueSatisfying(x -> assertThat(x.row()).contains("M1"));
        });
  }

  @Test
  void a_proposed_merge_whose_target_closed_meanwhile_is_refused_and_changes_nothing() {
    HotlineService service = HotlineService.builder().store(new InMemoryStore()).lifecycle(ServiceFixtures.lifecycle())
        .clock(new HotlineServiceTest.TestClock()).triage(MERGE_REPEATS).automation(Automation.PROPOSE).build();
    CaseId first = service.submit(noiseAtHunanlu(), Actor.agent("a-1")).registered().id();
    CaseId repeat = service.submit(noiseAtHunanlu(), Actor.agent("a-1")).registered().id();
    TriageOutcome proposed = service.propose(repeat).triage().orElseThrow();
    assertThat(proposed).as("the proposal for the repeat").isEqualTo(new TriageOutcome.MergeInto(first,
        why("M1", "同一地点同类诉求三日内重复")));

    service.execute(first, new CaseCommand.NotAccept(org.hotline12345.core.casefile.NotAcceptedReason.SEEDS.get(0),
        Remark.of("不属于受理范围")), Actor.agent("a-1"));

    assertThatThrownBy(() -> service.confirm(repeat, proposed, Actor.agent("a-1")))
        .isInstanceOfSatisfying(org.hotline12345.core.casefile.CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(org.hotline12345.core.casefile.RuleName.MERGE_TARGET_CLOSED));
    assertThat(service.find(repeat).orElseThrow().status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(service.propose(repeat).triage()).as("proposed again, with no open case left")
        .hasValueSatisfying(t -> assertThat(t).isInstanceOf(TriageOutcome.Accept.class));
  }
}
