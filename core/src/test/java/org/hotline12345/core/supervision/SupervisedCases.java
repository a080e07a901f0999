package org.hotline12345.core.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.casefile.Transition;
import org.hotline12345.core.department.DepartmentId;

/**
 * Cases for supervision tests, on the Nanjing-like lifecycle with the seeds' limits (sign for in
 * 2 hours, contact in 3 working days, resolve in 5) and the China mainland calendar.
 */
final class SupervisedCases {

  static final CaseLifecycle LIFECYCLE = ServiceFixtures.lifecycle();
  static final Map<String, WorkingCalendar> CALENDARS = LIFECYCLE.calendars();
  static final WorkingCalendar CN = WorkingCalendars.chinaMainland();
  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");

  private SupervisedCases() {}

  /** An instant of Beijing time, {@code "2025-09-29T10:00"}. */
  static Instant beijing(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
  }

  /** A noise complaint registered five minutes before the dispatch, accepted, dispatched to 湖南路街道. */
  static Case dispatchedAt(Instant dispatch) {
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).receivedAt(dispatch.minus(Duration.ofMinutes(5)))
        .build();
    Case c = LIFECYCLE.register(appeal, Actor.agent("agent-1"), dispatch.minus(Duration.ofMinutes(4))).after();
    c = then(c, new CaseCommand.Accept(), Actor.agent("agent-1"), dispatch.minus(Duration.ofMinutes(2)));
    return then(c, CaseCommand.Dispatch.to(HUNANLU), Actor.dispatcher("dispatcher-1"), dispatch);
  }

  /** Dispatched, then signed for and the citizen contacted ten and twenty minutes later: only resolution is watched. */
  static Case resolvingSince(Instant dispatch) {
    Case c = dispatchedAt(dispatch);
    c = then(c, new CaseCommand.SignFor(HUNANLU), handler(), dispatch.plus(Duration.ofMinutes(10)));
    return then(c, new CaseCommand.RecordContact(HUNANLU, Remark.of("已电话联系")), handler(),
        dispatch.plus(Duration.ofMinutes(20)));
  }

  static Actor handler() {
    return Actor.handler("handler-1", HUNANLU);
  }

  static Case then(Case c, CaseCommand command, Actor actor, Instant at) {
    Transition t = LIFECYCLE.execute(c, command, actor, at);
    return t.after();
  }

  /** What the sweep does with one case at an instant: takes every step due, as the system. */
  static Case sweep(Case c, SupervisionPolicy policy, Instant at) {
    Case current = c;
    for (SupervisionPlan.DueStep due : SupervisionPlan.of(c, policy, CALENDARS).stepsDue(at)) {
      current = then(current, due.toCommand(), Actor.system(), at);
    }
    return current;
  }

  static SupervisionPlan plan(Case c) {
    return SupervisionPlan.of(c, SupervisionTable.standard(), CALENDARS);
  }
}
