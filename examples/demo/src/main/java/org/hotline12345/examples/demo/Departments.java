package org.hotline12345.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.timelimit.Stage;

/**
 * How the departments (承办单位) and the platform's reviewers handle a dispatched case in the
 * simulation. Each department has a quality drawn from the seed, from 0.35 to 0.95: a better one
 * returns less, signs for, contacts and replies on time more often, resolves more, and leaves
 * its citizens more satisfied. That gives the month's assessment something to rank.
 */
final class Departments {

  private final City city;
  private final Map<DepartmentId, Double> quality = new HashMap<>();

  Departments(City city, long seed) {
    this.city = city;
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (Department d : city.directory.all()) {
      quality.put(d.getId(), 0.35 + 0.6 * random.nextDouble());
    }
  }

  private double quality(DepartmentId department) {
    return quality.getOrDefault(department, 0.7);
  }

  private static Actor handler(DepartmentId department) {
    return Actor.handler("h-" + Integer.toHexString(department.value().hashCode()), department);
  }

  /** A case was dispatched (again): its lead signs for it or returns it, the assisting sign. */
  void dispatched(Simulation sim, CaseRun run, Case c) {
    run.round++;
    run.lead = c.lead().orElseThrow();
    run.contacted = false;
    run.contactAt = null;
    double q = quality(run.lead);
    for (DepartmentId assisting : c.assisting()) {
      sim.plan(sim.minutesLater(run, 10, 100), Step.Kind.ASSIST_SIGN, run, assisting);
    }
    double returnChance = (0.02 + 0.12 * (1 - q)) * (run.returns == 0 ? 1 : 0.4);
    if (run.reopens == 0 && run.returns < 2 && run.chance(returnChance)) {
      sim.plan(sim.minutesLater(run, 20, 300), Step.Kind.RETURN, run);
    } else {
      boolean late = run.chance(0.02 + 0.14 * (1 - q));
      sim.plan(late ? sim.minutesLater(run, 125, 600) : sim.minutesLater(run, 3, 110), Step.Kind.SIGN, run);
    }
  }

  /** The department's and reviewers' steps. */
  void perform(Simulation sim, Step step) {
    CaseRun run = step.run();
    DepartmentId lead = run.lead;
    double q = lead == null ? 0.7 : quality(lead);
    switch (step.kind()) {
      case ASSIST_SIGN -> sim.execute(run, new CaseCommand.SignFor(step.department()), handler(step.department()));
      case RETURN -> {
        Case c = sim.execute(run, new CaseCommand.Return(lead, Remark.of("经核实不属于本单位职责范围，请重新派单")),
            handler(lead));
        sim.plan(c == null ? sim.minutesLater(run, 5, 60) : sim.minutesLater(run, 30, 240),
            c == null ? Step.Kind.SIGN : Step.Kind.DECIDE_RETURN, run);
      }
      case DECIDE_RETURN -> decideReturn(sim, run);
      case SIGN -> sign(sim, run, q);
      case CONTACT -> contact(sim, run);
      case ASK_EXTENSION -> {
        Case c = sim.find(run);
        TimeLimit limit = c.deadline(Stage.RESOLUTION).orElseThrow().limit();
        Case asked = sim.execute(run, new CaseCommand.RequestExtension(lead,
            TimeLimit.workingDays(Math.min(3, limit.amount())), Remark.of("需协调相关部门现场处置，申请延期")), handler(lead));
        if (asked == null) {
          planReply(sim, run, c, q);
        } else {
          sim.plan(sim.inOfficeHours(sim.minutesLater(run, 60, 300), run), Step.Kind.DECIDE_EXTENSION, run);
        }
      }
      case DECIDE_EXTENSION -> {
        CaseCommand decision = run.chance(0.9) ? new CaseCommand.ApproveExtension()
            : new CaseCommand.DenyExtension(Remark.of("延期理由不充分，请按期办结"));
        sim.execute(run, decision, Simulation.DISPATCHER);
        planReply(sim, run, sim.find(run), q);
      }
      case PAUSE -> {
        Case paused = sim.execute(run, new CaseCommand.PauseClock(Remark.of("等待诉求人补充材料")), handler(lead));
        if (paused == null) {
          planReply(sim, run, sim.find(run), q);
        } else {
          sim.plan(sim.inOfficeHours(sim.now().plus(Duration.ofHours(Math.round(run.between(24, 72)))), run),
              Step.Kind.RESUME, run);
        }
      }
      case RESUME -> {
        sim.execute(run, new CaseCommand.ResumeClock(), handler(lead));
        planReply(sim, run, sim.find(run), q);
      }
      case REPLY -> reply(sim, run, q);
      case REVIEW -> review(sim, run);
      case CALLBACK -> callBack(sim, run, q);
      case REOPEN -> {
        Case c = sim.execute(run, new CaseCommand.Reopen(Remark.of("诉求人对办理结果不满意，重新办理")), Simulation.AGENT);
        if (c != null) {
          run.reopens++;
          sim.after(run, c);
        } else {
          sim.plan(sim.minutesLater(run, 2, 20), Step.Kind.CLOSE, run);
        }
      }
      case CLOSE -> sim.execute(run, new CaseCommand.Close(Remark.of("办结归档")), Simulation.AGENT);
      default -> throw new IllegalStateException("not a department's step: " + step.kind());
    }
  }

