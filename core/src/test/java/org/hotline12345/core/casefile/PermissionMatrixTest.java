package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.GULOU;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;
import static org.hotline12345.core.casefile.Scenario.T0;
import static org.hotline12345.core.casefile.Scenario.accept;
import static org.hotline12345.core.casefile.Scenario.approveExtension;
import static org.hotline12345.core.casefile.Scenario.approveReply;
import static org.hotline12345.core.casefile.Scenario.approveReturn;
import static org.hotline12345.core.casefile.Scenario.askExtension;
import static org.hotline12345.core.casefile.Scenario.callBack;
import static org.hotline12345.core.casefile.Scenario.complaint;
import static org.hotline12345.core.casefile.Scenario.contact;
import static org.hotline12345.core.casefile.Scenario.denyReturn;
import static org.hotline12345.core.casefile.Scenario.dispatch;
import static org.hotline12345.core.casefile.Scenario.reply;
import static org.hotline12345.core.casefile.Scenario.returnBy;
import static org.hotline12345.core.casefile.Scenario.signFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what: every step against every role, under the seeds' permission table. Each
 * row is a scenario: given a case where the step is due, when an actor of the role takes it,
 * then the step's event if the table permits the role, or a refusal naming
 * {@link RuleName#ROLE_NOT_PERMITTED}. The handler is always the assigned department's own
 * handler, so that only the role decides.
 */
class PermissionMatrixTest {

  /** A step: the history that makes it due, the command, and the event it makes. */
  record Step(Scenario.Builder history, CaseCommand command, EventKind makes) {}

  private static final CaseCommand[] SIGNED = {accept(), dispatch(HUNANLU), signFor(HUNANLU)};

  private static CaseCommand[] signedAnd(CaseCommand... more) {
    List<CaseCommand> all = new ArrayList<>(List.of(SIGNED));
    all.addAll(List.of(more));
    return all.toArray(CaseCommand[]::new);
  }

  static final Map<CommandKind, Step> STEPS = new EnumMap<>(CommandKind.class);

  static {
    put(CommandKind.ACCEPT, given(), accept(), EventKind.ACCEPTED);
    put(CommandKind.NOT_ACCEPT, given(), new CaseCommand.NotAccept(NotAcceptedReason.ALREADY_HANDLED, Remark.none()),
        EventKind.NOT_ACCEPTED);
    put(CommandKind.REFER_TO_EMERGENCY, given(), new CaseCommand.ReferToEmergency(EmergencyLine.FIRE, Remark.none()),
        EventKind.REFERRED_TO_EMERGENCY);
    STEPS.put(CommandKind.ANSWER_DIRECTLY, new Step(new Scenario.Builder(AppealType.CONSULTATION),
        new CaseCommand.AnswerDirectly(Remark.of("见办事指南")), EventKind.ANSWERED_DIRECTLY));
    put(CommandKind.DISPATCH, given(accept()), dispatch(HUNANLU), EventKind.DISPATCHED);
    put(CommandKind.CLASSIFY, given(accept()), new CaseCommand.Classify(
        org.hotline12345.core.category.CategoryCode.of("0301")), EventKind.CLASSIFIED);
    put(CommandKind.SIGN_FOR, given(accept(), dispatch(HUNANLU)), signFor(HUNANLU), EventKind.SIGNED_FOR);
    put(CommandKind.RETURN, given(accept(), dispatch(HUNANLU)), returnBy(HUNANLU, "不属于本街道"),
        EventKind.RETURN_REQUESTED);
    put(CommandKind.APPROVE_RETURN, given(accept(), dispatch(HUNANLU, NINGHAI), returnBy(HUNANLU, "不属于本街道")),
        approveReturn(), EventKind.RETURNED);
    put(CommandKind.DENY_RETURN, given(accept(), dispatch(HUNANLU, NINGHAI), returnBy(HUNANLU, "不属于本街道")),
        denyReturn("属于本街道"), EventKind.RETURN_DENIED);
    put(CommandKind.RECORD_CONTACT, given(SIGNED), contact(HUNANLU), EventKind.CONTACT_RECORDED);
    put(CommandKind.REQUEST_EXTENSION, given(SIGNED), askExtension(HUNANLU, 2), EventKind.EXTENSION_REQUESTED);
    put(CommandKind.APPROVE_EXTENSION, given(signedAnd(askExtension(HUNANLU, 2))), approveExtension(),
        EventKind.EXTENSION_APPROVED);
    put(CommandKind.DENY_EXTENSION, given(signedAnd(askExtension(HUNANLU, 2))),
        new CaseCommand.DenyExtension(Remark.of("理由不充分")), EventKind.EXTENSION_DENIED);
    put(CommandKind.PAUSE_CLOCK, given(SIGNED), new CaseCommand.PauseClock(Remark.of("等待补充材料")),
        EventKind.CLOCK_PAUSED);
    put(CommandKind.RESUME_CLOCK, given(signedAnd(new CaseCommand.PauseClock(Remark.of("等待补充材料")))),
        new CaseCommand.ResumeClock(), EventKind.CLOCK_RESUMED);
    put(CommandKind.REPLY, given(SIGNED), reply(HUNANLU), EventKind.REPLIED);
    put(CommandKind.REVIEW_REPLY, given(signedAnd(reply(HUNANLU))), approveReply(), EventKind.REPLY_REVIEWED);
    put(CommandKind.CALL_BACK, given(signedAnd(reply(HUNANLU), approveReply())),
        callBack(Satisfaction.SATISFIED, true), EventKind.CALLED_BACK);
    put(CommandKind.REOPEN, given(signedAnd(reply(HUNANLU), approveReply(), callBack(Satisfaction.DISSATISFIED, false))),
        new CaseCommand.Reopen(Remark.of("仍未解决")), EventKind.REOPENED);
    put(CommandKind.CLOSE, given(signedAnd(reply(HUNANLU), approveReply(), callBack(Satisfaction.SATISFIED, true))),
        new CaseCommand.Close(Remark.of("办结")), EventKind.CLOSED);
    put(CommandKind.SUPERVISE, given(SIGNED), new CaseCommand.Supervise(SupervisionKind.URGE, Remark.of("请加快办理")),
        EventKind.SUPERVISED);
    java.time.Instant resolutionDue = given(SIGNED).build().current()
        .deadline(org.hotline12345.core.timelimit.Stage.RESOLUTION).orElseThrow().dueAt();
    put(CommandKind.TAKE_SUPERVISION_STEP, given(SIGNED), new CaseCommand.TakeSupervisionStep(
            org.hotline12345.core.timelimit.Stage.RESOLUTION, org.hotline12345.core.supervision.EscalationStep.REMIND,
            org.hotline12345.core.supervision.Addressee.HANDLER, org.hotline12345.core.supervision.Light.GREEN,
            resolutionDue), EventKind.SUPERVISION_STEP_TAKEN);
    put(CommandKind.ERASE_PERSONAL_DATA, given(signedAnd(reply(HUNANLU), approveReply(),
            callBack(Satisfaction.SATISFIED, true), new CaseCommand.Close(Remark.of("办结")))),
        new CaseCommand.ErasePersonalData(), EventKind.PERSONAL_DATA_ERASED);
  }

  private static Scenario.Builder given(CaseCommand... commands) {
    return new Scenario.Builder(AppealType.COMPLAINT, commands);
  }

  private static void put(CommandKind kind, Scenario.Builder history, CaseCommand command, EventKind makes) {
    STEPS.put(kind, new Step(history, command, makes));
  }

  /** An actor of the role; the handler belongs to the assigned department. */
  static Actor actorOf(Role role) {
    return switch (role) {
      case AGENT -> Actor.agent("agent-1");
      case DISPATCHER -> Actor.dispatcher("dispatcher-1");
      case HANDLER -> Actor.handler("handler-1", HUNANLU);
      case SUPERVISOR -> Actor.supervisor("supervisor-1");
      case SYSTEM -> Actor.system();
      case CITIZEN -> Actor.citizen();
    };
  }

  static Stream<Arguments> everyCommandByEveryRole() {
    List<Arguments> rows = new ArrayList<>();
    for (Map.Entry<CommandKind, Step> step : STEPS.entrySet()) {
      for (Role role : Role.values()) {
        rows.add(Arguments.of(step.getKey(), role));
      }
    }
    return rows.stream();
  }

  @Test
  void the_matrix_covers_every_command() {
    assertThat(STEPS.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.of(CommandKind.values()).filter(k -> k != CommandKind.REGISTER && k != CommandKind.MERGE
            && k != CommandKind.IMPORT).toList());
  }

  @ParameterizedTest(name = "given a case where {0} is due, when a {1} takes it, then as the seeds' table says")
  @MethodSource("everyCommandByEveryRole")
  void every_command_by_every_role(CommandKind kind, Role role) {
    Step step = STEPS.get(kind);
    Scenario.When when = step.history().build().when(step.command()).by(actorOf(role));
    if (Permissions.seeds().permits(role, kind)) {
      when.thenChange(CaseChange.class, change -> assertThat(change.kind()).isEqualTo(step.makes()));
    } else {
      CaseRuleException refusal = when.thenRefused(RuleName.ROLE_NOT_PERMITTED);
      assertThat(refusal.getMessage()).contains(role.name(), kind.name());
    }
  }

  @ParameterizedTest(name = "when a {0} registers an appeal, then as the seeds' table says")
  @MethodSource("roles")
  void registering_by_every_role(Role role) {
    if (Permissions.seeds().permits(role, CommandKind.REGISTER)) {
      assertThat(Scenario.LIFECYCLE.register(complaint(), actorOf(role), T0).event().kind()).isEqualTo(EventKind.REGISTERED);
    } else {
      assertThatThrownBy(() -> Scenario.LIFECYCLE.register(complaint(), actorOf(role), T0))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.ROLE_NOT_PERMITTED));
    }
  }

  @ParameterizedTest(name = "given a repeat and an open case, when a {0} merges them, then as the seeds' table says")
  @MethodSource("roles")
  void merging_by_every_role(Role role) {
    Case repeat = Scenario.of(complaint()).given().current();
    Case target = Scenario.of(complaint()).given(accept(), dispatch(GULOU)).current();
    java.time.Instant at = T0.plus(Duration.ofHours(1));
    if (Permissions.seeds().permits(role, CommandKind.MERGE)) {
      List<Transition> merged = Scenario.LIFECYCLE.merge(repeat, target, actorOf(role), at);
      assertThat(merged.get(0).after().status()).isEqualTo(CaseStatus.MERGED);
      assertThat(merged.get(1).after().appeals()).hasSize(2);
    } else {
      assertThatThrownBy(() -> Scenario.LIFECYCLE.merge(repeat, target, actorOf(role), at))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.ROLE_NOT_PERMITTED));
    }
  }

  static Stream<Role> roles() {
    return Stream.of(Role.values());
  }

  @Test
  void the_seeds_give_department_steps_to_handlers_only_and_platform_steps_to_the_platform_only() {
    for (CommandKind kind : CommandKind.values()) {
      for (Role role : Permissions.seeds().rolesFor(kind)) {
        assertThat(kind.isGrantableTo(role)).as("%s given to %s", kind, role).isTrue();
      }
    }
    assertThat(Permissions.seeds().rolesFor(CommandKind.SIGN_FOR)).containsExactly(Role.HANDLER);
    assertThat(Permissions.seeds().rolesFor(CommandKind.APPROVE_EXTENSION)).doesNotContain(Role.HANDLER);
    assertThat(Permissions.seeds().rolesFor(CommandKind.CLOSE)).doesNotContain(Role.HANDLER, Role.CITIZEN);
  }

  @Test
  void a_host_tightens_the_table_and_the_lifecycle_enforces_it() {
    Permissions tight = Permissions.seeds().without(Role.AGENT, CommandKind.CLOSE);
    CaseLifecycle lifecycle = Scenario.lifecycleBuilder().permissions(tight).build();
    Scenario.of(lifecycle, complaint()).given(signedAnd(reply(HUNANLU), approveReply(), callBack(Satisfaction.SATISFIED, true)))
        .when(new CaseCommand.Close(Remark.of("办结"))).by(Actor.agent("agent-1"))
        .thenRefused(RuleName.ROLE_NOT_PERMITTED);
    Scenario.of(lifecycle, complaint()).given(signedAnd(reply(HUNANLU), approveReply(), callBack(Satisfaction.SATISFIED, true)))
        .when(new CaseCommand.Close(Remark.of("办结"))).by(Actor.dispatcher("dispatcher-1"))
        .thenChange(CaseChange.Closed.class, c -> assertThat(c.note().text()).isEqualTo("办结"));
  }

  @Test
  void a_step_is_never_given_to_the_other_side() {
    assertThatThrownBy(() -> Permissions.seeds().with(Role.HANDLER, CommandKind.APPROVE_EXTENSION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APPROVE_EXTENSION").hasMessageContaining("HANDLER");
    assertThatThrownBy(() -> Permissions.seeds().with(Role.DISPATCHER, CommandKind.SIGN_FOR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Permissions.seeds().with(Role.CITIZEN, CommandKind.CLOSE))
        .isInstanceOf(IllegalArgumentException.class);
    Permissions agentsDispatch = Permissions.seeds().with(Role.AGENT, CommandKind.DISPATCH);
    assertThat(agentsDispatch.permits(Role.AGENT, CommandKind.DISPATCH)).isTrue();
    assertThat(Permissions.seeds().permits(Role.AGENT, CommandKind.DISPATCH)).isFalse();
    assertThat(Permissions.seeds().with(Role.CITIZEN, CommandKind.CALL_BACK).permits(Role.CITIZEN, CommandKind.CALL_BACK))
        .isTrue();
  }

  @Test
  void personal_data_is_erased_only_from_a_closed_case_and_only_once() {
    Scenario.of(complaint()).given(SIGNED).when(new CaseCommand.ErasePersonalData()).by(Actor.system())
        .thenRefused(RuleName.ERASURE_NOT_ALLOWED);
    Case erased = Scenario.of(complaint()).given(signedAnd(reply(HUNANLU), approveReply(),
            callBack(Satisfaction.SATISFIED, true), new CaseCommand.Close(Remark.of("办结"))))
        .when(new CaseCommand.ErasePersonalData()).by(Actor.system())
        .thenChange(new CaseChange.PersonalDataErased());
    assertThat(erased.isPersonalDataErased()).isTrue();
    assertThat(erased.status()).isEqualTo(CaseStatus.CLOSED);
    assertThatThrownBy(() -> Scenario.LIFECYCLE.execute(erased, new CaseCommand.ErasePersonalData(), Actor.system(),
            T0.plus(Duration.ofDays(400))))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.ERASURE_NOT_ALLOWED));
    assertThatThrownBy(() -> Scenario.LIFECYCLE.execute(erased, new CaseCommand.Close(Remark.none()), Actor.system(),
            T0.plus(Duration.ofDays(400))))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.CASE_CLOSED));
  }

  @Test
  void a_handler_never_acts_for_a_department_that_does_not_have_the_case() {
    Scenario.of(complaint()).given(accept(), dispatch(HUNANLU)).when(signFor(HUNANLU))
        .by(Actor.handler("handler-2", NINGHAI)).thenRefused(RuleName.ACTOR_NOT_OF_DEPARTMENT);
    Scenario.of(complaint()).given(SIGNED).when(new CaseCommand.PauseClock(Remark.of("等待")))
        .by(Actor.handler("handler-2", NINGHAI)).thenRefused(RuleName.ACTOR_NOT_OF_DEPARTMENT);
    Scenario.of(complaint()).given(signedAnd(new CaseCommand.PauseClock(Remark.of("等待"))))
        .when(new CaseCommand.ResumeClock()).by(Actor.handler("handler-2", NINGHAI))
        .thenRefused(RuleName.ACTOR_NOT_OF_DEPARTMENT);
  }

  @Test
  void no_one_reviews_their_own_departments_reply_or_records_its_callback() {
    Scenario.of(complaint()).given(signedAnd(reply(HUNANLU))).when(approveReply())
        .by(Actor.supervisor("supervisor-2").ofUnit(HUNANLU)).thenRefused(RuleName.OWN_DEPARTMENT_REQUEST);
    Scenario.of(complaint()).given(signedAnd(reply(HUNANLU), approveReply()))
        .when(callBack(Satisfaction.SATISFIED, true)).by(Actor.agent("agent-2").ofUnit(HUNANLU))
        .thenRefused(RuleName.OWN_DEPARTMENT_REQUEST);
  }
}
