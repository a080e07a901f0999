package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.TimeLimitPolicies;

/**
 * A given-when-then fixture for the case lifecycle, in the spirit of Axon's aggregate test
 * fixture: given the commands that made a case's history, when one more command, then this
 * change, or this refusal.
 *
 * <pre>{@code
 * Scenario.of(complaint())
 *     .given(accept(), dispatch(HUNANLU))
 *     .when(returnBy(HUNANLU, "不属于本街道"))
 *     .thenChange(CaseChange.Returned.class, r -> assertThat(r.redispatch()).isEmpty());
 * }</pre>
 *
 * Given commands run ten minutes apart from Monday 11 March 2024 09:00 Beijing time, each by
 * the actor the command calls for (the department's own staff for department steps).
 */
final class Scenario {

  static final Instant T0 = ZonedDateTime.parse("2024-03-11T09:00+08:00[Asia/Shanghai]").toInstant();

  static final DepartmentId CITY_MANAGEMENT = DepartmentId.of("nj.cgj");
  static final DepartmentId WATER = DepartmentId.of("nj.water");
  static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  static final DepartmentId SHIZIQIAO = DepartmentId.of("nj.gulou.hunanlu.shiziqiao");
  static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");
  static final DepartmentId XUANWU = DepartmentId.of("nj.xuanwu");
  static final DepartmentId XIAGUAN = DepartmentId.of("nj.xiaguan");

  static final DepartmentDirectory DIRECTORY = loadDirectory();

