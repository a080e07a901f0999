package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.InquiryCode;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.RuleName;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.casefile.SupervisionKind;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** The application service over the in-memory store: one unit of work per call. */
class HotlineServiceTest {

  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = ServiceFixtures.T0;

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final InMemoryStore store = new InMemoryStore();
  private final TestClock clock = new TestClock();
  private final List<InquiryCode> issuedCodes = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final HotlineService service = HotlineService.builder()
      .store(store).lifecycle(ServiceFixtures.lifecycleBuilder().inquiryCodes(() -> {
        InquiryCode code = InquiryCode.random();
        issuedCodes.add(code);
        return code;
      }).build()).clock(clock).maxAttempts(50).build();

  private Appeal appeal(String externalId) {
    return Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId).build();
  }

  @Test
  void a_submitted_appeal_is_stored_with_its_event_and_an_outbox_message() {
    Case c = service.submit(appeal("wx-1"), Actor.agent("a-1")).registered();
    assertThat(service.find(c.id())).contains(c);
    assertThat(service.findByNumber(c.number())).contains(c);
    assertThat(issuedCodes).singleElement().satisfies(code -> {
      assertThat(c.hasInquiryCode(code)).isTrue();
      assertThat(service.findByInquiryCode(code)).contains(c);
    });
    assertThat(store.cases().find(c.id().value()).orElseThrow().inquiryCodeHash()).isEqualTo(c.inquiryCodeHash().value());
    List<OutboxMessage> outbox = store.outbox().pending(10);
    assertThat(outbox).singleElement().satisfies(m -> {
      assertThat(m.topic()).isEqualTo("case.registered");
      assertThat(m.caseId()).isEqualTo(c.id().value());
      assertThat(m.payload()).contains(c.number().value()).doesNotContain("13812345678").doesNotContain("张三");
    });
  }

  @Test
  void the_same_external_id_twice_yields_the_same_case_not_two() {
    Case first = service.submit(appeal("wx-2"), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofMinutes(1));
    Case second = service.submit(appeal("wx-2"), Actor.agent("a-2")).registered();
    assertThat(second).isEqualTo(first);
    assertThat(service.casesByStatus(Set.of(CaseStatus.REGISTERED), Optional.empty(), PageRequest.first(10)).items())
        .hasSize(1);
    assertThat(store.outbox().pending(10)).hasSize(1);
  }

  @Test
  void concurrent_submissions_of_one_appeal_make_one_case() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Case>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> service.submit(appeal("app-77"), Actor.agent("a")).registered());
      }
      Set<String> ids = new HashSet<>();
      for (Future<Case> f : pool.invokeAll(calls)) {
        ids.add(f.get().id().value());
      }
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdown();
    }
    assertThat(service.casesByStatus(Set.of(CaseStatus.REGISTERED), Optional.empty(), PageRequest.first(100)).items())
        .hasSize(1);
  }

  /** Submits an appeal, accepts it five minutes later and dispatches it to Hunan Road five after that. */
  private Case dispatchedFiveMinutesApart(String externalId) {
    Case c = service.submit(appeal(externalId), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofMinutes(5));
    service.execute(c.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    clock.advance(Duration.ofMinutes(5));
    return service.execute(c.id(), CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("d-1"));
  }

  @Test
  void commands_by_case_id_commit_case_event_and_message_together() {
    Case dispatched = dispatchedFiveMinutesApart("wx-3");
    Case c = dispatched;
    assertThat(dispatched.version()).isEqualTo(3);
    assertThat(service.find(c.id())).contains(dispatched);
    assertThat(store.cases().events(c.id().value())).hasSize(3);
    assertThat(store.outbox().pending(10)).extracting(OutboxMessage::topic)
        .containsExactly("case.registered", "case.accepted", "case.dispatched");
    assertThat(service.casesByStatus(Set.of(CaseStatus.DISPATCHED), Optional.of(HUNANLU), PageRequest.first(10)).items())
        .singleElement().satisfies(s -> assertThat(s.lead()).contains(HUNANLU));
  }

  @Test
  void the_case_row_carries_the_query_columns_and_only_a_hash_of_the_inquiry_code() {
    Case dispatched = dispatchedFiveMinutesApart("wx-row");
    Case c = dispatched;

    StoredCase row = store.cases().find(c.id().value()).orElseThrow();

    assertThat(row.appealType()).isEqualTo("COMPLAINT");
    assertThat(row.channel()).isEqualTo("PHONE");
    assertThat(row.area()).contains("320106001");
    assertThat(row.leadDepartment()).contains(HUNANLU.value());
    assertThat(row.assistingDepartments()).isEmpty();
    assertThat(row.registeredAt()).isEqualTo(c.registeredAt());
    assertThat(row.lastEventAt()).as("the dispatch's instant").isEqualTo(clock.now);
    assertThat(row.nextAlarmAt()).as("the reminder when signing for turns yellow, 80 % of two hours after the dispatch")
        .contains(dispatched.nextDeadline().orElseThrow().minus(Duration.ofMinutes(24)));
    assertThat(row.resolutionDueAt()).contains(dispatched.deadline(Stage.RESOLUTION).orElseThrow().dueAt());
    assertThat(row.resolutionMet()).as("whether resolution was met, not known yet").isEmpty();
    assertThat(row.version()).isEqualTo(3);
    org.hotline12345.core.casefile.CaseFacts facts =
        org.hotline12345.core.casefile.CaseFacts.read(row.facts().orElseThrow());
    assertThat(facts).isEqualTo(org.hotline12345.core.casefile.CaseFacts.of(dispatched));
    assertThat(facts.departments()).singleElement().satisfies(d -> {
      assertThat(d.department()).isEqualTo(HUNANLU);
      assertThat(d.stages().get(Stage.RESOLUTION).dueAt())
          .isEqualTo(dispatched.deadline(Stage.RESOLUTION).orElseThrow().dueAt());
    });
    InquiryCode code = issuedCodes.get(issuedCodes.size() - 1);
    assertThat(row.inquiryCodeHash()).matches("[0-9a-f]{64}").doesNotContain(code.value())
        .isEqualTo(c.inquiryCodeHash().value());
    assertThat(store.cases().findByInquiryCodeHash(code.value())).as("a lookup by the plain code").isEmpty();
    assertThat(service.findByInquiryCode(code)).as("the citizen's lookup").contains(dispatched);
  }

  @Test
  void a_refused_command_writes_nothing() {
    Case c = service.submit(appeal("wx-4"), Actor.agent("a-1")).registered();
    assertThatThrownBy(() -> service.execute(c.id(), CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("d")))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.NOT_ALLOWED_IN_STATUS));
    assertThat(service.find(c.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(store.outbox().pending(10)).hasSize(1);
  }

  @Test
  void concurrent_commands_on_one_case_lose_no_update() throws Exception {
    Case c = service.submit(appeal("wx-5"), Actor.agent("a-1")).registered();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Case>> calls = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        calls.add(() -> service.execute(c.id(), new CaseCommand.Supervise(SupervisionKind.REMIND, Remark.none()),
            Actor.supervisor("s")));
      }
      for (Future<Case> f : pool.invokeAll(calls)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Case after = service.find(c.id()).orElseThrow();
    assertThat(after.version()).isEqualTo(61);
    assertThat(after.supervisionMarks()).hasSize(60);
  }

  @Test
  void the_sweep_reminds_when_the_light_turns_yellow_and_urges_when_the_deadline_passes_once_each() {
    Case c = service.submit(appeal("wx-6"), Actor.agent("a-1")).registered();
    service.execute(c.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    service.execute(c.id(), CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("d-1"));
    // Sign for within 2 hours of the dispatch at T0: yellow after 96 minutes, red after 120.
    clock.advance(Duration.ofMinutes(100));
    assertThat(service.sweep(100)).isEqualTo(SweepReport.of(1, 1, Map.of(EscalationStep.REMIND, 1)));
    assertThat(service.sweep(100)).as("the case's next alarm is the urging, not yet due")
        .isEqualTo(SweepReport.of(0, 0, Map.of()));
    clock.advance(Duration.ofMinutes(30));
    assertThat(service.sweep(100)).isEqualTo(SweepReport.of(1, 1, Map.of(EscalationStep.URGE, 1)));
    assertThat(service.sweep(100)).isEqualTo(SweepReport.of(0, 0, Map.of()));
    Case swept = service.find(c.id()).orElseThrow();
    assertThat(swept.supervisionSteps()).extracting(r -> r.step(), r -> r.stage(), r -> r.light(), r -> r.addressee())
        .containsExactly(tuple(EscalationStep.REMIND, Stage.SIGN_FOR, Light.YELLOW, Addressee.HANDLER),
            tuple(EscalationStep.URGE, Stage.SIGN_FOR, Light.RED, Addressee.LIAISON));
    assertThat(swept.supervisionMarks()).as("marks are a supervisor's, by hand").isEmpty();
    assertThat(swept.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(service.casesDueBefore(clock.now, PageRequest.first(10)).items()).as("nothing due now").isEmpty();
    assertThat(service.casesDueBefore(clock.now.plus(Duration.ofDays(3)), PageRequest.first(10)).items())
        .as("the notice to the department's head, a working day after the deadline").hasSize(1);
  }

  @Test
  void merge_through_the_service_commits_both_cases() {
    Case target = service.submit(appeal("wx-7"), Actor.agent("a-1")).registered();
    Case repeat = service.submit(appeal("wx-8"), Actor.agent("a-1")).registered();
    List<Case> merged = service.merge(repeat.id(), target.id(), Actor.agent("a-1"));
    assertThat(merged.get(0).status()).isEqualTo(CaseStatus.MERGED);
    assertThat(service.find(target.id()).orElseThrow().appeals()).hasSize(2);
    Instant day = ServiceFixtures.T0;
    assertThat(service.casesClosedOrDueBetween(day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(1)),
        PageRequest.first(10)).items()).extracting(s -> s.id()).containsExactly(repeat.id());
  }

  @Test
  void the_cases_registered_in_a_period_page_oldest_first_from_its_start_inclusive_to_its_end_exclusive() {
    Case before = service.submit(appeal("wx-p0"), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofHours(1));
    Instant from = clock.now;
    Case first = service.submit(appeal("wx-p1"), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofHours(1));
    Case second = service.submit(appeal("wx-p2"), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofHours(1));
    Case third = service.submit(appeal("wx-p3"), Actor.agent("a-1")).registered();
    clock.advance(Duration.ofHours(1));
    Instant to = clock.now;
    Case after = service.submit(appeal("wx-p4"), Actor.agent("a-1")).registered();

    var page1 = service.casesRegisteredBetween(from, to, PageRequest.first(2));
    var page2 = service.casesRegisteredBetween(from, to, PageRequest.after(2, page1.next().orElseThrow()));

    assertThat(page1.items()).extracting(CaseSummary::id).containsExactly(first.id(), second.id());
    assertThat(page2.items()).extracting(CaseSummary::id).containsExactly(third.id());
    assertThat(page2.next()).isEmpty();
    assertThat(service.casesRegisteredBetween(before.registeredAt(), after.registeredAt(), PageRequest.first(10))
        .items()).extracting(CaseSummary::id).containsExactly(before.id(), first.id(), second.id(), third.id());
    assertThatThrownBy(() -> service.casesRegisteredBetween(to, from, PageRequest.first(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before from");
  }

  @Test
  void the_lifecycle_gives_the_policy_key_its_deadlines_were_computed_with() {
    Case dispatched = dispatchedFiveMinutesApart("wx-key");

    var key = service.lifecycle().policyKey(dispatched);

    assertThat(key.type()).isEqualTo(dispatched.appeal().getType());
    assertThat(key.urgency()).isEqualTo(dispatched.appeal().getUrgency());
    assertThat(key.channel()).contains(dispatched.appeal().getChannel());
    assertThat(key.leadLevel()).isEmpty();
    var resolution = dispatched.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(resolution.limit()).isEqualTo(org.hotline12345.core.timelimit.TimeLimitPolicies.seeds()
        .limitFor(Stage.RESOLUTION, key.toBuilder().leadLevel(service.lifecycle().directory().level(HUNANLU)).build()));
  }

  @Test
  void an_unknown_case_id_is_named() {
    assertThatThrownBy(() -> service.execute(org.hotline12345.core.casefile.CaseId.of("nope"),
        new CaseCommand.Accept(), Actor.agent("a")))
        .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("nope");
  }

  @Test
  void the_department_directory_round_trips_through_the_store() {
    var directory = ServiceFixtures.lifecycle().directory();
    StoredDirectory.save(store.departments(), directory);
    assertThat(store.departments().all()).hasSize(directory.size());
    assertThat(StoredDirectory.load(store.departments())).isEqualTo(directory);
  }
}
