package org.hotline12345.benchmarks.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hotline12345.core.assessment.AssessedCase;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.casefile.CaseFacts.StageFact;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredCase;

/**
 * Generated case facts of a month, shaped as a city's: most cases handled by one lead; one in
 * ten returned and sent on; one in twenty reopened; one in ten with an assisting department; four
 * in five closed, nine in ten of those with a callback; steps mostly on time.
 */
final class GeneratedFacts {

  private GeneratedFacts() {}

  /** The month's start, 1 September 2025 00:00 Beijing time. */
  static final Instant START = Instant.parse("2025-08-31T16:00:00Z");

  /**
   * Distinct cases over a number of departments.
   *
   * @param count how many
   * @param departments how many departments share them
   * @param seed the seed
   * @return the cases
   */
  static List<AssessedCase> cases(int count, int departments, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<DepartmentId> ids = new ArrayList<>(departments);
    for (int d = 0; d < departments; d++) {
      ids.add(DepartmentId.of("dept-" + d));
    }
    List<AssessedCase> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(one(i, ids, r));
    }
    return cases;
  }

  /**
   * The cases as the store keeps their rows: the columns assessment reads, the facts as text.
   *
   * @param cases the cases
   * @return the rows, in order
   */
  static List<StoredCase> rows(List<AssessedCase> cases) {
    List<StoredCase> rows = new ArrayList<>(cases.size());
    for (AssessedCase c : cases) {
      Instant registered = c.facts().departments().get(0).assignedAt().minus(Duration.ofMinutes(20));
      rows.add(StoredCase.builder().caseId(c.id().value()).caseNumber(c.number().value())
          .inquiryCodeHash("hash-" + c.id().value() + "-00000000000000000000000000")
          .status(c.isOpen() ? "SIGNED" : "CLOSED").open(c.isOpen()).appealType("COMPLAINT").channel("PHONE")
          .registeredAt(registered).lastEventAt(c.closedAt().orElse(registered)).closedAt(c.closedAt())
          .facts(java.util.Optional.of(c.facts().write())).version(9).build());
    }
    return rows;
  }

  /**
   * The cases (or rows) read {@code total} times in all, cycling through the distinct ones: the
   * reads of a month of {@code total} cases without holding them all.
   *
   * @param <T> cases or rows
   * @param distinct the distinct cases
   * @param total how many reads
   * @return the reads
   */
  static <T> Iterable<T> cycled(List<T> distinct, int total) {
    return () -> new Iterator<>() {
      private int read;

      @Override
      public boolean hasNext() {
        return read < total;
      }

      @Override
      public T next() {
        if (read >= total) {
          throw new NoSuchElementException();
        }
        return distinct.get(read++ % distinct.size());
      }
    };
  }

  private static AssessedCase one(int n, List<DepartmentId> ids, SplittableRandom r) {
    Instant t = START.plus(Duration.ofMinutes(r.nextInt(29 * 24 * 60)));
    List<DepartmentFacts> parts = new ArrayList<>(2);
    int kind = r.nextInt(20);
    boolean returned = kind < 2;
    boolean reopened = kind == 2;
    int reopens = 0;
    DepartmentId lead = ids.get(r.nextInt(ids.size()));
    if (returned) {
      parts.add(part(lead, t, r, true));
      t = t.plus(Duration.ofHours(2));
      lead = ids.get(r.nextInt(ids.size()));
    } else if (reopened) {
      parts.add(part(lead, t, r, false));
      t = t.plus(Duration.ofDays(8));
      reopens = 1;
    }
    parts.add(part(lead, t, r, false));
    if (r.nextInt(10) == 0) {
      DepartmentId helper = ids.get(r.nextInt(ids.size()));
      if (!helper.equals(lead)) {
        parts.add(new DepartmentFacts(helper, false, t, Optional.of(t.plus(Duration.ofMinutes(30 + r.nextInt(200)))),
            Optional.empty(), Map.of(), 0, 0));
      }
    }
    boolean closed = r.nextInt(5) != 0;
    Optional<Instant> closedAt = closed ? Optional.of(t.plus(Duration.ofDays(3 + r.nextInt(6)))) : Optional.empty();
    Optional<CallbackResult> callback = Optional.empty();
    if (closed && r.nextInt(10) != 0) {
      int s = r.nextInt(20);
      Satisfaction satisfaction = s < 14 ? Satisfaction.SATISFIED : s < 17 ? Satisfaction.BASICALLY_SATISFIED
          : s < 19 ? Satisfaction.DISSATISFIED : Satisfaction.NOT_REACHED;
      callback = Optional.of(new CallbackResult(closedAt.get().minus(Duration.ofHours(2)), s < 17, satisfaction));
    }
    String id = String.format("%08d", n);
    return new AssessedCase(CaseId.of("c-" + id), new CaseNumber("NJ2025" + id), closedAt,
        new CaseFacts(reopens, callback, parts, false));
  }

  private static DepartmentFacts part(DepartmentId department, Instant t, SplittableRandom r, boolean returned) {
    Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
    Instant signed = returned ? null : t.plus(Duration.ofMinutes(10 + r.nextInt(150)));
    stages.put(Stage.SIGN_FOR, new StageFact(t.plus(Duration.ofHours(2)), Optional.ofNullable(signed)));
    stages.put(Stage.RETURN, new StageFact(t.plus(Duration.ofDays(1)),
        returned ? Optional.of(t.plus(Duration.ofMinutes(40))) : Optional.empty()));
    int extensions = 0;
    if (!returned) {
      extensions = r.nextInt(15) == 0 ? 1 : 0;
      stages.put(Stage.FIRST_CONTACT, new StageFact(t.plus(Duration.ofDays(3)),
          Optional.of(t.plus(Duration.ofHours(2 + r.nextInt(80))))));
      stages.put(Stage.RESOLUTION, new StageFact(t.plus(Duration.ofDays(7 + 2L * extensions)),
          r.nextInt(6) == 0 ? Optional.empty() : Optional.of(t.plus(Duration.ofHours(24 + r.nextInt(190))))));
    }
    return new DepartmentFacts(department, true, t, Optional.ofNullable(signed),
        returned ? Optional.of(t.plus(Duration.ofMinutes(40))) : Optional.empty(), stages, extensions,
        !returned && r.nextInt(50) == 0 ? 1 : 0);
  }
}
