package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;

/** One command decided against one case: the rules, and the change they allow. */
final class CommandRules {

  private final CaseLifecycle lifecycle;
  private final Case current;
  private final Actor actor;
  private final Instant at;

  CommandRules(CaseLifecycle lifecycle, Case current, Actor actor, Instant at) {
    this.lifecycle = lifecycle;
    this.current = current;
    this.actor = actor;
    this.at = at;
  }

  CaseChange decide(CaseCommand command) {
    requirePermitted(command.kind());
    return switch (command.kind()) {
      case ACCEPT -> {
        requireStatus(command, CaseStatus.REGISTERED);
        List<String> missing = lifecycle.missingElements(current);
        if (!missing.isEmpty()) {
          throw new CaseRuleException(RuleName.INCOMPLETE_ELEMENTS, "case " + current.number()
              + ": the appeal lacks essential elements: " + String.join("; ", missing), missing);
        }
        yield new CaseChange.Accepted();
      }
      case NOT_ACCEPT -> notAccept((CaseCommand.NotAccept) command);
      case REFER_TO_EMERGENCY -> {
        requireStatus(command, CaseStatus.REGISTERED, CaseStatus.ACCEPTED);
        CaseCommand.ReferToEmergency c = (CaseCommand.ReferToEmergency) command;
        if (!lifecycle.emergencyLines().contains(c.line())) {
          throw refuse(RuleName.UNKNOWN_EMERGENCY_LINE, "line " + c.line().code()
              + " is not one of the configured emergency lines");
        }
        yield new CaseChange.ReferredToEmergency(c.line(), c.note());
      }
      case ANSWER_DIRECTLY -> answerDirectly((CaseCommand.AnswerDirectly) command);
      case MERGE -> merge(command);
      case CLASSIFY -> {
        requireStatus(command, CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.AWAITING_DISPATCH);
        CaseCommand.Classify c = (CaseCommand.Classify) command;
        if (!lifecycle.isKnownCategory(c.category())) {
          throw refuse(RuleName.UNKNOWN_CATEGORY, "category " + c.category().value() + " is not in the taxonomy");
        }
        yield new CaseChange.Classified(c.category());
      }
      case DISPATCH -> dispatch((CaseCommand.Dispatch) command);
      case SIGN_FOR -> signFor((CaseCommand.SignFor) command);
      case RETURN -> returnCase((CaseCommand.Return) command);
      case APPROVE_RETURN -> approveReturn();
      case DENY_RETURN -> {
        CaseChange.ReturnRequested pending = requirePendingReturn();
        requireNotOwn(pending.department(), "return");
        yield new CaseChange.ReturnDenied(pending.department(), ((CaseCommand.DenyReturn) command).reason());
      }
      case RECORD_CONTACT -> {
        requireStatus(command, CaseStatus.SIGNED);
        CaseCommand.RecordContact c = (CaseCommand.RecordContact) command;
        requireAssigned(c.department());
        yield new CaseChange.ContactRecorded(c.department(), c.note());
      }
      case REQUEST_EXTENSION -> requestExtension((CaseCommand.RequestExtension) command);
      case APPROVE_EXTENSION -> approveExtension();
      case DENY_EXTENSION -> {
        CaseChange.ExtensionRequested pending = requirePendingExtension();
        requireNotOwn(pending.department(), "extension request");
        yield new CaseChange.ExtensionDenied(((CaseCommand.DenyExtension) command).reason());
      }
      case PAUSE_CLOCK -> {
        requireStatus(command, CaseStatus.SIGNED);
        current.lead().ifPresent(this::requireActorOf);
        if (current.pausedSince().isPresent()) {
          throw refuse(RuleName.CLOCK_ALREADY_PAUSED, "the clock is paused since " + zoned(current.pausedSince().get()));
        }
        yield new CaseChange.ClockPaused(((CaseCommand.PauseClock) command).reason());
      }
      case RESUME_CLOCK -> resumeClock();
      case REPLY -> reply((CaseCommand.Reply) command);
      case REVIEW_REPLY -> {
        requireStatus(command, CaseStatus.REPLIED);
        CaseCommand.ReviewReply c = (CaseCommand.ReviewReply) command;
        requireNotOwn(current.reply().orElseThrow().department(), "reply");
        Optional<StageDeadline> callback = c.approved()
            ? Optional.of(lifecycle.callbackDeadline(key(), at)) : Optional.empty();
        yield new CaseChange.ReplyReviewed(c.approved(), c.note(), callback);
      }
      case CALL_BACK -> {
        requireStatus(command, CaseStatus.AWAITING_CALLBACK, CaseStatus.CALLED_BACK);
        current.lead().ifPresent(lead -> requireNotOwn(lead, "case's callback"));
        CaseCommand.CallBack c = (CaseCommand.CallBack) command;
        yield new CaseChange.CalledBack(new CallbackResult(at, c.resolved(), c.satisfaction()), c.note());
      }
      case REOPEN -> reopen((CaseCommand.Reopen) command);
      case CLOSE -> close((CaseCommand.Close) command);
      case SUPERVISE -> {
        CaseCommand.Supervise c = (CaseCommand.Supervise) command;
        yield new CaseChange.Supervised(c.measure(), c.note());
      }
      case TAKE_SUPERVISION_STEP -> supervisionStep((CaseCommand.TakeSupervisionStep) command);
      case ERASE_PERSONAL_DATA -> {
        if (current.isOpen() || current.isPersonalDataErased()) {
          throw refuse(RuleName.ERASURE_NOT_ALLOWED, current.isOpen()
              ? "the case is " + current.status() + ": only a closed case's personal data is erased"
              : "the case's personal data was erased before");
        }
        yield new CaseChange.PersonalDataErased();
      }
      case REGISTER -> throw new IllegalArgumentException("registration is CaseLifecycle.register, not a command");
      case IMPORT -> throw new IllegalArgumentException("an import is CaseLifecycle.importCase, not a command");
    };
  }

