package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.department.DepartmentId;

/**
 * Random sequences of lifecycle commands, thousands per run, with the invariants checked
 * after every step: a closed case accepts no command; the extension count never exceeds the
 * limit; every accepted command appends exactly one event with the next sequence number and a
 * refused one changes nothing; replaying the events rebuilds an equal case; a case never goes
 * back to a department that returned it unless a human dispatcher says so.
 */
class LifecycleStatefulTest {

  private static final List<DepartmentId> DEPARTMENTS = List.of(Scenario.HUNANLU, Scenario.NINGHAI,
      Scenario.XUANWU, Scenario.WATER, Scenario.XIAGUAN, Scenario.GULOU);

  /** The system under test and what the test knows of it. */
  static final class Model {
    final CaseLifecycle lifecycle;
    final List<CaseEvent> events = new ArrayList<>();
    Case current;
    Instant now;
    int accepted;
    int refused;

    Model(Appeal appeal) {
      this(Scenario.LIFECYCLE, appeal);
    }

    Model(CaseLifecycle lifecycle, Appeal appeal) {
      this.lifecycle = lifecycle;
      now = Scenario.T0;
      Transition t = lifecycle.register(appeal, Actor.agent("a-1"), now);
      current = t.after();
      events.add(t.event());
    }

    void run(CaseCommand command, Actor actor, long minutes) {
      Instant at = now.plus(Duration.ofMinutes(minutes));
      Case before = current;
      Set<DepartmentId> returnedBefore = new HashSet<>(before.returnedBy());
      Transition t;
      try {
        t = lifecycle.execute(before, command, actor, at);
      } catch (CaseRuleException refusal) {
        refused++;
        assertThat(current).isSameAs(before);
        if (!before.isOpen()) {
          assertThat(refusal.rule()).isIn(RuleName.CASE_CLOSED, RuleName.OUT_OF_ORDER);
        }
        return;
      }
      accepted++;
      assertThat(before.isOpen()).as("a closed case accepted %s", command).isTrue();
      assertThat(Permissions.seeds().permits(actor.role(), command.kind()))
          .as("%s ran %s", actor.role(), command.kind()).isTrue();
      checkAuthority(before, command, actor);
      assertThat(org.hotline12345.core.internal.EventCodec.decode(
          org.hotline12345.core.internal.EventCodec.encode(t.event()))).isEqualTo(t.event());
      CaseFacts facts = CaseFacts.of(t.after());
      assertThat(facts.write()).hasSizeLessThanOrEqualTo(CaseFacts.MAX_LENGTH);
      assertThat(CaseFacts.read(facts.write())).isEqualTo(facts);
      assertThat(t.event().sequence()).isEqualTo(before.version() + 1);
      assertThat(t.after().version()).isEqualTo(t.event().sequence());
      assertThat(t.event().caseId()).isEqualTo(before.id());
      CaseChange change = t.event().change();
      if (change instanceof CaseChange.Dispatched d) {
        checkNotSentBack(d, returnedBefore, actor);
        checkNotAccused(d);
      } else if (change instanceof CaseChange.Returned r && r.redispatch().isPresent()) {
        Set<DepartmentId> returned = new HashSet<>(returnedBefore);
        returned.add(r.department());
        checkNotSentBack(r.redispatch().get(), returned, actor);
        checkNotAccused(r.redispatch().get());
      } else if (change instanceof CaseChange.Reopened r) {
        assertThat(Set.of(r.redispatch().lead())).isEqualTo(Set.of(before.lead().orElseThrow()));
      }
      events.add(t.event());
      current = t.after();
      now = at;
    }

    /** Handlers act only for their own, assigned department; no one decides on their own department's request. */
    private void checkAuthority(Case before, CaseCommand command, Actor actor) {
      if (actor.role() == Actor.Role.HANDLER) {
        DepartmentId own = actor.department().orElseThrow();
        assertThat(before.lead().filter(own::equals).isPresent() || before.assisting().contains(own))
            .as("%s acted on a case assigned to %s", own, before.lead()).isTrue();
      }
      switch (command.kind()) {
        case APPROVE_EXTENSION, DENY_EXTENSION -> assertThat(actor.belongsTo(
            before.pendingExtension().orElseThrow().department())).isFalse();
        case APPROVE_RETURN, DENY_RETURN -> assertThat(actor.belongsTo(
            before.pendingReturn().orElseThrow().department())).isFalse();
        case REVIEW_REPLY -> assertThat(actor.belongsTo(before.reply().orElseThrow().department())).isFalse();
        default -> { }
      }
    }

