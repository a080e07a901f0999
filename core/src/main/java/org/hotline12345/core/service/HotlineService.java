package org.hotline12345.core.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.classification.Classification;
import org.hotline12345.core.classification.Classifier;
import org.hotline12345.core.internal.Texts;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.view.CitizenView;
import org.hotline12345.core.view.HandlerView;
import org.hotline12345.core.view.PublicView;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.HistoricalCase;
import org.hotline12345.core.casefile.InquiryCode;
import org.hotline12345.core.casefile.RecomputedDeadline;
import org.hotline12345.core.casefile.StageDeadlineExplanation;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.casefile.Transition;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.core.internal.Sealer;
import org.hotline12345.core.internal.Json;
import org.hotline12345.core.supervision.BoardEntry;
import org.hotline12345.core.supervision.BoardQuery;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.SupervisionBoard;
import org.hotline12345.core.supervision.SupervisionPlan;
import org.hotline12345.core.supervision.SupervisionPolicy;
import org.hotline12345.core.supervision.SupervisionTable;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.ConcurrencyConflictException;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.RetryableStoreException;
import org.hotline12345.persistence.StoreException;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;
import org.hotline12345.persistence.UnitOfWork;

/**
 * The application service (应用服务) a host wires once, with its store, lifecycle and clock,
 * and then calls: submit appeals, run lifecycle commands by case id, query, and sweep for
 * supervision. Thread-safe.
 *
 * <p>Each call loads the case from its events, applies the domain command, and commits the
 * new case version, its event and an outbox message in one unit of work. When another writer
 * changed the case in between ({@link ConcurrencyConflictException}), or the database chose the
 * unit as a deadlock victim or could not serialize it ({@link RetryableStoreException}), the
 * call reloads the case and decides the command again, up to {@code maxAttempts} times, then
 * throws the last such exception. A refused command ({@link CaseRuleException}) writes nothing. Intake is idempotent: an appeal
 * whose channel and external id were seen before returns the case already registered.
 *
 * <p>Outbox messages have the id {@code <caseId>:<sequence>}, the topic {@code case.<kind>}
 * (for example {@code case.registered}, {@code case.supervision-step}) and a payload with the case
 * id, number, status, kind, sequence and instant, and for a supervision step its stage, step,
 * addressee, light and the deadline's due instant: never personal data.
 */
public final class HotlineService {

  private final HotlineStore store;
  private final CaseLifecycle lifecycle;
  private final Clock clock;
  private final int maxAttempts;
  private final InquiryGuard inquiryGuard;
  private final Optional<byte[]> keyEncryptionKey;
  private final Optional<Triage> triage;
  private final Optional<Router> router;
  private final Optional<Classifier> classifier;
  private final double classificationThreshold;
  private final Automation automation;
  private final Optional<CallerKeys> callerKeys;
  private final AppealHistory appealHistory;
  private final SupervisionPolicy supervisionPolicy;

