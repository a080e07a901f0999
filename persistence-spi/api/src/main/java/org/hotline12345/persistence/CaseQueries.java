package org.hotline12345.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queries the platform needs on committed cases; paged queries use keyset cursors.
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
   * The cases an assessment period (考核) counts, ordered by case id: those whose closing
   * instant is in the period, and the open ones whose resolution was due in it (an open case
   * already overdue counts against the on-time rate). That is, {@code closedAt} in
   * {@code [from, to)}, or {@code open} and {@code resolutionDueAt} in {@code [from, to)}.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive, not before {@code from}
   * @param page the page
   * @return the page
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page);
}
