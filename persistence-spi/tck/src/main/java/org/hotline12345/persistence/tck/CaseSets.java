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
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;

/**
 * A varied set of cases for the paged queries, with many ties on every sort key, and the
 * contract's definition of each query over a list of cases: what a store must return.
 */
final class CaseSets {

  static final Set<String> OPEN_STATUSES = Set.of("REGISTERED", "DISPATCHED", "EXTENDED");

  private CaseSets() {}

  /**
   * Forty cases in four statuses (a quarter closed), two lead departments and none, assisting
   * departments (one of them sometimes also the lead), two categories and none, two areas and
   * none, registration instants, next alarms and resolution deadlines that tie in groups, some
   * closed cases still carrying a next alarm and some open cases without one; shuffled.
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
      if (i % 5 != 4) {
        c.category(i % 5 < 2 ? "cat-a" : "cat-b");
      }
      if (i % 3 != 2) {
        c.area("area-" + (i % 3 + 1));
      }
      if (i % 5 == 0) {
        c.assisting("dept-a", "dept-c");
      } else if (i % 5 == 2) {
        c.assisting("dept-b");
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

  /**
   * The cases of {@link #mixed()}, each with one of three callers (the same caller in several
   * areas, categories and statuses) or none; and their definition of a recent-cases query.
   */
  static List<StoredCase> mixedWithCallers() {
    List<StoredCase> cases = new ArrayList<>();
    for (StoredCase c : mixed()) {
      int n = Integer.parseInt(c.caseId().substring("case-".length()));
      cases.add(n % 4 == 1 ? c : c.toBuilder().callerKey(StoreFixtures.callerKey("caller-" + n % 3)).build());
    }
    return cases;
  }

  /** The cases a recent-cases query matches, newest first (registration then id, both descending). */
  static List<StoredCase> recent(List<StoredCase> cases, org.hotline12345.persistence.RecentCasesQuery query) {
    return select(cases, query::matches, BY_REGISTRATION.reversed());
  }

  /** The stages of {@link #watched()}. */
  static final List<String> WATCHED_STAGES = List.of("CONTACT", "RESOLUTION", "SIGN_FOR");

  /**
   * Forty-eight cases on the supervision board and off it: three stages, two lead departments
   * and none, watched due instants that tie in groups of eight (minutes 1000 to 1300, by 60),
   * yellow 30 to 50 minutes before or at the due instant itself; some open cases watching
   * nothing, some closed ones, and some whose open flag alone is off while they still carry a
   * watched deadline; shuffled. Kept apart from {@link #mixed()}, so that a store without the
   * board ({@link StoreFeature#WATCH_BOARD} off) still passes the other groups.
   */
  static List<StoredCase> watched() {
    List<StoredCase> cases = new ArrayList<>();
    for (int i = 1; i <= 48; i++) {
      StoreFixtures.CaseBuilder c = aCase(caseId(i)).status("DISPATCHED").registeredAt(minutes((i * 7 % 5) * 60L));
      if (i % 5 != 0) {
        c.lead(i % 5 <= 2 ? "dept-a" : "dept-b");
      }
      long due = 1000 + (i % 6) * 60L;
      long yellow = i % 4 == 0 ? due : due - 30 - (i % 3) * 10L;
      if (i % 7 != 6) {
        c.watched(WATCHED_STAGES.get(i % 3), minutes(yellow), minutes(due));
      }
      if (i % 8 == 5) {
        c.closedAt(minutes(800));
      } else if (i % 8 == 7) {
        c.status("CLOSED").openFlag(false);
      }
      cases.add(c.build());
    }
    Collections.shuffle(cases, new Random(12345));
    return cases;
  }

  /** The cases a board query matches, most urgent first: by watched due instant then id. */
  static List<StoredCase> watched(List<StoredCase> cases, WatchQuery query) {
    return select(cases, query::matches,
        Comparator.comparing((StoredCase c) -> c.watchedDueAt().orElseThrow()).thenComparing(StoredCase::caseId));
  }

