package org.hotline12345.rules.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.MovableClock;
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
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.persistence.memory.InMemoryStore;

/**
 * A dispatch office for the tests, in its own words: a hotline over an in-memory store with a
 * district, two of its streets and two municipal departments; a clock the test moves; citizens
 * who call about a category at a place; and the clerks' steps (accept, dispatch, sign for, return).
 * Its citizens have names, phones, addresses and words that a report must never show.
 */
final class DispatchOffice {

  /** Monday 11 March 2024, 09:00 Beijing time. */
  static final Instant T0 = ZonedDateTime.parse("2024-03-11T09:00+08:00[Asia/Shanghai]").toInstant();

  static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");
  static final DepartmentId ENVIRONMENT = DepartmentId.of("nj.env");
  static final DepartmentId CITY_MANAGEMENT = DepartmentId.of("nj.cgj");

  static final Area HUNANLU_STREET = new Area("320106001", "湖南路街道");
  static final Area NINGHAI_STREET = new Area("320106002", "宁海路街道");

  /** Construction noise (施工噪音). */
  static final CategoryCode CONSTRUCTION_NOISE = CategoryCode.of("030101");
  /** Noise from shops (商业噪音), another noise category. */
  static final CategoryCode SHOP_NOISE = CategoryCode.of("030102");
  /** Broken street lights (路灯损坏). */
  static final CategoryCode STREET_LIGHTS = CategoryCode.of("040201");

  /** What each citizen says and who they are: none of it may reach a report. */
  static final String NAME = "张秀英";
  static final String PHONE = "13912345678";
  static final String ADDRESS = "湖南路街道马台街88号";
  static final String TEXT = "楼下工地凌晨两点还在打桩";

  static final DepartmentDirectory DIRECTORY = DepartmentDirectory.of(
      department(GULOU, "鼓楼区人民政府", DepartmentKind.DISTRICT, null),
      department(HUNANLU, "湖南路街道办事处", DepartmentKind.STREET, GULOU),
      department(NINGHAI, "宁海路街道办事处", DepartmentKind.STREET, GULOU),
      department(ENVIRONMENT, "市生态环境局", DepartmentKind.MUNICIPAL_DEPARTMENT, null),
      department(CITY_MANAGEMENT, "市城市管理局", DepartmentKind.MUNICIPAL_DEPARTMENT, null));

  private final MovableClock clock = MovableClock.at(T0, WorkingCalendars.CHINA_ZONE);
  final InMemoryStore store = new InMemoryStore();
  final HotlineService service;
  private int calls;

