package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.examples.jdbc.Fixtures.T0;
import static org.hotline12345.examples.jdbc.Fixtures.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paged queries against a model: every page size yields each matching case once, in the
 * query's order, with ties on the instant broken by case id.
 */
abstract class JdbcQueriesTest {

  private static final List<String> STATUSES = List.of("REGISTERED", "DISPATCHED", "CLOSED");

  private JdbcHotlineStore store;
  private final List<StoredCase> all = new ArrayList<>();

  abstract StoreSource source();

  @BeforeEach
  void fill() {
    store = source().open();
    Random random = new Random(311);
    for (int i = 0; i < 60; i++) {
      String status = STATUSES.get(random.nextInt(STATUSES.size()));
      boolean open = !status.equals("CLOSED");
      // Few distinct instants, so that many cases tie on them.
      Instant at = T0.plusSeconds(3600L * random.nextInt(5));
      StoredCase stored = StoredCase.builder().caseId(String.format("c-%02d", random.nextInt(1000)) + "-" + i)
          .caseNumber("N" + i).inquiryCodeHash(Fixtures.hash("Q" + i)).status(status).open(open)
          .appealType("COMPLAINT").channel("PHONE")
          .leadDepartment(random.nextBoolean() ? Optional.of("dept-" + random.nextInt(3)) : Optional.empty())
          .nextAlarmAt(open && random.nextBoolean() ? Optional.of(at.plusSeconds(7200)) : Optional.empty())
          .resolutionDueAt(random.nextBoolean() ? Optional.of(at.plusSeconds(3600)) : Optional.empty())
          .registeredAt(at).lastEventAt(open ? at : at.plusSeconds(1800))
          .closedAt(open ? Optional.empty() : Optional.of(at.plusSeconds(1800))).version(1).build();
      all.add(stored);
    }
    store.inTransaction(unit -> {
      all.forEach(c -> unit.insertCase(c, Optional.empty(), events(c.caseId(), 1, 1)));
      return null;
    });
  }

  @AfterEach
  void dispose() {
    if (store != null) {
      source().dispose(store);
    }
  }

  @Test
  void byStatusPagesThroughEveryMatchingCaseInOrder() {
    Set<String> statuses = Set.of("REGISTERED", "DISPATCHED");
    for (Optional<String> lead : List.of(Optional.<String>empty(), Optional.of("dept-1"))) {
      List<StoredCase> expected = expected(
          c -> statuses.contains(c.status()) && (lead.isEmpty() || c.leadDepartment().equals(lead)),
          Comparator.comparing(StoredCase::registeredAt).thenComparing(StoredCase::caseId));
      for (int size : new int[] {1, 3, 7, 100}) {
        assertThat(readAll(size, page -> store.cases().byStatus(statuses, lead, page)))
            .containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void dueBeforeReturnsOpenCasesByNextAlarm() {
    Instant instant = T0.plusSeconds(3600 * 4);
    List<StoredCase> expected = expected(
        c -> c.open() && c.nextAlarmAt().filter(d -> d.isBefore(instant)).isPresent(),
        Comparator.comparing((StoredCase c) -> c.nextAlarmAt().orElseThrow())
            .thenComparing(StoredCase::caseId));
    assertThat(expected).isNotEmpty();
    for (int size : new int[] {1, 4, 100}) {
      assertThat(readAll(size, page -> store.cases().dueBefore(instant, page)))
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void closedOrDueBetweenCountsClosedAndOverdueOpenCases() {
    Instant from = T0.plusSeconds(3600);
    Instant to = T0.plusSeconds(3600 * 4);
    Predicate<Instant> inPeriod = t -> !t.isBefore(from) && t.isBefore(to);
    List<StoredCase> expected = new ArrayList<>(expected(c -> c.closedAt().filter(inPeriod).isPresent(),
        Comparator.comparing((StoredCase c) -> c.closedAt().orElseThrow()).thenComparing(StoredCase::caseId)));
    expected.addAll(expected(
        c -> c.closedAt().filter(inPeriod).isEmpty() && c.open() && c.resolutionDueAt().filter(inPeriod).isPresent(),
        Comparator.comparing((StoredCase c) -> c.resolutionDueAt().orElseThrow()).thenComparing(StoredCase::caseId)));
    assertThat(expected).isNotEmpty();
    for (int size : new int[] {1, 5, 100}) {
      assertThat(readAll(size, page -> store.cases().closedOrDueBetween(from, to, page)))
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aCursorBelongsToItsQuery() {
    String cursor = store.cases().closedOrDueBetween(T0, T0.plusSeconds(86_400),
        PageRequest.first(1)).next().orElseThrow();
    assertThatThrownBy(() -> store.cases().dueBefore(T0, PageRequest.after(1, cursor)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.cases().byStatus(Set.of(), Optional.empty(), PageRequest.first(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.cases().closedOrDueBetween(T0.plusSeconds(1), T0,
        PageRequest.first(1))).isInstanceOf(IllegalArgumentException.class);
  }

  private List<StoredCase> expected(Predicate<StoredCase> filter, Comparator<StoredCase> order) {
    return all.stream().filter(filter).sorted(order).toList();
  }

  private static List<StoredCase> readAll(int size, Function<PageRequest, Page<StoredCase>> query) {
    List<StoredCase> read = new ArrayList<>();
    Page<StoredCase> page = query.apply(PageRequest.first(size));
    read.addAll(page.items());
    while (page.next().isPresent()) {
      assertThat(page.items()).hasSize(size);
      page = query.apply(PageRequest.after(size, page.next().get()));
      read.addAll(page.items());
    }
    return read;
  }
}
