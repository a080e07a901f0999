package org.hotline12345.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The queries the platform needs on committed cases; paged queries use keyset cursors. */
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
   * A case by its inquiry code, for the citizen's public status query.
   *
   * @param inquiryCode the code
   * @return the case, or empty
   */
  Optional<StoredCase> findByInquiryCode(String inquiryCode);

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
   */
  Page<StoredCase> byStatus(Set<String> statuses, Optional<String> leadDepartment, PageRequest page);

  /**
   * Open cases whose next deadline is before the instant (the supervision sweep), ordered by
   * next deadline then case id.
   *
   * @param instant the instant, exclusive
   * @param page the page
   * @return the page
   */
  Page<StoredCase> dueBefore(Instant instant, PageRequest page);

  /**
   * Cases closed in the period, and open cases whose resolution was due in it (assessment:
   * an open case already overdue counts against the on-time rate), ordered by case id.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param page the page
   * @return the page
   */
  Page<StoredCase> closedOrDueBetween(Instant from, Instant to, PageRequest page);
}
