package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.CITY_MANAGEMENT;
import static org.hotline12345.core.casefile.Scenario.GULOU;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;
import static org.hotline12345.core.casefile.Scenario.SHIZIQIAO;
import static org.hotline12345.core.casefile.Scenario.T0;
import static org.hotline12345.core.casefile.Scenario.WATER;
import static org.hotline12345.core.casefile.Scenario.XIAGUAN;
import static org.hotline12345.core.casefile.Scenario.XUANWU;
import static org.hotline12345.core.casefile.Scenario.accept;
import static org.hotline12345.core.casefile.Scenario.approveExtension;
import static org.hotline12345.core.casefile.Scenario.approveReturn;
import static org.hotline12345.core.casefile.Scenario.denyReturn;
import static org.hotline12345.core.casefile.Scenario.approveReply;
import static org.hotline12345.core.casefile.Scenario.askExtension;
import static org.hotline12345.core.casefile.Scenario.callBack;
import static org.hotline12345.core.casefile.Scenario.complaint;
import static org.hotline12345.core.casefile.Scenario.contact;
import static org.hotline12345.core.casefile.Scenario.dispatch;
import static org.hotline12345.core.casefile.Scenario.reply;
import static org.hotline12345.core.casefile.Scenario.returnBy;
import static org.hotline12345.core.casefile.Scenario.signFor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every lifecycle command: its happy path and each rule it enforces, as scenarios. */
class LifecycleScenariosTest {

  private static final java.time.Instant MONDAY_0900 = T0;

  @Nested
  class Register_and_accept {

    @Test
    void registering_gives_a_readable_number_and_an_unguessable_inquiry_code() {
      Scenario s = Scenario.of(complaint()).given();
      Case c = s.current();
      assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(c.number().value()).matches("NJ20240311\\d{6}");
      assertThat(s.issuedCode().value()).hasSize(12);
      assertThat(c.hasInquiryCode(s.issuedCode())).isTrue();
      assertThat(s.history().get(0).change()).isInstanceOfSatisfying(CaseChange.Registered.class,
          r -> assertThat(r.inquiryCodeHash()).isEqualTo(s.issuedCode().hash()));
      assertThat(c.version()).isEqualTo(1);
      assertThat(s.history()).singleElement().satisfies(e -> assertThat(e.sequence()).isEqualTo(1));
    }

