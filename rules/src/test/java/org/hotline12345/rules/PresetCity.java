package org.hotline12345.rules;

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
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.inputs.CaseInputs;

/**
 * The presets' Nanjing-like city for tests: its directory, areas and taxonomy, a lifecycle whose
 * appeal check wants a way to reach a named citizen, and appeals told by what, where and who.
 */
public final class PresetCity {

  /** Monday 11 March 2024, 09:00 Beijing time. */
  public static final Instant T0 =
      ZonedDateTime.parse("2024-03-11T09:00+08:00[Asia/Shanghai]").toInstant();

  public static final Area SHIZIQIAO = new Area("320106003001", "狮子桥社区");
  public static final Area HUNANLU = new Area("320106003", "湖南路街道");
  public static final Area NINGHAI = new Area("320106001", "宁海路街道");
  public static final Area XIAOLINGWEI = new Area("320102010", "孝陵卫街道");
  public static final Area BAOTAQIAO = new Area("320107005", "宝塔桥街道");

  public static final CategoryCode STREET_STALLS = CategoryCode.of("010301");
  public static final CategoryCode HOUSING = CategoryCode.of("0101");
  public static final CategoryCode PROPERTY = CategoryCode.of("0102");
  public static final CategoryCode POTHOLES = CategoryCode.of("020101");
  public static final CategoryCode BUS_LINES = CategoryCode.of("020201");
  public static final CategoryCode WATER_CUT = CategoryCode.of("040101");

  public static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  public static final DepartmentId HUNANLU_OFFICE = DepartmentId.of("nj.gulou.hunanlu");
  public static final DepartmentId CGJ = DepartmentId.of("nj.cgj");
  public static final DepartmentId JTJ = DepartmentId.of("nj.jtj");
  public static final DepartmentId BUS = DepartmentId.of("nj.bus");
  public static final DepartmentId WATER = DepartmentId.of("nj.water");

  /** A named citizen must leave a phone number: the appeal check of this city. */
  public static final AppealCheck REACHABLE = appeal -> appeal.getCitizen().isAnonymous()
      || appeal.getCitizen().getPhone().isPresent() ? List.of()
      : List.of("citizen.reachable: a citizen who is not anonymous needs a phone number");

  private PresetCity() {}

  /** The case inputs of the presets: Beijing time, the preset areas and taxonomy. */
  public static CaseInputs inputs() {
    return CaseInputs.in(WorkingCalendars.CHINA_ZONE).withAreas(Presets.areas())
        .withTaxonomy(Presets.taxonomy());
  }

  /** A lifecycle over the preset directory and taxonomy, numbering cases in the store. */
  public static CaseLifecycle lifecycle(TimeLimitPolicy timeLimits, InMemoryStore store) {
    return CaseLifecycle.builder()
        .directory(Presets.directory())
        .taxonomy(Presets.taxonomy())
        .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn-mainland")
        .timeLimits(timeLimits)
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(REACHABLE)
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"),
            WorkingCalendars.CHINA_ZONE, store::nextSequenceValue))
        .build();
  }

  /** A clock at T0 that tests move. */
  public static MovableClock clock() {
    return MovableClock.at(T0, WorkingCalendars.CHINA_ZONE);
  }

  /** A complaint by phone about a category in an area, received at T0. */
  public static Appeal complaint(CategoryCode category, Area area, String text) {
    return appeal(AppealType.COMPLAINT, Optional.ofNullable(category), area, text, T0);
  }

  /** An appeal of a type, with or without a category and area. */
  public static Appeal appeal(AppealType type, Optional<CategoryCode> category, Area area,
      String text, Instant at) {
    Location.Builder location = Location.builder().address("鼓楼区湖南路1号");
    if (area != null) {
      location.area(area);
    }
    return Appeal.builder().channel(Channel.PHONE).type(type).content(text)
        .location(location.build()).category(category)
        .citizen(Citizen.builder().name("王五").phone("13912345678").build())
        .receivedAt(at)
        .build();
  }

  /** The same appeal from a named citizen who left no phone number. */
  public static Appeal unreachable(Appeal appeal) {
    return Appeal.builder().from(appeal).citizen(Citizen.builder().name("王五").build()).build();
  }

  /** A duration in hours. */
  public static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }
}
