package org.hotline12345.benchmarks.persistence;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Intake throughput through {@link HotlineService#submit}: each operation validates an appeal
 * (Hibernate Validator), registers it, and commits the case, its event and its outbox message
 * in one unit of work of the store, durably for H2 and PostgreSQL. Appeals per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IntakeBenchmark {

  @Param({"MEMORY", "H2", "POSTGRES"})
  public StoreType store;

  private StoreType.Opened opened;
  private HotlineService service;
  private final AtomicLong externalIds = new AtomicLong();
  private Appeal template;

  @Setup(Level.Trial)
  public void setUp() {
    opened = store.open();
    DepartmentDirectory directory = DepartmentDirectory.of(Department.builder()
        .id(DepartmentId.of("city")).name("市政府").kind(DepartmentKind.OTHER).calendarId("cn").build());
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(directory)
        .calendars(Map.of("cn", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn")
        .timeLimits(TimeLimitPolicies.seeds())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.jakarta(Validation.buildDefaultValidatorFactory().getValidator()))
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("BM{yyyy}{MM}{dd}{seq:9}"), WorkingCalendars.CHINA_ZONE,
            opened.store()::nextSequenceValue))
        .build();
    service = HotlineService.builder().store(opened.store()).lifecycle(lifecycle)
        .clock(Clock.system(ZoneId.of("Asia/Shanghai"))).build();
    template = Appeal.builder()
        .channel(Channel.APP)
        .type(AppealType.HELP)
        .content("小区停水已经两天，请尽快恢复供水。")
        .location(Location.builder().address("鼓楼区湖南路1号").area(new Area("320106", "鼓楼区")).build())
        .citizen(Citizen.builder().name("王五").phone("13800000000").build())
        .receivedAt(Instant.now())
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    opened.close().run();
  }

  /** Submits one new appeal. */
  @Benchmark
  public Case submit() {
    return service.submit(Appeal.builder().from(template).externalId("app-" + externalIds.incrementAndGet()).build(),
        Actor.agent("bench")).registered();
  }
}