    @Test
    void an_appeal_missing_its_elements_is_registered_and_lists_them_so_that_nothing_said_is_lost() {
      Appeal incomplete = Appeal.builder().from(complaint())
          .content(" ")
          .citizen(Citizen.builder().name("李四").build())
          .build();
      Scenario s = Scenario.of(incomplete).given();

      assertThat(s.current().status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(Scenario.LIFECYCLE.missingElements(s.current())).containsExactly(
          "citizen.reachable: a citizen who is not anonymous needs a phone number",
          "content: must not be blank");
    }

    @Test
    void an_appeal_missing_its_elements_cannot_be_accepted_naming_every_violation() {
      Appeal incomplete = Appeal.builder().from(complaint())
          .content(" ")
          .citizen(Citizen.builder().name("李四").build())
          .build();
      CaseRuleException refusal = Scenario.of(incomplete).given().when(accept())
          .thenRefused(RuleName.INCOMPLETE_ELEMENTS);
      assertThat(refusal.rule()).isEqualTo(RuleName.INCOMPLETE_ELEMENTS);
      assertThat(refusal.violations()).containsExactly(
          "citizen.reachable: a citizen who is not anonymous needs a phone number",
          "content: must not be blank");
      assertThat(refusal.getMessage()).doesNotContain("李四");
    }

    @Test
    void an_appeal_missing_its_elements_is_not_accepted_for_that_reason() {
      Appeal incomplete = Appeal.builder().from(complaint())
          .citizen(Citizen.builder().name("李四").build())
          .build();
      Case after = Scenario.of(incomplete).given()
          .when(new CaseCommand.NotAccept(NotAcceptedReason.INCOMPLETE_ELEMENTS, Remark.of("缺少联系电话")))
          .thenChange(CaseChange.NotAccepted.class,
              n -> assertThat(n.reason()).isEqualTo(NotAcceptedReason.INCOMPLETE_ELEMENTS));
      assertThat(after.isOpen()).isFalse();
    }

    @Test
    void accepting_a_registered_appeal() {
      Scenario.of(complaint()).given().when(Scenario.accept()).thenChange(new CaseChange.Accepted());
    }

    @Test
    void accept_twice_is_refused() {
      Scenario.of(complaint()).given(accept()).when(accept()).thenRefused(RuleName.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    void not_accepting_for_a_configured_reason_closes_the_case() {
      Case after = Scenario.of(complaint()).given()
          .when(new CaseCommand.NotAccept(NotAcceptedReason.IN_LEGAL_PROCEEDINGS, Remark.of("已起诉")))
          .thenChange(CaseChange.NotAccepted.class,
              n -> assertThat(n.reason()).isEqualTo(NotAcceptedReason.IN_LEGAL_PROCEEDINGS));
      assertThat(after.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
      assertThat(after.isOpen()).isFalse();
      assertThat(after.closedAt()).isPresent();
    }

    @Test
    void not_accepting_for_an_unconfigured_reason_is_refused() {
      Scenario.of(complaint()).given()
          .when(new CaseCommand.NotAccept(new NotAcceptedReason("WEATHER", "天气原因"), Remark.none()))
          .thenRefused(RuleName.UNKNOWN_NOT_ACCEPTED_REASON);
    }

    @Test
    void an_emergency_is_referred_to_its_line() {
      Case after = Scenario.of(complaint()).given(accept())
          .when(new CaseCommand.ReferToEmergency(EmergencyLine.FIRE, Remark.of("已转119")))
          .thenChange(CaseChange.ReferredToEmergency.class, r -> assertThat(r.line().number()).isEqualTo("119"));
      assertThat(after.status()).isEqualTo(CaseStatus.REFERRED);
    }

    @Test
    void emergency_lines_are_data_a_city_configures() {
      Scenario.of(complaint()).given(accept())
          .when(new CaseCommand.ReferToEmergency(EmergencyLine.NINE_ONE_ONE, Remark.of("transferred")))
          .thenRefused(RuleName.UNKNOWN_EMERGENCY_LINE);
      EmergencyLine gas = new EmergencyLine("GAS_LEAK", "96777", "燃气抢修 96777");
      CaseLifecycle city = Scenario.lifecycleBuilder()
          .emergencyLines(java.util.List.of(EmergencyLine.POLICE, gas)).build();
      Scenario.of(city, complaint()).given(accept())
          .when(new CaseCommand.ReferToEmergency(gas, Remark.of("已转燃气抢修")))
          .thenChange(CaseChange.ReferredToEmergency.class, r -> assertThat(r.line()).isEqualTo(gas));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmergencyLine("gas leak", "96777", "燃气"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code:");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmergencyLine("GAS", "call us", "燃气"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("number:");
    }

    @Test
    void a_consultation_is_answered_directly_but_a_complaint_is_not() {
      Case after = Scenario.of(Scenario.appeal(AppealType.CONSULTATION)).given()
          .when(new CaseCommand.AnswerDirectly(Remark.of("办理时间为工作日9:00-17:00")))
          .thenChange(CaseChange.AnsweredDirectly.class, a -> { });
      assertThat(after.status()).isEqualTo(CaseStatus.ANSWERED_DIRECTLY);
      Scenario.of(complaint()).given().when(new CaseCommand.AnswerDirectly(Remark.of("x")))
          .thenRefused(RuleName.ONLY_CONSULTATIONS_ANSWERED_DIRECTLY);
    }
  }

  @Nested
  class Merge {

    @Test
    void a_repeat_is_merged_into_an_open_case() {
      Case target = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).current();
      Case repeat = Scenario.of(complaint()).given().current();
      List<Transition> merged = Scenario.LIFECYCLE.merge(repeat, target, Actor.agent("a-1"), T0.plus(Duration.ofHours(1)));
      assertThat(merged.get(0).after().status()).isEqualTo(CaseStatus.MERGED);
      assertThat(merged.get(0).event().change()).isEqualTo(new CaseChange.MergedInto(target.id()));
      assertThat(merged.get(1).after().appeals()).hasSize(2);
      assertThat(merged.get(1).after().status()).isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    void merging_into_a_closed_case_or_into_itself_is_refused() {
      Case closed = Scenario.of(complaint()).given(
          new CaseCommand.NotAccept(NotAcceptedReason.ALREADY_HANDLED, Remark.none())).current();
      Case repeat = Scenario.of(complaint()).given().current();
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              Scenario.LIFECYCLE.merge(repeat, closed, Actor.agent("a-1"), T0.plus(Duration.ofHours(1))))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.MERGE_TARGET_CLOSED));
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              Scenario.LIFECYCLE.merge(repeat, repeat, Actor.agent("a-1"), T0.plus(Duration.ofHours(1))))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.MERGE_INTO_SELF));
    }

