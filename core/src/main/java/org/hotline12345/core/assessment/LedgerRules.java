package org.hotline12345.core.assessment;

import static org.hotline12345.core.assessment.AssessmentLedger.refuse;

import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.department.DepartmentId;

/** The rules an entry must keep to join a ledger. Package-private. */
final class LedgerRules {

  private LedgerRules() {}

  static void check(AssessmentLedger ledger, LedgerEntry entry) {
    Actor by = entry.by();
    switch (entry.kind()) {
      case ADJUSTED -> {
        requireSupervisor(by, "enter an adjustment");
        requireNotOwn(by, ((LedgerEntry.Adjusted) entry).adjustment().department(), "adjustment");
      }
      case VETOED -> {
        Veto veto = ((LedgerEntry.Vetoed) entry).veto();
        requireSupervisor(by, "veto");
        requireNotOwn(by, veto.department(), "veto");
        if (!ledger.scheme().vetoReasons().contains(veto.reason())) {
          throw refuse(AssessmentRule.VETO_REASON_NOT_IN_SCHEME, "scheme " + ledger.scheme().id() + " does not veto for "
              + veto.reason() + "; it vetoes for " + ledger.scheme().vetoReasons());
        }
      }
      case APPEAL_FILED -> {
        DepartmentId department = ((LedgerEntry.AppealFiled) entry).appeal().department();
        if (by.role() != Actor.Role.HANDLER) {
          throw refuse(AssessmentRule.NOT_PERMITTED, "a " + by.role() + " may not file an assessment appeal;"
              + " a handler of the department does");
        }
        if (!by.belongsTo(department)) {
          throw refuse(AssessmentRule.NOT_OF_DEPARTMENT, "handler " + by.id() + " is not of department " + department);
        }
      }
      case APPEAL_DECIDED -> {
        LedgerEntry.AppealDecided d = (LedgerEntry.AppealDecided) entry;
        requireSupervisor(by, "decide an appeal");
        LedgerEntry target = ledger.find(d.appeal()).orElseThrow(() -> refuse(AssessmentRule.UNKNOWN_ENTRY,
            "no entry #" + d.appeal()));
        if (!(target instanceof LedgerEntry.AppealFiled filed)) {
          throw refuse(AssessmentRule.NOT_AN_APPEAL, "entry #" + d.appeal() + " is " + target.kind().wireName()
              + ", not an appeal");
        }
        if (ledger.decisionOf(d.appeal()).isPresent()) {
          throw refuse(AssessmentRule.APPEAL_DECIDED_ALREADY, "appeal #" + d.appeal() + " was decided by entry #"
              + ledger.decisionOf(d.appeal()).get().sequence());
        }
        requireNotOwn(by, filed.appeal().department(), "appeal");
      }
      case REVOKED -> {
        LedgerEntry.Revoked r = (LedgerEntry.Revoked) entry;
        requireSupervisor(by, "revoke an entry");
        LedgerEntry target = ledger.find(r.entry()).orElseThrow(() -> refuse(AssessmentRule.UNKNOWN_ENTRY,
            "no entry #" + r.entry()));
        DepartmentId department;
        if (target instanceof LedgerEntry.Adjusted a) {
          department = a.adjustment().department();
        } else if (target instanceof LedgerEntry.Vetoed v) {
          department = v.veto().department();
        } else {
          throw refuse(AssessmentRule.NOT_REVOCABLE, "entry #" + r.entry() + " is " + target.kind().wireName()
              + "; only adjustments and vetoes are revoked");
        }
        if (ledger.revoked().contains(r.entry())) {
          throw refuse(AssessmentRule.REVOKED_ALREADY, "entry #" + r.entry() + " was revoked before");
        }
        requireNotOwn(by, department, "entry");
      }
      case PUBLISHED -> {
        if (by.role() != Actor.Role.SUPERVISOR && by.role() != Actor.Role.SYSTEM) {
          throw refuse(AssessmentRule.NOT_PERMITTED, "a " + by.role() + " may not publish; a supervisor or the"
              + " system does");
        }
        Scorecards cards = ((LedgerEntry.Published) entry).scorecards();
        if (!cards.schemeId().equals(ledger.scheme().id()) || !cards.schemeVersion().equals(ledger.scheme().version())
            || !cards.period().equals(ledger.period())) {
          throw refuse(AssessmentRule.SCORECARDS_OF_ANOTHER_PERIOD, "scorecards of " + cards.schemeId() + " "
              + cards.schemeVersion() + " for " + cards.period() + ", the ledger is of " + ledger.scheme().id() + " "
              + ledger.scheme().version() + " for " + ledger.period());
        }
        if (cards.ledgerSequence() != ledger.lastSequence()) {
          throw refuse(AssessmentRule.SCORECARDS_STALE, "the scorecards were computed with the ledger's entries up to #"
              + cards.ledgerSequence() + "; it has " + ledger.lastSequence() + ": score again");
        }
        if (ledger.published().filter(p -> p.hasSameFigures(cards)).isPresent()) {
          throw refuse(AssessmentRule.NOTHING_TO_RESTATE, "the figures are those published already");
        }
      }
      default -> throw new IllegalArgumentException("unknown entry kind " + entry.kind());
    }
  }

  private static void requireSupervisor(Actor by, String what) {
    if (by.role() != Actor.Role.SUPERVISOR) {
      throw refuse(AssessmentRule.NOT_PERMITTED, "a " + by.role() + " may not " + what + "; a supervisor (督办) does");
    }
  }

  private static void requireNotOwn(Actor by, DepartmentId department, String what) {
    if (by.belongsTo(department)) {
      throw refuse(AssessmentRule.OWN_DEPARTMENT, by.id() + " belongs to " + department
          + ": no one decides their own department's " + what);
    }
  }
}
