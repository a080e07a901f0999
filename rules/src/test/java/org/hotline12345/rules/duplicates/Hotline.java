package org.hotline12345.rules.duplicates;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.service.Automation;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.persistence.memory.InMemoryStore;

/**
 * A hotline for the tests, in the words of a call centre: a service over an in-memory store
 * with one district office, a clock the test moves, caller keys on, and appeals told by who
 * calls, from where, about what.
 */
final class Hotline {

  /** Monday 11 March 2024, 09:00 Beijing time. */
  static final Instant T0 = ZonedDateTime.parse("2024-03-11T09:00+08:00[Asia/Shanghai]").toInstant();
  static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  static final Area HUNANLU = new Area("320106001", "湖南路街道");
  static final Area NINGHAI = new Area("320106002", "宁海路街道");
  static final CategoryCode NOISE = CategoryCode.of("030101");
  static final CategoryCode LIGHTS = CategoryCode.of("040201");
  static final byte[] SECRET = "the test hotline's caller secret".getBytes(StandardCharsets.US_ASCII);

  private final MovingClock clock = new MovingClock();
  final InMemoryStore store = new InMemoryStore();
  final HotlineService service;

  private Hotline(Optional<Triage> triage, Automation automation, boolean callerKeys) {
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(DepartmentDirectory.of(Department.builder().id(GULOU).name("鼓楼区人民政府")
            .kind(DepartmentKind.DISTRICT).calendarId("cn").build()))
        .calendars(Map.of("cn", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn")
        .timeLimits(TimeLimitPolicies.seeds())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.none())
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), WorkingCalendars.CHINA_ZONE,
            store::nextSequenceValue))
        .build();
    HotlineService.Builder b = HotlineService.builder().store(store).lifecycle(lifecycle).clock(clock)
        .automation(automation);
    triage.ifPresent(b::triage);
    if (callerKeys) {
      b.callerKeySecret(SECRET);
    }
    this.service = b.build();
  }

  /** A hotline whose clerks confirm every step; caller keys on. */
  static Hotline proposing() {
    return new Hotline(Optional.empty(), Automation.PROPOSE, true);
  }

  /** A hotline whose clerks confirm every step, without caller keys. */
  static Hotline withoutCallerKeys() {
    return new Hotline(Optional.empty(), Automation.PROPOSE, false);
  }

  /** A hotline running a triage, automatically on intake or as proposals. */
  static Hotline triaging(Triage triage, Automation automation) {
    return new Hotline(Optional.of(triage), automation, true);
  }

  /** Moves the clock on. */
  Hotline after(Duration duration) {
    clock.now = clock.now.plus(duration);
    return this;
  }

  /** An appeal received now: a complaint by phone, or anonymous when the phone is null. */
  static Appeal appeal(String phone, Area area, CategoryCode category, String text, Instant at) {
    return Appeal.builder().channel(Channel.PHONE).type(AppealType.COMPLAINT).content(text)
        .location(area == null ? Location.builder().address("鼓楼区某路1号").build()
            : Location.builder().address("鼓楼区某路1号").area(area).build())
        .category(Optional.ofNullable(category))
        .citizen(phone == null ? Citizen.anonymous() : Citizen.builder().name("王五").phone(phone).build())
        .receivedAt(at)
        .build();
  }

  /** Registers an appeal received now, as an agent takes a call. */
  Case calls(String phone, Area area, CategoryCode category, String text) {
    return service.submit(appeal(phone, area, category, text, clock.now), Actor.agent("agent-7")).registered();
  }

  /** Closes a case as not accepted (不予受理). */
  Case notAccepted(Case c) {
    return service.execute(c.id(), new CaseCommand.NotAccept(NotAcceptedReason.SEEDS.get(0), Remark.of("不属于受理范围")),
        Actor.agent("agent-7"));
  }

  /** The case as stored now. */
  Case now(Case c) {
    return service.find(c.id()).orElseThrow();
  }

  /** A clock the tests move by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = T0;

    @Override
    public ZoneId getZone() {
      return WorkingCalendars.CHINA_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