  private CaseChange supervisionStep(CaseCommand.TakeSupervisionStep c) {
    boolean watched = current.watchedDeadlines().stream()
        .anyMatch(d -> d.stage() == c.stage() && d.dueAt().equals(c.dueAt()));
    if (!watched) {
      throw refuse(RuleName.NO_WATCHED_DEADLINE, "the case watches no " + c.stage() + " deadline due at "
          + zoned(c.dueAt()) + " (met, paused, moved, or never supervised)");
    }
    if (current.hasTaken(c.stage(), c.step(), c.dueAt())) {
      throw refuse(RuleName.SUPERVISION_STEP_ALREADY_TAKEN, c.step() + " was taken for the " + c.stage()
          + " deadline due at " + zoned(c.dueAt()) + " before");
    }
    boolean overdue = !at.isBefore(c.dueAt());
    if (overdue != (c.light() == org.hotline12345.core.supervision.Light.RED)) {
      throw refuse(RuleName.WRONG_LIGHT, "the light " + c.light() + " contradicts the " + c.stage()
          + " deadline due at " + zoned(c.dueAt()) + ", which " + (overdue ? "is reached" : "is not reached")
          + ": red exactly from the due instant on");
    }
    return new CaseChange.SupervisionStepTaken(c.stage(), c.step(), c.addressee(), c.light(), c.dueAt());
  }

  private CaseChange merge(CaseCommand command) {
    if (command instanceof MergeSteps.MergeInto c) {
      requireMergeable(command);
      refuseSelf(c.target());
      return new CaseChange.MergedInto(c.target());
    }
    MergeSteps.AbsorbDuplicate c = (MergeSteps.AbsorbDuplicate) command;
    refuseSelf(c.source());
    return new CaseChange.DuplicateAbsorbed(c.source(), c.appeals());
  }

