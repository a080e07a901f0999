package org.hotline12345.core.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.persistence.StoredCase;

/**
 * A case as a list shows it, read from the store's columns without replaying events; holds no
 * personal data.
 *
 * @param id the case id
 * @param number the case number
 * @param status the status
 * @param lead the lead department, if any
 * @param nextDeadline when supervision next looks at the case (the row's next alarm), while open
 * @param registeredAt when it was registered
 * @param closedAt when it was closed, if it is
 * @param version its version
 */
public record CaseSummary(CaseId id, CaseNumber number, CaseStatus status, Optional<DepartmentId> lead,
    Optional<Instant> nextDeadline, Instant registeredAt, Optional<Instant> closedAt, long version) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CaseSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  static CaseSummary of(StoredCase row) {
    return new CaseSummary(CaseId.of(row.caseId()), new CaseNumber(row.caseNumber()), CaseStatus.valueOf(row.status()),
        row.leadDepartment().map(DepartmentId::of), row.nextAlarmAt(), row.registeredAt(), row.closedAt(),
        row.version());
  }
}
