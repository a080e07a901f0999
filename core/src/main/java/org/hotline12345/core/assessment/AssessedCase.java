package org.hotline12345.core.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.FactsText;
import org.hotline12345.persistence.StoredCase;

/**
 * A case as assessment (考核) reads it: its id and number, whether it is open or when it
 * closed, and its {@linkplain CaseFacts facts}. Read from the case row alone, without replaying
 * events or opening any personal data.
 *
 * @param id the case id
 * @param number the case number
 * @param closedAt when it closed, or empty while it is open
 * @param facts its facts
 */
public record AssessedCase(CaseId id, CaseNumber number, Optional<Instant> closedAt, CaseFacts facts) {

  private static final CaseFacts NO_FACTS = new CaseFacts(0, Optional.empty(), List.of(), false);

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public AssessedCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(facts, "facts");
  }

  /**
   * A case as it stands.
   *
   * @param c the case
   * @return the case's assessed view
   * @throws NullPointerException if c is null
   */
  public static AssessedCase of(Case c) {
    Objects.requireNonNull(c, "c");
    return new AssessedCase(c.id(), c.number(), c.isOpen() ? Optional.empty() : c.closedAt(), CaseFacts.of(c));
  }

  /**
   * A case row as the store gives it: a row without facts (written before they were kept)
   * counts for no department.
   *
   * @param row the row
   * @return the case's assessed view
   * @throws NullPointerException if row is null
   * @throws IllegalArgumentException if the row's facts are not facts, naming the case
   */
  public static AssessedCase of(StoredCase row) {
    return of(row, null);
  }

  /**
   * A case row, its department ids taken from (and added to) those a pass has made already.
   *
   * @param row the row
   * @param ids the pass's department ids by value, or null
   * @return the case's assessed view
   */
  static AssessedCase of(StoredCase row, Map<String, DepartmentId> ids) {
    Objects.requireNonNull(row, "row");
    CaseFacts facts;
    try {
      facts = row.facts().map(text -> {
        CaseFacts fast = FactsText.read(text, ids);
        return fast != null ? fast : CaseFacts.read(text);
      }).orElse(NO_FACTS);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("case " + row.caseId() + ": " + e.getMessage(), e);
    }
    return new AssessedCase(CaseId.of(row.caseId()), new CaseNumber(row.caseNumber()),
        row.open() ? Optional.empty() : row.closedAt(), facts);
  }

  /**
   * Whether the case is open.
   *
   * @return true while it has not closed
   */
  public boolean isOpen() {
    return closedAt.isEmpty();
  }

  @Override
  public String toString() {
    return "AssessedCase[" + id + " " + number + (isOpen() ? ", open" : ", closed " + closedAt.get()) + ", " + facts
        + "]";
  }
}