  private void requireMergeable(CaseCommand command) {
    if (current.status() != CaseStatus.REGISTERED && current.status() != CaseStatus.ACCEPTED) {
      throw refuse(RuleName.MERGE_NOT_ALLOWED, "a case is merged into another only while registered or accepted; it is "
          + current.status());
    }
  }

  // ---------------------------------------------------------------- the commands

  private CaseChange notAccept(CaseCommand.NotAccept c) {
    requireStatus(c, CaseStatus.REGISTERED);
    if (!lifecycle.notAcceptedReasons().contains(c.reason())) {
      throw refuse(RuleName.UNKNOWN_NOT_ACCEPTED_REASON,
          "reason " + c.reason().code() + " is not one of the configured reasons for not accepting");
    }
    return new CaseChange.NotAccepted(c.reason(), c.note());
  }

  private CaseChange answerDirectly(CaseCommand.AnswerDirectly c) {
    requireStatus(c, CaseStatus.REGISTERED, CaseStatus.ACCEPTED);
    if (current.appeal().getType() != AppealType.CONSULTATION) {
      throw refuse(RuleName.ONLY_CONSULTATIONS_ANSWERED_DIRECTLY,
          "a " + current.appeal().getType() + " cannot be answered directly; only a CONSULTATION can");
    }
    return new CaseChange.AnsweredDirectly(c.answer());
  }

  private CaseChange dispatch(CaseCommand.Dispatch c) {
    requireStatus(c, CaseStatus.ACCEPTED, CaseStatus.AWAITING_DISPATCH);
    if (c.overrideReturns() && actor.role() != Actor.Role.DISPATCHER) {
      throw refuse(RuleName.HUMAN_DISPATCHER_REQUIRED,
          "only a human dispatcher may override earlier returns, not " + actor.role());
    }
    if (c.assisting().contains(c.lead())) {
      throw refuse(RuleName.LEAD_ALSO_ASSISTING, "department " + c.lead() + " cannot lead and assist at once");
    }
    List<DepartmentId> named = new ArrayList<>();
    named.add(c.lead());
    named.addAll(c.assisting());
    Eligibility eligibility = lifecycle.eligibility(current);
    for (DepartmentId department : named) {
      Optional<Eligibility.Reason> why = eligibility.whyNot(department, c.overrideReturns());
      if (why.isPresent()) {
        throw refuse(why.get().rule(), "department " + department + switch (why.get()) {
          case UNKNOWN -> " is not in the directory";
          case INACTIVE -> " is not active";
          case ACCUSED -> " is accused by the report, or under the accused department";
          case RETURNED -> " returned this case before; only a human dispatcher may send it back";
        });
      }
    }
    for (DepartmentId candidate : c.candidates()) {
      requireKnown(candidate);
    }
    List<DepartmentId> candidates = new ArrayList<>(c.candidates());
    candidates.removeAll(named);
    return new CaseChange.Dispatched(c.lead(), c.assisting(), candidates, c.overrideReturns(),
        lifecycle.level(c.lead()), lifecycle.dispatchDeadlines(c.lead(), key(), at));
  }

  private CaseChange signFor(CaseCommand.SignFor c) {
    requireStatus(c, CaseStatus.DISPATCHED, CaseStatus.SIGNED);
    requireAssigned(c.department());
    if (current.pendingReturn().isPresent() && current.pendingReturn().get().department().equals(c.department())) {
      throw refuse(RuleName.RETURN_PENDING, "department " + c.department()
          + " asked to return the case; the platform decides first");
    }
    for (int i = current.assignments().size() - 1; i >= 0; i--) {
      Assignment a = current.assignments().get(i);
      if (a.department().equals(c.department()) && a.isActive()) {
        if (a.signedAt().isPresent()) {
          throw refuse(RuleName.ALREADY_SIGNED,
              "department " + c.department() + " signed for the case at " + zoned(a.signedAt().get()));
        }
        break;
      }
    }
    return new CaseChange.SignedFor(c.department());
  }

