package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;

/** The import of a historical case: {@link CaseLifecycle#importCase}, kept apart from the commands. */
final class HistoryImport {

  private HistoryImport() {}

  static Transition run(CaseLifecycle lifecycle, HistoricalCase history, Actor actor, Instant at) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (!lifecycle.permissions().permits(actor.role(), CommandKind.IMPORT)) {
      throw new CaseRuleException(RuleName.ROLE_NOT_PERMITTED, "a " + actor.role() + " may not IMPORT (历史导入); permitted: "
          + lifecycle.permissions().rolesFor(CommandKind.IMPORT));
    }
    if (history.receivedAt().isAfter(at)) {
      throw new CaseRuleException(RuleName.OUT_OF_ORDER, "receivedAt: " + lifecycle.inPlatformZone(history.receivedAt())
          + " is after the import at " + lifecycle.inPlatformZone(at));
    }
    if (history.closedAt().filter(t -> t.isAfter(at)).isPresent()) {
      throw new CaseRuleException(RuleName.OUT_OF_ORDER, "closedAt: " + lifecycle.inPlatformZone(history.closedAt().get())
          + " is after the import at " + lifecycle.inPlatformZone(at));
    }
    known(lifecycle, "lead", history.lead());
    history.assisting().forEach(a -> known(lifecycle, "assisting", a));
    if (history.category().filter(c -> !lifecycle.isKnownCategory(c)).isPresent()) {
      throw new CaseRuleException(RuleName.UNKNOWN_CATEGORY, "category: " + history.category().get().value()
          + " is not in the taxonomy");
    }
    Appeal.Builder appeal = Appeal.builder()
        .channel(history.channel())
        .type(history.type())
        .content(HistoricalCase.CONTENT)
        .location(Location.builder().area(history.area()).build())
        .citizen(Citizen.anonymous())
        .receivedAt(history.receivedAt())
        .externalId(history.sourceKey());
    history.category().ifPresent(appeal::category);
    Appeal built = appeal.build();
    DepartmentId lead = history.lead();
    String calendarId = lifecycle.directory().require(lead).getCalendarId();
    PolicyKey key = lifecycle.policyKey(built, built.getCategory()).toBuilder().leadLevel(lifecycle.level(lead)).build();
    StageDeadline resolution = lifecycle.deadline(Stage.RESOLUTION, calendarId, key, history.receivedAt());
    CaseChange.Dispatched dispatch = new CaseChange.Dispatched(lead, history.assisting(), List.of(), false,
        lifecycle.level(lead), List.of(resolution));
    CaseChange.Imported change = new CaseChange.Imported(
        history.number().orElseGet(() -> lifecycle.nextNumber(history.receivedAt())),
        lifecycle.unissuedInquiryCodeHash(), history.sourceKey(), built, dispatch, history.outcome(),
        history.closedAt(), history.originalDueAt(), at);
    CaseEvent event = new CaseEvent(lifecycle.nextId(), 1, actor, history.receivedAt(), change);
    return new Transition(Case.start(event), event);
  }

  private static void known(CaseLifecycle lifecycle, String field, DepartmentId department) {
    if (!lifecycle.directory().contains(department)) {
      throw new CaseRuleException(RuleName.UNKNOWN_DEPARTMENT, field + ": department " + department
          + " is not in the directory");
    }
  }
}
