package org.hotline12345.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queries the platform needs on committed cases; paged queries use keyset cursors.
 * Every paged query is served by an index in the reference stores: a page costs time
 * proportional to its size, not to the cases stored.
 *
 * <p><b>Paging.</b> Each paged query has a total order, ending in the case id so that ties on
 * the other keys are broken the same way every time. Case ids compare as {@link
 * String#compareTo} does; for ids of ASCII letters, digits and hyphens, that is the binary
 * order of any database. A page holds the first {@link PageRequest#size()} cases after the
 * request's cursor, and its {@link Page#next()} is present exactly when more cases follow.
 * A cursor is opaque: it names the sort key of the page's last case, not an offset, so cases
 * written before that key while a client pages do not make a later page repeat or skip a case.
 * A cursor is valid only for the query and the arguments that produced it; a store may refuse
 * any other with {@link IllegalArgumentException}. Reading every page of a query that no one
 * writes to in the meantime yields each matching case exactly once, in order, whatever the
 * page size.
 */
public interface CaseQueries {

  /**
   * A case by id.
   *
   * @param caseId the id
   * @return the case, or empty
   */
  Optional<StoredCase> find(String caseId);

  /**
   * A case by its readable number.
   *
   * @param caseNumber the number
   * @return the case, or empty
   */
  Optional<StoredCase> findByNumber(String caseNumber);

  /**
   * A case by the hash of its inquiry code (查询码), for the citizen's status query: the core
   * hashes the code the citizen typed and looks the hash up; the store never sees the code.
   *
   * @param inquiryCodeHash the hash, as {@link StoredCase#inquiryCodeHash()} holds it
   * @return the case, or empty
   */
  Optional<StoredCase> findByInquiryCodeHash(String inquiryCodeHash);

  /**
   * A case's committed data key, for reads outside a unit of work (decrypting a case to show
   * it); see {@link UnitOfWork#insertCaseKey}.
   *
   * @param caseId the case
   * @return a copy of the key's bytes, or empty if the case has none or it was destroyed
   */
  Optional<byte[]> caseKey(String caseId);

  /**
   * A case's events, by sequence.
   *
   * @param caseId the id
   * @return the events, empty if the case is not stored
   */
  List<StoredEvent> events(String caseId);

  /**
   * Cases in any of the statuses, optionally with a given lead department, ordered by
   * registration instant then case id.
   *
   * @param statuses the statuses, at least one
   * @param leadDepartment the lead department, or empty for any
   * @param page the page
   * @return the page
   * @throws IllegalArgumentException if statuses is empty
   */
  Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment, PageRequest page);

  /**
   * Open cases whose next alarm is before the instant (the supervision sweep, 督办), ordered
   * by {@link StoredCase#nextAlarmAt()} then case id. A closed case is never returned, whatever
   * its next alarm says; nor is an open case without one.
   *
   * @param instant the instant, exclusive
   * @param page the page
   * @return the page
   */
  Page<StoredCase> dueBefore(Instant instant, PageRequest page);

  /**
   * The cases an assessment period (考核) counts, with their {@linkplain StoredCase#facts()
   * facts}, read in pages from the rows alone: those closed in the period, and the open ones
   * whose resolution was due in it (an open case already overdue counts against the on-time
   * rate). That is, {@code closedAt} in {@code [from, to)}; or {@code open}, {@code
   * resolutionDueAt} in {@code [from, to)} and {@code closedAt} not in it. Each case once, in
   * two runs: first the closed ones by {@code closedAt} then case id, then the open ones by
   * {@code resolutionDueAt} then case id. Each run reads one index range from the cursor on, so
   * a period of millions of cases pages in time proportional to the pages.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive, not before {@code from}
   * @param page the page
   * @return the page
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page);

  /**
   * The open cases of a category and area registered in a window, the candidates of a
   * duplicate merge (并案): {@code open}, {@code category} and {@code area} equal to those
   * given, {@code registeredAt} in {@code [from, to)}; ordered by registration instant then
   * case id.
   *
   * @param category the category code
   * @param area the area code
   * @param from the window's start, inclusive
   * @param to the window's end, exclusive, not before {@code from}
   * @param page the page
   * @return the page
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  Page<StoredCase> openByCategoryAndArea(String category, String area, Instant from, Instant to, PageRequest page);

  /**
   * A department's work list (工作台): the cases it leads, assists, or either, optionally the
   * open ones only; ordered by registration instant then case id, each case once.
   *
   * @param departmentId the department
   * @param role the part it takes: {@link DepartmentRole#LEAD}, {@link
   *     DepartmentRole#ASSISTING} or {@link DepartmentRole#ANY}
   * @param openOnly true for open cases only
   * @param page the page
   * @return the page
   */
  Page<StoredCase> byDepartment(String departmentId, DepartmentRole role, boolean openOnly, PageRequest page);

  /**
   * The most cases {@link #recent} returns at once.
   */
  int MAX_RECENT = 1_000;

  /**
   * A caller's or a place's most recent cases (诉求历史), newest first: those the query {@linkplain
   * RecentCasesQuery#matches matches}, ordered by registration instant then case id, both
   * descending, at most {@code limit}. The core asks it how often the same caller or the same
   * place appealed in a window, and for the open cases a repeat may merge into (并案).
   *
   * <p>A query always names a caller key or an area; a store serves it from an index on either
   * (with the registration instant after it), reading the window backwards from its end: time
   * proportional to the cases read, not to the cases stored.
   *
   * <p>Added to the contract after its first release, so a default that refuses: a store
   * written before it keeps compiling, and switches the conformance kit's feature {@code
   * RECENT_CASES} off until it implements this method, {@link #countRecent} and {@link
   * StoredCase#callerKey()}.
   *
   * @param query the criteria
   * @param limit the most cases to return, 1 to {@link #MAX_RECENT}
   * @return the cases, newest first
   * @throws IllegalArgumentException if limit is out of range
   * @throws UnsupportedOperationException if the store does not offer the query (feature
   *     {@code RECENT_CASES})
   */
  default List<StoredCase> recent(RecentCasesQuery query, int limit) {
    throw new UnsupportedOperationException("this store (" + getClass().getName() + ") does not offer"
        + " CaseQueries.recent: implement it, countRecent and the caller key column (conformance kit feature"
        + " RECENT_CASES)");
  }

  /**
   * How many cases the query {@linkplain RecentCasesQuery#matches matches}: the count of
   * {@link #recent} without a limit, read from the same index.
   *
   * @param query the criteria
   * @return the count, 0 or more
   * @throws UnsupportedOperationException if the store does not offer the query (feature
   *     {@code RECENT_CASES})
   */
  default long countRecent(RecentCasesQuery query) {
    throw new UnsupportedOperationException("this store (" + getClass().getName() + ") does not offer"
        + " CaseQueries.countRecent: implement it, recent and the caller key column (conformance kit feature"
        + " RECENT_CASES)");
  }

  /**
   * The supervision board's counts (红黄牌看板) at an instant: per watched stage, the open cases
   * with a {@linkplain StoredCase#watchedDueAt() watched deadline} of that stage (and the lead
   * department, if given), how many of them are past {@linkplain StoredCase#yellowAt() yellow}
   * ({@code yellowAt <= now}) and how many overdue ({@code watchedDueAt <= now}). One {@link
   * WatchCount} per stage that has at least one such case, ordered by stage name ({@link
   * String#compareTo}); none for a stage without. A closed case never counts, whatever it still
   * says. The board's rows are read from the case rows alone, never by replaying cases.
   *
   * <p>A store counts from an index of open watched cases (by lead department and watched due
   * instant for a department): time proportional to the open watched cases counted, not to the
   * cases stored. In SQL, one {@code GROUP BY} of the stage with {@code CASE WHEN} sums.
   *
   * <p>Added to the contract after its first release, so a default that refuses: a store
   * written before it keeps compiling, and switches the conformance kit's feature {@code
   * WATCH_BOARD} off until it implements this method, {@link #watched} and the three watched
   * columns of {@link StoredCase}.
   *
   * @param leadDepartment the lead department, or empty for the whole platform
   * @param now the instant the lights are read at
   * @return the counts by stage name, possibly empty
   * @throws UnsupportedOperationException if the store does not offer the board (feature
   *     {@code WATCH_BOARD})
   */
  default List<WatchCount> watchCounts(Optional<String> leadDepartment, Instant now) {
    throw new UnsupportedOperationException("this store (" + getClass().getName() + ") does not offer"
        + " CaseQueries.watchCounts: implement it, watched and the watched columns of StoredCase (conformance kit"
        + " feature WATCH_BOARD)");
  }

  /**
   * The cases on the supervision board that a query {@linkplain WatchQuery#matches matches}:
   * open cases with a watched deadline, of the lead department and the stage if given, in the
   * band of lights at the query's instant; ordered by {@link StoredCase#watchedDueAt()} then case
   * id, most urgent first (the longest overdue first, then those due soonest). Paged by keyset
   * like the other paged queries.
   *
   * <p>A store reads an index of open cases by {@code (watchedDueAt, caseId)}, or by {@code
   * (leadDepartment, watchedDueAt, caseId)} for a department, from the cursor on; the band
   * bounds the range ({@code OVERDUE} ends at {@code now}, the others start after it) and the
   * stage filters the rows read.
   *
   * <p>Added to the contract after its first release: see {@link #watchCounts}.
   *
   * @param query the criteria
   * @param page the page
   * @return the page
   * @throws UnsupportedOperationException if the store does not offer the board (feature
   *     {@code WATCH_BOARD})
   */
  default Page<StoredCase> watched(WatchQuery query, PageRequest page) {
    throw new UnsupportedOperationException("this store (" + getClass().getName() + ") does not offer"
        + " CaseQueries.watched: implement it, watchCounts and the watched columns of StoredCase (conformance kit"
        + " feature WATCH_BOARD)");
  }

  /**
   * The cases a search matches ({@link CaseSearch#matches}), as Open311's {@code GET requests}
   * lists them: ordered by registration instant then case id.
   *
   * @param search the criteria
   * @param page the page
   * @return the page
   */
  Page<StoredCase> search(CaseSearch search, PageRequest page);
}
