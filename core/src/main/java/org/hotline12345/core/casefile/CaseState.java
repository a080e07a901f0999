package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.immutables.value.Value;

/**
 * Everything a {@link Case} knows, listed once: Immutables generates the immutable state a case
 * holds ({@code ImmutableCaseState}, with equality) and the modifiable draft an event is
 * applied to ({@code ModifiableCaseState}); both stay inside this package.
 */
@Value.Immutable
@Value.Modifiable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false))
abstract class CaseState {
  abstract CaseId id();

  abstract CaseNumber number();

  abstract InquiryCodeHash inquiryCodeHash();

  abstract List<Appeal> appeals();

  abstract CaseStatus status();

  abstract Optional<DepartmentId> lead();

  abstract List<DepartmentId> assisting();

  abstract List<DepartmentId> candidates();

  abstract List<Assignment> assignments();

  abstract Map<Stage, StageDeadline> deadlines();

  abstract int extensionsUsed();

  abstract Optional<CaseChange.ExtensionRequested> pendingExtension();

  abstract Optional<CaseChange.ReturnRequested> pendingReturn();

  abstract Optional<Instant> pausedSince();

  abstract List<SupervisionMark> supervisionMarks();

  abstract List<SupervisionRecord> supervisionSteps();

  abstract Optional<CaseChange.Replied> reply();

  abstract List<CallbackResult> callbacks();

  abstract int reopenCount();

  abstract Optional<CaseChange> outcome();

  abstract Instant registeredAt();

  abstract Optional<Instant> closedAt();

  abstract long version();

  abstract Instant lastEventAt();

  abstract boolean personalDataErased();

  abstract java.util.Optional<org.hotline12345.core.category.CategoryCode> category();
}
