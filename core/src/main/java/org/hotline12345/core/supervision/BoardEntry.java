package org.hotline12345.core.supervision;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * One case on the supervision board (督办看板): its most pressing watched deadline, its light and
 * the time left, read from the case's row. No personal data: ids, the case number, the stage, the
 * department and times.
 *
 * @param caseId the case
 * @param caseNumber its readable number (工单编号)
 * @param stage the stage of its most pressing watched deadline (the one due soonest)
 * @param light the light at the board's instant
 * @param leadDepartment the lead department (主办单位), if one is assigned
 * @param dueAt the due instant in the handling department's calendar's zone
 * @param workingDaysLeft the working days after the board's day up to the deadline's last day,
 *     on the handling department's calendar: 0 when due that day, negative once the last day is
 *     past (by the working days since it, the last day included)
 * @param officeTimeLeft the office time on working days from the board's instant to the due
 *     instant, negative when overdue; present when the calendar has office hours
 */
public record BoardEntry(CaseId caseId, CaseNumber caseNumber, Stage stage, Light light,
    Optional<DepartmentId> leadDepartment, ZonedDateTime dueAt, long workingDaysLeft,
    Optional<Duration> officeTimeLeft) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public BoardEntry {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(officeTimeLeft, "officeTimeLeft");
  }
}