  private HotlineService(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.store == null) {
      missing.add("store");
    }
    if (b.lifecycle == null) {
      missing.add("lifecycle");
    }
    if (b.clock == null) {
      missing.add("clock");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("HotlineService needs " + String.join(", ", missing) + "; set "
          + (missing.size() == 1 ? "it" : "them") + " on the builder");
    }
    this.store = b.store;
    this.lifecycle = b.lifecycle;
    this.clock = b.clock;
    this.maxAttempts = b.maxAttempts;
    this.inquiryGuard = b.inquiryGuard;
    this.keyEncryptionKey = Optional.ofNullable(b.keyEncryptionKey).map(byte[]::clone);
    this.triage = Optional.ofNullable(b.triage);
    this.router = Optional.ofNullable(b.router);
    this.classifier = Optional.ofNullable(b.classifier);
    this.classificationThreshold = b.classificationThreshold;
    this.automation = b.automation;
    this.callerKeys = Optional.ofNullable(b.callerKeySecret).map(CallerKeys::new);
    this.appealHistory = new StoredAppealHistory(store.cases(), callerKeys, this::find);
    this.supervisionPolicy = b.supervisionPolicy;
  }

  /** The same service on another lifecycle: see {@link #withLifecycle}. */
  private HotlineService(HotlineService base, CaseLifecycle lifecycle) {
    this.store = base.store;
    this.lifecycle = lifecycle;
    this.clock = base.clock;
    this.maxAttempts = base.maxAttempts;
    this.inquiryGuard = base.inquiryGuard;
    this.keyEncryptionKey = base.keyEncryptionKey;
    this.triage = base.triage;
    this.router = base.router;
    this.classifier = base.classifier;
    this.classificationThreshold = base.classificationThreshold;
    this.automation = base.automation;
    this.callerKeys = base.callerKeys;
    this.appealHistory = new StoredAppealHistory(store.cases(), callerKeys, this::find);
    this.supervisionPolicy = base.supervisionPolicy;
  }

  /**
   * Starts a builder; store, lifecycle and clock are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HotlineService}. */
  public static final class Builder {
    private HotlineStore store;
    private CaseLifecycle lifecycle;
    private Clock clock;
    private int maxAttempts = 5;
    private InquiryGuard inquiryGuard = InquiryGuard.perSource(10, Duration.ofMinutes(10));
    private byte[] keyEncryptionKey;
    private Triage triage;
    private Router router;
    private Classifier classifier;
    private double classificationThreshold = 0.5;
    private Automation automation = Automation.PROPOSE;
    private byte[] callerKeySecret;
    private SupervisionPolicy supervisionPolicy = SupervisionTable.standard();

    private Builder() {}

    /**
     * The supervision policy (督办规则) the service computes every case's lights and next alarm
     * with, and the {@linkplain HotlineService#sweep sweep} climbs the escalation ladder by;
     * {@link SupervisionTable#standard()} unless set. Every service over the same store should
     * be given the same policy: a row carries the next alarm of the policy that wrote it.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder supervisionPolicy(SupervisionPolicy policy) {
      this.supervisionPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * A secret of the host's (from its key management, at least 16 bytes) under which the
     * service recognises the same caller (来电人) without keeping the phone number: each case it
     * stores carries a keyed hash (HMAC-SHA256) of the caller's normalised phone number as its
     * {@link StoredCase#callerKey()}, and {@link #appealHistory()} finds a caller's earlier
     * appeals by it. Without it no case carries a caller key and the history's questions about
     * callers throw {@link IllegalStateException} naming this setting. Every service over the
     * same store must be given the same secret; cases stored under another secret (or none) are
     * not recognised as the caller's until they are written again.
     *
     * @param secret at least 16 bytes; the service keeps a copy
     * @return this builder
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public Builder callerKeySecret(byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < CallerKeys.MIN_SECRET_BYTES) {
        throw new IllegalArgumentException("callerKeySecret: must be at least " + CallerKeys.MIN_SECRET_BYTES
            + " bytes, was " + secret.length);
      }
      this.callerKeySecret = secret.clone();
      return this;
    }

    /**
     * The triage (分拨研判) run on intake: by the rules module, or the host's own.
     *
     * @param triage the triage
     * @return this builder
     */
    public Builder triage(Triage triage) {
      this.triage = Objects.requireNonNull(triage, "triage");
      return this;
    }

    /**
     * The classifier (分类) that, on intake, gives an appeal without a category the most likely
     * one, when its confidence reaches the threshold.
     *
     * @param classifier the classifier
     * @param threshold the least confidence to act on, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the threshold is not 0 to 1
     */
    public Builder classifier(Classifier classifier, double threshold) {
      Objects.requireNonNull(classifier, "classifier");
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold: must be 0 to 1, was " + threshold);
      }
      this.classifier = classifier;
      this.classificationThreshold = threshold;
      return this;
    }

    /**
     * The router (派单) that sends accepted cases on.
     *
     * @param router the router
     * @return this builder
     */
    public Builder router(Router router) {
      this.router = Objects.requireNonNull(router, "router");
      return this;
    }

    /**
     * Whether triage and routing act on intake by themselves ({@link Automation#AUTOMATIC}) or
     * are proposed for a clerk to confirm ({@link Automation#PROPOSE}, unless set).
     *
     * @param automation the setting
     * @return this builder
     */
    public Builder automation(Automation automation) {
      this.automation = Objects.requireNonNull(automation, "automation");
      return this;
    }

    /**
     * A key of the host's (32 bytes, from its key management) that wraps every case's data key
     * before the store keeps it, so that a reader of the database, who sees the sealed events
     * and the keys table, still reads no personal data. Without it the data keys are stored
     * as they are, apart from the events. The same key must be given to every service over the
     * same store; a lost key makes every case's personal data unreadable.
     *
     * @param key 32 bytes
     * @return this builder
     * @throws IllegalArgumentException if the key is not 32 bytes
     */
    public Builder keyEncryptionKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length != 32) {
        throw new IllegalArgumentException("keyEncryptionKey: must be 32 bytes, was " + key.length);
      }
      this.keyEncryptionKey = key.clone();
      return this;
    }

    /**
     * How the citizen's lookup limits attempts per source; 10 attempts per source in each
     * 10 minutes, in this process, unless set.
     *
     * @param guard the guard
     * @return this builder
     */
    public Builder inquiryGuard(InquiryGuard guard) {
      this.inquiryGuard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /**
     * The store.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder store(HotlineStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The lifecycle.
     *
     * @param lifecycle the lifecycle
     * @return this builder
     */
    public Builder lifecycle(CaseLifecycle lifecycle) {
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /**
     * The clock that dates every step.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How often a call tries before it gives up on version conflicts, duplicate keys and
     * retryable store failures (deadlocks, serialization failures); 5 unless set.
     *
     * @param attempts 1 or more
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws IllegalStateException naming every one of store, lifecycle and clock that is missing
     */
    public HotlineService build() {
      return new HotlineService(this);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  // ---------------------------------------------------------------- commands

  /**
   * Submits an appeal (诉求受理入口): registers it as a case and issues the citizen's inquiry
   * code, or, if an appeal with the same channel and external id was submitted before, returns
   * that case unchanged and without a code.
   *
   * @param appeal the appeal
   * @param actor who submits it
   * @return the case, and the inquiry code to give the citizen
   * @throws CaseRuleException if the actor may not register, or the appeal was received outside
   *     the lifecycle's window; an appeal that lacks essential elements is registered all the
   *     same (see {@link CaseLifecycle#missingElements}) and left for acceptance to decide
   */
  public Submission submit(Appeal appeal, Actor actor) {
    Objects.requireNonNull(appeal, "appeal");
    Objects.requireNonNull(actor, "actor");
    Optional<String> key = appeal.getExternalId().map(id -> appeal.getChannel().name() + ":" + id);
    // Registered outside the unit of work: the case number comes from the store's sequence,
    // which must not wait for a connection while the unit holds one. A repeat wastes a number.
    Transition t = lifecycle.register(appeal, actor, now());
    Submission submitted = retrying(uow -> {
      Optional<String> existing = key.flatMap(uow::findCaseIdByIntakeKey);
      if (existing.isPresent()) {
        return new Submission(new Unit(uow).require(CaseId.of(existing.get())), Optional.empty());
      }
      String caseId = t.after().id().value();
      byte[] dataKey = Sealer.newKey();
      uow.insertCase(row(t.after()), key, List.of(EventCodec.encode(t.event(), Sealer.withKey(dataKey, caseId))));
      uow.insertCaseKey(caseId, wrap(dataKey, caseId));
      uow.enqueue(message(t));
      return new Submission(t.after(), t.inquiryCode());
    });
    if (submitted.isRepeat() || automation != Automation.AUTOMATIC) {
      return submitted;
    }
    Automated automated = automate(submitted.registered());
    return new Submission(automated.current(), submitted.inquiryCode(), automated.stopped());
  }

  /** A case after automation, and why the automation stopped early, if it did. */
  private record Automated(Case current, Optional<String> stopped) {}

  /**
   * Triage, then routing, as commands of the system actor, each with its explanation. A step
   * the rules refuse (say, a router naming an ineligible department) stops the automation and
   * leaves the case for a person, as it stands.
   */
  private Automated automate(Case registered) {
    Case current = registered;
    String step = "classification";
    try {
      if (classifier.isPresent() && current.category().isEmpty()) {
        Classification classification = classifier.get().classify(current.appeal());
        Optional<CategoryCode> best = classification.best(classificationThreshold);
        if (best.isPresent()) {
          current = execute(current.id(), new CaseCommand.Classify(best.get()), Actor.system(),
              Optional.of(classification.explanation()));
        }
      }
      step = "triage";
      if (triage.isPresent() && current.status() == CaseStatus.REGISTERED) {
        TriageOutcome outcome = triage.get().triage(current, appealHistory);
        current = confirm(current.id(), outcome, Actor.system());
      }
      step = "routing";
      current = route(current);
    } catch (CaseRuleException refused) {
      return new Automated(find(current.id()).orElse(current), Optional.of("the " + step
          + " step was refused by the lifecycle: " + refused.rule()));
    } catch (RuntimeException failed) {
      return new Automated(find(current.id()).orElse(current), Optional.of("the " + step
          + " step failed: " + failed.getClass().getSimpleName() + ": "
          + Texts.forDisplay(String.valueOf(failed.getMessage()), 300)));
    }
    return new Automated(current, Optional.empty());
  }

  /** With a router, routes a case that is accepted or awaits dispatch; else leaves it. */
  private Case route(Case current) {
    if (router.isPresent() && (current.status() == CaseStatus.ACCEPTED
        || current.status() == CaseStatus.AWAITING_DISPATCH)) {
      Case toRoute = current;
      return confirm(current.id(), router.get().route(toRoute, lifecycle.eligibility(toRoute)),
          Actor.system());
    }
    return current;
  }

  /**
   * What the configured triage and router would do with a case now, for a clerk to confirm.
   *
   * @param caseId the case
   * @return the proposal; empty parts where no port is configured or the status calls for none
   * @throws java.util.NoSuchElementException if no such case is stored
   */
  public Proposal propose(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    Case c = found(caseId);
    Optional<TriageOutcome> t = c.status() == CaseStatus.REGISTERED ? triage.map(x -> x.triage(c, appealHistory)) : Optional.empty();
    Optional<RoutingOutcome> r = (c.status() == CaseStatus.ACCEPTED || c.status() == CaseStatus.AWAITING_DISPATCH)
        ? router.map(x -> x.route(c, lifecycle.eligibility(c))) : Optional.empty();
    return new Proposal(t, r);
  }

  /**
   * Carries out a triage outcome: its command, or the merge it proposes, with its explanation
   * on the event. A hand-over to a person changes nothing.
   *
   * @param caseId the case
   * @param outcome the outcome, from {@link #propose} or a rule
   * @param actor who confirms it: a clerk, or the system
   * @return the case after it
   * @throws CaseRuleException if the step breaks a rule; nothing is written
   */
  public Case confirm(CaseId caseId, TriageOutcome outcome, Actor actor) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
    Optional<Explanation> why = Optional.of(outcome.explanation());
    if (outcome instanceof TriageOutcome.MergeInto m) {
      return merge(caseId, m.target(), actor, why).get(0);
    }
    Optional<CaseCommand> command = TriageOutcome.commandOf(outcome);
    if (command.isEmpty()) {
      return found(caseId);
    }
    return execute(caseId, command.get(), actor, why);
  }

  /**
   * Carries out a routing outcome: the dispatch, with its explanation on the event. A hand-over
   * to a person changes nothing.
   *
   * @param caseId the case
   * @param outcome the outcome
   * @param actor who confirms it: a dispatcher, or the system
   * @return the case after it
   * @throws CaseRuleException if the dispatch breaks a rule (an ineligible department, say)
   */
  public Case confirm(CaseId caseId, RoutingOutcome outcome, Actor actor) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
    if (outcome instanceof RoutingOutcome.Route route) {
      return execute(caseId, route.toDispatch(), actor, Optional.of(route.explanation()));
    }
    return found(caseId);
  }

  /**
   * A case's whole history, oldest first, each event with who, when and, for a rule's decision,
   * why: the answer to "why did it go there?".
   *
   * @param caseId the case
   * @return the events; empty if no such case is stored
   */
  public List<CaseEvent> history(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return decode(store.cases().events(caseId.value()), committedSealer(caseId));
  }

  /**
   * Runs a lifecycle command on a case. With {@link Automation#AUTOMATIC} and a router, a case
   * the command leaves awaiting dispatch (a return approved with no candidate left, 退单) is
   * routed again at once, the departments that returned it excluded; a route the lifecycle
   * refuses leaves it for a dispatcher.
   *
   * @param caseId the case
   * @param command the command
   * @param actor who gives it
   * @return the case after the command
   * @throws CaseRuleException if the command breaks a rule; nothing is written
   * @throws java.util.NoSuchElementException if no such case is stored
   * @throws ConcurrencyConflictException if other writers kept changing the case
   */
  public Case execute(CaseId caseId, CaseCommand command, Actor actor) {
    Case after = execute(caseId, command, actor, Optional.empty());
    if (automation == Automation.AUTOMATIC && after.status() == CaseStatus.AWAITING_DISPATCH) {
      try {
        return route(after);
      } catch (CaseRuleException refused) {
        return find(caseId).orElse(after);
      }
    }
    return after;
  }

  private Case execute(CaseId caseId, CaseCommand command, Actor actor, Optional<Explanation> why) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    return retrying(uow -> {
      Unit unit = new Unit(uow);
      Case current = unit.require(caseId);
      Transition t = lifecycle.execute(current, command, actor, now(), why);
      unit.commit(current.version(), t);
      return t.after();
    });
  }

  /**
   * Merges a repeat case into an open one (并案), both in one unit of work, with the checks of
   * {@link CaseLifecycle#merge}. The two cases are written in the order of their ids, so two
   * opposite merges running at once conflict cleanly instead of deadlocking.
   *
   * @param duplicate the repeat case
   * @param target the case to merge into
   * @param actor who merges
   * @return the two cases after the merge, the duplicate's first
   * @throws CaseRuleException if the merge breaks a rule; nothing is written
   * @throws java.util.NoSuchElementException if either case is not stored
   */
  public List<Case> merge(CaseId duplicate, CaseId target, Actor actor) {
    return merge(duplicate, target, actor, Optional.empty());
  }

  private List<Case> merge(CaseId duplicate, CaseId target, Actor actor, Optional<Explanation> why) {
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actor, "actor");
    return retrying(uow -> {
      Unit unit = new Unit(uow);
      Case dup = unit.require(duplicate);
      Case into = unit.require(target);
      List<Transition> ts = lifecycle.merge(dup, into, actor, now(), why);
      if (duplicate.value().compareTo(target.value()) <= 0) {
        unit.commit(dup.version(), ts.get(0));
        unit.commit(into.version(), ts.get(1));
      } else {
        unit.commit(into.version(), ts.get(1));
        unit.commit(dup.version(), ts.get(0));
      }
      return List.of(ts.get(0).after(), ts.get(1).after());
    });
  }

  /**
   * The supervision sweep (督办巡检): wakes every open case whose next alarm has passed ({@link
   * org.hotline12345.persistence.CaseQueries#dueBefore} now, in pages) and takes the steps of the
   * escalation ladder that are due, as {@link SupervisionPlan#stepsDue} finds them under this
   * service's {@linkplain Builder#supervisionPolicy policy}: each as a {@code case.supervision-step}
   * event by the system, with its stage, step, addressee, light and the deadline's due instant,
   * and an outbox message a host's notifier delivers. Each step is taken once for a deadline;
   * several at once when the sweep comes late, all in one unit of work. The case's row is written
   * with its new next alarm (the earliest step not yet taken, or none), so at steady state a
   * sweep touches only the cases whose alarm is due, and running it again at once takes nothing.
   *
   * <p>Each case is decided and written in a unit of work of its own, on the case as it is then; a
   * case that cannot be loaded, decided or written (after the service's retries) is reported in
   * {@link SweepReport#failures()} and the sweep goes on with the next.
   *
   * @param pageSize how many cases to load at a time, 1 to {@link PageRequest#MAX_SIZE}
   * @return what the sweep did
   * @throws IllegalArgumentException if pageSize is out of range
   */
  public SweepReport sweep(int pageSize) {
    if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1 to " + PageRequest.MAX_SIZE + ", was " + pageSize);
    }
    Instant now = now();
    int scanned = 0;
    int supervised = 0;
    int stale = 0;
    Map<EscalationStep, Integer> steps = new java.util.EnumMap<>(EscalationStep.class);
    List<SweepReport.Failure> failures = new ArrayList<>();
    PageRequest page = PageRequest.first(pageSize);
    while (true) {
      Page<StoredCase> due = store.cases().dueBefore(now, page);
      for (StoredCase row : due.items()) {
        scanned++;
        List<EscalationStep> taken;
        try {
          taken = superviseOne(row.caseId());
        } catch (RuntimeException e) {
          failures.add(new SweepReport.Failure(row.caseId(), failureKind(e), failureType(e)));
          continue;
        }
        if (taken.isEmpty()) {
          stale++;
        } else {
          supervised++;
          taken.forEach(step -> steps.merge(step, 1, Integer::sum));
        }
      }
      if (due.next().isEmpty()) {
        return new SweepReport(scanned, supervised, stale, steps, failures);
      }
      page = PageRequest.after(pageSize, due.next().get());
    }
  }

  /** Takes one case's due steps in one unit of work, on the case as it is now. */
  private List<EscalationStep> superviseOne(String storedId) {
    return retrying(uow -> {
      Unit unit = new Unit(uow);
      Case current = unit.requireReadable(CaseId.of(storedId));
      Instant at = now();
      List<SupervisionPlan.DueStep> due = plan(current).stepsDue(at);
      if (due.isEmpty()) {
        return List.of();
      }
      List<Transition> taken = new ArrayList<>(due.size());
      Case c = current;
      for (SupervisionPlan.DueStep step : due) {
        Transition t = lifecycle.execute(c, step.toCommand(), Actor.system(), at);
        taken.add(t);
        c = t.after();
      }
      unit.commit(current.version(), taken);
      return due.stream().map(SupervisionPlan.DueStep::step).toList();
    });
  }

  /**
   * The supervision plan of a case under this service's policy and lifecycle calendars: its
   * lights, triggers, steps due and next alarm.
   *
   * @param c the case
   * @return the plan
   * @throws NullPointerException if c is null
   * @throws IllegalStateException if a deadline's calendar is not among the lifecycle's, or the
   *     policy answers out of order
   */
  public SupervisionPlan supervisionPlan(Case c) {
    Objects.requireNonNull(c, "c");
    return plan(c);
  }

  private SupervisionPlan plan(Case c) {
    return SupervisionPlan.of(c, supervisionPolicy, lifecycle.calendars());
  }

  /**
   * The supervision board (督办看板) now: a lead department's open watched cases, or the whole
   * platform's, counted by the stage of their most pressing watched deadline and by light, from
   * the case rows alone ({@link org.hotline12345.persistence.CaseQueries#watchCounts}); a
   * department's board holds the cases it leads, not those of the departments under it.
   *
   * @param department the lead department, or empty for the platform
   * @return the board, every supervised stage with a row
   * @throws NullPointerException if department is null
   * @throws UnsupportedOperationException if the store does not offer the board (conformance-kit
   *     feature {@code WATCH_BOARD})
   * @throws IllegalStateException if the store counts a stage this version does not supervise
   */
  public SupervisionBoard board(Optional<DepartmentId> department) {
    Objects.requireNonNull(department, "department");
    return new SupervisionBoards(store.cases(), lifecycle).board(department, now());
  }

  /**
   * A page of the supervision board now: the open watched cases the query asks for, most urgent
   * first (by their watched due instant: the longest overdue, then those due soonest; then by case
   * id), each with its light, due instant, working days left and office time left (see {@link
   * BoardEntry}), from the case rows alone ({@link org.hotline12345.persistence.CaseQueries#watched}).
   * No personal data.
   *
   * @param query the department or platform, and optionally a stage and a light
   * @param page the page
   * @return the page of entries
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedOperationException if the store does not offer the board
   * @throws IllegalStateException if a row's stage is one this version does not supervise
   */
  public Page<BoardEntry> boardPage(BoardQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    return new SupervisionBoards(store.cases(), lifecycle).page(query, page, now());
  }

  private static SweepReport.FailureKind failureKind(RuntimeException e) {
    if (e instanceof UnreadableCase) {
      return SweepReport.FailureKind.UNREADABLE;
    }
    if (e instanceof CaseRuleException) {
      return SweepReport.FailureKind.REFUSED;
    }
    if (e instanceof StoreException) {
      return SweepReport.FailureKind.STORE;
    }
    return SweepReport.FailureKind.UNEXPECTED;
  }

  private static String failureType(RuntimeException e) {
    Throwable cause = e instanceof UnreadableCase ? e.getCause() : e;
    return cause.getClass().getSimpleName();
  }

  /** A case whose stored events do not load: thrown inside a sweep's unit, caught outside it. */
  private static final class UnreadableCase extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableCase(RuntimeException cause) {
      super("the case's events do not load", cause, false, false);
    }
  }

  // ---------------------------------------------------------------- deadlines explained and recomputed

  /**
   * This service with another lifecycle, every other setting, the store and the clock kept: how
   * a host loads a new year's official schedule while it runs. The service is immutable, so the
   * host swaps the new one in where it keeps the old:
   *
   * <pre>{@code
   * CalendarLayer notice = CalendarLayer.readCsv(Path.of("cn-2027.csv"));   // the State Council's notice
   * WorkingCalendar cn = WorkingCalendars.chinaMainland().withOfficialSchedule(notice);
   * hotline = hotline.withLifecycle(hotline.lifecycle().withCalendars(Map.of("cn", cn)));
   * RecomputeReport report = hotline.recomputeProvisionalDeadlines(500);
   * }</pre>
   *
   * From then on this service computes new deadlines, extensions and resumed pauses on the new
   * calendars; {@link #recomputeProvisionalDeadlines} moves the provisional deadlines already
   * recorded. A host with several processes swaps in every one, then recomputes once (running
   * it again is harmless: it changes only what is still provisional and different).
   *
   * @param newLifecycle the lifecycle, typically this one's {@link CaseLifecycle#withCalendars}
   * @return the new service
   * @throws NullPointerException if newLifecycle is null
   */
  public HotlineService withLifecycle(CaseLifecycle newLifecycle) {
    Objects.requireNonNull(newLifecycle, "newLifecycle");
    return new HotlineService(this, newLifecycle);
  }

  /**
   * Why a stage deadline of a stored case falls where it does (期限说明): each day counted or
   * skipped and why, on the handling department's calendar, with the reasons of its pauses and
   * extensions from the case's history, as data and as a paragraph in Chinese or English. For
   * the platform's staff settling a dispute over an overdue mark: the reasons are the texts the
   * department recorded, shown as they are.
   *
   * @param caseId the case
   * @param stage the stage
   * @return the explanation, or empty if no such case is stored or it has no deadline for the stage
   * @throws NullPointerException if an argument is null
   * @see CaseLifecycle#explainDeadline
   */
  public Optional<StageDeadlineExplanation> explainDeadline(CaseId caseId, Stage stage) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(stage, "stage");
    List<CaseEvent> events = history(caseId);
    return events.isEmpty() ? Optional.empty() : lifecycle.explainDeadline(events, stage);
  }

  /**
   * Recomputes every open case's provisional deadlines on this service's calendars, after a new
   * year's official schedule was loaded (see {@link #withLifecycle}): pages through the open
   * cases ({@link org.hotline12345.persistence.CaseQueries#byStatus} over the open statuses, in
   * registration order), and for each, in a unit of work of its own, runs {@link
   * CaseLifecycle#recomputeProvisionalDeadlines}, which records a {@code case.deadlines-recomputed}
   * event by the system for a case whose provisional deadlines moved or became final, and
   * writes the case's row (its next alarm and resolution due instant) as every write does. A
   * case that cannot be loaded, recomputed or written (after the service's retries) is reported
   * in {@link RecomputeReport#failures()} and the others go on. Idempotent: a second call on the
   * same calendars changes nothing.
   *
   * <p>It reads every open case once (the row does not say which deadlines are provisional):
   * a yearly batch, not a sweep to run often.
   *
   * @param pageSize how many cases to read at a time, 1 to {@link PageRequest#MAX_SIZE}
   * @return what moved
   * @throws IllegalArgumentException if pageSize is out of range
   */
  public RecomputeReport recomputeProvisionalDeadlines(int pageSize) {
    Set<String> open = new java.util.HashSet<>();
    for (CaseStatus status : CaseStatus.values()) {
      if (status.isOpen()) {
        open.add(status.name());
      }
    }
    int examined = 0;
    int changed = 0;
    Map<Stage, RecomputeReport.StageMoves> stages = new java.util.EnumMap<>(Stage.class);
    List<RecomputeReport.Example> examples = new ArrayList<>();
    List<SweepReport.Failure> failures = new ArrayList<>();
    PageRequest page = PageRequest.first(pageSize);
    while (true) {
      Page<StoredCase> rows = store.cases().byStatus(open, Optional.empty(), page);
      for (StoredCase row : rows.items()) {
        examined++;
        Optional<Transition> recomputed;
        try {
          recomputed = recomputeOne(row.caseId());
        } catch (RuntimeException e) {
          failures.add(new SweepReport.Failure(row.caseId(), failureKind(e), failureType(e)));
          continue;
        }
        if (recomputed.isPresent()) {
          changed++;
          for (RecomputedDeadline r : ((CaseChange.DeadlinesRecomputed) recomputed.get().event().change()).deadlines()) {
            stages.put(r.stage(), stages.getOrDefault(r.stage(), RecomputeReport.StageMoves.none()).plus(r));
            if (examples.size() < RecomputeReport.MAX_EXAMPLES) {
              examples.add(new RecomputeReport.Example(row.caseNumber(), r.stage(), r.previousDueAt(),
                  r.deadline().dueAt(), r.deadline().provisional()));
            }
          }
        }
      }
      if (rows.next().isEmpty()) {
        return new RecomputeReport(examined, changed, stages, examples, failures);
      }
      page = PageRequest.after(pageSize, rows.next().get());
    }
  }

  /** Recomputes one case in one unit of work, on the case as it is now. */
  private Optional<Transition> recomputeOne(String storedId) {
    return retrying(uow -> {
      Unit unit = new Unit(uow);
      Case current = unit.requireReadable(CaseId.of(storedId));
      Optional<Transition> t = lifecycle.recomputeProvisionalDeadlines(current, now());
      t.ifPresent(x -> unit.commit(current.version(), x));
      return t;
    });
  }

  // ---------------------------------------------------------------- queries

  /**
   * A case by id.
   *
   * @param caseId the id
   * @return the case, or empty
   */
  public Optional<Case> find(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    List<StoredEvent> events = store.cases().events(caseId.value());
    return events.isEmpty() ? Optional.empty() : Optional.of(Case.replay(decode(events, committedSealer(caseId))));
  }

  /**
   * The history of past appeals (诉求历史) over this service's store, as its triage gets it on
   * intake and in {@link #propose}: how often the same caller or the same place appealed within a
   * window before a case, the open cases a repeat could merge into, a caller's recent cases.
   * Cases come back decrypted, as {@link #find} reads them. Questions about callers need
   * {@link Builder#callerKeySecret}; every question needs a store that offers {@link
   * org.hotline12345.persistence.CaseQueries#recent}.
   *
   * @return the history
   */
  public AppealHistory appealHistory() {
    return appealHistory;
  }

  /**
   * A case by its readable number.
   *
   * @param number the number
   * @return the case, or empty
   */
  public Optional<Case> findByNumber(CaseNumber number) {
    Objects.requireNonNull(number, "number");
    return store.cases().findByNumber(number.value()).flatMap(row -> find(CaseId.of(row.caseId())));
  }

  /**
   * A case by the citizen's inquiry code (查询码), for the platform's own staff; a citizen's
   * lookup goes through {@link #citizenView}, which limits attempts.
   *
   * @param code the code
   * @return the case, or empty
   */
  public Optional<Case> findByInquiryCode(InquiryCode code) {
    Objects.requireNonNull(code, "code");
    return store.cases().findByInquiryCodeHash(code.hash().value()).flatMap(row -> find(CaseId.of(row.caseId())));
  }

  /**
   * The citizen's own view of their case (诉求人查询), by the inquiry code as they typed it
   * (case-insensitive, spaces and dashes ignored). Every attempt, valid or not, first asks the
   * {@link InquiryGuard} for the source; a code that is malformed or opens no case gives an
   * empty answer, the same for both.
   *
   * @param typedCode the code as typed
   * @param source who asks, as the host identifies it (an IP address, a session)
   * @return the view, or empty
   * @throws InquiryLimitException if the source tried too often
   */
  public Optional<CitizenView> citizenView(String typedCode, String source) {
    Objects.requireNonNull(typedCode, "typedCode");
    Objects.requireNonNull(source, "source");
    if (!inquiryGuard.tryAttempt(source, now())) {
      throw new InquiryLimitException();
    }
    InquiryCode code;
    try {
      code = InquiryCode.parse(typedCode);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return findByInquiryCode(code).map(own -> CitizenView.of(own, own.outcome()
        .filter(o -> o instanceof CaseChange.MergedInto)
        .flatMap(o -> find(((CaseChange.MergedInto) o).target())), lifecycle::zoneOf));
  }

  /**
   * A case as a handler (承办人) of a department it was sent to sees it: masked when sensitive.
   *
   * @param caseId the case
   * @param handler the handler
   * @return the view, or empty if no such case is stored
   * @throws IllegalArgumentException if the actor is not a handler of a department the case was
   *     ever assigned to
   */
  public Optional<HandlerView> handlerView(CaseId caseId, Actor handler) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(handler, "handler");
    return find(caseId).map(c -> HandlerView.of(c, handler));
  }

  /**
   * A case as the public may see it (what Open311 publishes): no personal data.
   *
   * @param number the case number
   * @return the view, or empty
   */
  public Optional<PublicView> publicView(CaseNumber number) {
    Objects.requireNonNull(number, "number");
    return findByNumber(number).map(PublicView::of);
  }

  /**
   * Erases a closed case's personal data when its retention period ends (删除个人信息): destroys
   * the case's data key, so that the contact data, the address and every free text in its
   * events can no longer be read, anywhere they were written; the events stay, the case still
   * replays with every fact, and the personal texts read as erased. The case's row loses its
   * caller key, so the case no longer counts among the caller's appeals.
   *
   * @param caseId the case
   * @param actor who erases: a supervisor or the system, under the seeds' permissions
   * @return true if the key was destroyed now, false if the case was erased before
   * @throws java.util.NoSuchElementException if no such case is stored
   * @throws CaseRuleException {@link org.hotline12345.core.casefile.RuleName#ERASURE_NOT_ALLOWED}
   *     if the case is still open; {@code ROLE_NOT_PERMITTED} for another actor; the erasure
   *     is recorded as a {@code case.personal-data-erased} event naming who erased and when
   */
  public boolean erasePersonalData(CaseId caseId, Actor actor) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(actor, "actor");
    return retrying(uow -> {
      Case c = new Unit(uow).require(caseId);
      if (c.isPersonalDataErased()) {
        return false;
      }
      Transition t = lifecycle.execute(c, new CaseCommand.ErasePersonalData(), actor, now());
      boolean destroyed = uow.destroyCaseKey(caseId.value());
      // The record of the erasure carries no personal data: nothing of it is sealed.
      uow.updateCase(row(t.after()), c.version(), List.of(EventCodec.encode(t.event(),
          Sealer.erased(caseId.value()))));
      uow.enqueue(message(t));
      return destroyed;
    });
  }


  /**
   * Cases in the statuses, optionally of one lead department, by registration.
   *
   * @param statuses the statuses
   * @param lead the lead department, or empty for any
   * @param page the page
   * @return the page of summaries
   */
  public Page<CaseSummary> casesByStatus(Set<CaseStatus> statuses, Optional<DepartmentId> lead, PageRequest page) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(page, "page");
    if (statuses.isEmpty() || statuses.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("statuses: at least one, none null");
    }
    Set<String> names = new java.util.HashSet<>();
    statuses.forEach(s -> names.add(s.name()));
    return summaries(store.cases().byStatus(names, lead.map(DepartmentId::value), page));
  }

  /**
   * Open cases whose next supervision alarm (the earliest step of the escalation ladder not yet
   * taken, see {@link #sweep}) is before the instant, soonest first.
   *
   * @param instant the instant
   * @param page the page
   * @return the page of summaries
   */
  public Page<CaseSummary> casesDueBefore(Instant instant, PageRequest page) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(page, "page");
    return summaries(store.cases().dueBefore(instant, page));
  }

  /**
   * Cases closed in the period and open cases whose resolution was due in it, for assessment.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param page the page
   * @return the page of summaries
   */
  public Page<CaseSummary> casesClosedOrDueBetween(Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    return summaries(store.cases().closedOrDueBetween(from, to, page));
  }

  /**
   * The cases registered in {@code [from, to)}, oldest first (registration instant, then case id),
   * read from the rows alone: for reports that go over a period case by case, reading each case's
   * events with {@link #history} (the rules module's rule-change impact does). Served by the
   * store's {@link org.hotline12345.persistence.CaseQueries#search} with a registration window, one
   * index range from the cursor on.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive, not before {@code from}
   * @param page the page
   * @return the page of summaries
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Page<CaseSummary> casesRegisteredBetween(Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    CaseSearch registered = CaseSearch.builder().registeredFrom(from).registeredBefore(to).build();
    return summaries(store.cases().search(registered, page));
  }

  /**
   * The cases a search matches (案件检索: categories, statuses and a registration window, each
   * left unset matching every case), oldest first (registration instant, then case id), read
   * from the rows alone: what Open311's {@code GET requests} lists. Served by the store's
   * {@link org.hotline12345.persistence.CaseQueries#search}; a page costs time proportional to
   * its size.
   *
   * <pre>{@code
   * CaseSearch open = CaseSearch.builder().categories(Set.of("020101"))
   *     .statuses(Set.of("DISPATCHED", "SIGNED")).registeredFrom(monday).build();
   * Page<CaseSummary> first = hotline.casesMatching(open, PageRequest.first(100));
   * }</pre>
   *
   * @param search the criteria; status names are those of {@link CaseStatus}
   * @param page the page
   * @return the page of summaries
   * @throws NullPointerException if an argument is null
   */
  public Page<CaseSummary> casesMatching(CaseSearch search, PageRequest page) {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(page, "page");
    return summaries(store.cases().search(search, page));
  }

  /**
   * The lifecycle this service runs commands with: its directory, the {@link
   * CaseLifecycle#eligibility eligibility} a router is given and the {@link CaseLifecycle#policyKey
   * key} the time-limit policy is asked with, for tools that decide a stored case again as the
   * service would (the rules module's rule-change impact).
   *
   * @return the lifecycle
   */
  public CaseLifecycle lifecycle() {
    return lifecycle;
  }

  // ---------------------------------------------------------------- import of history

  /**
   * Imports a case from another system's history (历史导入; see {@link CaseLifecycle#importCase}):
   * one event records what happened there, the case row holds its facts (so assessment judges
   * it as any case), and the outbox gets a {@code case.imported} message. Idempotent on the
   * record's source key: a key imported before returns the case then imported, unchanged.
   *
   * @param history the record
   * @param actor who imports, a supervisor or the system by the seeds' permissions
   * @return the imported case, or the one imported before under the same source key
   * @throws NullPointerException if an argument is null
   * @throws CaseRuleException as {@link CaseLifecycle#importCase} refuses (an actor not
   *     permitted, an unknown department or category, a record received or closed after now)
   */
  public Case importCase(HistoricalCase history, Actor actor) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(actor, "actor");
    String key = IMPORT_KEY_PREFIX + history.sourceKey();
    Optional<Case> before = retrying(uow -> uow.findCaseIdByIntakeKey(key).map(id -> new Unit(uow).require(CaseId.of(id))));
    if (before.isPresent()) {
      return before.get();
    }
    // Decided outside the unit of work, as a submission is: numbering may use the store's sequence.
    Transition t = lifecycle.importCase(history, actor, now());
    return retrying(uow -> {
      Optional<String> existing = uow.findCaseIdByIntakeKey(key);
      if (existing.isPresent()) {
        return new Unit(uow).require(CaseId.of(existing.get()));
      }
      String caseId = t.after().id().value();
      byte[] dataKey = Sealer.newKey();
      uow.insertCase(row(t.after()), Optional.of(key), List.of(EventCodec.encode(t.event(), Sealer.withKey(dataKey, caseId))));
      uow.insertCaseKey(caseId, wrap(dataKey, caseId));
      uow.enqueue(message(t));
      return t.after();
    });
  }

  /** The intake-key prefix of imported records: apart from every channel's external ids. */
  private static final String IMPORT_KEY_PREFIX = "import:";

  // ---------------------------------------------------------------- plumbing

  private <T> T retrying(Function<UnitOfWork, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.inTransaction(work);
      } catch (ConcurrencyConflictException | DuplicateKeyException | RetryableStoreException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
      }
    }
  }

  /**
   * One unit of work, with the data keys it has read: a case's key is read from the store once a
   * unit, however often the unit loads and writes the case.
   */
  private final class Unit {
    private final UnitOfWork uow;
    private final Map<String, Optional<byte[]>> dataKeys = new java.util.HashMap<>();

    Unit(UnitOfWork uow) {
      this.uow = uow;
    }

    private Optional<byte[]> dataKey(String caseId) {
      return dataKeys.computeIfAbsent(caseId, id -> uow.findCaseKey(id).map(k -> unwrap(k, id)));
    }

    Case require(CaseId caseId) {
      List<StoredEvent> events = uow.events(caseId.value());
      if (events.isEmpty()) {
        throw new java.util.NoSuchElementException("no case " + caseId + " is stored");
      }
      return Case.replay(decode(events, opening(dataKey(caseId.value()), caseId.value())));
    }

    /** {@link #require}, a case that does not load thrown as {@link UnreadableCase}, for a batch's report. */
    Case requireReadable(CaseId caseId) {
      try {
        return require(caseId);
      } catch (java.util.NoSuchElementException | IllegalArgumentException | IllegalStateException e) {
        throw new UnreadableCase(e);
      }
    }

    void commit(long expectedVersion, Transition t) {
      commit(expectedVersion, List.of(t));
    }

    /** Writes several transitions of one case, in order, as one update of its row. */
    void commit(long expectedVersion, List<Transition> ts) {
      Transition last = ts.get(ts.size() - 1);
      String caseId = last.after().id().value();
      byte[] key = dataKey(caseId).orElseGet(() -> {
        // A case stored before it had a key (written by an older version): it gets one now.
        byte[] fresh = Sealer.newKey();
        uow.insertCaseKey(caseId, wrap(fresh, caseId));
        dataKeys.put(caseId, Optional.of(fresh));
        return fresh;
      });
      List<StoredEvent> events = new ArrayList<>(ts.size());
      for (Transition t : ts) {
        events.add(EventCodec.encode(t.event(), Sealer.withKey(key, caseId)));
      }
      uow.updateCase(row(last.after()), expectedVersion, events);
      ts.forEach(t -> uow.enqueue(message(t)));
    }
  }

  private static List<CaseEvent> decode(List<StoredEvent> events, Sealer sealer) {
    List<CaseEvent> decoded = new ArrayList<>(events.size());
    events.forEach(e -> decoded.add(EventCodec.decode(e, sealer)));
    return decoded;
  }

  private Case found(CaseId caseId) {
    return find(caseId).orElseThrow(() -> new java.util.NoSuchElementException("no case " + caseId + " is stored"));
  }

  /** What opens a case's committed events outside a unit of work. */
  private Sealer committedSealer(CaseId caseId) {
    String id = caseId.value();
    return opening(store.cases().caseKey(id).map(k -> unwrap(k, id)), id);
  }

  /** What opens a case's sealed texts: its data key, or, once the key is destroyed, nothing. */
  private static Sealer opening(Optional<byte[]> dataKey, String caseId) {
    return dataKey.map(k -> Sealer.withKey(k, caseId)).orElseGet(() -> Sealer.erased(caseId));
  }

  private byte[] wrap(byte[] dataKey, String caseId) {
    if (keyEncryptionKey.isEmpty()) {
      return dataKey;
    }
    return Sealer.withKey(keyEncryptionKey.get(), caseId).seal(java.util.Base64.getEncoder().encodeToString(dataKey))
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private byte[] unwrap(byte[] stored, String caseId) {
    String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
    boolean wrapped = text.startsWith("sealed:");
    if (keyEncryptionKey.isEmpty()) {
      if (wrapped) {
        throw new IllegalStateException("case " + caseId + ": its data key is wrapped; give the service the host's"
            + " keyEncryptionKey");
      }
      return stored;
    }
    if (!wrapped) {
      throw new IllegalStateException("case " + caseId + ": its data key is not wrapped by the keyEncryptionKey");
    }
    try {
      return java.util.Base64.getDecoder().decode(Sealer.withKey(keyEncryptionKey.get(), caseId).open(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("case " + caseId + ": its data key does not open with this keyEncryptionKey");
    }
  }


  /**
   * The case's row: its keys, the columns the queries filter and sort on, and its version.
   * The inquiry code travels as its hash only, the caller as a keyed hash of the phone number.
   */
  private StoredCase row(Case c) {
    RowSupervision supervision = rowSupervision(c);
    Appeal appeal = c.appeal();
    Optional<StageDeadline> resolution = c.deadline(Stage.RESOLUTION);
    return StoredCase.builder()
        .caseId(c.id().value())
        .caseNumber(c.number().value())
        .inquiryCodeHash(c.inquiryCodeHash().value())
        .status(c.status().name())
        .open(c.isOpen())
        .appealType(appeal.getType().name())
        .channel(appeal.getChannel().name())
        .category(c.category().map(CategoryCode::value))
        .area(appeal.getLocation().getArea().map(Area::code))
        .leadDepartment(c.lead().map(DepartmentId::value))
        .assistingDepartments(c.assisting().stream().map(DepartmentId::value).toList())
        .registeredAt(c.registeredAt())
        .lastEventAt(c.lastEventAt())
        .nextAlarmAt(supervision.nextAlarm())
        .watchedStage(supervision.watch().map(w -> w.stage().name()))
        .watchedDueAt(supervision.watch().map(SupervisionPlan.Watch::dueAt))
        .yellowAt(supervision.watch().map(SupervisionPlan.Watch::yellowAt))
        .resolutionDueAt(resolution.map(StageDeadline::dueAt))
        .resolutionMet(resolution.filter(StageDeadline::isMet).map(StageDeadline::isMetOnTime))
        .closedAt(c.closedAt())
        .facts(Optional.of(CaseFacts.textOf(c)))
        .callerKey(callerKeys.flatMap(keys -> keys.of(c)))
        .version(c.version())
        .build();
  }

  /** What a case's row says of supervision: its next alarm and its most pressing watched deadline. */
  private record RowSupervision(Optional<Instant> nextAlarm, Optional<SupervisionPlan.Watch> watch) {}

  /**
   * The case's next alarm and most pressing watched deadline under the supervision policy. A case
   * whose plan cannot be computed (a calendar missing from the lifecycle, a host's policy out of
   * order) keeps its nearest deadline as its alarm and stays off the board rather than refuse the
   * write: the sweep then meets it and reports why.
   */
  private RowSupervision rowSupervision(Case c) {
    if (c.watchedDeadlines().isEmpty()) {
      return new RowSupervision(Optional.empty(), Optional.empty());
    }
    try {
      SupervisionPlan plan = plan(c);
      return new RowSupervision(plan.nextAlarm(), plan.mostPressing());
    } catch (RuntimeException e) {
      return new RowSupervision(c.nextDeadline(), Optional.empty());
    }
  }

  private static OutboxMessage message(Transition t) {
    Case c = t.after();
    CaseEvent e = t.event();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("caseId", c.id().value());
    payload.put("caseNumber", c.number().value());
    payload.put("status", c.status().name());
    payload.put("kind", e.kind().wireName());
    payload.put("sequence", e.sequence());
    payload.put("at", e.at().toString());
    if (e.change() instanceof CaseChange.SupervisionStepTaken step) {
      payload.put("stage", step.stage().name());
      payload.put("step", step.step().name());
      payload.put("addressee", step.addressee().name());
      payload.put("light", step.light().name());
      payload.put("dueAt", step.dueAt().toString());
    }
    String topic = e.kind().wireName();
    return new OutboxMessage(c.id().value() + ":" + e.sequence(), topic, c.id().value(), Json.write(payload), e.at());
  }

  private static Page<CaseSummary> summaries(Page<StoredCase> page) {
    List<CaseSummary> items = new ArrayList<>(page.items().size());
    page.items().forEach(row -> items.add(CaseSummary.of(row)));
    return new Page<>(items, page.next());
  }

  @Override
  public String toString() {
    return "HotlineService[" + lifecycle + ", " + store.getClass().getSimpleName() + "]";
  }
}