  private CaseChange returnCase(CaseCommand.Return c) {
    if (current.status() == CaseStatus.SIGNED) {
      throw refuse(RuleName.RETURN_AFTER_SIGN_FOR, "the lead signed for the case: the return window closed then");
    }
    requireStatus(c, CaseStatus.DISPATCHED);
    requireLead(c.department());
    if (current.pendingReturn().isPresent()) {
      throw refuse(RuleName.RETURN_PENDING, "a return awaits the platform's decision");
    }
    if (c.reason().isBlank()) {
      throw refuse(RuleName.RETURN_REASON_REQUIRED, "a return needs a reason");
    }
    StageDeadline limit = current.deadline(Stage.RETURN).orElse(null);
    if (limit != null && at.isAfter(limit.dueAt())) {
      throw refuse(RuleName.RETURN_TOO_LATE, "the return limit (" + limit.limit() + ") ended at "
          + zoned(limit.dueAt()) + "; the department must handle the case or ask the dispatcher");
    }
    if (lifecycle.returnsNeedApproval()) {
      return new CaseChange.ReturnRequested(c.department(), c.reason());
    }
    return returned(c.department(), c.reason());
  }

  private CaseChange approveReturn() {
    CaseChange.ReturnRequested pending = requirePendingReturn();
    requireNotOwn(pending.department(), "return");
    return returned(pending.department(), pending.reason());
  }

  /** The return, with the automatic re-dispatch to the next eligible candidate, if one is left. */
  private CaseChange returned(DepartmentId department, Remark reason) {
    Set<DepartmentId> tried = new HashSet<>(current.returnedBy());
    tried.add(department);
    Eligibility eligibility = new Eligibility(lifecycle.directory(), lifecycle.protectedFrom(current), tried);
    List<DepartmentId> remaining = new ArrayList<>(current.candidates());
    while (!remaining.isEmpty()) {
      DepartmentId next = remaining.remove(0);
      if (!eligibility.isEligible(next)) {
        continue;
      }
      List<DepartmentId> assisting = new ArrayList<>(eligibility.filter(current.assisting()));
      assisting.remove(next);
      CaseChange.Dispatched redispatch = new CaseChange.Dispatched(next, assisting, remaining, false,
          lifecycle.level(next), lifecycle.dispatchDeadlines(next, key(), at));
      return new CaseChange.Returned(department, reason, Optional.of(redispatch));
    }
    return new CaseChange.Returned(department, reason, Optional.empty());
  }

  private CaseChange requestExtension(CaseCommand.RequestExtension c) {
    requireStatus(c, CaseStatus.SIGNED);
    requireLead(c.department());
    if (current.pendingExtension().isPresent()) {
      throw refuse(RuleName.EXTENSION_ALREADY_PENDING, "an extension request awaits a decision");
    }
    requireExtensionLeft();
    StageDeadline resolution = current.deadline(Stage.RESOLUTION).orElseThrow();
    if (at.isAfter(resolution.dueAt())) {
      throw refuse(RuleName.EXTENSION_REQUESTED_TOO_LATE,
          "the resolution deadline passed at " + zoned(resolution.dueAt()) + "; an extension must be asked before it");
    }
    if (c.amount().unit() != resolution.limit().unit()) {
      throw refuse(RuleName.EXTENSION_NOT_PERMITTED, "an extension of " + c.amount()
          + " does not count in the resolution limit's unit (" + resolution.limit() + ")");
    }
    TimeLimit single = lifecycle.maxSingleExtension().orElse(resolution.limit());
    if (single.unit() != c.amount().unit() || c.amount().amount() > single.amount()) {
      throw refuse(RuleName.AMOUNT_TOO_LARGE, "one extension may add at most " + single + ", not " + c.amount());
    }
    Optional<TimeLimit> cap = lifecycle.maxExtensionTotal();
    if (cap.isPresent()) {
      long granted = resolution.extensions().stream().mapToLong(TimeLimit::amount).sum();
      if (cap.get().unit() != c.amount().unit() || granted + c.amount().amount() > cap.get().amount()) {
        throw refuse(RuleName.EXTENSION_NOT_PERMITTED, "extensions may add up to " + cap.get()
            + "; " + granted + " granted, " + c.amount() + " asked");
      }
    }
    return new CaseChange.ExtensionRequested(c.department(), c.amount(), c.reason());
  }