    private CaseRuleException refusedMerge(Case repeat, Case target) {
      CaseRuleException[] caught = new CaseRuleException[1];
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
              Scenario.LIFECYCLE.merge(repeat, target, Actor.agent("a-1"), T0.plus(Duration.ofHours(2))))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> caught[0] = e);
      return caught[0];
    }

    @Test
    void a_report_is_never_merged_into_a_case_the_accused_department_holds() {
      Appeal report = Appeal.builder().from(Scenario.appeal(AppealType.REPORT)).accusedDepartment(GULOU).build();
      Case repeat = Scenario.of(report).given().current();
      // Held by a street under the accused district: the reporter's phone would reach it.
      Case heldUnderAccused = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).current();
      assertThat(refusedMerge(repeat, heldUnderAccused).rule()).isEqualTo(RuleName.REPORT_ROUTED_TO_ACCUSED);
      // The other way round: the target's own report accuses the department the repeat... is irrelevant;
      // what counts is who holds the target.
      Case heldElsewhere = Scenario.of(complaint()).given(accept(), dispatch(CITY_MANAGEMENT)).current();
      List<Transition> merged = Scenario.LIFECYCLE.merge(repeat, heldElsewhere, Actor.agent("a-1"), T0.plus(Duration.ofHours(2)));
      assertThat(merged.get(1).after().appeals()).hasSize(2);
    }

    @Test
    void once_a_report_is_merged_in_its_accused_department_never_gets_the_case() {
      Appeal report = Appeal.builder().from(Scenario.appeal(AppealType.REPORT)).accusedDepartment(GULOU).build();
      Case repeat = Scenario.of(report).given().current();
      Scenario target = Scenario.of(complaint()).given(accept());
      List<Transition> merged = Scenario.LIFECYCLE.merge(repeat, target.current(), Actor.agent("a-1"),
          T0.plus(Duration.ofHours(2)));
      Case after = merged.get(1).after();
      assertThatThrownBy(() -> Scenario.LIFECYCLE.execute(after, dispatch(HUNANLU), Actor.dispatcher("d-1"),
              T0.plus(Duration.ofHours(3))))
          .isInstanceOfSatisfying(CaseRuleException.class,
              e -> assertThat(e.rule()).isEqualTo(RuleName.REPORT_ROUTED_TO_ACCUSED));
      // A return's automatic re-dispatch skips it too.
      Case dispatched = Scenario.LIFECYCLE.execute(after, dispatch(CITY_MANAGEMENT, HUNANLU, XUANWU),
          Actor.dispatcher("d-1"), T0.plus(Duration.ofHours(3))).after();
      Case asked = Scenario.LIFECYCLE.execute(dispatched, returnBy(CITY_MANAGEMENT, "不属于本局"),
          Actor.handler("h-1", CITY_MANAGEMENT), T0.plus(Duration.ofHours(4))).after();
      Transition returned = Scenario.LIFECYCLE.execute(asked, approveReturn(), Actor.dispatcher("d-1"),
          T0.plus(Duration.ofHours(5)));
      assertThat(returned.after().lead()).contains(XUANWU);
    }

    @Test
    void a_repeat_already_dispatched_is_not_merged_and_the_merge_moves_every_appeal() {
      Case dispatched = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).current();
      Case target = Scenario.of(complaint()).given(accept()).current();
      assertThat(refusedMerge(dispatched, target).rule()).isEqualTo(RuleName.MERGE_NOT_ALLOWED);
      // A repeat that had absorbed another brings both appeals.
      Case first = Scenario.of(complaint()).given().current();
      Case second = Scenario.of(complaint()).given().current();
      Case both = Scenario.LIFECYCLE.merge(first, second, Actor.agent("a-1"), T0.plus(Duration.ofHours(1))).get(1).after();
      Case all = Scenario.LIFECYCLE.merge(both, target, Actor.agent("a-1"), T0.plus(Duration.ofHours(2))).get(1).after();
      assertThat(all.appeals()).hasSize(3);
    }
  }

  @Nested
  class Dispatch {

    @Test
    void dispatch_sets_the_stage_deadlines_on_the_departments_calendar() {
      // Dispatched Monday 11 March 2024 09:20: sign for by 11:20, return by end of Tuesday,
      // contact by end of Thursday, resolve by end of Monday 18 March.
      Case after = Scenario.of(complaint()).given(accept()).when(dispatch(HUNANLU))
          .thenChange(CaseChange.Dispatched.class, d -> assertThat(d.lead()).isEqualTo(HUNANLU));
      assertThat(after.status()).isEqualTo(CaseStatus.DISPATCHED);
      assertThat(after.deadline(Stage.SIGN_FOR).orElseThrow().dueAt()).isEqualTo(MONDAY_0900.plus(Duration.ofMinutes(140)));
      assertThat(after.deadline(Stage.RETURN).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 3, 12));
      assertThat(after.deadline(Stage.FIRST_CONTACT).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 3, 14));
      assertThat(after.deadline(Stage.RESOLUTION).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 3, 18));
      assertThat(after.nextDeadline()).contains(MONDAY_0900.plus(Duration.ofMinutes(140)));
    }

    @Test
    void dispatch_before_acceptance_is_refused() {
      Scenario.of(complaint()).given().when(dispatch(HUNANLU)).thenRefused(RuleName.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    void an_unknown_or_inactive_department_is_refused() {
      Scenario.of(complaint()).given(accept()).when(dispatch(org.hotline12345.core.department.DepartmentId.of("nj.nowhere")))
          .thenRefused(RuleName.UNKNOWN_DEPARTMENT);
      Scenario.of(complaint()).given(accept()).when(dispatch(XIAGUAN)).thenRefused(RuleName.DEPARTMENT_INACTIVE);
    }

    @Test
    void the_lead_cannot_also_assist() {
      Scenario.of(complaint()).given(accept())
          .when(new CaseCommand.Dispatch(HUNANLU, List.of(HUNANLU), List.of(), false))
          .thenRefused(RuleName.LEAD_ALSO_ASSISTING);
    }

    @Test
    void a_report_never_goes_to_the_accused_department_or_one_under_it() {
      Appeal report = Appeal.builder().from(Scenario.appeal(AppealType.REPORT)).accusedDepartment(GULOU).build();
      Scenario.of(report).given(accept()).when(dispatch(GULOU)).thenRefused(RuleName.REPORT_ROUTED_TO_ACCUSED);
      Scenario.of(report).given(accept()).when(dispatch(SHIZIQIAO)).thenRefused(RuleName.REPORT_ROUTED_TO_ACCUSED);
      Scenario.of(report).given(accept()).when(dispatch(CITY_MANAGEMENT))
          .thenChange(CaseChange.Dispatched.class, d -> assertThat(d.lead()).isEqualTo(CITY_MANAGEMENT));
    }

    @Test
    void overriding_returns_needs_a_human_dispatcher() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), returnBy(HUNANLU, "不属于本街道"), approveReturn())
          .when(new CaseCommand.Dispatch(HUNANLU, List.of(), List.of(), true)).by(Actor.system())
          .thenRefused(RuleName.HUMAN_DISPATCHER_REQUIRED);
    }
  }

  @Nested
  class Sign_for_and_return {

    @Test
    void the_lead_signs_for_the_case() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).when(signFor(HUNANLU))
          .thenChange(new CaseChange.SignedFor(HUNANLU));
      assertThat(after.status()).isEqualTo(CaseStatus.SIGNED);
      assertThat(after.deadline(Stage.SIGN_FOR).orElseThrow().isMetOnTime()).isTrue();
    }

    @Test
    void signing_twice_or_for_another_department_is_refused() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU))
          .when(signFor(HUNANLU)).thenRefused(RuleName.ALREADY_SIGNED);
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU))
          .when(signFor(NINGHAI)).thenRefused(RuleName.NOT_ASSIGNED);
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU))
          .when(signFor(HUNANLU)).by(Actor.handler("x", NINGHAI)).thenRefused(RuleName.ACTOR_NOT_OF_DEPARTMENT);
    }

    @Test
    void a_return_goes_to_the_next_candidate_not_yet_tried() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU, NINGHAI, XUANWU),
              returnBy(HUNANLU, "不属于本街道辖区"))
          .when(approveReturn())
          .thenChange(CaseChange.Returned.class, r -> {
            assertThat(r.department()).isEqualTo(HUNANLU);
            assertThat(r.redispatch()).hasValueSatisfying(d -> assertThat(d.lead()).isEqualTo(NINGHAI));
          });
      assertThat(after.lead()).contains(NINGHAI);
      assertThat(after.candidates()).containsExactly(XUANWU);
      assertThat(after.returnedBy()).containsExactly(HUNANLU);
      assertThat(after.status()).isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    void a_return_with_no_candidate_left_waits_for_a_human_dispatcher() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), returnBy(HUNANLU, "不属于本街道辖区"))
          .when(approveReturn())
          .thenChange(CaseChange.Returned.class, r -> assertThat(r.redispatch()).isEmpty());
      assertThat(after.status()).isEqualTo(CaseStatus.AWAITING_DISPATCH);
      assertThat(after.lead()).isEmpty();
    }

    @Test
    void a_returned_department_gets_the_case_back_only_from_a_human_dispatcher() {
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), returnBy(HUNANLU, "不属于本街道"),
          approveReturn());
      s.when(dispatch(HUNANLU)).thenRefused(RuleName.DEPARTMENT_ALREADY_RETURNED);
      s.when(new CaseCommand.Dispatch(HUNANLU, List.of(), List.of(), true)).by(Actor.dispatcher("d-2"))
          .thenChange(CaseChange.Dispatched.class, d -> assertThat(d.overrideReturns()).isTrue());
    }

    @Test
    void an_automatic_redispatch_drops_an_assisting_department_that_returned_the_case_before() {
      // Found by the stateful test: the human dispatcher's override was for one dispatch only.
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), returnBy(HUNANLU, "不属于本街道"), approveReturn(),
              new CaseCommand.Dispatch(XUANWU, List.of(HUNANLU), List.of(NINGHAI), true), returnBy(XUANWU, "不属于本区"))
          .when(approveReturn())
          .thenChange(CaseChange.Returned.class, r -> assertThat(r.redispatch()).hasValueSatisfying(d -> {
            assertThat(d.lead()).isEqualTo(NINGHAI);
            assertThat(d.assisting()).isEmpty();
          }));
    }

    @Test
    void a_return_after_its_time_limit_is_refused() {
      // Dispatched Monday 09:20; one working day: the end of Tuesday.
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU));
      s.when(returnBy(HUNANLU, "不属于本街道")).at(ZonedDateTime.parse("2024-03-13T00:00+08:00[Asia/Shanghai]").toInstant())
          .thenChange(new CaseChange.ReturnRequested(HUNANLU, Remark.of("不属于本街道")));
      s.when(returnBy(HUNANLU, "不属于本街道")).at(ZonedDateTime.parse("2024-03-13T00:00:01+08:00[Asia/Shanghai]").toInstant())
          .thenRefused(RuleName.RETURN_TOO_LATE);
    }

    @Test
    void a_return_asks_the_platform_which_decides() {
      Case pending = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU, NINGHAI))
          .when(returnBy(HUNANLU, "不属于本街道辖区"))
          .thenChange(new CaseChange.ReturnRequested(HUNANLU, Remark.of("不属于本街道辖区")));
      assertThat(pending.status()).isEqualTo(CaseStatus.DISPATCHED);
      assertThat(pending.lead()).contains(HUNANLU);
      assertThat(pending.deadline(Stage.RETURN).orElseThrow().isMetOnTime()).isTrue();

      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU, NINGHAI), returnBy(HUNANLU, "不属于本街道辖区"));
      s.when(signFor(HUNANLU)).thenRefused(RuleName.RETURN_PENDING);
      s.when(returnBy(HUNANLU, "再次退单")).thenRefused(RuleName.RETURN_PENDING);
      s.when(approveReturn()).by(Actor.handler("staff-1", HUNANLU)).thenRefused(RuleName.ROLE_NOT_PERMITTED);
      s.when(approveReturn()).by(Actor.dispatcher("d-7").ofUnit(HUNANLU)).thenRefused(RuleName.OWN_DEPARTMENT_REQUEST);
      s.when(approveReturn()).by(Actor.agent("a-1")).thenRefused(RuleName.ROLE_NOT_PERMITTED);
    }

    @Test
    void a_denied_return_leaves_the_case_with_the_department_which_then_signs() {
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU, NINGHAI), returnBy(HUNANLU, "不属于本街道辖区"),
          denyReturn("湖南路属于本街道辖区"));
      assertThat(s.history().get(s.history().size() - 1).change())
          .isEqualTo(new CaseChange.ReturnDenied(HUNANLU, Remark.of("湖南路属于本街道辖区")));
      assertThat(s.current().pendingReturn()).isEmpty();
      assertThat(s.current().lead()).contains(HUNANLU);
      s.when(signFor(HUNANLU)).thenChange(new CaseChange.SignedFor(HUNANLU));
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).when(denyReturn("无退单"))
          .thenRefused(RuleName.NO_PENDING_RETURN);
    }

    @Test
    void the_return_window_closes_on_sign_for_and_is_never_urged() {
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU));
      // Before sign-for the return window is open but not watched: the sign-for limit (2 hours) is next.
      assertThat(s.current().deadline(Stage.RETURN)).isPresent();
      assertThat(s.current().nextDeadline()).contains(s.current().deadline(Stage.SIGN_FOR).orElseThrow().dueAt());
      Scenario signed = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU));
      assertThat(signed.current().deadline(Stage.RETURN)).isEmpty();
      assertThat(signed.current().nextDeadline())
          .contains(signed.current().deadline(Stage.FIRST_CONTACT).orElseThrow().dueAt());
      signed.when(returnBy(HUNANLU, "不属于本街道")).thenRefused(RuleName.RETURN_AFTER_SIGN_FOR);
    }

    @Test
    void without_approval_a_return_takes_effect_at_once() {
      CaseLifecycle direct = Scenario.lifecycleBuilder().returnsNeedApproval(false).build();
      Scenario.of(direct, complaint()).given(accept(), dispatch(HUNANLU, NINGHAI))
          .when(returnBy(HUNANLU, "不属于本街道辖区"))
          .thenChange(CaseChange.Returned.class, r -> assertThat(r.redispatch()).hasValueSatisfying(
              d -> assertThat(d.lead()).isEqualTo(NINGHAI)));
    }

    @Test
    void each_lead_keeps_its_own_deadlines_after_a_return_for_assessment() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU, NINGHAI), returnBy(HUNANLU, "不属于本街道"),
          approveReturn(), signFor(NINGHAI)).current();
      Assignment hunanlu = after.assignments().get(0);
      Assignment ninghai = after.assignments().get(1);
      assertThat(hunanlu.department()).isEqualTo(HUNANLU);
      assertThat(hunanlu.deadlines().get(Stage.RETURN).isMetOnTime()).isTrue();
      assertThat(hunanlu.deadlines().get(Stage.SIGN_FOR).isMet()).isFalse();
      assertThat(hunanlu.deadlines().get(Stage.RESOLUTION).start())
          .isBefore(ninghai.deadlines().get(Stage.RESOLUTION).start());
      assertThat(ninghai.deadlines().get(Stage.SIGN_FOR).isMetOnTime()).isTrue();
      assertThat(ninghai.deadlines().get(Stage.RESOLUTION)).isEqualTo(after.deadline(Stage.RESOLUTION).orElseThrow());
    }

    @Test
    void a_return_needs_a_reason_and_the_lead() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).when(returnBy(HUNANLU, " "))
          .thenRefused(RuleName.RETURN_REASON_REQUIRED);
      Scenario.of(complaint()).given(accept(), new CaseCommand.Dispatch(HUNANLU, List.of(WATER), List.of(), false))
          .when(returnBy(WATER, "不是我们的")).thenRefused(RuleName.NOT_LEAD);
    }
  }

  @Nested
  class Handling {

    private final CaseCommand[] signed = {accept(), dispatch(HUNANLU), signFor(HUNANLU)};

    @Test
    void contact_with_the_citizen_meets_the_first_contact_deadline() {
      Case after = Scenario.of(complaint()).given(signed).when(contact(HUNANLU))
          .thenChange(CaseChange.ContactRecorded.class, c -> { });
      assertThat(after.deadline(Stage.FIRST_CONTACT).orElseThrow().isMetOnTime()).isTrue();
    }

    @Test
    void an_extension_adds_to_the_resolution_deadline() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), askExtension(HUNANLU, 3))
          .when(approveExtension())
          .thenChange(CaseChange.ExtensionApproved.class,
              a -> assertThat(a.resolution().lastDay()).isEqualTo(LocalDate.of(2024, 3, 21)));
      assertThat(after.extensionsUsed()).isEqualTo(1);
      assertThat(after.pendingExtension()).isEmpty();
    }

    @Test
    void at_most_two_extensions() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU),
              askExtension(HUNANLU, 1), approveExtension(), askExtension(HUNANLU, 1), approveExtension())
          .when(askExtension(HUNANLU, 1)).thenRefused(RuleName.EXTENSION_LIMIT_REACHED);
    }

    @Test
    void an_extension_must_be_asked_before_the_deadline_once_at_a_time_and_in_the_right_unit() {
      Scenario.of(complaint()).given(signed).when(askExtension(HUNANLU, 2)).after(Duration.ofDays(30))
          .thenRefused(RuleName.EXTENSION_REQUESTED_TOO_LATE);
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), askExtension(HUNANLU, 2))
          .when(askExtension(HUNANLU, 2)).thenRefused(RuleName.EXTENSION_ALREADY_PENDING);
      Scenario.of(complaint()).given(signed)
          .when(new CaseCommand.RequestExtension(HUNANLU, TimeLimit.calendarDays(3), Remark.none()))
          .thenRefused(RuleName.EXTENSION_NOT_PERMITTED);
    }

    @Test
    void a_cap_on_the_total_extension_is_enforced() {
      CaseLifecycle shandong = Scenario.lifecycleBuilder().maxExtensionTotal(TimeLimit.workingDays(10))
          .maxSingleExtension(TimeLimit.workingDays(10)).build();
      Scenario.of(shandong, complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU),
              askExtension(HUNANLU, 8), approveExtension())
          .when(askExtension(HUNANLU, 3)).thenRefused(RuleName.EXTENSION_NOT_PERMITTED);
    }

    @Test
    void one_extension_may_add_at_most_the_resolution_limit_unless_set_otherwise() {
      // A billion working days cannot even be written down: TimeLimit refuses it at the door.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> askExtension(HUNANLU, 1_000_000_000))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
      Scenario.of(complaint()).given(signed).when(askExtension(HUNANLU, (int) TimeLimit.MAX_WORKING_DAYS))
          .thenRefused(RuleName.AMOUNT_TOO_LARGE);
      Scenario.of(complaint()).given(signed).when(askExtension(HUNANLU, 6)).thenRefused(RuleName.AMOUNT_TOO_LARGE);
      Scenario.of(complaint()).given(signed).when(askExtension(HUNANLU, 5))
          .thenChange(CaseChange.ExtensionRequested.class, r -> assertThat(r.amount()).isEqualTo(TimeLimit.workingDays(5)));
    }

    @Test
    void no_one_approves_or_denies_their_own_departments_extension() {
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), askExtension(HUNANLU, 2));
      s.when(approveExtension()).by(Actor.handler("staff-1", HUNANLU)).thenRefused(RuleName.ROLE_NOT_PERMITTED);
      s.when(approveExtension()).by(Actor.supervisor("s-3").ofUnit(HUNANLU)).thenRefused(RuleName.OWN_DEPARTMENT_REQUEST);
      s.when(new CaseCommand.DenyExtension(Remark.of("不同意"))).by(Actor.dispatcher("d-3").ofUnit(HUNANLU))
          .thenRefused(RuleName.OWN_DEPARTMENT_REQUEST);
      s.when(approveExtension()).by(Actor.supervisor("s-3").ofUnit(GULOU))
          .thenChange(CaseChange.ExtensionApproved.class, a -> assertThat(a.resolution().extensions()).hasSize(1));
    }

    @Test
    void approving_or_denying_needs_a_pending_request() {
      Scenario.of(complaint()).given(signed).when(approveExtension()).thenRefused(RuleName.NO_PENDING_EXTENSION);
      Scenario.of(complaint()).given(signed).when(new CaseCommand.DenyExtension(Remark.none()))
          .thenRefused(RuleName.NO_PENDING_EXTENSION);
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), askExtension(HUNANLU, 2))
          .when(new CaseCommand.DenyExtension(Remark.of("理由不充分")))
          .thenChange(CaseChange.ExtensionDenied.class, d -> { });
    }

    @Test
    void a_pause_of_two_whole_working_days_moves_the_resolution_deadline_by_two() {
      // Paused Monday 09:40, resumed Thursday 00:00: Tuesday and Wednesday covered whole.
      Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU),
          new CaseCommand.PauseClock(Remark.of("等待诉求人补充材料")));
      Case after = s.when(new CaseCommand.ResumeClock())
          .at(ZonedDateTime.parse("2024-03-14T00:00+08:00[Asia/Shanghai]").toInstant())
          .thenChange(CaseChange.ClockResumed.class, r -> assertThat(r.deadlines()).hasSize(2));
      assertThat(after.deadline(Stage.RESOLUTION).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 3, 20));
      assertThat(after.pausedSince()).isEmpty();
    }

    @Test
    void the_clock_pauses_once_resumes_once_and_a_paused_case_cannot_reply() {
      CaseCommand pause = new CaseCommand.PauseClock(Remark.none());
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), pause)
          .when(pause).thenRefused(RuleName.CLOCK_ALREADY_PAUSED);
      Scenario.of(complaint()).given(signed).when(new CaseCommand.ResumeClock()).thenRefused(RuleName.CLOCK_NOT_PAUSED);
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), pause)
          .when(reply(HUNANLU)).thenRefused(RuleName.CLOCK_PAUSED);
    }

    @Test
    void the_lead_replies_and_the_reply_is_reviewed() {
      Case replied = Scenario.of(complaint()).given(signed).when(reply(HUNANLU))
          .thenChange(CaseChange.Replied.class, r -> assertThat(r.resolved()).isTrue());
      assertThat(replied.status()).isEqualTo(CaseStatus.REPLIED);
      assertThat(replied.deadline(Stage.RESOLUTION).orElseThrow().isMet()).isTrue();
      Case approved = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU))
          .when(approveReply()).thenChange(CaseChange.ReplyReviewed.class,
              r -> assertThat(r.callback()).isPresent());
      assertThat(approved.status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
      Case sentBack = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU))
          .when(new CaseCommand.ReviewReply(false, Remark.of("答复不完整")))
          .thenChange(CaseChange.ReplyReviewed.class, r -> assertThat(r.callback()).isEmpty());
      assertThat(sentBack.status()).isEqualTo(CaseStatus.SIGNED);
      assertThat(sentBack.deadline(Stage.RESOLUTION).orElseThrow().isMet()).isFalse();
    }

    @Test
    void supervising_marks_the_case_without_changing_its_status() {
      Case after = Scenario.of(complaint()).given(signed)
          .when(new CaseCommand.Supervise(SupervisionKind.URGE, Remark.of("请加快办理")))
          .thenChange(CaseChange.Supervised.class, s -> assertThat(s.measure()).isEqualTo(SupervisionKind.URGE));
      assertThat(after.status()).isEqualTo(CaseStatus.SIGNED);
      assertThat(after.supervisionMarks()).singleElement()
          .satisfies(m -> assertThat(m.by().role()).isEqualTo(Actor.Role.SUPERVISOR));
    }
  }

  @Nested
  class Callback_reopen_close {

    private final CaseCommand[] awaitingCallback =
        {accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU), approveReply()};

    @Test
    void a_satisfied_citizen_lets_the_case_close() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU),
              approveReply(), callBack(Satisfaction.SATISFIED, true))
          .when(new CaseCommand.Close(Remark.none())).thenChange(CaseChange.Closed.class, c -> { });
      assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(after.isOpen()).isFalse();
    }

    @Test
    void a_case_is_not_closed_before_its_callback_unless_the_citizen_is_anonymous() {
      Scenario.of(complaint()).given(awaitingCallback).when(new CaseCommand.Close(Remark.none()))
          .thenRefused(RuleName.CALLBACK_REQUIRED);
      Appeal anonymous = Appeal.builder().from(complaint()).citizen(Citizen.anonymous()).build();
      Scenario.of(anonymous).given(awaitingCallback).when(new CaseCommand.Close(Remark.none()))
          .thenChange(CaseChange.Closed.class, c -> { });
    }

    @Test
    void a_dissatisfied_citizen_reopens_the_case_to_the_same_department_with_new_deadlines() {
      Case after = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU),
              approveReply(), callBack(Satisfaction.DISSATISFIED, false))
          .when(new CaseCommand.Reopen(Remark.of("噪音仍在"))).thenChange(CaseChange.Reopened.class,
              r -> assertThat(r.redispatch().lead()).isEqualTo(HUNANLU));
      assertThat(after.status()).isEqualTo(CaseStatus.DISPATCHED);
      assertThat(after.reopenCount()).isEqualTo(1);
      assertThat(after.deadline(Stage.RESOLUTION).orElseThrow().isMet()).isFalse();
      assertThat(after.deadline(Stage.CALLBACK)).isEmpty();
    }

    @Test
    void a_satisfied_citizen_does_not_reopen_the_case() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU), approveReply(),
              callBack(Satisfaction.BASICALLY_SATISFIED, true))
          .when(new CaseCommand.Reopen(Remark.none())).thenRefused(RuleName.REOPEN_NEEDS_DISSATISFACTION);
    }

    @Test
    void a_closed_case_accepts_no_command() {
      Scenario.of(complaint()).given(accept(), dispatch(HUNANLU), signFor(HUNANLU), reply(HUNANLU), approveReply(),
              callBack(Satisfaction.SATISFIED, true), new CaseCommand.Close(Remark.none()))
          .when(new CaseCommand.Supervise(SupervisionKind.REMIND, Remark.none())).thenRefused(RuleName.CASE_CLOSED);
    }

    @Test
    void a_command_dated_before_the_last_event_is_refused() {
      Scenario.of(complaint()).given(accept()).when(dispatch(HUNANLU)).at(T0.minus(Duration.ofHours(1)))
          .thenRefused(RuleName.OUT_OF_ORDER);
    }
  }

  @Test
  void replay_refuses_a_broken_log() {
    Scenario s = Scenario.of(complaint()).given(accept(), dispatch(HUNANLU));
    List<CaseEvent> gap = List.of(s.history().get(0), s.history().get(2));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Case.replay(gap))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected #2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Case.replay(s.history().subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with Registered");
    assertThat(Optional.of(Case.replay(s.history()))).contains(s.current());
  }
}
