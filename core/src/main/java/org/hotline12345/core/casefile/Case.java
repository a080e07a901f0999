package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * A case (工单): the appeal(s) it handles, where it stands in the lifecycle, who has it, its
 * deadlines, and everything that happened to it. Immutable: a {@link CaseLifecycle} command
 * returns a new case with the event that made it, and {@link #replay(List)} rebuilds a case
 * from its events alone.
 *
 * <p>{@code toString} shows the case id, number, status and version, and no personal data.
 */
public final class Case {

  private final ImmutableCaseState s;

  private Case(ModifiableCaseState draft) {
    this.s = draft.toImmutable();
  }

  // ---------------------------------------------------------------- replay

  /**
   * Rebuilds a case from its events: the registration first, then the others in sequence.
   *
   * @param events the case's events, in order, starting with {@code Registered} (or, for a case
   *     imported from history, {@code Imported}) at 1
   * @return the case
   * @throws NullPointerException if the list or one of its events is null, naming it
   * @throws IllegalArgumentException if the list is empty, does not start with the
   *     registration, mixes cases, or skips or repeats a sequence number
   */
  public static Case replay(List<CaseEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    Case current = start(Objects.requireNonNull(events.get(0), "events[0]"));
    for (int i = 1; i < events.size(); i++) {
      current = current.apply(Objects.requireNonNull(events.get(i), "events[" + i + "]"));
    }
    return current;
  }

  static Case start(CaseEvent first) {
    if (first.change() instanceof CaseChange.Imported imported && first.sequence() == 1) {
      return imported(first, imported);
    }
    if (!(first.change() instanceof CaseChange.Registered registered) || first.sequence() != 1) {
      throw new IllegalArgumentException("events must start with Registered or Imported at sequence 1, not "
          + first.kind() + " at " + first.sequence());
    }
    return new Case(ModifiableCaseState.create()
        .setId(first.caseId())
        .setNumber(registered.number())
        .setInquiryCodeHash(registered.inquiryCodeHash())
        .addAppeals(registered.appeal())
        .setCategory(registered.appeal().getCategory())
        .setStatus(CaseStatus.REGISTERED)
        .setExtensionsUsed(0)
        .setReopenCount(0)
        .setRegisteredAt(first.at())
        .setVersion(1)
        .setLastEventAt(first.at())
        .setPersonalDataErased(false));
  }

  /**
   * A case imported from history: registered when the source received it, dispatched to the
   * lead at once and, for a closed outcome, closed when the source closed it (its resolution met
   * then if resolved). Its last event is the latest of those instants.
   */
  private static Case imported(CaseEvent first, CaseChange.Imported imported) {
    Instant at = first.at();
    ModifiableCaseState d = ModifiableCaseState.create()
        .setId(first.caseId())
        .setNumber(imported.number())
        .setInquiryCodeHash(imported.inquiryCodeHash())
        .addAppeals(imported.appeal())
        .setCategory(imported.appeal().getCategory())
        .setExtensionsUsed(0)
        .setReopenCount(0)
        .setRegisteredAt(at)
        .setVersion(1)
        .setLastEventAt(at)
        .setPersonalDataErased(false);
    dispatch(d, imported.dispatch(), at);
    if (imported.closedAt().isPresent()) {
      Instant closed = imported.closedAt().get();
      if (imported.outcome() == HistoricalCase.Outcome.RESOLVED) {
        meet(d, Stage.RESOLUTION, closed);
      }
      close(d, CaseStatus.CLOSED, imported, closed);
      d.setLastEventAt(closed.isAfter(at) ? closed : at);
    }
    recordLeadDeadlines(d);
    return new Case(d);
  }

  /**
   * This case with one more event applied.
   *
   * @param event the next event of this case
   * @return the new case
   * @throws IllegalArgumentException if the event is of another case or out of sequence
   */
  Case apply(CaseEvent event) {
    if (!event.caseId().equals(s.id())) {
      throw new IllegalArgumentException("event of case " + event.caseId() + " applied to case " + s.id());
    }
    if (event.sequence() != s.version() + 1) {
      throw new IllegalArgumentException("event #" + event.sequence() + " applied to case " + s.id()
          + " at version " + s.version() + ": expected #" + (s.version() + 1));
    }
    ModifiableCaseState d = ModifiableCaseState.create().from(s)
        .setVersion(event.sequence())
        .setLastEventAt(event.at());
    Instant at = event.at();
    CaseChange change = event.change();
    switch (change.kind()) {
      case REGISTERED, IMPORTED -> throw new IllegalArgumentException("case " + s.id() + " is registered already");
      case ACCEPTED -> d.setStatus(CaseStatus.ACCEPTED);
      case NOT_ACCEPTED -> close(d, CaseStatus.NOT_ACCEPTED, change, at);
      case REFERRED_TO_EMERGENCY -> close(d, CaseStatus.REFERRED, change, at);
      case ANSWERED_DIRECTLY -> close(d, CaseStatus.ANSWERED_DIRECTLY, change, at);
      case MERGED_INTO -> close(d, CaseStatus.MERGED, change, at);
      case CLOSED -> close(d, CaseStatus.CLOSED, change, at);
      case DUPLICATE_ABSORBED -> d.addAllAppeals(((CaseChange.DuplicateAbsorbed) change).appeals());
      case RETURN_REQUESTED -> {
        d.setPendingReturn((CaseChange.ReturnRequested) change);
        meet(d, Stage.RETURN, at);
      }
      case RETURN_DENIED -> {
        int index = latestActive(d, ((CaseChange.ReturnDenied) change).department());
        d.assignments().set(index, d.assignments().get(index).returnDenied());
        d.setPendingReturn(Optional.empty());
      }
      case DISPATCHED -> dispatch(d, (CaseChange.Dispatched) change, at);
      case SIGNED_FOR -> sign(d, ((CaseChange.SignedFor) change).department(), at);
      case RETURNED -> returned(d, (CaseChange.Returned) change, at);
      case CONTACT_RECORDED -> meet(d, Stage.FIRST_CONTACT, at);
      case EXTENSION_REQUESTED -> d.setPendingExtension((CaseChange.ExtensionRequested) change);
      case EXTENSION_APPROVED -> {
        d.deadlines().put(Stage.RESOLUTION, ((CaseChange.ExtensionApproved) change).resolution());
        d.setExtensionsUsed(d.extensionsUsed() + 1);
        d.setPendingExtension(Optional.empty());
      }
      case EXTENSION_DENIED -> d.setPendingExtension(Optional.empty());
      case CLOCK_PAUSED -> d.setPausedSince(at);
      case CLOCK_RESUMED -> {
        ((CaseChange.ClockResumed) change).deadlines().forEach(x -> d.deadlines().put(x.stage(), x));
        d.setPausedSince(Optional.empty());
      }
      case REPLIED -> {
        d.setReply((CaseChange.Replied) change);
        meet(d, Stage.RESOLUTION, at);
        d.setStatus(CaseStatus.REPLIED);
      }
      case REPLY_REVIEWED -> reviewed(d, (CaseChange.ReplyReviewed) change);
      case CALLED_BACK -> {
        CallbackResult result = ((CaseChange.CalledBack) change).result();
        d.callbacks().add(result);
        if (result.satisfaction() != Satisfaction.NOT_REACHED) {
          meet(d, Stage.CALLBACK, at);
        }
        d.setStatus(CaseStatus.CALLED_BACK);
      }
      case REOPENED -> {
        d.setReopenCount(d.reopenCount() + 1);
        d.setReply(Optional.empty());
        d.deadlines().remove(Stage.CALLBACK);
        dispatch(d, ((CaseChange.Reopened) change).redispatch(), at);
      }
      case SUPERVISED -> {
        CaseChange.Supervised supervised = (CaseChange.Supervised) change;
        d.supervisionMarks().add(new SupervisionMark(supervised.measure(), at, event.actor(), supervised.note()));
      }
      case PERSONAL_DATA_ERASED -> d.setPersonalDataErased(true);
      case CLASSIFIED -> d.setCategory(((CaseChange.Classified) change).category());
      case DEADLINES_RECOMPUTED -> ((CaseChange.DeadlinesRecomputed) change).deadlines()
          .forEach(r -> d.deadlines().put(r.stage(), r.deadline()));
      case SUPERVISION_STEP_TAKEN -> {
        CaseChange.SupervisionStepTaken taken = (CaseChange.SupervisionStepTaken) change;
        d.supervisionSteps().add(new SupervisionRecord(taken.stage(), taken.step(), taken.addressee(), taken.light(),
            taken.dueAt(), at, event.actor()));
      }
      default -> throw new IllegalArgumentException("unknown change " + event.kind());
    }
    recordLeadDeadlines(d);
    return new Case(d);
  }

  // ---------------------------------------------------------------- applying a change to a draft

  private static void close(ModifiableCaseState d, CaseStatus closedStatus, CaseChange change, Instant at) {
    d.setStatus(closedStatus).setOutcome(change).setClosedAt(at)
        .setPendingExtension(Optional.empty()).setPendingReturn(Optional.empty());
  }

  private static void dispatch(ModifiableCaseState d, CaseChange.Dispatched dispatched, Instant at) {
    d.setLead(dispatched.lead()).setAssisting(dispatched.assisting()).setCandidates(dispatched.candidates());
    d.assignments().add(Assignment.of(dispatched.lead(), true, at));
    dispatched.assisting().forEach(a -> d.assignments().add(Assignment.of(a, false, at)));
    Stage.DEPARTMENT_STAGES.forEach(d.deadlines()::remove);
    dispatched.deadlines().forEach(x -> d.deadlines().put(x.stage(), x));
    d.setExtensionsUsed(0).setPendingExtension(Optional.empty()).setPendingReturn(Optional.empty())
        .setPausedSince(Optional.empty()).setStatus(CaseStatus.DISPATCHED);
  }

  private static void sign(ModifiableCaseState d, DepartmentId department, Instant at) {
    int index = latestActive(d, department);
    d.assignments().set(index, d.assignments().get(index).signed(at));
    if (d.lead().filter(department::equals).isPresent()) {
      meet(d, Stage.SIGN_FOR, at);
      // Returning is a right, not a duty: the window closes on sign-for, and is never urged.
      d.deadlines().remove(Stage.RETURN);
      d.setStatus(CaseStatus.SIGNED);
    }
  }

  private static void returned(ModifiableCaseState d, CaseChange.Returned r, Instant at) {
    int index = latestActive(d, r.department());
    d.assignments().set(index, d.assignments().get(index).returned(at, r.reason()));
    d.deadlines().remove(Stage.RETURN);
    d.setPendingReturn(Optional.empty());
    if (r.redispatch().isPresent()) {
      dispatch(d, r.redispatch().get(), at);
    } else {
      d.setLead(Optional.empty()).setAssisting(List.of()).setCandidates(List.of());
      Stage.DEPARTMENT_STAGES.forEach(d.deadlines()::remove);
      d.setPendingExtension(Optional.empty()).setPausedSince(Optional.empty()).setStatus(CaseStatus.AWAITING_DISPATCH);
    }
  }

  private static void reviewed(ModifiableCaseState d, CaseChange.ReplyReviewed r) {
    if (r.approved()) {
      r.callback().ifPresent(x -> d.deadlines().put(Stage.CALLBACK, x));
      d.setStatus(CaseStatus.AWAITING_CALLBACK);
      return;
    }
    StageDeadline resolution = d.deadlines().get(Stage.RESOLUTION);
    if (resolution != null) {
      d.deadlines().put(Stage.RESOLUTION, resolution.unmet());
    }
    d.setReply(Optional.empty()).setStatus(CaseStatus.SIGNED);
  }

  /** The lead's assignment keeps its own deadlines, so they outlive a return or a reopen. */
  private static void recordLeadDeadlines(ModifiableCaseState d) {
    if (d.lead().isEmpty()) {
      return;
    }
    Map<Stage, StageDeadline> own = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.DEPARTMENT_STAGES) {
      StageDeadline deadline = d.deadlines().get(stage);
      if (deadline != null) {
        own.put(stage, deadline);
      }
    }
    int index = latestActive(d, d.lead().get());
    d.assignments().set(index, d.assignments().get(index).withDeadlines(own));
  }

  private static int latestActive(ModifiableCaseState d, DepartmentId department) {
    List<Assignment> assignments = d.assignments();
    for (int i = assignments.size() - 1; i >= 0; i--) {
      if (assignments.get(i).department().equals(department) && assignments.get(i).isActive()) {
        return i;
      }
    }
    throw new IllegalArgumentException("department " + department + " has no current assignment");
  }

  private static void meet(ModifiableCaseState d, Stage stage, Instant at) {
    StageDeadline deadline = d.deadlines().get(stage);
    if (deadline != null && !deadline.isMet()) {
      d.deadlines().put(stage, deadline.met(at));
    }
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The internal identifier.
   *
   * @return the id
   */
  public CaseId id() {
    return s.id();
  }

  /**
   * The readable case number (工单编号).
   *
   * @return the number
   */
  public CaseNumber number() {
    return s.number();
  }

  /**
   * The hash of the citizen's inquiry code (查询码); the code itself is issued once, by the
   * registration's {@link Transition#inquiryCode()}.
   *
   * @return the hash
   */
  public InquiryCodeHash inquiryCodeHash() {
    return s.inquiryCodeHash();
  }

  /**
   * Whether a code typed by a citizen is this case's inquiry code.
   *
   * @param code the code
   * @return true if it matches
   * @throws NullPointerException if code is null
   */
  public boolean hasInquiryCode(InquiryCode code) {
    return code.hash().equals(s.inquiryCodeHash());
  }

  /**
   * The appeal that opened the case.
   *
   * @return the first appeal
   */
  public Appeal appeal() {
    return s.appeals().get(0);
  }

  /**
   * Whether the case is sensitive: any of its appeals, merged ones included, is a report (举报)
   * or comes from a citizen who asked for confidentiality (保密).
   *
   * @return true if sensitive
   */
  public boolean isSensitive() {
    return s.appeals().stream().anyMatch(Appeal::isSensitive);
  }

  /**
   * The first appeal as a viewer may see it; see {@link #appealsAsSeenBy}.
   *
   * @param viewer who looks
   * @return the appeal, masked where the rules say so
   * @throws NullPointerException if viewer is null
   * @throws IllegalArgumentException for the citizen, who sees a case only through its inquiry
   *     code ({@code CitizenView})
   */
  public Appeal appealAsSeenBy(Actor viewer) {
    return appealsAsSeenBy(viewer).get(0);
  }

  /**
   * Every appeal as a viewer may see it: a handler (承办人) sees every appeal of a sensitive case
   * {@linkplain Appeal#maskedForHandler() masked} (contact data, the detailed address, and the
   * names, numbers and address in the free text); the platform's staff and the system see them
   * whole.
   *
   * @param viewer who looks
   * @return the appeals, masked where the rules say so
   * @throws NullPointerException if viewer is null
   * @throws IllegalArgumentException for the citizen, who sees a case only through its inquiry
   *     code ({@code CitizenView})
   */
  public List<Appeal> appealsAsSeenBy(Actor viewer) {
    Objects.requireNonNull(viewer, "viewer");
    if (viewer.role() == Actor.Role.CITIZEN) {
      throw new IllegalArgumentException("viewer: a citizen sees a case through its inquiry code (CitizenView)");
    }
    if (viewer.role() == Actor.Role.HANDLER && isSensitive()) {
      return s.appeals().stream().map(Appeal::maskedForHandler).toList();
    }
    return s.appeals();
  }

  /**
   * Every appeal of the case: the first, then the repeats merged into it (并案).
   *
   * @return the appeals
   */
  public List<Appeal> appeals() {
    return s.appeals();
  }

  /**
   * The status.
   *
   * @return the status
   */
  public CaseStatus status() {
    return s.status();
  }

  /**
   * Whether the case is open (Open311 {@code open}).
   *
   * @return true if open
   */
  public boolean isOpen() {
    return s.status().isOpen();
  }

  /**
   * The lead department (主办单位), while one is assigned.
   *
   * @return the lead, or empty
   */
  public Optional<DepartmentId> lead() {
    return s.lead();
  }

  /**
   * The assisting departments (协办单位).
   *
   * @return the assisting departments
   */
  public List<DepartmentId> assisting() {
    return s.assisting();
  }

  /**
   * The candidates still to try, in order, if the lead returns the case.
   *
   * @return the candidates
   */
  public List<DepartmentId> candidates() {
    return s.candidates();
  }

  /**
   * The assignment history: who had the case, who signed, who returned it and why.
   *
   * @return the assignments, oldest first
   */
  public List<Assignment> assignments() {
    return s.assignments();
  }

  /**
   * The departments that returned the case at some point.
   *
   * @return the departments, in the order they returned it
   */
  public Set<DepartmentId> returnedBy() {
    Set<DepartmentId> returned = new LinkedHashSet<>();
    for (Assignment a : s.assignments()) {
      if (a.returnedAt().isPresent()) {
        returned.add(a.department());
      }
    }
    return Collections.unmodifiableSet(returned);
  }

  /**
   * The deadline of a stage, if the stage has one now.
   *
   * @param stage the stage
   * @return the deadline, or empty
   */
  public Optional<StageDeadline> deadline(Stage stage) {
    return Optional.ofNullable(s.deadlines().get(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * The current deadlines by stage.
   *
   * @return the deadlines, unmodifiable
   */
  public Map<Stage, StageDeadline> deadlines() {
    return s.deadlines();
  }

  /**
   * The deadlines supervision watches, soonest first: those not yet met of an open case. The
   * return window is never watched (returning is a right, not a duty), nor are the stages whose
   * clock is paused.
   *
   * @return the watched deadlines; empty for a closed case
   */
  public List<StageDeadline> watchedDeadlines() {
    if (!isOpen()) {
      return List.of();
    }
    return s.deadlines().values().stream()
        .filter(d -> !d.isMet() && d.stage().isSupervised())
        .filter(d -> s.pausedSince().isEmpty() || !d.stage().isPausable())
        .sorted(java.util.Comparator.comparing(StageDeadline::dueAt))
        .toList();
  }

  /**
   * The earliest of the {@linkplain #watchedDeadlines() watched deadlines}: when supervision
   * must next look at the case.
   *
   * @return the earliest due instant, or empty
   */
  public Optional<Instant> nextDeadline() {
    List<StageDeadline> watched = watchedDeadlines();
    return watched.isEmpty() ? Optional.empty() : Optional.of(watched.get(0).dueAt());
  }

  /**
   * The extensions approved for the current lead in the current round: the count restarts
   * when the case is dispatched again (after a return, or reopened), as the resolution
   * deadline does; the lifecycle's {@code maxExtensions} and {@code maxExtensionTotal} count
   * per round.
   *
   * @return the count
   */
  public int extensionsUsed() {
    return s.extensionsUsed();
  }

  /**
   * The extension request awaiting a decision, if any.
   *
   * @return the request, or empty
   */
  public Optional<CaseChange.ExtensionRequested> pendingExtension() {
    return s.pendingExtension();
  }

  /**
   * The return request awaiting the platform's decision, if any.
   *
   * @return the request, or empty
   */
  public Optional<CaseChange.ReturnRequested> pendingReturn() {
    return s.pendingReturn();
  }

  /**
   * Since when the clock is paused, if it is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> pausedSince() {
    return s.pausedSince();
  }

  /**
   * The supervision marks (督办) supervisors made by hand ({@link CaseCommand.Supervise}),
   * oldest first.
   *
   * @return the marks
   */
  public List<SupervisionMark> supervisionMarks() {
    return s.supervisionMarks();
  }

  /**
   * The steps of the escalation ladder taken (督办记录), oldest first: see {@link
   * CaseCommand.TakeSupervisionStep}.
   *
   * @return the records
   */
  public List<SupervisionRecord> supervisionSteps() {
    return s.supervisionSteps();
  }

  /**
   * Whether a step of the escalation ladder was taken for the deadline of a stage due at an instant.
   *
   * @param stage the stage
   * @param step the step
   * @param dueAt the deadline's due instant
   * @return true if taken
   * @throws NullPointerException if an argument is null
   */
  public boolean hasTaken(Stage stage, org.hotline12345.core.supervision.EscalationStep step, Instant dueAt) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(dueAt, "dueAt");
    for (SupervisionRecord r : s.supervisionSteps()) {
      if (r.isFor(stage, step, dueAt)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The department's reply in the current round, if any.
   *
   * @return the reply, or empty
   */
  public Optional<CaseChange.Replied> reply() {
    return s.reply();
  }

  /**
   * The callback results, oldest first.
   *
   * @return the results
   */
  public List<CallbackResult> callbacks() {
    return s.callbacks();
  }

  /**
   * How often the case was reopened (重办次数).
   *
   * @return the count
   */
  public int reopenCount() {
    return s.reopenCount();
  }

  /**
   * What closed the case: the not-accepting, referral, direct answer, merge or close.
   *
   * @return the closing change, or empty while open
   */
  public Optional<CaseChange> outcome() {
    return s.outcome();
  }

  /**
   * When the case was registered.
   *
   * @return the instant
   */
  public Instant registeredAt() {
    return s.registeredAt();
  }

  /**
   * When the case was closed, if it is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> closedAt() {
    return s.closedAt();
  }

  /**
   * The version: the sequence number of the last event applied (1 after registration).
   *
   * @return the version
   */
  public long version() {
    return s.version();
  }

  /**
   * When the last event happened.
   *
   * @return the instant
   */
  public Instant lastEventAt() {
    return s.lastEventAt();
  }

  /**
   * The case's category (分类): the appeal's own, or the one it was classified into since.
   *
   * @return the category, or empty while unclassified
   */
  public Optional<org.hotline12345.core.category.CategoryCode> category() {
    return s.category();
  }

  /**
   * Whether the case's personal data was erased (its retention ended): its texts read as erased.
   *
   * @return true once erased
   */
  public boolean isPersonalDataErased() {
    return s.personalDataErased();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Case that && s.equals(that.s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(s.id(), s.version(), s.status());
  }

  @Override
  public String toString() {
    return "Case[" + s.id() + ", " + s.number() + ", " + s.status() + ", version " + s.version() + "]";
  }
}
