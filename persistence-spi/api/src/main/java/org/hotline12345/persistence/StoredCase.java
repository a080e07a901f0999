package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as the store keeps it: its keys, its version, and the columns the queries filter and
 * sort on. The case itself is rebuilt from its {@linkplain StoredEvent events}.
 *
 * @param caseId the case id, unique
 * @param caseNumber the readable case number, unique
 * @param inquiryCode the citizen's inquiry code, unique
 * @param status the lifecycle status name, for example {@code DISPATCHED}
 * @param open whether the status is open
 * @param leadDepartment the lead department's id, while one is assigned
 * @param nextDeadline the earliest deadline not yet met, while open: the sweep's key
 * @param resolutionDueAt the resolution deadline, once dispatched: the assessment's key
 * @param registeredAt when the case was registered
 * @param closedAt when the case was closed, if it is
 * @param version the sequence number of its last event, 1 or more
 */
public record StoredCase(String caseId, String caseNumber, String inquiryCode, String status,
    boolean open, Optional<String> leadDepartment, Optional<Instant> nextDeadline,
    Optional<Instant> resolutionDueAt, Instant registeredAt, Optional<Instant> closedAt,
    long version) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public StoredCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(inquiryCode, "inquiryCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(closedAt, "closedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, was " + version);
    }
  }

  /**
   * The case's columns without its inquiry code (a secret); control characters escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StoredCase[caseId=" + Printable.escape(caseId) + ", caseNumber=" + Printable.escape(caseNumber)
        + ", status=" + Printable.escape(status) + ", open=" + open + ", leadDepartment="
        + leadDepartment.map(Printable::escape).orElse("none") + ", nextDeadline=" + nextDeadline.orElse(null)
        + ", resolutionDueAt=" + resolutionDueAt.orElse(null) + ", registeredAt=" + registeredAt
        + ", closedAt=" + closedAt.orElse(null) + ", version=" + version + "]";
  }
}
