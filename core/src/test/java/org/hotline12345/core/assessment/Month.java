package org.hotline12345.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.casefile.CaseFacts.StageFact;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * Cases of September 2025 written as a clerk reads them off the case list: who had the case,
 * when each step was done against its deadline, the callback. A department assigned on day
 * {@code d} at {@code h}:00 Beijing time must sign for it within 2 hours, may ask to return it
 * within 24 hours, must contact the citizen within 3 days and resolve within 7 (calendar days,
 * to keep the arithmetic plain; extensions add days to the resolution).
 */
final class Month {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final AssessmentPeriod SEPTEMBER = AssessmentPeriod.ofMonth(YearMonth.of(2025, 9), ZONE);

  static final DepartmentId HUNANLU = DepartmentId.of("nj.gulou.hunanlu");
  static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");
  static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  static final DepartmentId WATER = DepartmentId.of("nj.water");

  private Month() {}

  /** September {@code day} at {@code hour}:00 Beijing time; a day past 30 runs into October. */
  static Instant at(int day, int hour) {
    return LocalDateTime.of(2025, 9, 1, hour, 0).plusDays(day - 1L).atZone(ZONE).toInstant();
  }

  static Part lead(DepartmentId department, int day) {
    return new Part(department, true, at(day, 9));
  }

  static Part lead(DepartmentId department, int day, int hour) {
    return new Part(department, true, at(day, hour));
  }

  static Part assisting(DepartmentId department, int day) {
    return new Part(department, false, at(day, 9));
  }

  /** A closed case: its parts, its last callback (made an hour before closing), its closing day at 17:00. */
  static AssessedCase closed(String n, int closedDay, Optional<Callback> callback, Part... parts) {
    Instant closedAt = at(closedDay, 17);
    return build(n, Optional.of(closedAt), callback.map(cb -> new CallbackResult(closedAt.minus(Duration.ofHours(1)),
        cb.resolved, cb.satisfaction)), parts);
  }

  static AssessedCase open(String n, Part... parts) {
    return build(n, Optional.empty(), Optional.empty(), parts);
  }

  static Optional<Callback> callback(boolean resolved, Satisfaction satisfaction) {
    return Optional.of(new Callback(resolved, satisfaction));
  }

  record Callback(boolean resolved, Satisfaction satisfaction) {}

  private static AssessedCase build(String n, Optional<Instant> closedAt, Optional<CallbackResult> callback,
      Part... parts) {
    List<DepartmentFacts> facts = new ArrayList<>();
    int reopens = 0;
    for (int i = 0; i < parts.length; i++) {
      facts.add(parts[i].facts());
      boolean laterLead = false;
      for (int j = i + 1; j < parts.length; j++) {
        laterLead |= parts[j].lead;
      }
      reopens += parts[i].lead && parts[i].returnedAt == null && laterLead ? 1 : 0;
    }
    return new AssessedCase(CaseId.of("case-" + n), new CaseNumber("NJ202509" + n), closedAt,
        new CaseFacts(reopens, callback, facts, false));
  }

  /** One department's part, built step by step. */
  static final class Part {
    final DepartmentId department;
    final boolean lead;
    final Instant assignedAt;
    Instant signedAt;
    Instant returnedAt;
    Instant returnAskedAt;
    Instant contactedAt;
    Instant resolvedAt;
    int extensions;
    int denied;
    boolean hasStages = true;

    Part(DepartmentId department, boolean lead, Instant assignedAt) {
      this.department = department;
      this.lead = lead;
      this.assignedAt = assignedAt;
    }

    /** Signed for an hour after assignment: on time. */
    Part signed() {
      signedAt = assignedAt.plus(Duration.ofHours(1));
      return this;
    }

    /** Signed for four hours after assignment: late. */
    Part signedLate() {
      signedAt = assignedAt.plus(Duration.ofHours(4));
      return this;
    }

    /** Contacted the citizen a day after assignment: on time. */
    Part contacted() {
      contactedAt = assignedAt.plus(Duration.ofDays(1));
      return this;
    }

    /** Contacted the citizen four days after assignment: late. */
    Part contactedLate() {
      contactedAt = assignedAt.plus(Duration.ofDays(4));
      return this;
    }

    /** Resolved five days after assignment: on time. */
    Part resolved() {
      resolvedAt = assignedAt.plus(Duration.ofDays(5));
      return this;
    }

    /** Resolved eight days after assignment: late, unless extended. */
    Part resolvedLate() {
      resolvedAt = assignedAt.plus(Duration.ofDays(8));
      return this;
    }

    /** Resolved ten days after assignment: late even with two extensions. */
    Part resolvedLater() {
      resolvedAt = assignedAt.plus(Duration.ofDays(10));
      return this;
    }

    /** Extensions granted, each adding a day to the resolution deadline. */
    Part extended(int n) {
      extensions = n;
      return this;
    }

