package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.DepartmentRole;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset paging of the paged queries: pages of any size concatenate to exactly the
 * whole ordered result, with no case twice; every page but the last is full and has a next
 * cursor; the last has none; a cursor names a position in the order, so cases written before
 * it while a client pages do not shift the pages after it.
 */
abstract class PagingContract extends ContractGroup {

  private static final Set<String> OPEN = CaseSets.OPEN_STATUSES;
  private static final Instant SWEEP_AT = minutes(1130);
  private static final Instant FROM = minutes(1900);
  private static final Instant TO = minutes(2300);

  PagingContract(HotlineStoreContract contract) {
    super(contract);
  }

  /** One of the paged queries, with fixed arguments. */
  private interface Query extends Function<PageRequest, Page<StoredCase>> {}

  private Query byStatus(Set<String> statuses, Optional<String> lead) {
    return page -> store().cases().byStatus(statuses, lead, page);
  }

  private Query dueBefore(Instant instant) {
    return page -> store().cases().dueBefore(instant, page);
  }

  private Query closedOrDueBetween(Instant from, Instant to) {
    return page -> store().cases().closedOrDueBetween(from, to, page);
  }

  private Query openByCategoryAndArea(String category, String area, Instant from, Instant to) {
    return page -> store().cases().openByCategoryAndArea(category, area, from, to, page);
  }

  private Query byDepartment(String department, DepartmentRole role, boolean openOnly) {
    return page -> store().cases().byDepartment(department, role, openOnly, page);
  }

  private Query search(Set<String> categories, Set<String> statuses, Instant from, Instant before) {
    CaseSearch search = CaseSearch.builder().categories(categories).statuses(statuses).registeredFrom(from)
        .registeredBefore(before).build();
    return page -> store().cases().search(search, page);
  }

  /**
   * Reads every page of a query, checking each page's shape, and returns the cases in order.
   */
  private static List<StoredCase> readAll(Query query, int size, String what) {
    return readOn(query, size, query.apply(PageRequest.first(size)), what);
  }