  private CaseChange approveExtension() {
    CaseChange.ExtensionRequested request = requirePendingExtension();
    requireNotOwn(request.department(), "extension request");
    requireExtensionLeft();
    StageDeadline resolution = current.deadline(Stage.RESOLUTION).orElseThrow();
    try {
      return new CaseChange.ExtensionApproved(resolution.recomputed(
          resolution.toDeadline(lifecycle.calendar(resolution.calendarId())).extendedBy(request.amount())));
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      // Beyond the calendar's supported dates, or the extensions together beyond TimeLimit's maximum.
      throw refuse(RuleName.AMOUNT_TOO_LARGE, "the extension of " + request.amount()
          + " cannot be added to the resolution deadline: " + e.getMessage());
    }
  }

  private CaseChange resumeClock() {
    current.lead().ifPresent(this::requireActorOf);
    if (current.pausedSince().isEmpty()) {
      throw refuse(RuleName.CLOCK_NOT_PAUSED, "the clock is running");
    }
    Instant since = current.pausedSince().get();
    List<StageDeadline> moved = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      current.deadline(stage).filter(d -> stage.isPausable() && !d.isMet()).ifPresent(d -> moved.add(
          d.recomputed(d.toDeadline(lifecycle.calendar(d.calendarId())).pausedBetween(since, at))));
    }
    return new CaseChange.ClockResumed(moved);
  }

  private CaseChange reply(CaseCommand.Reply c) {
    requireStatus(c, CaseStatus.SIGNED);
    requireLead(c.department());
    if (current.pausedSince().isPresent()) {
      throw refuse(RuleName.CLOCK_PAUSED, "the clock is paused since " + zoned(current.pausedSince().get())
          + "; resume it before replying");
    }
    return new CaseChange.Replied(c.department(), c.result(), c.resolved());
  }

  private CaseChange reopen(CaseCommand.Reopen c) {
    requireStatus(c, CaseStatus.CALLED_BACK);
    CallbackResult last = current.callbacks().get(current.callbacks().size() - 1);
    if (!last.warrantsReopening()) {
      throw refuse(RuleName.REOPEN_NEEDS_DISSATISFACTION, "the last callback found the citizen "
          + last.satisfaction() + (last.resolved() ? " and the matter resolved" : ""));
    }
    DepartmentId lead = current.lead().orElseThrow();
    requireActive(lead);
    // Back to the same departments: a human dispatcher's earlier override carries forward.
    Set<DepartmentId> returned = current.returnedBy();
    boolean override = returned.contains(lead) || current.assisting().stream().anyMatch(returned::contains);
    return new CaseChange.Reopened(c.reason(), new CaseChange.Dispatched(lead, current.assisting(),
        current.candidates(), override, lifecycle.level(lead), lifecycle.dispatchDeadlines(lead, key(), at)));
  }

  private CaseChange close(CaseCommand.Close c) {
    requireStatus(c, CaseStatus.CALLED_BACK, CaseStatus.AWAITING_CALLBACK);
    if (current.status() == CaseStatus.AWAITING_CALLBACK && !current.appeal().getCitizen().isAnonymous()) {
      throw refuse(RuleName.CALLBACK_REQUIRED,
          "the citizen can be called back: call back before closing");
    }
    return new CaseChange.Closed(c.note());
  }

  // ---------------------------------------------------------------- the checks

  private PolicyKey key() {
    return lifecycle.policyKey(current);
  }

  private CaseRuleException refuse(RuleName rule, String message) {
    return new CaseRuleException(rule, "case " + current.number() + ": " + message);
  }

  private void requireStatus(CaseCommand command, CaseStatus... allowed) {
    for (CaseStatus status : allowed) {
      if (current.status() == status) {
        return;
      }
    }
    throw refuse(RuleName.NOT_ALLOWED_IN_STATUS, command.kind() + " is not allowed when the case is "
        + current.status() + "; allowed in " + List.of(allowed));
  }

  private void refuseSelf(CaseId other) {
    if (other.equals(current.id())) {
      throw refuse(RuleName.MERGE_INTO_SELF, "a case cannot be merged with itself");
    }
  }

  private void requireKnown(DepartmentId department) {
    if (lifecycle.directory().find(department).isEmpty()) {
      throw refuse(RuleName.UNKNOWN_DEPARTMENT, "department " + department + " is not in the directory");
    }
  }

  private void requireActive(DepartmentId department) {
    requireKnown(department);
    if (!lifecycle.directory().isActive(department)) {
      throw refuse(RuleName.DEPARTMENT_INACTIVE, "department " + department + " is not active");
    }
  }

  private void requirePermitted(CommandKind kind) {
    if (!lifecycle.permissions().permits(actor.role(), kind)) {
      throw refuse(RuleName.ROLE_NOT_PERMITTED, "a " + actor.role() + " may not " + kind + " (" + kind.chinese()
          + "); permitted: " + lifecycle.permissions().rolesFor(kind));
    }
  }

  /** No one approves or reviews a request of their own department. */
  private void requireNotOwn(DepartmentId requester, String what) {
    if (actor.belongsTo(requester)) {
      throw refuse(RuleName.OWN_DEPARTMENT_REQUEST, "staff of " + requester + " cannot decide on their own department's "
          + what);
    }
  }

  private CaseChange.ReturnRequested requirePendingReturn() {
    return current.pendingReturn().orElseThrow(() ->
        refuse(RuleName.NO_PENDING_RETURN, "no return awaits a decision"));
  }

  private String zoned(Instant instant) {
    return lifecycle.inPlatformZone(instant);
  }

  private void requireActorOf(DepartmentId department) {
    if (actor.role() == Actor.Role.HANDLER && !actor.belongsTo(department)) {
      throw refuse(RuleName.ACTOR_NOT_OF_DEPARTMENT, "staff of " + actor.department().get()
          + " cannot act for " + department);
    }
  }

  private void requireAssigned(DepartmentId department) {
    requireActorOf(department);
    if (!current.lead().filter(department::equals).isPresent() && !current.assisting().contains(department)) {
      throw refuse(RuleName.NOT_ASSIGNED, "department " + department + " is not assigned to the case");
    }
  }

  private void requireLead(DepartmentId department) {
    requireAssigned(department);
    if (!current.lead().filter(department::equals).isPresent()) {
      throw refuse(RuleName.NOT_LEAD, "department " + department + " assists; only the lead "
          + current.lead().map(DepartmentId::toString).orElse("") + " may do this");
    }
  }

  private CaseChange.ExtensionRequested requirePendingExtension() {
    return current.pendingExtension().orElseThrow(() ->
        refuse(RuleName.NO_PENDING_EXTENSION, "no extension request awaits a decision"));
  }

  private void requireExtensionLeft() {
    if (current.extensionsUsed() >= lifecycle.maxExtensions()) {
      throw refuse(RuleName.EXTENSION_LIMIT_REACHED, "the case has had " + current.extensionsUsed()
          + " extension(s), the most allowed is " + lifecycle.maxExtensions());
    }
  }
}