    /** Asked to return an hour after assignment, and the platform approved. */
    Part returned() {
      returnAskedAt = assignedAt.plus(Duration.ofHours(1));
      returnedAt = returnAskedAt;
      return this;
    }

    /** Asked to return an hour after assignment, and the platform denied it. */
    Part returnDenied() {
      returnAskedAt = assignedAt.plus(Duration.ofHours(1));
      denied = 1;
      return this;
    }

    DepartmentFacts facts() {
      Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
      if (lead && hasStages) {
        stages.put(Stage.SIGN_FOR, new StageFact(assignedAt.plus(Duration.ofHours(2)), Optional.ofNullable(signedAt)));
        stages.put(Stage.RETURN, new StageFact(assignedAt.plus(Duration.ofHours(24)),
            Optional.ofNullable(returnAskedAt)));
        stages.put(Stage.FIRST_CONTACT, new StageFact(assignedAt.plus(Duration.ofDays(3)),
            Optional.ofNullable(contactedAt)));
        stages.put(Stage.RESOLUTION, new StageFact(assignedAt.plus(Duration.ofDays(7 + extensions)),
            Optional.ofNullable(resolvedAt)));
      }
      return new DepartmentFacts(department, lead, assignedAt, Optional.ofNullable(signedAt),
          Optional.ofNullable(returnedAt), stages, extensions, denied);
    }
  }

  /**
   * The month of twenty cases the hand-worked tests score: four departments, two streets (湖南路,
   * 宁海路), a district (鼓楼) and the water company (水务) assisting twice.
   */
  static List<AssessedCase> twentyCases() {
    return List.of(
        // 湖南路街道 leads C01-C08
        closed("01", 9, callback(true, Satisfaction.SATISFIED), lead(HUNANLU, 1).signed().contacted().resolved()),
        closed("02", 9, callback(true, Satisfaction.BASICALLY_SATISFIED),
            lead(HUNANLU, 2).signed().contacted().resolved()),
        closed("03", 12, callback(true, Satisfaction.SATISFIED), lead(HUNANLU, 3).signed().contacted().resolvedLate()),
        closed("04", 10, callback(false, Satisfaction.DISSATISFIED),
            lead(HUNANLU, 4).signedLate().contacted().resolved()),
        closed("05", 12, callback(true, Satisfaction.BASICALLY_SATISFIED),
            lead(HUNANLU, 5).signed().contactedLate().extended(1).resolvedLate()),
        open("06", lead(HUNANLU, 6).signed().contacted()),
        closed("07", 20, callback(true, Satisfaction.SATISFIED), lead(HUNANLU, 2).signed().contacted().resolved(),
            lead(HUNANLU, 9).signed().contacted().resolved()),
        closed("08", 14, Optional.of(new Callback(true, Satisfaction.NOT_REACHED)),
            lead(HUNANLU, 8).signed().contacted().resolved()),
        // 湖南路 returned C09 to 宁海路
        closed("09", 11, callback(true, Satisfaction.SATISFIED), lead(HUNANLU, 4).returned(),
            lead(NINGHAI, 4, 12).signed().contacted().resolved()),
        // 宁海路街道
        closed("10", 12, callback(true, Satisfaction.SATISFIED),
            lead(NINGHAI, 5).returnDenied().signedLate().contacted().resolved()),
        closed("11", 13, callback(true, Satisfaction.SATISFIED), lead(NINGHAI, 6).signed().contacted().resolved(),
            assisting(WATER, 6).signed()),
        closed("12", 16, callback(true, Satisfaction.BASICALLY_SATISFIED),
            lead(NINGHAI, 7).signed().contacted().resolvedLate(), assisting(WATER, 7).signedLate()),
        open("13", lead(NINGHAI, 13).signed().contacted()),
        closed("14", 17, callback(true, Satisfaction.SATISFIED), lead(NINGHAI, 10).returned(),
            lead(NINGHAI, 10, 15).signed().contacted().resolved()),
        // 水务集团 leads C15-C17
        closed("15", 11, callback(true, Satisfaction.SATISFIED), lead(WATER, 5).signed().contacted().resolved()),
        closed("16", 12, callback(true, Satisfaction.DISSATISFIED), lead(WATER, 6).signed().contacted().resolved()),
        closed("17", 19, callback(false, Satisfaction.DISSATISFIED),
            lead(WATER, 8).signed().contactedLate().extended(2).resolvedLater()),
        // 鼓楼区 leads C18-C20
        closed("18", 10, callback(true, Satisfaction.SATISFIED), lead(GULOU, 3).signed().contacted().resolved()),
        closed("19", 11, callback(true, Satisfaction.BASICALLY_SATISFIED),
            lead(GULOU, 4).signed().contacted().resolved()),
        open("20", lead(GULOU, 15).signed().contactedLate()));
  }
}