  /**
   * Reads on from a page to the last, checking each page's shape: at most {@code size} cases,
   * exactly {@code size} when a next page follows; returns the cases of all of them in order.
   */
  private static List<StoredCase> readOn(Query query, int size, Page<StoredCase> firstPage, String what) {
    List<StoredCase> all = new ArrayList<>();
    Page<StoredCase> page = firstPage;
    for (int pages = 1; ; pages++) {
      assertThat(page.items().size()).as("the size of page %d of %s in pages of %d", pages, what, size)
          .isLessThanOrEqualTo(size);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        return all;
      }
      assertThat(page.items()).as("page %d of %s in pages of %d, which has a next page", pages, what, size)
          .hasSize(size);
      assertThat(pages).as("pages of %s in pages of %d: more than there are cases", what, size)
          .isLessThan(1000);
      page = query.apply(PageRequest.after(size, page.next().get()));
    }
  }

  private void assertPagesMatch(Query query, List<StoredCase> expected, int size, String what) {
    List<StoredCase> read = readAll(query, size, what);
    assertThat(read).as("%s read in pages of %d", what, size).doesNotHaveDuplicates().isEqualTo(expected);
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void casesByStatusPageThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    List<StoredCase> expected = CaseSets.byStatus(cases, OPEN, Optional.empty());
    assertThat(expected).as("open cases in the data set").hasSizeGreaterThan(20);

    assertPagesMatch(byStatus(OPEN, Optional.empty()), expected, size, "the open cases by status");
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void casesOfOneLeadDepartmentPageThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    Set<String> statuses = Set.of("DISPATCHED", "EXTENDED", "CLOSED");
    List<StoredCase> expected = CaseSets.byStatus(cases, statuses, Optional.of("dept-a"));
    assertThat(expected).as("dept-a's cases in the data set").hasSizeGreaterThan(7);

    assertPagesMatch(byStatus(statuses, Optional.of("dept-a")), expected, size, "dept-a's cases");
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void theSweepPagesThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    List<StoredCase> expected = CaseSets.dueBefore(cases, SWEEP_AT);
    assertThat(expected).as("cases due in the data set").hasSizeGreaterThan(10);

    assertPagesMatch(dueBefore(SWEEP_AT), expected, size, "the sweep");
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void anAssessmentPeriodPagesThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    List<StoredCase> expected = CaseSets.closedOrDueBetween(cases, FROM, TO);
    assertThat(expected).as("cases of the period in the data set").hasSizeGreaterThan(10);

    assertPagesMatch(closedOrDueBetween(FROM, TO), expected, size, "the cases of the period");
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void duplicateCandidatesPageThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    List<StoredCase> expected = CaseSets.openByCategoryAndArea(cases, "cat-a", "area-1", minutes(0), minutes(240));
    assertThat(expected).as("open cat-a cases in area-1 in the data set").hasSizeGreaterThan(2);

    assertPagesMatch(openByCategoryAndArea("cat-a", "area-1", minutes(0), minutes(240)), expected, size,
        "the duplicate candidates");
  }

  @ParameterizedTest(name = "pages of {0}, {1}")
  @CsvSource({"1, LEAD", "1, ASSISTING", "1, ANY", "2, ANY", "7, ANY", "10000, ANY"})
  void aDepartmentsWorkListPagesThroughTheWholeOrderedResult(int size, DepartmentRole role) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    for (boolean openOnly : List.of(false, true)) {
      List<StoredCase> expected = CaseSets.byDepartment(cases, "dept-a", role, openOnly);
      assertThat(expected).as("dept-a's cases (%s, open only: %s) in the data set", role, openOnly)
          .hasSizeGreaterThan(3);

      assertPagesMatch(byDepartment("dept-a", role, openOnly), expected, size,
          "dept-a's work list (" + role + ", open only: " + openOnly + ")");
    }
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 7, 10_000})
  void aSearchPagesThroughTheWholeOrderedResult(int size) {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    Set<String> statuses = Set.of("REGISTERED", "DISPATCHED", "CLOSED");
    List<StoredCase> byCategory = CaseSets.search(cases, Set.of("cat-a", "cat-b"), statuses,
        Optional.of(minutes(60)), Optional.of(minutes(240)));
    List<StoredCase> byStatusOnly = CaseSets.search(cases, Set.of(), statuses, Optional.of(minutes(60)),
        Optional.of(minutes(240)));
    List<StoredCase> byRangeOnly = CaseSets.search(cases, Set.of(), Set.of(), Optional.of(minutes(60)),
        Optional.of(minutes(240)));
    assertThat(byCategory).as("cases of the search by category in the data set").hasSizeGreaterThan(7);

    assertPagesMatch(search(Set.of("cat-a", "cat-b"), statuses, minutes(60), minutes(240)), byCategory, size,
        "the search by categories, statuses and range");
    assertPagesMatch(search(Set.of(), statuses, minutes(60), minutes(240)), byStatusOnly, size,
        "the search by statuses and range");
    assertPagesMatch(search(Set.of(), Set.of(), minutes(60), minutes(240)), byRangeOnly, size,
        "the search by range");
  }

  @Test
  void anEmptyResultIsOneEmptyPageWithoutNext() {
    insertAll(CaseSets.mixed());

    for (Query query : List.of(byStatus(Set.of("MERGED"), Optional.empty()), dueBefore(minutes(-1000)),
        closedOrDueBetween(minutes(5000), minutes(6000)), openByCategoryAndArea("cat-c", "area-1", minutes(0),
            minutes(1000)), byDepartment("dept-z", DepartmentRole.ANY, false),
        search(Set.of("cat-a"), Set.of("MERGED"), minutes(0), minutes(1000)))) {
      Page<StoredCase> page = query.apply(PageRequest.first(5));
      assertThat(page.items()).as("the first page of an empty result").isEmpty();
      assertThat(page.next()).as("its next cursor").isEmpty();
    }
  }

  @Test
  void aPageThatEndsAtTheLastCaseHasNoNext() {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);

    int open = CaseSets.byStatus(cases, OPEN, Optional.empty()).size();
    assertThat(byStatus(OPEN, Optional.empty()).apply(PageRequest.first(open)).next())
        .as("the next cursor of a page holding exactly every open case").isEmpty();
    int due = CaseSets.dueBefore(cases, SWEEP_AT).size();
    assertThat(dueBefore(SWEEP_AT).apply(PageRequest.first(due)).next())
        .as("the next cursor of a page holding exactly every case due").isEmpty();
    int counted = CaseSets.closedOrDueBetween(cases, FROM, TO).size();
    assertThat(closedOrDueBetween(FROM, TO).apply(PageRequest.first(counted)).next())
        .as("the next cursor of a page holding exactly every case of the period").isEmpty();
  }

  @Test
  void casesWrittenBeforeTheCursorDoNotShiftTheLaterPages() {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    assertCursorHolds(byStatus(OPEN, Optional.empty()), CaseSets.byStatus(cases, OPEN, Optional.empty()),
        aCase(caseId(900)).status("REGISTERED").registeredAt(minutes(-500)).build(), "the open cases by status");
    assertCursorHolds(dueBefore(SWEEP_AT), CaseSets.dueBefore(cases, SWEEP_AT),
        aCase(caseId(901)).nextAlarmAt(minutes(-500)).build(), "the sweep");
    assertCursorHolds(closedOrDueBetween(FROM, TO), CaseSets.closedOrDueBetween(cases, FROM, TO),
        aCase(caseId(0)).resolutionDueAt(minutes(900)).closedAt(FROM).build(), "the cases of the period");
    assertCursorHolds(byDepartment("dept-a", DepartmentRole.ANY, true),
        CaseSets.byDepartment(cases, "dept-a", DepartmentRole.ANY, true),
        aCase(caseId(902)).assisting("dept-a").registeredAt(minutes(-500)).build(), "dept-a's open cases");
    assertCursorHolds(search(Set.of("cat-b"), Set.of(), minutes(-1000), minutes(1000)),
        CaseSets.search(cases, Set.of("cat-b"), Set.of(), Optional.of(minutes(-1000)), Optional.of(minutes(1000))),
        aCase(caseId(903)).category("cat-b").registeredAt(minutes(-500)).build(), "the search by cat-b");
  }

  /**
   * Reads the first page of 5, writes a case that sorts before all, reads on: the pages read
   * are exactly the result as it was, and the new case is on a first page read afresh.
   */
  private void assertCursorHolds(Query query, List<StoredCase> expected, StoredCase sortsFirst, String what) {
    Page<StoredCase> first = query.apply(PageRequest.first(5));
    insert(sortsFirst);
    List<StoredCase> read = readOn(query, 5, first, what);

    assertThat(read).as("%s read in pages of 5, with a case written before the cursor after the first page", what)
        .isEqualTo(expected);
    assertThat(query.apply(PageRequest.first(1)).items()).as("the first page of %s read afresh", what)
        .containsExactly(sortsFirst);
  }

  @Test
  void casesWrittenAfterTheCursorAppearOnTheLaterPages() {
    List<StoredCase> cases = CaseSets.mixed();
    insertAll(cases);
    Query openCases = byStatus(OPEN, Optional.empty());
    Page<StoredCase> first = openCases.apply(PageRequest.first(5));
    StoredCase late = insert(aCase(caseId(999)).status("REGISTERED").registeredAt(minutes(100_000)).build());

    List<StoredCase> read = readOn(openCases, 5, first, "the open cases by status");

    List<StoredCase> expected = new ArrayList<>(CaseSets.byStatus(cases, OPEN, Optional.empty()));
    expected.add(late);
    assertThat(read).as("the open cases by status, with one registered after the first page was read")
        .isEqualTo(expected);
  }
}
