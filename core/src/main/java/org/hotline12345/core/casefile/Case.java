package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
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

  private final CaseId id;
  private final CaseNumber number;
  private final InquiryCodeHash inquiryCodeHash;
  private final List<Appeal> appeals;
  private final CaseStatus status;
  private final Optional<DepartmentId> lead;
  private final List<DepartmentId> assisting;
  private final List<DepartmentId> candidates;
  private final List<Assignment> assignments;
  private final Map<Stage, StageDeadline> deadlines;
  private final int extensionsUsed;
  private final Optional<CaseChange.ExtensionRequested> pendingExtension;
  private final Optional<CaseChange.ReturnRequested> pendingReturn;
  private final Optional<Instant> pausedSince;
  private final List<SupervisionMark> supervisionMarks;
  private final Optional<CaseChange.Replied> reply;
  private final List<CallbackResult> callbacks;
  private final int reopenCount;
  private final Optional<CaseChange> outcome;
  private final Instant registeredAt;
  private final Optional<Instant> closedAt;
  private final long version;
  private final Instant lastEventAt;

  private Case(Draft d) {
    this.id = d.id;
    this.number = d.number;
    this.inquiryCodeHash = d.inquiryCodeHash;
    this.pendingReturn = d.pendingReturn;
    this.appeals = List.copyOf(d.appeals);
    this.status = d.status;
    this.lead = d.lead;
    this.assisting = List.copyOf(d.assisting);
    this.candidates = List.copyOf(d.candidates);
    this.assignments = List.copyOf(d.assignments);
    this.deadlines = Collections.unmodifiableMap(new EnumMap<>(d.deadlines));
    this.extensionsUsed = d.extensionsUsed;
    this.pendingExtension = d.pendingExtension;
    this.pausedSince = d.pausedSince;
    this.supervisionMarks = List.copyOf(d.supervisionMarks);
    this.reply = d.reply;
    this.callbacks = List.copyOf(d.callbacks);
    this.reopenCount = d.reopenCount;
    this.outcome = d.outcome;
    this.registeredAt = d.registeredAt;
    this.closedAt = d.closedAt;
    this.version = d.version;
    this.lastEventAt = d.lastEventAt;
  }

  // ---------------------------------------------------------------- replay

  /**
   * Rebuilds a case from its events: the registration first, then the others in sequence.
   *
   * @param events the case's events, in order, starting with {@code Registered} at 1
   * @return the case
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
    if (!(first.change() instanceof CaseChange.Registered registered) || first.sequence() != 1) {
      throw new IllegalArgumentException("events must start with Registered at sequence 1, not "
          + first.kind() + " at " + first.sequence());
    }
    Draft d = new Draft();
    d.id = first.caseId();
    d.number = registered.number();
    d.inquiryCodeHash = registered.inquiryCodeHash();
    d.appeals.add(registered.appeal());
    d.status = CaseStatus.REGISTERED;
    d.registeredAt = first.at();
    d.version = 1;
    d.lastEventAt = first.at();
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
    if (!event.caseId().equals(id)) {
      throw new IllegalArgumentException("event of case " + event.caseId() + " applied to case " + id);
    }
    if (event.sequence() != version + 1) {
      throw new IllegalArgumentException("event #" + event.sequence() + " applied to case " + id
          + " at version " + version + ": expected #" + (version + 1));
    }
    Draft d = new Draft(this);
    d.version = event.sequence();
    d.lastEventAt = event.at();
    Instant at = event.at();
    CaseChange change = event.change();
    if (change instanceof CaseChange.Registered) {
      throw new IllegalArgumentException("case " + id + " is registered already");
    } else if (change instanceof CaseChange.Accepted) {
      d.status = CaseStatus.ACCEPTED;
    } else if (change instanceof CaseChange.NotAccepted
        || change instanceof CaseChange.ReferredToEmergency
        || change instanceof CaseChange.AnsweredDirectly
        || change instanceof CaseChange.MergedInto
        || change instanceof CaseChange.Closed) {
      d.close(closedStatus(change), change, at);
    } else if (change instanceof CaseChange.DuplicateAbsorbed a) {
      d.appeals.addAll(a.appeals());
    } else if (change instanceof CaseChange.ReturnRequested r) {
      d.pendingReturn = Optional.of(r);
      d.meet(Stage.RETURN, at);
    } else if (change instanceof CaseChange.ReturnDenied) {
      d.pendingReturn = Optional.empty();
    } else if (change instanceof CaseChange.Dispatched dispatched) {
      d.dispatch(dispatched, at);
    } else if (change instanceof CaseChange.SignedFor s) {
      d.sign(s.department(), at);
    } else if (change instanceof CaseChange.Returned r) {
      d.returned(r, at);
    } else if (change instanceof CaseChange.ContactRecorded) {
      d.meet(Stage.FIRST_CONTACT, at);
    } else if (change instanceof CaseChange.ExtensionRequested r) {
      d.pendingExtension = Optional.of(r);
    } else if (change instanceof CaseChange.ExtensionApproved a) {
      d.deadlines.put(Stage.RESOLUTION, a.resolution());
      d.extensionsUsed++;
      d.pendingExtension = Optional.empty();
    } else if (change instanceof CaseChange.ExtensionDenied) {
      d.pendingExtension = Optional.empty();
    } else if (change instanceof CaseChange.ClockPaused) {
      d.pausedSince = Optional.of(at);
    } else if (change instanceof CaseChange.ClockResumed r) {
      r.deadlines().forEach(x -> d.deadlines.put(x.stage(), x));
      d.pausedSince = Optional.empty();
    } else if (change instanceof CaseChange.Replied r) {
      d.reply = Optional.of(r);
      d.meet(Stage.RESOLUTION, at);
      d.status = CaseStatus.REPLIED;
    } else if (change instanceof CaseChange.ReplyReviewed r) {
      d.reviewed(r);
    } else if (change instanceof CaseChange.CalledBack c) {
      d.callbacks.add(c.result());
      if (c.result().satisfaction() != Satisfaction.NOT_REACHED) {
        d.meet(Stage.CALLBACK, at);
      }
      d.status = CaseStatus.CALLED_BACK;
    } else if (change instanceof CaseChange.Reopened r) {
      d.reopenCount++;
      d.reply = Optional.empty();
      d.deadlines.remove(Stage.CALLBACK);
      d.dispatch(r.redispatch(), at);
    } else if (change instanceof CaseChange.Supervised s) {
      d.supervisionMarks.add(new SupervisionMark(s.measure(), at, event.actor(), s.note()));
    } else {
      throw new IllegalArgumentException("unknown change " + event.kind());
    }
    d.recordLeadDeadlines();
    return new Case(d);
  }

  private static CaseStatus closedStatus(CaseChange change) {
    if (change instanceof CaseChange.NotAccepted) {
      return CaseStatus.NOT_ACCEPTED;
    } else if (change instanceof CaseChange.ReferredToEmergency) {
      return CaseStatus.REFERRED;
    } else if (change instanceof CaseChange.AnsweredDirectly) {
      return CaseStatus.ANSWERED_DIRECTLY;
    } else if (change instanceof CaseChange.MergedInto) {
      return CaseStatus.MERGED;
    }
    return CaseStatus.CLOSED;
  }

  /** The mutable state used to build the next case. */
  private static final class Draft {
    CaseId id;
    CaseNumber number;
    InquiryCodeHash inquiryCodeHash;
    Optional<CaseChange.ReturnRequested> pendingReturn = Optional.empty();
    final List<Appeal> appeals = new ArrayList<>();
    CaseStatus status;
    Optional<DepartmentId> lead = Optional.empty();
    List<DepartmentId> assisting = new ArrayList<>();
    List<DepartmentId> candidates = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final Map<Stage, StageDeadline> deadlines = new EnumMap<>(Stage.class);
    int extensionsUsed;
    Optional<CaseChange.ExtensionRequested> pendingExtension = Optional.empty();
    Optional<Instant> pausedSince = Optional.empty();
    final List<SupervisionMark> supervisionMarks = new ArrayList<>();
    Optional<CaseChange.Replied> reply = Optional.empty();
    final List<CallbackResult> callbacks = new ArrayList<>();
    int reopenCount;
    Optional<CaseChange> outcome = Optional.empty();
    Instant registeredAt;
    Optional<Instant> closedAt = Optional.empty();
    long version;
    Instant lastEventAt;

    Draft() {}

    Draft(Case c) {
      id = c.id;
      number = c.number;
      inquiryCodeHash = c.inquiryCodeHash;
      pendingReturn = c.pendingReturn;
      appeals.addAll(c.appeals);
      status = c.status;
      lead = c.lead;
      assisting = new ArrayList<>(c.assisting);
      candidates = new ArrayList<>(c.candidates);
      assignments.addAll(c.assignments);
      deadlines.putAll(c.deadlines);
      extensionsUsed = c.extensionsUsed;
      pendingExtension = c.pendingExtension;
      pausedSince = c.pausedSince;
      supervisionMarks.addAll(c.supervisionMarks);
      reply = c.reply;
      callbacks.addAll(c.callbacks);
      reopenCount = c.reopenCount;
      outcome = c.outcome;
      registeredAt = c.registeredAt;
      closedAt = c.closedAt;
      version = c.version;
      lastEventAt = c.lastEventAt;
    }

    void close(CaseStatus closedStatus, CaseChange change, Instant at) {
      status = closedStatus;
      outcome = Optional.of(change);
      closedAt = Optional.of(at);
      pendingExtension = Optional.empty();
      pendingReturn = Optional.empty();
    }

    void dispatch(CaseChange.Dispatched d, Instant at) {
      lead = Optional.of(d.lead());
      assisting = new ArrayList<>(d.assisting());
      candidates = new ArrayList<>(d.candidates());
      assignments.add(Assignment.of(d.lead(), true, at));
      d.assisting().forEach(a -> assignments.add(Assignment.of(a, false, at)));
      for (Stage stage : Stage.DEPARTMENT_STAGES) {
        deadlines.remove(stage);
      }
      d.deadlines().forEach(s -> deadlines.put(s.stage(), s));
      extensionsUsed = 0;
      pendingExtension = Optional.empty();
      pendingReturn = Optional.empty();
      pausedSince = Optional.empty();
      status = CaseStatus.DISPATCHED;
    }

    void sign(DepartmentId department, Instant at) {
      int index = latestActive(department);
      assignments.set(index, assignments.get(index).signed(at));
      if (lead.filter(department::equals).isPresent()) {
        meet(Stage.SIGN_FOR, at);
        // Returning is a right, not a duty: the window closes on sign-for, and is never urged.
        deadlines.remove(Stage.RETURN);
        status = CaseStatus.SIGNED;
      }
    }

    void returned(CaseChange.Returned r, Instant at) {
      int index = latestActive(r.department());
      assignments.set(index, assignments.get(index).returned(at, r.reason()));
      deadlines.remove(Stage.RETURN);
      pendingReturn = Optional.empty();
      if (r.redispatch().isPresent()) {
        dispatch(r.redispatch().get(), at);
      } else {
        lead = Optional.empty();
        assisting = new ArrayList<>();
        candidates = new ArrayList<>();
        for (Stage stage : Stage.DEPARTMENT_STAGES) {
          deadlines.remove(stage);
        }
        pendingExtension = Optional.empty();
        pausedSince = Optional.empty();
        status = CaseStatus.AWAITING_DISPATCH;
      }
    }

    void reviewed(CaseChange.ReplyReviewed r) {
      if (r.approved()) {
        r.callback().ifPresent(x -> deadlines.put(Stage.CALLBACK, x));
        status = CaseStatus.AWAITING_CALLBACK;
        return;
      }
      StageDeadline resolution = deadlines.get(Stage.RESOLUTION);
      if (resolution != null) {
        deadlines.put(Stage.RESOLUTION, resolution.unmet());
      }
      reply = Optional.empty();
      status = CaseStatus.SIGNED;
    }

    /** The lead's assignment keeps its own deadlines, so they outlive a return or a reopen. */
    void recordLeadDeadlines() {
      if (lead.isEmpty()) {
        return;
      }
      Map<Stage, StageDeadline> own = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.DEPARTMENT_STAGES) {
        StageDeadline deadline = deadlines.get(stage);
        if (deadline != null) {
          own.put(stage, deadline);
        }
      }
      int index = latestActive(lead.get());
      assignments.set(index, assignments.get(index).withDeadlines(own));
    }

    int latestActive(DepartmentId department) {
      for (int i = assignments.size() - 1; i >= 0; i--) {
        if (assignments.get(i).department().equals(department) && assignments.get(i).isActive()) {
          return i;
        }
      }
      throw new IllegalArgumentException("department " + department + " has no current assignment");
    }

    void meet(Stage stage, Instant at) {
      StageDeadline deadline = deadlines.get(stage);
      if (deadline != null && !deadline.isMet()) {
        deadlines.put(stage, deadline.met(at));
      }
    }
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The internal identifier.
   *
   * @return the id
   */
  public CaseId id() {
    return id;
  }

  /**
   * The readable case number (工单编号).
   *
   * @return the number
   */
  public CaseNumber number() {
    return number;
  }

  /**
   * The hash of the citizen's inquiry code (查询码); the code itself is issued once, by the
   * registration's {@link Transition#inquiryCode()}.
   *
   * @return the hash
   */
  public InquiryCodeHash inquiryCodeHash() {
    return inquiryCodeHash;
  }

  /**
   * Whether a code typed by a citizen is this case's inquiry code.
   *
   * @param code the code
   * @return true if it matches
   * @throws NullPointerException if code is null
   */
  public boolean hasInquiryCode(InquiryCode code) {
    return code.hash().equals(inquiryCodeHash);
  }

  /**
   * The appeal that opened the case.
   *
   * @return the first appeal
   */
  public Appeal appeal() {
    return appeals.get(0);
  }

  /**
   * Whether the case is sensitive: any of its appeals, merged ones included, is a report (举报)
   * or comes from a citizen who asked for confidentiality (保密).
   *
   * @return true if sensitive
   */
  public boolean isSensitive() {
    return appeals.stream().anyMatch(Appeal::isSensitive);
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
      return appeals.stream().map(Appeal::maskedForHandler).toList();
    }
    return appeals;
  }

  /**
   * Every appeal of the case: the first, then the repeats merged into it (并案).
   *
   * @return the appeals
   */
  public List<Appeal> appeals() {
    return appeals;
  }

  /**
   * The status.
   *
   * @return the status
   */
  public CaseStatus status() {
    return status;
  }

  /**
   * Whether the case is open (Open311 {@code open}).
   *
   * @return true if open
   */
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * The lead department (主办单位), while one is assigned.
   *
   * @return the lead, or empty
   */
  public Optional<DepartmentId> lead() {
    return lead;
  }

  /**
   * The assisting departments (协办单位).
   *
   * @return the assisting departments
   */
  public List<DepartmentId> assisting() {
    return assisting;
  }

  /**
   * The candidates still to try, in order, if the lead returns the case.
   *
   * @return the candidates
   */
  public List<DepartmentId> candidates() {
    return candidates;
  }

  /**
   * The assignment history: who had the case, who signed, who returned it and why.
   *
   * @return the assignments, oldest first
   */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * The departments that returned the case at some point.
   *
   * @return the departments, in the order they returned it
   */
  public Set<DepartmentId> returnedBy() {
    Set<DepartmentId> returned = new LinkedHashSet<>();
    for (Assignment a : assignments) {
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
    return Optional.ofNullable(deadlines.get(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * The current deadlines by stage.
   *
   * @return the deadlines, unmodifiable
   */
  public Map<Stage, StageDeadline> deadlines() {
    return deadlines;
  }

  /**
   * The earliest deadline that supervision watches and that is not yet met: empty for a closed
   * case. The return window is never watched (returning is a right, not a duty), nor are the
   * stages whose clock is paused.
   *
   * @return the earliest due instant, or empty
   */
  public Optional<Instant> nextDeadline() {
    if (!isOpen()) {
      return Optional.empty();
    }
    return deadlines.values().stream()
        .filter(d -> !d.isMet() && d.stage().isSupervised())
        .filter(d -> pausedSince.isEmpty() || !d.stage().isPausable())
        .map(StageDeadline::dueAt).min(Instant::compareTo);
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
    return extensionsUsed;
  }

  /**
   * The extension request awaiting a decision, if any.
   *
   * @return the request, or empty
   */
  public Optional<CaseChange.ExtensionRequested> pendingExtension() {
    return pendingExtension;
  }

  /**
   * The return request awaiting the platform's decision, if any.
   *
   * @return the request, or empty
   */
  public Optional<CaseChange.ReturnRequested> pendingReturn() {
    return pendingReturn;
  }

  /**
   * Since when the clock is paused, if it is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> pausedSince() {
    return pausedSince;
  }

  /**
   * The supervision marks (督办), oldest first.
   *
   * @return the marks
   */
  public List<SupervisionMark> supervisionMarks() {
    return supervisionMarks;
  }

  /**
   * The department's reply in the current round, if any.
   *
   * @return the reply, or empty
   */
  public Optional<CaseChange.Replied> reply() {
    return reply;
  }

  /**
   * The callback results, oldest first.
   *
   * @return the results
   */
  public List<CallbackResult> callbacks() {
    return callbacks;
  }

  /**
   * How often the case was reopened (重办次数).
   *
   * @return the count
   */
  public int reopenCount() {
    return reopenCount;
  }

  /**
   * What closed the case: the not-accepting, referral, direct answer, merge or close.
   *
   * @return the closing change, or empty while open
   */
  public Optional<CaseChange> outcome() {
    return outcome;
  }

  /**
   * When the case was registered.
   *
   * @return the instant
   */
  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * When the case was closed, if it is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> closedAt() {
    return closedAt;
  }

  /**
   * The version: the sequence number of the last event applied (1 after registration).
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * When the last event happened.
   *
   * @return the instant
   */
  public Instant lastEventAt() {
    return lastEventAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Case that && version == that.version && id.equals(that.id)
        && number.equals(that.number) && inquiryCodeHash.equals(that.inquiryCodeHash)
        && pendingReturn.equals(that.pendingReturn)
        && appeals.equals(that.appeals) && status == that.status && lead.equals(that.lead)
        && assisting.equals(that.assisting) && candidates.equals(that.candidates)
        && assignments.equals(that.assignments) && deadlines.equals(that.deadlines)
        && extensionsUsed == that.extensionsUsed && pendingExtension.equals(that.pendingExtension)
        && pausedSince.equals(that.pausedSince) && supervisionMarks.equals(that.supervisionMarks)
        && reply.equals(that.reply) && callbacks.equals(that.callbacks)
        && reopenCount == that.reopenCount && outcome.equals(that.outcome)
        && registeredAt.equals(that.registeredAt) && closedAt.equals(that.closedAt)
        && lastEventAt.equals(that.lastEventAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, status);
  }

  @Override
  public String toString() {
    return "Case[" + id + ", " + number + ", " + status + ", version " + version + "]";
  }
}