  /** The board's counts of the open watched cases (of the lead, if given) at an instant, by stage name. */
  static List<WatchCount> watchCounts(List<StoredCase> cases, Optional<String> lead, Instant now) {
    WatchQuery board = WatchQuery.of(now).withLeadDepartment(lead);
    List<WatchCount> counts = new ArrayList<>();
    cases.stream().filter(board::matches).map(c -> c.watchedStage().orElseThrow()).distinct().sorted()
        .forEach(stage -> counts.add(new WatchCount(stage,
            watched(cases, board.withStage(stage)).size(),
            watched(cases, board.withStage(stage).withBand(WatchQuery.Band.YELLOW)).size()
                + watched(cases, board.withStage(stage).withBand(WatchQuery.Band.OVERDUE)).size(),
            watched(cases, board.withStage(stage).withBand(WatchQuery.Band.OVERDUE)).size())));
    return counts;
  }

  private static final Comparator<StoredCase> BY_REGISTRATION =
      Comparator.comparing(StoredCase::registeredAt).thenComparing(StoredCase::caseId);

  /** Cases in any of the statuses, optionally with the lead, by registration then id. */
  static List<StoredCase> byStatus(List<StoredCase> cases, Set<String> statuses, Optional<String> lead) {
    return select(cases, c -> statuses.contains(c.status()) && (lead.isEmpty() || c.leadDepartment().equals(lead)),
        BY_REGISTRATION);
  }

  /** Open cases with a next alarm before the instant, by that alarm then id. */
  static List<StoredCase> dueBefore(List<StoredCase> cases, Instant instant) {
    return select(cases, c -> c.open() && c.nextAlarmAt().filter(d -> d.isBefore(instant)).isPresent(),
        Comparator.comparing((StoredCase c) -> c.nextAlarmAt().orElseThrow()).thenComparing(StoredCase::caseId));
  }

  /**
   * Cases closed in [from, to) by closing instant then id, then open cases with resolution due
   * in it (and not closed in it) by that instant then id.
   */
  static List<StoredCase> closedOrDueBetween(List<StoredCase> cases, Instant from, Instant to) {
    Predicate<Optional<Instant>> inPeriod = at -> at.filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent();
    List<StoredCase> result = new ArrayList<>(select(cases, c -> inPeriod.test(c.closedAt()),
        Comparator.comparing((StoredCase c) -> c.closedAt().orElseThrow()).thenComparing(StoredCase::caseId)));
    result.addAll(select(cases, c -> !inPeriod.test(c.closedAt()) && c.open() && inPeriod.test(c.resolutionDueAt()),
        Comparator.comparing((StoredCase c) -> c.resolutionDueAt().orElseThrow()).thenComparing(StoredCase::caseId)));
    return result;
  }

  /** Open cases of the category and area registered in [from, to), by registration then id. */
  static List<StoredCase> openByCategoryAndArea(List<StoredCase> cases, String category, String area, Instant from,
      Instant to) {
    return select(cases, c -> c.open() && c.category().equals(Optional.of(category))
        && c.area().equals(Optional.of(area)) && !c.registeredAt().isBefore(from) && c.registeredAt().isBefore(to),
        BY_REGISTRATION);
  }

  /** The cases a department leads, assists or either, optionally open ones only, by registration then id. */
  static List<StoredCase> byDepartment(List<StoredCase> cases, String department, DepartmentRole role,
      boolean openOnly) {
    Predicate<StoredCase> leads = c -> c.leadDepartment().equals(Optional.of(department));
    Predicate<StoredCase> assists = c -> c.assistingDepartments().contains(department);
    Predicate<StoredCase> takesPart = switch (role) {
      case LEAD -> leads;
      case ASSISTING -> assists;
      case ANY -> leads.or(assists);
    };
    return select(cases, c -> takesPart.test(c) && (!openOnly || c.open()), BY_REGISTRATION);
  }

  /** The cases in any of the categories (if any), in any of the statuses (if any), registered in the range. */
  static List<StoredCase> search(List<StoredCase> cases, Set<String> categories, Set<String> statuses,
      Optional<Instant> from, Optional<Instant> before) {
    return select(cases, c -> (categories.isEmpty() || c.category().isPresent() && categories.contains(c.category().get()))
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && (from.isEmpty() || !c.registeredAt().isBefore(from.get()))
        && (before.isEmpty() || c.registeredAt().isBefore(before.get())), BY_REGISTRATION);
  }

  private static List<StoredCase> select(List<StoredCase> cases, Predicate<StoredCase> filter,
      Comparator<StoredCase> order) {
    return cases.stream().filter(filter).sorted(order).collect(Collectors.toList());
  }
}
