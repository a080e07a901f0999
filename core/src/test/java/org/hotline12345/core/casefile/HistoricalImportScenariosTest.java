package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.GULOU;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.assessment.Assessment;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;

/**
 * Importing history (历史导入), given a record of what happened elsewhere, when it is imported,
 * then this case or this refusal. The records are requests received on the eve of National Day
 * 2024 (Monday 30 September, 10:00 Beijing time) and led by the Ninghai Road street office; with
 * the seeds' 5 working days the Golden Week holiday is skipped and Saturday 12 October, a make-up
 * working day, is the last counted: due at the end of 12 October.
 */
class HistoricalImportScenariosTest {

  static final Instant RECEIVED = at("2024-09-30T10:00");
  static final Instant DUE = at("2024-10-13T00:00");
  static final Instant IMPORTED = at("2024-11-05T09:00");
  static final Actor SYSTEM = Actor.system();

  static Instant at(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
  }

  static HistoricalCase.Builder received() {
    return HistoricalCase.builder().sourceKey("SR-2024-0930-001").receivedAt(RECEIVED)
        .channel(Channel.APP).type(AppealType.HELP).area(new Area("320106", "鼓楼区")).lead(NINGHAI);
  }

  static HistoricalCase resolvedAt(String local) {
    return received().outcome(HistoricalCase.Outcome.RESOLVED).closedAt(at(local)).build();
  }

  static Transition imported(HistoricalCase record) {
    return Scenario.LIFECYCLE.importCase(record, SYSTEM, IMPORTED);
  }

  /** On-time scoring alone, so that the tally shows the one indicator the import judges. */
  static Tally onTime(Case c, Instant asOf) {
    AssessmentScheme scheme = AssessmentScheme.builder().id("on-time").name("On time").version("1")
        .term(Term.weighted(Indicator.ON_TIME, 100)).build();
    Assessment assessment = Assessment.of(scheme, AssessmentPeriod.of("autumn", at("2024-09-01T00:00"),
        at("2024-12-01T00:00"))).withAsOf(asOf);
    return assessment.score(List.of(AssessedCase.of(c))).find(NINGHAI).map(card -> card.tally(Indicator.ON_TIME))
        .orElse(Tally.NONE);
  }