  private void decideReturn(Simulation sim, CaseRun run) {
    if (run.chance(0.25)) {
      sim.execute(run, new CaseCommand.DenyReturn(Remark.of("经核实属于该单位职责，请签收办理")), Simulation.DISPATCHER);
      sim.plan(sim.minutesLater(run, 10, 240), Step.Kind.SIGN, run);
      return;
    }
    Case c = sim.execute(run, new CaseCommand.ApproveReturn(), Simulation.DISPATCHER);
    if (c != null) {
      run.returns++;
      sim.after(run, c);
    }
  }

  private void sign(Simulation sim, CaseRun run, double q) {
    Case c = sim.execute(run, new CaseCommand.SignFor(run.lead), handler(run.lead));
    if (c == null) {
      return;
    }
    Instant contactDue = Simulation.due(c, Stage.FIRST_CONTACT).orElse(sim.now().plus(Duration.ofDays(3)));
    Instant contact = run.chance(0.02 + 0.16 * (1 - q))
        ? contactDue.plus(Duration.ofMinutes(Math.round(run.between(60, 1800))))
        : sim.now().plus(Duration.ofMinutes(Math.round(run.between(20, 1200))));
    contact = sim.inOfficeHours(contact, run);
    run.contactAt = contact;
    sim.plan(contact, Step.Kind.CONTACT, run);
    if (run.reopens == 0 && run.chance(0.03)) {
      sim.plan(sim.inOfficeHours(contact.plus(Duration.ofHours(2)), run), Step.Kind.PAUSE, run);
    } else if (run.reopens == 0 && run.chance(0.07)) {
      Instant due = Simulation.due(c, Stage.RESOLUTION).orElseThrow();
      Instant ask = sim.now().plus(Duration.between(sim.now(), due).multipliedBy(6).dividedBy(10));
      Instant inOffice = sim.inOfficeHours(ask, run);
      sim.plan(inOffice.isBefore(due) ? inOffice : ask, Step.Kind.ASK_EXTENSION, run);
    } else {
      planReply(sim, run, c, q);
    }
  }

  /** Plans the reply at a share of the time left: past the deadline for a late one. */
  private void planReply(Simulation sim, CaseRun run, Case c, double q) {
    Instant now = sim.now();
    Instant due = Simulation.due(c, Stage.RESOLUTION).orElse(now.plus(Duration.ofDays(5)));
    Duration left = Duration.between(now, due);
    if (left.isNegative()) {
      left = Duration.ofHours(4);
    }
    boolean late = run.chance(0.03 + 0.25 * (1 - q));
    double share = late ? run.between(1.05, 1.6) : run.between(0.15, 0.85);
    Instant at = sim.inOfficeHours(now.plusSeconds(Math.round(left.toSeconds() * share)), run);
    if (run.contactAt != null && !at.isAfter(run.contactAt)) {
      at = run.contactAt.plus(Duration.ofMinutes(Math.round(run.between(30, 240))));
    }
    sim.plan(at, Step.Kind.REPLY, run);
  }

  private void contact(Simulation sim, CaseRun run) {
    if (!run.contacted) {
      Case c = sim.execute(run, new CaseCommand.RecordContact(run.lead, Remark.of("已电话联系诉求人，说明办理安排")),
          handler(run.lead));
      run.contacted = c != null;
    }
  }

