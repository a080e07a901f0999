package org.hotline12345.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * Random months of cases shaped as the lifecycle leaves them: one to three dispatches a case,
 * each a lead with up to two assisting departments; a dispatch before the last either returned
 * (the case then goes on, sometimes back to the same department) or reopened after its
 * resolution; steps met on time, late or not at all; extensions and denied returns now and then;
 * three cases in four closed, with a callback or none.
 */
final class RandomMonth {

  static final List<DepartmentId> POOL = List.of(Month.HUNANLU, Month.NINGHAI, Month.GULOU, Month.WATER,
      DepartmentId.of("nj.cgj"));

  private RandomMonth() {}

  static List<AssessedCase> cases(int size, long seed) {
    Random r = new Random(seed);
    List<AssessedCase> cases = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      cases.add(one(i, r));
    }
    return cases;
  }

  private static AssessedCase one(int n, Random r) {
    Instant t = Month.at(1 + r.nextInt(25), 8 + r.nextInt(10));
    int dispatches = 1 + r.nextInt(3);
    List<DepartmentFacts> parts = new ArrayList<>();
    int reopens = 0;
    for (int d = 0; d < dispatches; d++) {
      boolean last = d == dispatches - 1;
      boolean returned = !last && r.nextBoolean();
      DepartmentId lead = POOL.get(r.nextInt(POOL.size()));
      int extensions = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
      Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
      Instant signedAt = returned ? null : pick(r, t, Duration.ofHours(1), Duration.ofHours(4));
      stages.put(Stage.SIGN_FOR, new StageFact(t.plus(Duration.ofHours(2)), Optional.ofNullable(signedAt)));
      stages.put(Stage.RETURN, new StageFact(t.plus(Duration.ofHours(24)),
          returned ? Optional.of(t.plus(Duration.ofHours(1))) : Optional.empty()));
      if (!returned) {
        stages.put(Stage.FIRST_CONTACT, new StageFact(t.plus(Duration.ofDays(3)),
            Optional.ofNullable(signedAt == null ? null : pick(r, t, Duration.ofDays(1), Duration.ofDays(4)))));
        Instant resolvedAt = signedAt == null ? null : last ? pick(r, t, Duration.ofDays(5), Duration.ofDays(9))
            : t.plus(r.nextBoolean() ? Duration.ofDays(5) : Duration.ofDays(9));
        stages.put(Stage.RESOLUTION, new StageFact(t.plus(Duration.ofDays(7 + extensions)),
            Optional.ofNullable(resolvedAt)));
      }
      int denied = !returned && r.nextInt(8) == 0 ? 1 : 0;
      parts.add(new DepartmentFacts(lead, true, t, Optional.ofNullable(signedAt),
          returned ? Optional.of(t.plus(Duration.ofHours(1))) : Optional.empty(), stages, extensions, denied));
      int assisting = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
      java.util.Set<DepartmentId> named = new java.util.HashSet<>(List.of(lead));
      for (int a = 0; a < assisting; a++) {
        DepartmentId helper = POOL.get(r.nextInt(POOL.size()));
        if (named.add(helper)) {
          parts.add(new DepartmentFacts(helper, false, t, Optional.ofNullable(pick(r, t, Duration.ofHours(1),
              Duration.ofHours(4))), Optional.empty(), Map.of(), 0, 0));
        }
      }
      reopens += !last && !returned ? 1 : 0;
      t = t.plus(returned ? Duration.ofHours(3) : Duration.ofDays(10));
    }
    boolean closed = r.nextInt(4) != 0;
    Optional<Instant> closedAt = closed ? Optional.of(t.plus(Duration.ofDays(1 + r.nextInt(9)))) : Optional.empty();
    Optional<CallbackResult> callback = Optional.empty();
    if (closed && r.nextInt(5) != 0) {
      Satisfaction s = Satisfaction.values()[r.nextInt(Satisfaction.values().length)];
      callback = Optional.of(new CallbackResult(closedAt.get().minus(Duration.ofHours(1)), r.nextBoolean(), s));
    }
    String id = String.format("%05d", n);
    return new AssessedCase(CaseId.of("case-" + id), new CaseNumber("R" + id), closedAt,
        new CaseFacts(reopens, callback, parts, false));
  }

  /** Met on time, late, or not at all. */
  private static Instant pick(Random r, Instant from, Duration onTime, Duration late) {
    return switch (r.nextInt(3)) {
      case 0 -> from.plus(onTime);
      case 1 -> from.plus(late);
      default -> null;
    };
  }
}