  DispatchOffice() {
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(DIRECTORY)
        .calendars(Map.of("cn", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn")
        .timeLimits(TimeLimitPolicies.seeds())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.none())
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), WorkingCalendars.CHINA_ZONE,
            store::nextSequenceValue))
        .build();
    this.service = HotlineService.builder().store(store).lifecycle(lifecycle).clock(clock)
        .callerKeySecret("the dispatch office's caller secret".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .build();
  }

  private static Department department(DepartmentId id, String name, DepartmentKind kind, DepartmentId parent) {
    Department.Builder b = Department.builder();
    b.id(id).name(name).kind(kind).calendarId("cn");
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /** The instant on the office's clock. */
  Instant now() {
    return clock.instant();
  }

  /** Moves the clock on. */
  DispatchOffice after(Duration duration) {
    clock.advance(duration);
    return this;
  }

  /** A citizen calls about a category at a place; an agent registers the appeal. Ten minutes pass. */
  Case calls(CategoryCode category, Area area) {
    calls++;
    Appeal appeal = Appeal.builder().channel(Channel.PHONE).type(AppealType.COMPLAINT).content(TEXT)
        .location(Location.builder().address(ADDRESS).area(area).build())
        .category(Optional.of(category))
        .citizen(Citizen.builder().name(NAME).phone(PHONE.substring(0, 9) + String.format("%02d", calls)).build())
        .receivedAt(clock.instant())
        .build();
    Case c = service.submit(appeal, Actor.agent("agent-7")).registered();
    after(Duration.ofMinutes(10));
    return c;
  }

  /** The agent accepts the case (受理). */
  Case accepts(Case c) {
    return step(c, new CaseCommand.Accept(), Actor.agent("agent-7"));
  }

  /** The agent does not accept the case (不予受理). */
  Case doesNotAccept(Case c, NotAcceptedReason reason) {
    return step(c, new CaseCommand.NotAccept(reason, Remark.of("不予受理")), Actor.agent("agent-7"));
  }

  /** The dispatcher sends the case to a department (派单). */
  Case dispatches(Case c, DepartmentId lead) {
    return step(c, CaseCommand.Dispatch.to(lead), Actor.dispatcher("dispatcher-1"));
  }

  /** The department signs for the case (签收). */
  Case signsFor(Case c, DepartmentId department) {
    return step(c, new CaseCommand.SignFor(department), Actor.handler("handler-" + department.value(), department));
  }

  /** The department returns the case (退单) and the dispatcher approves the return. */
  Case returns(Case c, DepartmentId department) {
    step(c, new CaseCommand.Return(department, Remark.of("不属于本单位职责")),
        Actor.handler("handler-" + department.value(), department));
    return step(c, new CaseCommand.ApproveReturn(), Actor.dispatcher("dispatcher-1"));
  }

  /** Accepted, dispatched to a department that signs for it. */
  Case handledBy(Case c, DepartmentId department) {
    accepts(c);
    dispatches(c, department);
    return signsFor(c, department);
  }

  private Case step(Case c, CaseCommand command, Actor actor) {
    Case after = service.execute(c.id(), command, actor);
    after(Duration.ofMinutes(10));
    return after;
  }

  /**
   * A dispatch catalogue (派单目录) as a router: rows of category and area to a lead, tried in
   * order, the first match wins; a case no row matches goes to a person. Each route names the
   * catalogue, its version and the row.
   */
  static Router catalogue(String version, List<CatalogueRow> rows) {
    return (c, eligibility) -> {
      Optional<String> area = c.appeal().getLocation().getArea().map(Area::code);
      for (CatalogueRow row : rows) {
        if (c.category().map(k -> k.value().startsWith(row.category())).orElse(false)
            && area.filter(row.area()::equals).isPresent() && eligibility.isEligible(row.lead())) {
          return new RoutingOutcome.Route(row.lead(), List.of(), List.of(), new Explanation("dispatch-catalogue",
              version, Optional.of(row.id()), "category " + row.category() + " in area " + row.area()));
        }
      }
      return new RoutingOutcome.HandToPerson(new Explanation("dispatch-catalogue", version, Optional.empty(),
          "no row matches"));
    };
  }

  /** A row of a dispatch catalogue: a category prefix and an area code to a lead. */
  record CatalogueRow(String id, String category, String area, DepartmentId lead) {}

  /** The catalogue in use: noise to the street of the place, street lights to city management. */
  static List<CatalogueRow> currentRows() {
    return List.of(
        new CatalogueRow("R1", "0301", HUNANLU_STREET.code(), HUNANLU),
        new CatalogueRow("R2", "0301", NINGHAI_STREET.code(), NINGHAI),
        new CatalogueRow("R3", "0402", HUNANLU_STREET.code(), CITY_MANAGEMENT),
        new CatalogueRow("R4", "0402", NINGHAI_STREET.code(), CITY_MANAGEMENT));
  }

  /** The candidate: construction noise at Hunan Road goes to the environment bureau. */
  static List<CatalogueRow> candidateRows() {
    List<CatalogueRow> rows = new java.util.ArrayList<>();
    rows.add(new CatalogueRow("R0", CONSTRUCTION_NOISE.value(), HUNANLU_STREET.code(), ENVIRONMENT));
    rows.addAll(currentRows());
    return rows;
  }

  /**
   * A morning of calls, hand-worked for the tests: one case just before the period and one just
   * after it (construction noise at Hunan Road, both), and nine in it:
   * <ol>
   *   <li>construction noise at Hunan Road, sent to the street, returned (退单), sent to the
   *       environment bureau, which signed for it;
   *   <li>the same again;
   *   <li>construction noise at Hunan Road, handled by the street;
   *   <li>construction noise at Ninghai Road, handled by that street;
   *   <li>shop noise at Hunan Road, handled by the street;
   *   <li>street lights at Hunan Road, handled by city management;
   *   <li>construction noise at Hunan Road, accepted, not yet dispatched;
   *   <li>construction noise at Hunan Road, not accepted (不予受理: already handled);
   *   <li>street lights at Ninghai Road, handled by city management.
   * </ol>
   */
  Morning aMorningOfCalls() {
    handledBy(calls(CONSTRUCTION_NOISE, HUNANLU_STREET), HUNANLU);
    after(Duration.ofHours(1));
    Instant from = now();
    Case returned1 = calls(CONSTRUCTION_NOISE, HUNANLU_STREET);
    accepts(returned1);
    dispatches(returned1, HUNANLU);
    returns(returned1, HUNANLU);
    dispatches(returned1, ENVIRONMENT);
    signsFor(returned1, ENVIRONMENT);
    Case returned2 = calls(CONSTRUCTION_NOISE, HUNANLU_STREET);
    accepts(returned2);
    dispatches(returned2, HUNANLU);
    returns(returned2, HUNANLU);
    dispatches(returned2, ENVIRONMENT);
    signsFor(returned2, ENVIRONMENT);
    Case keptByStreet = handledBy(calls(CONSTRUCTION_NOISE, HUNANLU_STREET), HUNANLU);
    Case ninghaiNoise = handledBy(calls(CONSTRUCTION_NOISE, NINGHAI_STREET), NINGHAI);
    Case shopNoise = handledBy(calls(SHOP_NOISE, HUNANLU_STREET), HUNANLU);
    Case hunanluLights = handledBy(calls(STREET_LIGHTS, HUNANLU_STREET), CITY_MANAGEMENT);
    Case awaiting = accepts(calls(CONSTRUCTION_NOISE, HUNANLU_STREET));
    Case notAccepted = doesNotAccept(calls(CONSTRUCTION_NOISE, HUNANLU_STREET), NotAcceptedReason.ALREADY_HANDLED);
    Case ninghaiLights = handledBy(calls(STREET_LIGHTS, NINGHAI_STREET), CITY_MANAGEMENT);
    Instant to = now();
    handledBy(calls(CONSTRUCTION_NOISE, HUNANLU_STREET), HUNANLU);
    return new Morning(from, to, returned1, returned2, keptByStreet, ninghaiNoise, shopNoise, hunanluLights,
        awaiting, notAccepted, ninghaiLights);
  }

  /** The morning's period and its nine cases, in the order they were registered. */
  record Morning(Instant from, Instant to, Case returned1, Case returned2, Case keptByStreet, Case ninghaiNoise,
      Case shopNoise, Case hunanluLights, Case awaiting, Case notAccepted, Case ninghaiLights) {

    /** The nine cases' numbers, in order. */
    static List<CaseNumber> numbers(Case... cases) {
      List<CaseNumber> numbers = new java.util.ArrayList<>();
      for (Case c : cases) {
        numbers.add(c.number());
      }
      return numbers;
    }

    /** Every case of the period. */
    List<Case> all() {
      return List.of(returned1, returned2, keptByStreet, ninghaiNoise, shopNoise, hunanluLights, awaiting,
          notAccepted, ninghaiLights);
    }
  }
}