  private static DepartmentDirectory loadDirectory() {
    try (Reader reader = new InputStreamReader(
        Scenario.class.getResourceAsStream("/departments/nanjing.csv"), StandardCharsets.UTF_8)) {
      return DepartmentDirectory.readCsv(reader, "departments/nanjing.csv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A lifecycle with the seeds' time limits, the seeds' reasons and Hibernate Validator. */
  static CaseLifecycle.Builder lifecycleBuilder() {
    AtomicLong ids = new AtomicLong();
    return CaseLifecycle.builder()
        .directory(DIRECTORY)
        .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn-mainland")
        .timeLimits(TimeLimitPolicies.seeds())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.jakarta(Validation.buildDefaultValidatorFactory().getValidator()))
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), WorkingCalendars.CHINA_ZONE))
        .ids(() -> CaseId.of("case-" + ids.incrementAndGet()));
  }

  static final CaseLifecycle LIFECYCLE = lifecycleBuilder().build();

  /** A complaint about noise by a named citizen, by phone. */
  static Appeal complaint() {
    return appeal(AppealType.COMPLAINT);
  }

  static Appeal appeal(AppealType type) {
    return Appeal.builder()
        .channel(Channel.PHONE)
        .type(type)
        .content("湖南路某工地夜间施工噪音扰民，已持续一周。")
        .location(Location.builder().address("鼓楼区湖南路1号")
            .area(new Area("320106001", "湖南路街道")).build())
        .citizen(Citizen.builder().name("张三").phone("13812345678").idNumber("11010519491231002X").build())
        .receivedAt(T0.minus(Duration.ofMinutes(5)))
        .build();
  }

  // ---------------------------------------------------------------- commands in the domain's words

  static CaseCommand accept() {
    return new CaseCommand.Accept();
  }

  static CaseCommand dispatch(DepartmentId lead, DepartmentId... candidates) {
    return new CaseCommand.Dispatch(lead, List.of(), List.of(candidates), false);
  }

  static CaseCommand signFor(DepartmentId department) {
    return new CaseCommand.SignFor(department);
  }

  static CaseCommand returnBy(DepartmentId department, String reason) {
    return new CaseCommand.Return(department, Remark.of(reason));
  }

  static CaseCommand contact(DepartmentId department) {
    return new CaseCommand.RecordContact(department, Remark.of("已电话联系诉求人"));
  }

  static CaseCommand askExtension(DepartmentId department, int workingDays) {
    return new CaseCommand.RequestExtension(department,
        org.hotline12345.calendar.TimeLimit.workingDays(workingDays), Remark.of("需协调施工单位"));
  }

  static CaseCommand approveReturn() {
    return new CaseCommand.ApproveReturn();
  }

  static CaseCommand denyReturn(String reason) {
    return new CaseCommand.DenyReturn(Remark.of(reason));
  }

  static CaseCommand approveExtension() {
    return new CaseCommand.ApproveExtension();
  }

  static CaseCommand reply(DepartmentId department) {
    return new CaseCommand.Reply(department, Remark.of("已责令工地夜间停工"), true);
  }

  static CaseCommand approveReply() {
    return new CaseCommand.ReviewReply(true, Remark.none());
  }

  static CaseCommand callBack(Satisfaction satisfaction, boolean resolved) {
    return new CaseCommand.CallBack(resolved, satisfaction, Remark.none());
  }

  // ---------------------------------------------------------------- the fixture

  private final CaseLifecycle lifecycle;
  private final Appeal appeal;
  private final List<CaseEvent> history = new ArrayList<>();
  private Case current;
  private Instant clock = T0;
  private InquiryCode issuedCode;

  private Scenario(CaseLifecycle lifecycle, Appeal appeal) {
    this.lifecycle = lifecycle;
    this.appeal = appeal;
  }

  static Scenario of(Appeal appeal) {
    return new Scenario(LIFECYCLE, appeal);
  }

  static Scenario of(CaseLifecycle lifecycle, Appeal appeal) {
    return new Scenario(lifecycle, appeal);
  }

  /**
   * The actor a command calls for under the seeds' permissions: the named department's
   * handler for department steps, a dispatcher for dispatching and approving, a supervisor
   * for supervising, an agent for the rest.
   */
  static Actor actorFor(CaseCommand command, Case current) {
    return switch (command.kind()) {
      case SIGN_FOR -> Actor.handler("staff-1", ((CaseCommand.SignFor) command).department());
      case RETURN -> Actor.handler("staff-1", ((CaseCommand.Return) command).department());
      case RECORD_CONTACT -> Actor.handler("staff-1", ((CaseCommand.RecordContact) command).department());
      case REQUEST_EXTENSION -> Actor.handler("staff-1", ((CaseCommand.RequestExtension) command).department());
      case REPLY -> Actor.handler("staff-1", ((CaseCommand.Reply) command).department());
      case PAUSE_CLOCK, RESUME_CLOCK -> current.lead().map(d -> Actor.handler("staff-1", d))
          .orElse(Actor.supervisor("s-1"));
      case DISPATCH, APPROVE_RETURN, DENY_RETURN, APPROVE_EXTENSION, DENY_EXTENSION, REVIEW_REPLY -> Actor.dispatcher("d-1");
      case SUPERVISE -> Actor.supervisor("s-1");
      case TAKE_SUPERVISION_STEP -> Actor.system();
      default -> Actor.agent("a-1");
    };
  }

  /** A history to replay for each test: an appeal of a type, then commands. */
  static final class Builder {
    private final AppealType type;
    private final CaseCommand[] commands;

    Builder(AppealType type, CaseCommand... commands) {
      this.type = type;
      this.commands = commands.clone();
    }

    Scenario build() {
      return Scenario.of(appeal(type)).given(commands);
    }

    @Override
    public String toString() {
      return type + " after " + commands.length + " steps";
    }
  }

  /** The history: registration, then these commands ten minutes apart. */
  Scenario given(CaseCommand... commands) {
    Transition registered = lifecycle.register(appeal, Actor.agent("a-1"), clock);
    issuedCode = registered.inquiryCode().orElseThrow();
    history.add(registered.event());
    current = registered.after();
    for (CaseCommand command : commands) {
      clock = clock.plus(Duration.ofMinutes(10));
      Transition t = lifecycle.execute(current, command, actorFor(command, current), clock);
      history.add(t.event());
      current = t.after();
    }
    return this;
  }

  /** The inquiry code the registration issued. */
  InquiryCode issuedCode() {
    return issuedCode;
  }

  Case current() {
    return current;
  }

  List<CaseEvent> history() {
    return history;
  }

  When when(CaseCommand command) {
    return new When(command, actorFor(command, current), clock.plus(Duration.ofMinutes(10)));
  }

  /** The command under test, with its actor and time. */
  final class When {
    private final CaseCommand command;
    private Actor actor;
    private Instant at;

    When(CaseCommand command, Actor actor, Instant at) {
      this.command = command;
      this.actor = actor;
      this.at = at;
    }

    When by(Actor who) {
      this.actor = who;
      return this;
    }

    When at(Instant when) {
      this.at = when;
      return this;
    }

    When after(Duration later) {
      this.at = clock.plus(later);
      return this;
    }

    /** Expects exactly this change; returns the new case for further checks. */
    <C extends CaseChange> Case thenChange(Class<C> kind, Consumer<C> check) {
      Transition t = lifecycle.execute(current, command, actor, at);
      assertThat(t.event().change()).isInstanceOf(kind);
      assertThat(t.event().sequence()).isEqualTo(current.version() + 1);
      assertThat(t.event().caseId()).isEqualTo(current.id());
      assertThat(t.event().at()).isEqualTo(at);
      assertThat(t.event().actor()).isEqualTo(actor);
      check.accept(kind.cast(t.event().change()));
      List<CaseEvent> all = new ArrayList<>(history);
      all.add(t.event());
      assertThat(Case.replay(all)).isEqualTo(t.after());
      return t.after();
    }

    Case thenChange(CaseChange expected) {
      return thenChange(CaseChange.class, change -> assertThat(change).isEqualTo(expected));
    }

    /** Expects a refusal naming the rule, with the case unchanged. */
    CaseRuleException thenRefused(RuleName rule) {
      Case before = current;
      CaseRuleException[] caught = new CaseRuleException[1];
      assertThatThrownBy(() -> lifecycle.execute(current, command, actor, at))
          .isInstanceOfSatisfying(CaseRuleException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            caught[0] = e;
          });
      assertThat(current).isSameAs(before);
      assertThat(Case.replay(history)).isEqualTo(before);
      return caught[0];
    }
  }
}