  @Test
  void given_a_request_resolved_on_the_make_up_saturday_when_imported_then_it_is_closed_on_time() {
    Transition t = imported(resolvedAt("2024-10-12T20:00"));

    Case c = t.after();
    assertThat(t.event().kind()).isEqualTo(EventKind.IMPORTED);
    assertThat(t.event().sequence()).isEqualTo(1);
    assertThat(t.inquiryCode()).as("no citizen to give a code to").isEmpty();
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.registeredAt()).isEqualTo(RECEIVED);
    assertThat(c.closedAt()).contains(at("2024-10-12T20:00"));
    assertThat(c.lead()).contains(NINGHAI);
    StageDeadline resolution = c.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(resolution.lastDay()).isEqualTo(LocalDate.of(2024, 10, 12));
    assertThat(resolution.dueAt()).isEqualTo(DUE);
    assertThat(resolution.isMetOnTime()).isTrue();
    CaseFacts.DepartmentFacts lead = CaseFacts.of(c).departments().get(0);
    assertThat(lead.department()).isEqualTo(NINGHAI);
    assertThat(lead.stages().get(Stage.RESOLUTION).isMetOnTime()).isTrue();
    assertThat(onTime(c, IMPORTED)).isEqualTo(new Tally(1, 1, 1, 0));
    assertThat(c.appeal().getCitizen().isAnonymous()).isTrue();
    assertThat(c.appeal().getContent()).isEqualTo(HistoricalCase.CONTENT);
  }

  @Test
  void given_a_request_resolved_the_sunday_after_when_imported_then_it_is_closed_late() {
    Case c = imported(resolvedAt("2024-10-13T09:00")).after();

    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.deadline(Stage.RESOLUTION).orElseThrow().isMetOnTime()).isFalse();
    assertThat(onTime(c, IMPORTED)).isEqualTo(new Tally(0, 1, 1, 0));
  }

  @Test
  void given_a_request_still_open_when_imported_then_it_is_dispatched_to_the_lead_and_overdue_after_the_twelfth() {
    Case c = imported(received().outcome(HistoricalCase.Outcome.OPEN).build()).after();

    assertThat(c.isOpen()).isTrue();
    assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(c.closedAt()).isEmpty();
    assertThat(c.lastEventAt()).isEqualTo(RECEIVED);
    StageDeadline resolution = c.deadline(Stage.RESOLUTION).orElseThrow();
    assertThat(resolution.isOverdue(at("2024-10-12T23:59"))).isFalse();
    assertThat(resolution.isOverdue(at("2024-10-20T09:00"))).isTrue();
    assertThat(c.nextDeadline()).contains(DUE);
    assertThat(onTime(c, at("2024-10-20T09:00"))).as("an open overdue case counts against the fair rate")
        .isEqualTo(new Tally(0, 1, 1, 0));
    assertThat(onTime(c, at("2024-10-10T09:00")).hasData()).isFalse();
  }

  @Test
  void given_an_open_imported_case_when_its_lead_signs_for_it_and_replies_then_it_goes_on_as_any_case() {
    Case c = imported(received().outcome(HistoricalCase.Outcome.OPEN).build()).after();

    Actor handler = Actor.handler("h-1", NINGHAI);
    Case signed = Scenario.LIFECYCLE.execute(c, new CaseCommand.SignFor(NINGHAI), handler, IMPORTED).after();
    Case replied = Scenario.LIFECYCLE.execute(signed, new CaseCommand.Reply(NINGHAI, Remark.of("已处理"), true), handler,
        IMPORTED.plusSeconds(60)).after();

    assertThat(signed.status()).isEqualTo(CaseStatus.SIGNED);
    assertThat(replied.deadline(Stage.RESOLUTION).orElseThrow().metAt()).contains(IMPORTED.plusSeconds(60));
  }

  @Test
  void given_a_request_cancelled_when_imported_then_it_is_closed_unresolved_and_judged_late_only_after_its_due_time() {
    Case early = imported(received().outcome(HistoricalCase.Outcome.CLOSED_UNRESOLVED)
        .closedAt(at("2024-10-08T09:00")).build()).after();
    Case late = imported(received().outcome(HistoricalCase.Outcome.CLOSED_UNRESOLVED)
        .closedAt(at("2024-10-15T09:00")).build()).after();

    assertThat(early.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(early.deadline(Stage.RESOLUTION).orElseThrow().isMet()).isFalse();
    assertThat(onTime(early, IMPORTED).hasData()).isFalse();
    assertThat(onTime(late, IMPORTED)).isEqualTo(new Tally(0, 1, 1, 0));
  }

  @Test
  void given_an_imported_case_when_its_one_event_is_stored_read_back_and_replayed_then_it_is_the_same_case() {
    Transition t = imported(received().outcome(HistoricalCase.Outcome.RESOLVED).closedAt(at("2024-10-11T17:00"))
        .addAssisting(HUNANLU).originalDueAt(at("2024-10-09T00:00")).category(CategoryCode.of("030101")).build());

    CaseEvent back = EventCodec.decode(EventCodec.encode(t.event()));

    assertThat(back).isEqualTo(t.event());
    assertThat(Case.replay(List.of(back))).isEqualTo(t.after());
    assertThat(CaseFacts.read(CaseFacts.textOf(Case.replay(List.of(back))))).isEqualTo(CaseFacts.of(t.after()));
    CaseChange.Imported change = (CaseChange.Imported) back.change();
    assertThat(change.sourceKey()).isEqualTo("SR-2024-0930-001");
    assertThat(change.originalDueAt()).contains(at("2024-10-09T00:00"));
    assertThat(change.importedAt()).isEqualTo(IMPORTED);
    assertThat(t.after().assisting()).containsExactly(HUNANLU);
    assertThat(t.after().category()).contains(CategoryCode.of("030101"));
  }

  @Test
  void given_a_record_with_its_own_number_when_imported_then_the_case_has_that_number_else_the_lifecycles() {
    Case own = imported(received().outcome(HistoricalCase.Outcome.OPEN).number(new CaseNumber("1-870704831")).build())
        .after();
    Case numbered = imported(received().outcome(HistoricalCase.Outcome.OPEN).build()).after();

    assertThat(own.number().value()).isEqualTo("1-870704831");
    assertThat(numbered.number().value()).startsWith("NJ20240930");
  }

  @Test
  void given_an_imported_closed_case_when_a_command_comes_then_it_is_refused_as_closed() {
    Case c = imported(resolvedAt("2024-10-12T20:00")).after();

    assertThatThrownBy(() -> Scenario.LIFECYCLE.execute(c, new CaseCommand.Close(Remark.none()), Actor.agent("a"),
        IMPORTED)).isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.CASE_CLOSED));
  }

  @Test
  void given_an_import_event_after_the_first_when_replayed_then_it_is_refused() {
    Transition t = imported(received().outcome(HistoricalCase.Outcome.OPEN).build());
    CaseEvent again = new CaseEvent(t.event().caseId(), 2, SYSTEM, IMPORTED, t.event().change());

    assertThatThrownBy(() -> Case.replay(List.of(t.event(), again))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registered already");
  }

  @Test
  void given_any_role_when_it_imports_then_as_the_seeds_table_says() {
    HistoricalCase record = resolvedAt("2024-10-12T20:00");
    for (Actor actor : List.of(Actor.agent("a"), Actor.dispatcher("d"), Actor.handler("h", NINGHAI), Actor.citizen())) {
      assertThatThrownBy(() -> Scenario.LIFECYCLE.importCase(record, actor, IMPORTED))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.ROLE_NOT_PERMITTED))
          .hasMessageContaining("IMPORT");
    }
    assertThat(Scenario.LIFECYCLE.importCase(record, Actor.supervisor("s"), IMPORTED).event().actor().role())
        .isEqualTo(Actor.Role.SUPERVISOR);
    assertThat(Permissions.seeds().rolesFor(CommandKind.IMPORT)).containsExactlyInAnyOrder(Actor.Role.SYSTEM,
        Actor.Role.SUPERVISOR);
  }

  @Test
  void given_an_unknown_lead_assisting_department_or_category_when_imported_then_refused_naming_the_field() {
    assertThatThrownBy(() -> imported(received().lead(DepartmentId.of("la.BOS")).outcome(HistoricalCase.Outcome.OPEN)
        .build())).isInstanceOfSatisfying(CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(RuleName.UNKNOWN_DEPARTMENT)).hasMessageContaining(": lead: department la.BOS");
    assertThatThrownBy(() -> imported(received().addAssisting(DepartmentId.of("la.OCB"))
        .outcome(HistoricalCase.Outcome.OPEN).build())).hasMessageContaining(": assisting: department la.OCB");
    CaseLifecycle withTaxonomy = Scenario.lifecycleBuilder().taxonomy(CategoryTaxonomy.of(Category.builder()
        .code(CategoryCode.of("030101")).name("噪音").build())).build();
    HistoricalCase unknownCategory = received().category(CategoryCode.of("bulky-items"))
        .outcome(HistoricalCase.Outcome.OPEN).build();
    assertThatThrownBy(() -> withTaxonomy.importCase(unknownCategory, SYSTEM, IMPORTED))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.UNKNOWN_CATEGORY))
        .hasMessageContaining(": category: bulky-items");
  }

  @Test
  void given_a_record_received_or_closed_after_the_import_when_imported_then_refused_as_out_of_order() {
    assertThatThrownBy(() -> Scenario.LIFECYCLE.importCase(resolvedAt("2024-10-12T20:00"), SYSTEM, at("2024-10-01T00:00")))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.OUT_OF_ORDER))
        .hasMessageContaining(": closedAt: ");
    assertThatThrownBy(() -> Scenario.LIFECYCLE.importCase(resolvedAt("2024-10-12T20:00"), SYSTEM, at("2024-09-01T00:00")))
        .hasMessageContaining(": receivedAt: ");
  }

  @Test
  void given_bad_values_when_a_record_is_built_then_each_is_refused_naming_its_field_and_never_the_key() {
    assertThatThrownBy(() -> HistoricalCase.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("HistoricalCase needs sourceKey, receivedAt, channel, type, lead, outcome");
    Map<String, HistoricalCase.Builder> broken = Map.of(
        "closedAt: required for the outcome RESOLVED", received().outcome(HistoricalCase.Outcome.RESOLVED),
        "closedAt: must be absent for the outcome OPEN", received().outcome(HistoricalCase.Outcome.OPEN)
            .closedAt(DUE),
        "closedAt: must not be before receivedAt", received().outcome(HistoricalCase.Outcome.RESOLVED)
            .closedAt(RECEIVED.minusSeconds(1)),
        "sourceKey: must not be blank", received().sourceKey(" \u3000").outcome(HistoricalCase.Outcome.OPEN),
        "sourceKey: must not hold a control character", received().sourceKey("SR-1\nsecret")
            .outcome(HistoricalCase.Outcome.OPEN),
        "sourceKey: must not hold an unpaired surrogate", received().sourceKey("SR-\uD800secret")
            .outcome(HistoricalCase.Outcome.OPEN),
        "sourceKey: must be 1 to 200 characters", received().sourceKey("x".repeat(201))
            .outcome(HistoricalCase.Outcome.OPEN),
        "assisting: must not hold the lead", received().addAssisting(NINGHAI).outcome(HistoricalCase.Outcome.OPEN),
        "assisting: must not hold a department twice", received().addAssisting(GULOU).addAssisting(GULOU)
            .outcome(HistoricalCase.Outcome.OPEN),
        "receivedAt: must lie from 1900-01-02T00:00:00Z to 9998-12-31T00:00:00Z",
        received().receivedAt(Instant.parse("1899-12-31T00:00:00Z")).outcome(HistoricalCase.Outcome.OPEN));
    broken.forEach((message, builder) -> assertThatThrownBy(builder::build).as(message)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message)
        .hasMessageNotContaining("secret"));
    assertThatThrownBy(() -> received().lead(null)).isInstanceOf(NullPointerException.class).hasMessage("lead");
  }
}