    private void checkNotAccused(CaseChange.Dispatched d) {
      Set<DepartmentId> accused = new HashSet<>();
      current.appeals().forEach(a -> a.getAccusedDepartment().ifPresent(x -> {
        accused.add(x);
        lifecycle.directory().descendants(x).forEach(dd -> accused.add(dd.getId()));
      }));
      List<DepartmentId> named = new ArrayList<>(d.assisting());
      named.add(d.lead());
      assertThat(named).as("a report went to the department it accuses").noneMatch(accused::contains);
    }

    private static void checkNotSentBack(CaseChange.Dispatched d, Set<DepartmentId> returned, Actor actor) {
      List<DepartmentId> named = new ArrayList<>(d.assisting());
      named.add(d.lead());
      if (named.stream().anyMatch(returned::contains)) {
        assertThat(d.overrideReturns()).as("sent back to %s without override", named).isTrue();
        assertThat(actor.role()).isEqualTo(Actor.Role.DISPATCHER);
      }
    }

    @Override
    public String toString() {
      return current + " after " + accepted + " accepted and " + refused + " refused commands";
    }
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    Arbitrary<Appeal> appeals = Combinators.combine(
            Arbitraries.of(AppealType.class), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((type, anonymous, accuses) -> {
          Appeal.Builder b = Appeal.builder().from(Scenario.appeal(type));
          if (anonymous) {
            b.citizen(Citizen.anonymous());
          }
          if (accuses) {
            b.accusedDepartment(Scenario.GULOU);
          }
          return (Appeal) b.build();
        });
    return appeals.flatMap(appeal -> ActionChain.startWith(() -> new Model(appeal))
        .withAction(new Step())
        .withMaxTransformations(40));
  }