  private void reply(Simulation sim, CaseRun run, double q) {
    contact(sim, run);
    boolean resolved = run.chance(0.70 + 0.28 * q);
    Case c = sim.execute(run, new CaseCommand.Reply(run.lead, Remark.of("已现场核查处置，并向诉求人反馈结果"), resolved),
        handler(run.lead));
    if (c != null) {
      sim.plan(sim.inOfficeHours(sim.minutesLater(run, 20, 300), run), Step.Kind.REVIEW, run);
    }
  }

  private void review(Simulation sim, CaseRun run) {
    if (run.chance(0.04)) {
      Case back = sim.execute(run, new CaseCommand.ReviewReply(false, Remark.of("答复内容不完整，请补充办理情况")),
          Simulation.DISPATCHER);
      if (back != null && back.status() == CaseStatus.SIGNED) {
        sim.plan(sim.inOfficeHours(sim.minutesLater(run, 180, 1200), run), Step.Kind.REPLY, run);
        return;
      }
    }
    Case c = sim.execute(run, new CaseCommand.ReviewReply(true, Remark.none()), Simulation.DISPATCHER);
    if (c != null) {
      sim.plan(sim.inOfficeHours(sim.minutesLater(run, 60, 1800), run), Step.Kind.CALLBACK, run);
    }
  }

  private void callBack(Simulation sim, CaseRun run, double q) {
    if (run.spec.phone().isEmpty()) {
      sim.execute(run, new CaseCommand.Close(Remark.of("匿名诉求，无法回访，办结归档")), Simulation.AGENT);
      return;
    }
    Case before = sim.find(run);
    boolean replied = before.reply().map(r -> r.resolved()).orElse(false);
    boolean resolved = replied && run.chance(0.92);
    Satisfaction satisfaction;
    double roll = run.random.nextDouble();
    if (run.chance(0.03)) {
      satisfaction = Satisfaction.NOT_REACHED;
    } else if (resolved) {
      satisfaction = roll < 0.5 + 0.4 * q ? Satisfaction.SATISFIED
          : roll < 0.93 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
    } else {
      satisfaction = roll < 0.1 ? Satisfaction.SATISFIED : roll < 0.4 ? Satisfaction.BASICALLY_SATISFIED
          : Satisfaction.DISSATISFIED;
    }
    Case c = sim.execute(run, new CaseCommand.CallBack(resolved, satisfaction, Remark.of("回访完成")), Simulation.AGENT);
    if (c == null) {
      return;
    }
    boolean reopen = !c.callbacks().isEmpty() && c.callbacks().get(c.callbacks().size() - 1).warrantsReopening()
        && run.reopens == 0 && run.chance(0.6);
    sim.plan(reopen ? sim.minutesLater(run, 10, 120) : sim.minutesLater(run, 2, 30),
        reopen ? Step.Kind.REOPEN : Step.Kind.CLOSE, run);
  }

  /**
   * A dispatch by hand, for a case the catalogue does not place: the district of its area, else
   * the urban management bureau; a department that returned it only when no other is left.
   */
  CaseCommand.Dispatch byHand(Case c) {
    List<DepartmentId> options = new ArrayList<>();
    Optional<String> area = c.appeal().getLocation().getArea().map(a -> a.code());
    if (area.isPresent() && area.get().length() >= 6) {
      String district = area.get().substring(0, 6);
      for (Department d : city.directory.all()) {
        if (d.getKind() == DepartmentKind.DISTRICT && city.directory.isActive(d.getId())
            && districtArea(d.getId()).equals(Optional.of(district))) {
          options.add(d.getId());
        }
      }
    }
    options.add(DepartmentId.of("nj.cgj"));
    for (DepartmentId option : options) {
      if (!c.returnedBy().contains(option)) {
        return CaseCommand.Dispatch.to(option);
      }
    }
    return new CaseCommand.Dispatch(options.get(0), List.of(), List.of(), true);
  }

  private static Optional<String> districtArea(DepartmentId district) {
    return switch (district.value()) {
      case "nj.gulou" -> Optional.of("320106");
      case "nj.xuanwu" -> Optional.of("320102");
      case "nj.qinhuai" -> Optional.of("320104");
      case "nj.jianye" -> Optional.of("320105");
      default -> Optional.empty();
    };
  }
}
