package org.hotline12345.persistence.tck;

import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hotline12345.persistence.StoredCase;

/**
 * A varied set of cases for the paged queries, with many ties on every sort key, and the
 * contract's definition of each query over a list of cases: what a store must return.
 */
final class CaseSets {

  static final Set<String> OPEN_STATUSES = Set.of("REGISTERED", "DISPATCHED", "EXTENDED");

  private CaseSets() {}

  /**
   * Forty cases in four statuses (a quarter closed), two lead departments and none,
   * registration instants, next deadlines and resolution deadlines that tie in groups, some
   * closed cases still carrying a next deadline and some open cases without one; shuffled.
   */
  static List<StoredCase> mixed() {
    List<StoredCase> cases = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      StoreFixtures.CaseBuilder c = aCase(caseId(i)).registeredAt(minutes((i * 7 % 5) * 60L));
      switch (i % 4) {
        case 0:
          c.status("REGISTERED");
          break;
        case 1:
          c.status("DISPATCHED").lead(i % 3 == 0 ? "dept-a" : "dept-b");
          break;
        case 2:
          c.status("EXTENDED").lead(i % 3 == 1 ? "dept-b" : "dept-a");
          break;
        default:
          c.lead(i % 2 == 0 ? "dept-a" : "dept-b");
          break;
      }
      if (i % 4 != 0) {
        c.resolutionDueAt(minutes(2000 + (i % 7) * 60L));
      }
      if (i % 4 == 3) {
        c.closedAt(minutes(1800 + (i % 8) * 60L));
        if (i % 8 == 3) {
          c.nextAlarmAt(minutes(900));
        }
      } else if (i % 10 != 0) {
        c.nextAlarmAt(minutes(1000 + (i % 6) * 30L));
      }
      cases.add(c.build());
    }
    Collections.shuffle(cases, new Random(12345));
    return cases;
  }

  /** Cases in any of the statuses, optionally with the lead, by registration then id. */
  static List<StoredCase> byStatus(List<StoredCase> cases, Set<String> statuses, Optional<String> lead) {
    return select(cases, c -> statuses.contains(c.status()) && (lead.isEmpty() || c.leadDepartment().equals(lead)),
        Comparator.comparing(StoredCase::registeredAt).thenComparing(StoredCase::caseId));
  }

  /** Open cases with a next deadline before the instant, by that deadline then id. */
  static List<StoredCase> dueBefore(List<StoredCase> cases, Instant instant) {
    return select(cases, c -> c.open() && c.nextAlarmAt().filter(d -> d.isBefore(instant)).isPresent(),
        Comparator.comparing((StoredCase c) -> c.nextAlarmAt().orElseThrow()).thenComparing(StoredCase::caseId));
  }

  /** Cases closed in [from, to), and open cases with resolution due in it, by id. */
  static List<StoredCase> closedOrDueBetween(List<StoredCase> cases, Instant from, Instant to) {
    Predicate<Optional<Instant>> inPeriod = at -> at.filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent();
    return select(cases, c -> inPeriod.test(c.closedAt()) || (c.open() && inPeriod.test(c.resolutionDueAt())),
        Comparator.comparing(StoredCase::caseId));
  }

  private static List<StoredCase> select(List<StoredCase> cases, Predicate<StoredCase> filter,
      Comparator<StoredCase> order) {
    return cases.stream().filter(filter).sorted(order).collect(Collectors.toList());
  }
}