  /** One random command, biased towards what the case's status allows. */
  static final class Step implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model model) {
      Arbitrary<CaseCommand> command = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(3, sensible(model.current)), net.jqwik.api.Tuple.of(1, anyCommand()));
      Arbitrary<Long> minutes = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(0, 600)),
          net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(600, 6 * 24 * 60)),
          net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-120, -1)));
      Arbitrary<Boolean> proper = Arbitraries.of(true, true, true, false);
      return Combinators.combine(command, minutes, proper, anyActor())
          .as((c, m, own, other) -> Transformer.mutate(c.kind() + " +" + m + "min",
              x -> x.run(c, own ? Scenario.actorFor(c, x.current) : other, m)));
    }
  }

  /** Anyone: every role, handlers of any department, platform staff of a district's sub-centre. */
  static Arbitrary<Actor> anyActor() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(Actor.agent("a-9"), Actor.dispatcher("d-9"), Actor.supervisor("s-9"), Actor.system(),
            Actor.citizen()),
        department().map(d -> Actor.handler("staff-9", d)),
        department().map(d -> Actor.dispatcher("d-8").ofUnit(d))));
  }

  static Arbitrary<DepartmentId> department() {
    return Arbitraries.of(DEPARTMENTS);
  }

  /** A step of the escalation ladder for one of the case's watched deadlines, with any light. */
  static Arbitrary<CaseCommand> supervisionSteps(Case c) {
    List<StageDeadline> watched = c.watchedDeadlines();
    if (watched.isEmpty()) {
      return Arbitraries.just(new CaseCommand.Supervise(SupervisionKind.URGE, Remark.none()));
    }
    return Combinators.combine(Arbitraries.of(watched),
            Arbitraries.of(org.hotline12345.core.supervision.EscalationStep.class),
            Arbitraries.of(org.hotline12345.core.supervision.Addressee.class),
            Arbitraries.of(org.hotline12345.core.supervision.Light.class))
        .as((d, step, to, light) -> new CaseCommand.TakeSupervisionStep(d.stage(), step, to, light, d.dueAt()));
  }

  static Arbitrary<CaseCommand> sensible(Case c) {
    Arbitrary<DepartmentId> lead = c.lead().map(Arbitraries::just).orElse(department());
    Arbitrary<CaseCommand> handling = sensibleHandling(c, lead);
    return c.watchedDeadlines().isEmpty() ? handling
        : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, handling), net.jqwik.api.Tuple.of(1, supervisionSteps(c)));
  }

  private static Arbitrary<CaseCommand> sensibleHandling(Case c, Arbitrary<DepartmentId> lead) {
    return switch (c.status()) {
      case REGISTERED -> Arbitraries.just(new CaseCommand.Accept());
      case ACCEPTED, AWAITING_DISPATCH -> dispatches();
      case DISPATCHED -> c.pendingReturn().isPresent()
          ? Arbitraries.of(new CaseCommand.ApproveReturn(), new CaseCommand.DenyReturn(Remark.of("属于本单位职责")))
          : Arbitraries.oneOf(lead.map(CaseCommand.SignFor::new),
              lead.map(d -> new CaseCommand.Return(d, Remark.of("不属于本单位"))));
      case SIGNED -> Arbitraries.oneOf(
          lead.map(d -> new CaseCommand.RecordContact(d, Remark.none())),
          lead.map(d -> new CaseCommand.RequestExtension(d, TimeLimit.workingDays(2), Remark.none())),
          Combinators.combine(lead, Arbitraries.integers().between(1, (int) TimeLimit.MAX_WORKING_DAYS))
              .as((d, n) -> new CaseCommand.RequestExtension(d, TimeLimit.workingDays(n), Remark.none())),
          Arbitraries.just(new CaseCommand.ApproveExtension()),
          Arbitraries.just(new CaseCommand.PauseClock(Remark.none())),
          Arbitraries.just(new CaseCommand.ResumeClock()),
          lead.map(d -> new CaseCommand.Reply(d, Remark.of("已处理"), true)));
      case REPLIED -> Arbitraries.of(true, true, false).map(ok -> new CaseCommand.ReviewReply(ok, Remark.none()));
      case AWAITING_CALLBACK, CALLED_BACK -> Arbitraries.oneOf(callBacks(),
          Arbitraries.just(new CaseCommand.Close(Remark.none())),
          Arbitraries.just(new CaseCommand.Reopen(Remark.none())));
      default -> anyCommand();
    };
  }

  static Arbitrary<CaseCommand> dispatches() {
    return Combinators.combine(department(), department().list().ofMaxSize(2).uniqueElements(),
            department().list().ofMaxSize(3).uniqueElements(), Arbitraries.of(false, false, false, true))
        .as(CaseCommand.Dispatch::new);
  }

  static Arbitrary<CaseCommand> callBacks() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(Satisfaction.class))
        .as((resolved, satisfaction) -> new CaseCommand.CallBack(resolved, satisfaction, Remark.none()));
  }

  static Arbitrary<CaseCommand> anyCommand() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.just(new CaseCommand.Accept()),
        Arbitraries.of(NotAcceptedReason.SEEDS).map(r -> new CaseCommand.NotAccept(r, Remark.none())),
        Arbitraries.of(EmergencyLine.CHINA).map(l -> new CaseCommand.ReferToEmergency(l, Remark.none())),
        Arbitraries.just(new CaseCommand.AnswerDirectly(Remark.of("见知识库"))),
        Arbitraries.just(new CaseCommand.ApproveReturn()),
        Arbitraries.just(new CaseCommand.DenyReturn(Remark.of("属于本单位职责"))),
        dispatches(),
        department().map(CaseCommand.SignFor::new),
        department().map(d -> new CaseCommand.Return(d, Remark.of("不属于本单位"))),
        department().map(d -> new CaseCommand.RecordContact(d, Remark.none())),
        department().map(d -> new CaseCommand.RequestExtension(d, TimeLimit.workingDays(3), Remark.none())),
        Combinators.combine(department(), Arbitraries.integers().between(1, (int) TimeLimit.MAX_WORKING_DAYS))
            .as((d, n) -> new CaseCommand.RequestExtension(d, TimeLimit.workingDays(n), Remark.none())),
        Arbitraries.just(new CaseCommand.ApproveExtension()),
        Arbitraries.just(new CaseCommand.DenyExtension(Remark.none())),
        Arbitraries.just(new CaseCommand.PauseClock(Remark.none())),
        Arbitraries.just(new CaseCommand.ResumeClock()),
        department().map(d -> new CaseCommand.Reply(d, Remark.none(), false)),
        Arbitraries.of(true, false).map(ok -> new CaseCommand.ReviewReply(ok, Remark.none())),
        callBacks(),
        Arbitraries.just(new CaseCommand.Reopen(Remark.none())),
        Arbitraries.just(new CaseCommand.Close(Remark.none())),
        Arbitraries.of(SupervisionKind.class).map(k -> new CaseCommand.Supervise(k, Remark.none()))));
  }

  /** A lifecycle that lets every extension through that TimeLimit accepts, as many as allowed. */
  static final CaseLifecycle GENEROUS = Scenario.lifecycleBuilder()
      .maxSingleExtension(TimeLimit.workingDays(TimeLimit.MAX_WORKING_DAYS))
      .maxExtensions(CaseLifecycle.MAX_EXTENSIONS).build();

  @Provide
  Arbitrary<ActionChain<Model>> generousChains() {
    return Arbitraries.of(AppealType.class).map(Scenario::appeal).flatMap(appeal -> ActionChain
        .startWith(() -> new Model(GENEROUS, appeal)).withAction(new Step()).withMaxTransformations(40));
  }

  @Property(tries = 200)
  void whatever_a_generous_lifecycle_accepts_is_read_back_equal(@ForAll("generousChains") ActionChain<Model> chain) {
    // Model.run checks that every accepted event round-trips through the codec; here the case replays too.
    chain.withInvariant("replay rebuilds the case", m -> assertThat(Case.replay(m.events)).isEqualTo(m.current)).run();
  }

  @Property(tries = 300)
  void the_lifecycle_keeps_its_invariants(@ForAll("chains") ActionChain<Model> chain) {
    chain
        .withInvariant("extensions within the limit",
            m -> assertThat(m.current.extensionsUsed()).isLessThanOrEqualTo(m.lifecycle.maxExtensions()))
        .withInvariant("replay rebuilds the case", m -> {
          assertThat(m.events).hasSize((int) m.current.version());
          assertThat(Case.replay(m.events)).isEqualTo(m.current);
        })
        .withInvariant("a step of the ladder is taken at most once for a deadline", m -> {
          Set<String> seen = new HashSet<>();
          for (SupervisionRecord r : m.current.supervisionSteps()) {
            assertThat(seen.add(r.stage() + "/" + r.step() + "/" + r.dueAt())).as("%s taken twice", r).isTrue();
            assertThat(r.light() == org.hotline12345.core.supervision.Light.RED).isEqualTo(!r.at().isBefore(r.dueAt()));
          }
        })
        .withInvariant("a closed case accepts no command", m -> {
          if (!m.current.isOpen()) {
            assertThatThrownBy(() -> m.lifecycle.execute(m.current,
                    new CaseCommand.Supervise(SupervisionKind.REMIND, Remark.none()), Actor.supervisor("s"), m.now))
                .isInstanceOfSatisfying(CaseRuleException.class,
                    e -> assertThat(e.rule()).isEqualTo(RuleName.CASE_CLOSED));
          }
        })
        .run();
    Model end = chain.finalState().orElseThrow();
    Statistics.label("final status").collect(end.current.status());
    Statistics.label("ladder steps taken").collect(end.current.supervisionSteps().isEmpty() ? "none" : "some");
    Statistics.label("accepted commands").collect(end.accepted >= 10 ? "10 or more" : "under 10");
    Statistics.label("reached").collect(end.current.reopenCount() > 0 ? "reopened"
        : end.current.extensionsUsed() > 0 ? "extended" : end.current.returnedBy().isEmpty() ? "plain" : "returned");
  }
}
