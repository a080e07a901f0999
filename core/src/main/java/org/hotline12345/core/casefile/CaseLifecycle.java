package org.hotline12345.core.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicy;

/**
 * The case lifecycle (工单流转): registers appeals as cases and runs every
 * {@link CaseCommand} on a case, enforcing the rules and computing each stage's deadline with
 * the {@link TimeLimitPolicy} on the handling department's calendar. A host builds one,
 * with its directory, calendars, policy and settings, and shares it: immutable and
 * thread-safe.
 *
 * <p>Every call returns a {@link Transition}, the new case and the one event that made it,
 * or throws {@link CaseRuleException} naming the rule broken, leaving the case as it was. A
 * closed case accepts no command ({@link RuleName#CASE_CLOSED}); a command dated before the
 * case's last event is refused ({@link RuleName#OUT_OF_ORDER}); a department's staff act only
 * for their own department ({@link RuleName#ACTOR_NOT_OF_DEPARTMENT}).
 */
public final class CaseLifecycle {

  /** The most extensions a lifecycle may allow in a round. */
  public static final int MAX_EXTENSIONS = 20;

  private final DepartmentDirectory directory;
  private final Map<String, WorkingCalendar> calendars;
  private final String platformCalendar;
  private final TimeLimitPolicy timeLimits;
  private final Optional<CategoryTaxonomy> taxonomy;
  private final Set<NotAcceptedReason> notAcceptedReasons;
  private final int maxExtensions;
  private final Optional<TimeLimit> maxExtensionTotal;
  private final AppealCheck appealCheck;
  private final CaseNumbering numbering;
  private final Supplier<CaseId> ids;
  private final Supplier<InquiryCode> inquiryCodes;
  private final Permissions permissions;
  private final boolean returnsNeedApproval;
  private final Optional<TimeLimit> maxSingleExtension;
  private final Duration receivedAtPast;
  private final Duration receivedAtFuture;
  private final Set<EmergencyLine> emergencyLines;

  private CaseLifecycle(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.directory == null) {
      missing.add("directory");
    }
    if (b.calendars == null) {
      missing.add("calendars");
    }
    if (b.platformCalendar == null) {
      missing.add("platformCalendar");
    }
    if (b.timeLimits == null) {
      missing.add("timeLimits");
    }
    if (b.notAcceptedReasons == null) {
      missing.add("notAcceptedReasons");
    }
    if (b.appealCheck == null) {
      missing.add("appealCheck");
    }
    if (b.numbering == null) {
      missing.add("numbering");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("CaseLifecycle needs " + String.join(", ", missing) + "; set "
          + (missing.size() == 1 ? "it" : "them") + " on the builder");
    }
    this.directory = b.directory;
    this.calendars = Map.copyOf(b.calendars);
    this.platformCalendar = b.platformCalendar;
    this.timeLimits = b.timeLimits;
    this.taxonomy = Optional.ofNullable(b.taxonomy);
    this.notAcceptedReasons = Set.copyOf(b.notAcceptedReasons);
    this.maxExtensions = b.maxExtensions;
    this.maxExtensionTotal = Optional.ofNullable(b.maxExtensionTotal);
    this.appealCheck = b.appealCheck;
    this.numbering = b.numbering;
    this.ids = b.ids;
    this.inquiryCodes = b.inquiryCodes;
    this.permissions = b.permissions;
    this.returnsNeedApproval = b.returnsNeedApproval;
    this.maxSingleExtension = Optional.ofNullable(b.maxSingleExtension);
    this.receivedAtPast = b.receivedAtPast;
    this.receivedAtFuture = b.receivedAtFuture;
    this.emergencyLines = Set.copyOf(b.emergencyLines);
    if (!calendars.containsKey(platformCalendar)) {
      throw new IllegalStateException("platformCalendar '" + platformCalendar + "' is not among the calendars "
          + calendars.keySet());
    }
    for (Department d : directory.all()) {
      if (!calendars.containsKey(d.getCalendarId())) {
        throw new IllegalStateException("department " + d.getId() + " uses calendar '" + d.getCalendarId()
            + "', which is not among the calendars " + calendars.keySet());
      }
    }
  }

  /**
   * Starts a builder. Required: directory, calendars, platform calendar, time limits, reasons
   * for not accepting, appeal check, case numbering.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseLifecycle}; not thread-safe. */
  public static final class Builder {
    private DepartmentDirectory directory;
    private Map<String, WorkingCalendar> calendars;
    private String platformCalendar;
    private TimeLimitPolicy timeLimits;
    private CategoryTaxonomy taxonomy;
    private Collection<NotAcceptedReason> notAcceptedReasons;
    private int maxExtensions = 2;
    private TimeLimit maxExtensionTotal;
    private AppealCheck appealCheck;
    private CaseNumbering numbering;
    private Supplier<CaseId> ids = () -> CaseId.of(UUID.randomUUID().toString());
    private Supplier<InquiryCode> inquiryCodes = InquiryCode::random;
    private Permissions permissions = Permissions.seeds();
    private boolean returnsNeedApproval = true;
    private TimeLimit maxSingleExtension;
    private Duration receivedAtPast = Duration.ofDays(30);
    private Duration receivedAtFuture = Duration.ofMinutes(10);
    private Collection<EmergencyLine> emergencyLines = EmergencyLine.CHINA;

    private Builder() {}

    /**
     * The emergency lines appeals may be referred to (转紧急热线); {@link EmergencyLine#CHINA}
     * unless set (a 311 city sets {@link EmergencyLine#NINE_ONE_ONE} or its own).
     *
     * @param lines the lines, at least one
     * @return this builder
     * @throws IllegalArgumentException if there is none or one is null
     */
    public Builder emergencyLines(Collection<EmergencyLine> lines) {
      Objects.requireNonNull(lines, "lines");
      if (lines.isEmpty() || lines.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("emergencyLines: at least one, none null");
      }
      this.emergencyLines = List.copyOf(lines);
      return this;
    }

    /**
     * Who may run which step; {@link Permissions#seeds()} unless set.
     *
     * @param permissions the table
     * @return this builder
     */
    public Builder permissions(Permissions permissions) {
      this.permissions = Objects.requireNonNull(permissions, "permissions");
      return this;
    }

    /**
     * Whether a department's return (退单) waits for the platform's approval
     * ({@link CaseCommand.ApproveReturn}), as in the seeds; true unless set. When false, a
     * return takes effect at once.
     *
     * @param needed true if returns need approval
     * @return this builder
     */
    public Builder returnsNeedApproval(boolean needed) {
      this.returnsNeedApproval = needed;
      return this;
    }

    /**
     * The most one extension may add; unless set, as much as the resolution limit itself (5
     * working days for a 5-working-day limit). Refusals name {@link RuleName#AMOUNT_TOO_LARGE}.
     *
     * @param max the maximum, in the unit of the resolution limits it applies to
     * @return this builder
     */
    public Builder maxSingleExtension(TimeLimit max) {
      this.maxSingleExtension = Objects.requireNonNull(max, "max");
      return this;
    }

    /**
     * How far before and after the instant of registration an appeal's {@code receivedAt} may
     * be: 30 days before and 10 minutes after unless set (a back-fill of history goes through
     * an import, not the lifecycle). Refusals name {@link RuleName#RECEIVED_AT_OUT_OF_WINDOW}.
     *
     * @param before the most receivedAt may lie before registration, not negative
     * @param after the most receivedAt may lie after registration (clock skew), not negative
     * @return this builder
     * @throws IllegalArgumentException if a duration is negative or above 100 years
     */
    public Builder receivedAtWindow(Duration before, Duration after) {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      for (Duration d : List.of(before, after)) {
        if (d.isNegative() || d.compareTo(Duration.ofDays(36_600)) > 0) {
          throw new IllegalArgumentException("receivedAtWindow: each side must be 0 to 100 years, was " + d);
        }
      }
      this.receivedAtPast = before;
      this.receivedAtFuture = after;
      return this;
    }

    /**
     * The department directory.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder directory(DepartmentDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The working calendars by the ids that departments name in
     * {@link Department#getCalendarId()}.
     *
     * @param calendars the calendars by id
     * @return this builder
     */
    public Builder calendars(Map<String, WorkingCalendar> calendars) {
      this.calendars = Objects.requireNonNull(calendars, "calendars");
      return this;
    }

    /**
     * The id of the platform's own calendar, for the callback deadline.
     *
     * @param calendarId an id among the calendars
     * @return this builder
     */
    public Builder platformCalendar(String calendarId) {
      this.platformCalendar = Objects.requireNonNull(calendarId, "calendarId");
      return this;
    }

    /**
     * The time-limit policy.
     *
     * @param policy the policy, for example {@code TimeLimitPolicies.seeds()}
     * @return this builder
     */
    public Builder timeLimits(TimeLimitPolicy policy) {
      this.timeLimits = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The category taxonomy, so that a time-limit rule for a category covers the categories
     * under it; without it only rules for the appeal's own category apply.
     *
     * @param taxonomy the taxonomy
     * @return this builder
     */
    public Builder taxonomy(CategoryTaxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * The reasons the platform uses for not accepting, for example
     * {@link NotAcceptedReason#SEEDS}.
     *
     * @param reasons the reasons
     * @return this builder
     */
    public Builder notAcceptedReasons(Collection<NotAcceptedReason> reasons) {
      this.notAcceptedReasons = Objects.requireNonNull(reasons, "reasons");
      return this;
    }

    /**
     * How many extensions a case may have in a round (see {@link Case#extensionsUsed()}); 2
     * unless set.
     *
     * @param count 0 to {@link CaseLifecycle#MAX_EXTENSIONS}
     * @return this builder
     * @throws IllegalArgumentException if count is out of range
     */
    public Builder maxExtensions(int count) {
      if (count < 0 || count > MAX_EXTENSIONS) {
        throw new IllegalArgumentException("maxExtensions: must be 0 to " + MAX_EXTENSIONS + ", was " + count);
      }
      this.maxExtensions = count;
      return this;
    }

    /**
     * The most that all extensions of a case may add up to, for example 10 working days in
     * Shandong; no cap unless set.
     *
     * @param total the cap
     * @return this builder
     */
    public Builder maxExtensionTotal(TimeLimit total) {
      this.maxExtensionTotal = Objects.requireNonNull(total, "total");
      return this;
    }

    /**
     * How registration checks an appeal's essential elements, for example
     * {@code AppealCheck.jakarta(validator)}.
     *
     * @param check the check
     * @return this builder
     */
    public Builder appealCheck(AppealCheck check) {
      this.appealCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Where case numbers come from.
     *
     * @param numbering the numbering
     * @return this builder
     */
    public Builder numbering(CaseNumbering numbering) {
      this.numbering = Objects.requireNonNull(numbering, "numbering");
      return this;
    }

    /**
     * Where case ids come from; random UUIDs unless set.
     *
     * @param ids the supplier
     * @return this builder
     */
    public Builder ids(Supplier<CaseId> ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Where inquiry codes come from; {@link InquiryCode#random()} unless set (tests only).
     *
     * @param codes the supplier
     * @return this builder
     */
    public Builder inquiryCodes(Supplier<InquiryCode> codes) {
      this.inquiryCodes = Objects.requireNonNull(codes, "codes");
      return this;
    }

    /**
     * Builds the lifecycle.
     *
     * @return the lifecycle
     * @throws IllegalStateException naming every required setting that is missing, or if a
     *     department's or the platform's calendar is not among the calendars
     */
    public CaseLifecycle build() {
      return new CaseLifecycle(this);
    }
  }

  /**
   * The department directory in use.
   *
   * @return the directory
   */
  public DepartmentDirectory directory() {
    return directory;
  }

  /**
   * The zone of a calendar, to show a deadline as a clerk reads it.
   *
   * @param calendarId a calendar id, such as {@link StageDeadline#calendarId()}
   * @return the zone
   * @throws NullPointerException if calendarId is null
   * @throws IllegalArgumentException if no calendar has that id
   */
  public java.time.ZoneId zoneOf(String calendarId) {
    Objects.requireNonNull(calendarId, "calendarId");
    WorkingCalendar calendar = calendars.get(calendarId);
    if (calendar == null) {
      throw new IllegalArgumentException("calendarId: '" + calendarId + "' is not among the calendars " + calendars.keySet());
    }
    return calendar.zone();
  }

  /**
   * A stage deadline's due instant in its calendar's zone: {@code 2024-10-13T00:00+08:00[Asia/Shanghai]},
   * not {@code 2024-10-12T16:00:00Z}.
   *
   * @param deadline the deadline
   * @return the zoned due time
   * @throws NullPointerException if deadline is null
   * @throws IllegalArgumentException if its calendar is not among the lifecycle's
   */
  public java.time.ZonedDateTime zonedDueAt(StageDeadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return deadline.dueAt().atZone(zoneOf(deadline.calendarId()));
  }

  /**
   * The maximum number of extensions of a case.
   *
   * @return the limit
   */
  public int maxExtensions() {
    return maxExtensions;
  }

  /**
   * The id of the platform's own calendar, among {@link #calendars()}: the callback's (回访)
   * deadlines count on it.
   *
   * @return the id
   */
  public String platformCalendarId() {
    return platformCalendar;
  }

  /**
   * The calendars by id, as departments name them.
   *
   * @return the calendars, unmodifiable
   */
  public Map<String, WorkingCalendar> calendars() {
    return calendars;
  }

  /**
   * This lifecycle with calendars replaced, every other setting kept: for a host that loads a
   * new year's official schedule (国务院节假日安排) while it runs. The calendars given replace
   * those of the same ids and new ids are added; the others stay. The lifecycle is immutable:
   * the host swaps the new one in (for a service, {@code HotlineService.withLifecycle}), and new
   * deadlines, extensions and resumed pauses are then computed on the new calendars; deadlines
   * already recorded move only when {@link #recomputeProvisionalDeadlines recomputed}.
   *
   * @param replacements the calendars by id, for example {@code Map.of("cn", calendarWith2027)}
   * @return the new lifecycle
   * @throws NullPointerException if replacements, an id or a calendar is null
   */
  public CaseLifecycle withCalendars(Map<String, WorkingCalendar> replacements) {
    Objects.requireNonNull(replacements, "replacements");
    Map<String, WorkingCalendar> merged = new java.util.HashMap<>(calendars);
    replacements.forEach((id, calendar) -> merged.put(Objects.requireNonNull(id, "replacements must not contain a null id"),
        Objects.requireNonNull(calendar, "replacements must not contain a null calendar")));
    Builder b = new Builder();
    b.directory = directory;
    b.calendars = merged;
    b.platformCalendar = platformCalendar;
    b.timeLimits = timeLimits;
    b.taxonomy = taxonomy.orElse(null);
    b.notAcceptedReasons = notAcceptedReasons;
    b.maxExtensions = maxExtensions;
    b.maxExtensionTotal = maxExtensionTotal.orElse(null);
    b.appealCheck = appealCheck;
    b.numbering = numbering;
    b.ids = ids;
    b.inquiryCodes = inquiryCodes;
    b.permissions = permissions;
    b.returnsNeedApproval = returnsNeedApproval;
    b.maxSingleExtension = maxSingleExtension.orElse(null);
    b.receivedAtPast = receivedAtPast;
    b.receivedAtFuture = receivedAtFuture;
    b.emergencyLines = emergencyLines;
    return new CaseLifecycle(b);
  }

  // ---------------------------------------------------------------- deadlines explained and recomputed

  /**
   * Why a stage deadline of a case falls where it does: each day counted or skipped and why,
   * on the handling department's own calendar (the one its deadline names), with the reasons
   * the history gives for the pauses and extensions; see {@link StageDeadlineExplanation}.
   *
   * @param history the case's events, in order, as the store gives them
   * @param stage the stage
   * @return the explanation, or empty if the case has no deadline for the stage now
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the history does not replay into a case
   * @throws IllegalStateException if the deadline's calendar is not among this lifecycle's
   */
  public Optional<StageDeadlineExplanation> explainDeadline(List<CaseEvent> history, Stage stage) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(stage, "stage");
    Case c = Case.replay(history);
    return c.deadline(stage).map(d -> StageDeadlineExplanation.of(history, c, d, calendar(d.calendarId())));
  }

  /**
   * Computes a case's provisional deadlines again on this lifecycle's calendars, once the
   * official schedule of a year they reach is loaded (see {@link #withCalendars}). Every stage
   * deadline of an open case that is provisional and not yet met is rebuilt from its start,
   * limit, extensions and pauses; those whose due instant, last day or provisional flag changed
   * are recorded in one {@link CaseChange.DeadlinesRecomputed} event by the {@linkplain
   * Actor#system() system}. A deadline already met keeps the time it was judged against.
   *
   * <p>Idempotent: on the same calendars a second call finds nothing to change.
   *
   * @param current the case as it is
   * @param at when, not before the case's last event
   * @return the new case and its event, or empty when nothing changed or the case is closed
   * @throws NullPointerException if an argument is null
   * @throws CaseRuleException {@link RuleName#OUT_OF_ORDER} if {@code at} is before the case's
   *     last event
   * @throws IllegalStateException if a deadline's calendar is not among this lifecycle's
   * @throws java.time.DateTimeException if a recomputed deadline falls outside its calendar's
   *     supported dates
   */
  public Optional<Transition> recomputeProvisionalDeadlines(Case current, Instant at) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(current.lastEventAt())) {
      throw new CaseRuleException(RuleName.OUT_OF_ORDER, "the recomputation at " + inPlatformZone(at)
          + " is before the case's last event at " + inPlatformZone(current.lastEventAt()));
    }
    if (!current.isOpen()) {
      return Optional.empty();
    }
    List<RecomputedDeadline> changed = new ArrayList<>();
    for (StageDeadline d : current.deadlines().values()) {
      if (d.provisional() && !d.isMet()) {
        StageDeadline again = d.recomputed(d.toDeadline(calendar(d.calendarId())));
        if (!again.equals(d)) {
          changed.add(new RecomputedDeadline(again, d.dueAt(), d.lastDay()));
        }
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    changed.sort(java.util.Comparator.comparing(RecomputedDeadline::stage));
    CaseEvent event = new CaseEvent(current.id(), current.version() + 1, Actor.system(), at,
        new CaseChange.DeadlinesRecomputed(changed));
    return Optional.of(new Transition(current.apply(event), event));
  }

  // ---------------------------------------------------------------- registration and commands

  /**
   * Registers (登记) an appeal as a new case.
   *
   * @param appeal the appeal
   * @param actor who registers it
   * @param at when
   * @return the new case and its {@code Registered} event, sequence 1
   * <p>Registration records what the citizen said even when essential elements are missing
   * (诉求要素不全): completeness is an acceptance decision, not a reason to keep no record.
   * {@link #missingElements(Case)} lists what is missing; such a case cannot be accepted
   * ({@link RuleName#INCOMPLETE_ELEMENTS}) until a classification supplies a missing or unknown
   * category, and is closed by not accepting it with {@link NotAcceptedReason#INCOMPLETE_ELEMENTS},
   * which an acceptance rule does on intake.
   *
   * @throws CaseRuleException {@link RuleName#ROLE_NOT_PERMITTED} if the actor may not register,
   *     {@link RuleName#RECEIVED_AT_OUT_OF_WINDOW} if the appeal's receivedAt lies outside the
   *     configured window
   */
  public Transition register(Appeal appeal, Actor actor, Instant at) {
    Objects.requireNonNull(appeal, "appeal");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (!permissions.permits(actor.role(), CommandKind.REGISTER)) {
      throw new CaseRuleException(RuleName.ROLE_NOT_PERMITTED, "a " + actor.role() + " may not REGISTER (登记); permitted: "
          + permissions.rolesFor(CommandKind.REGISTER));
    }
    Instant received = appeal.getReceivedAt();
    if (received.isBefore(at.minus(receivedAtPast)) || received.isAfter(at.plus(receivedAtFuture))) {
      throw new CaseRuleException(RuleName.RECEIVED_AT_OUT_OF_WINDOW, "receivedAt: " + inPlatformZone(received)
          + " is outside the window from " + describe(receivedAtPast) + " before to " + describe(receivedAtFuture)
          + " after the registration at "
          + inPlatformZone(at));
    }
    InquiryCode code = inquiryCodes.get();
    CaseEvent event = new CaseEvent(ids.get(), 1, actor, at,
        new CaseChange.Registered(numbering.next(at), code.hash(), appeal));
    return new Transition(Case.start(event), event, Optional.of(code));
  }

  /**
   * Runs a command on a case.
   *
   * @param current the case as it is
   * @param command the command
   * @param actor who gives it
   * @param at when
   * @return the new case and its event, whose sequence is the case's version plus one
   * @throws CaseRuleException naming the rule the command broke; the case is unchanged
   */
  public Transition execute(Case current, CaseCommand command, Actor actor, Instant at) {
    return execute(current, command, actor, at, Optional.empty());
  }

  /**
   * Runs a command a rule decided, recording why on its event: the rule set, its version, the
   * row and the reason (a triage, a routing, a time limit), so that the case can answer "why
   * did it go there?".
   *
   * @param current the case as it is
   * @param command the command
   * @param actor who gives it, usually {@link Actor#system()}
   * @param at when
   * @param explanation why, if a rule decided
   * @return the new case and its event, which carries the explanation
   * @throws CaseRuleException naming the rule the command broke; the case is unchanged
   */
  public Transition execute(Case current, CaseCommand command, Actor actor, Instant at,
      Optional<Explanation> explanation) {
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(current.lastEventAt())) {
      throw new CaseRuleException(RuleName.OUT_OF_ORDER, "the command at " + inPlatformZone(at)
          + " is before the case's last event at " + inPlatformZone(current.lastEventAt()));
    }
    if (!current.isOpen() && command.kind() != CommandKind.ERASE_PERSONAL_DATA) {
      throw new CaseRuleException(RuleName.CASE_CLOSED,
          "case " + current.number() + " is " + current.status() + ": it accepts no command");
    }
    CaseChange change = new CommandRules(this, current, actor, at).decide(command);
    CaseEvent event = new CaseEvent(current.id(), current.version() + 1, actor, at, change, explanation);
    return new Transition(current.apply(event), event);
  }

  /**
   * Merges a repeat case into an existing open case (并案): the repeat closes as merged and the
   * target takes its appeal.
   *
   * @param duplicate the repeat case
   * @param target the case to merge into
   * @param actor who merges
   * @param at when
   * @return the two transitions, the duplicate's first
   * @throws CaseRuleException {@link RuleName#MERGE_INTO_SELF}; {@link RuleName#MERGE_TARGET_CLOSED};
   *     {@link RuleName#REPORT_ROUTED_TO_ACCUSED} if a report among the appeals of either case
   *     accuses a department that holds the target (or one above it);
   *     {@link RuleName#MERGE_NOT_ALLOWED} unless the repeat is registered or accepted;
   *     {@link RuleName#ROLE_NOT_PERMITTED}; {@link RuleName#OUT_OF_ORDER}
   */
  public List<Transition> merge(Case duplicate, Case target, Actor actor, Instant at) {
    return merge(duplicate, target, actor, at, Optional.empty());
  }

  /**
   * Merges as {@link #merge(Case, Case, Actor, Instant)} does, recording on both events why a
   * rule proposed it.
   *
   * @param duplicate the repeat case
   * @param target the case to merge into
   * @param actor who merges
   * @param at when
   * @param explanation why, if a rule decided
   * @return the two transitions, the duplicate's first
   * @throws CaseRuleException as {@link #merge(Case, Case, Actor, Instant)}
   */
  public List<Transition> merge(Case duplicate, Case target, Actor actor, Instant at, Optional<Explanation> explanation) {
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (duplicate.id().equals(target.id())) {
      throw new CaseRuleException(RuleName.MERGE_INTO_SELF, "case " + target.number() + ": a case cannot be merged with itself");
    }
    if (!target.isOpen()) {
      throw new CaseRuleException(RuleName.MERGE_TARGET_CLOSED,
          "case " + target.number() + " is " + target.status() + ": nothing can be merged into it");
    }
    Set<DepartmentId> accused = protectedFrom(duplicate);
    accused.addAll(protectedFrom(target));
    List<DepartmentId> holders = new ArrayList<>();
    target.lead().ifPresent(holders::add);
    holders.addAll(target.assisting());
    for (DepartmentId holder : holders) {
      if (accused.contains(holder)) {
        throw new CaseRuleException(RuleName.REPORT_ROUTED_TO_ACCUSED, "case " + duplicate.number()
            + " cannot be merged into case " + target.number() + ": department " + holder
            + ", which has the target, is accused by a report among the appeals, or is under the accused department");
      }
    }
    Transition first = execute(duplicate, new MergeSteps.MergeInto(target.id()), actor, at, explanation);
    Transition second = execute(target, new MergeSteps.AbsorbDuplicate(duplicate.id(), duplicate.appeals()), actor, at,
        explanation);
    return List.of(first, second);
  }

  /**
   * The essential elements (诉求要素) the case's appeal lacks: every violation of the configured
   * {@link AppealCheck} and, with a taxonomy, an unknown category or a missing, undefined or
   * malformed attribute of the case's effective {@linkplain Case#category() category}. Each
   * names the property and the rule, never the citizen's data, for example {@code
   * citizen.reachable: a citizen who is not anonymous needs a phone number}. A case with missing
   * elements cannot be accepted.
   *
   * @param c the case
   * @return the violations in a stable order; empty when the appeal is complete
   * @throws NullPointerException if c is null
   */
  public List<String> missingElements(Case c) {
    Objects.requireNonNull(c, "c");
    List<String> violations = new ArrayList<>(appealCheck.violations(c.appeal()));
    violations.addAll(categoryViolations(c.category(), c.appeal()));
    return List.copyOf(violations);
  }

  /** With a taxonomy: the category must exist and the appeal carry the attributes it requires. */
  private List<String> categoryViolations(Optional<CategoryCode> category, Appeal appeal) {
    if (taxonomy.isEmpty() || category.isEmpty()) {
      return List.of();
    }
    CategoryCode code = category.get();
    if (taxonomy.get().find(code).isEmpty()) {
      return List.of("category: " + code + " is not in the taxonomy");
    }
    return taxonomy.get().checkAttributes(code, appeal.getAttributes()).stream()
        .map(v -> "attributes[" + v.attribute() + "]: " + v.rule())
        .toList();
  }

  // ---------------------------------------------------------------- import of history

  /**
   * Imports a case from another system's history (历史导入): one {@link CaseChange.Imported}
   * event records what happened, with no command replayed. The case is registered at the
   * record's {@code receivedAt}, dispatched to its lead at once with the resolution deadline
   * this lifecycle's time-limit policy gives on the lead's calendar (so its facts say whether it
   * closed on time), and, for a closed outcome, closed at {@code closedAt}: {@link
   * CaseStatus#CLOSED}, its resolution met then if it was {@link HistoricalCase.Outcome#RESOLVED
   * resolved}. An open one stays {@link CaseStatus#DISPATCHED} with the lead and goes on with
   * ordinary commands. Its citizen is anonymous and no inquiry code is issued.
   *
   * @param history the record
   * @param actor who imports: by {@link Permissions#seeds()}, a supervisor or the system
   * @param at when: not before the record's instants
   * @return the case and its event, sequence 1
   * @throws NullPointerException if an argument is null
   * @throws CaseRuleException {@link RuleName#ROLE_NOT_PERMITTED}; {@link
   *     RuleName#UNKNOWN_DEPARTMENT} for a lead or assisting department not in the directory;
   *     {@link RuleName#UNKNOWN_CATEGORY} for a category not in the taxonomy; {@link
   *     RuleName#OUT_OF_ORDER} if the record was received or closed after {@code at}
   */
  public Transition importCase(HistoricalCase history, Actor actor, Instant at) {
    return HistoryImport.run(this, history, actor, at);
  }

  CaseNumber nextNumber(Instant at) {
    return numbering.next(at);
  }

  CaseId nextId() {
    return ids.get();
  }

  /** The hash of an inquiry code issued to no one: an imported case has no citizen to give it to. */
  InquiryCodeHash unissuedInquiryCodeHash() {
    return inquiryCodes.get().hash();
  }

  // ---------------------------------------------------------------- helpers for Decision

  /**
   * The reasons for not accepting (不予受理) this lifecycle admits.
   *
   * @return the reasons, unmodifiable
   */
  public Set<NotAcceptedReason> notAcceptedReasons() {
    return notAcceptedReasons;
  }

  Optional<TimeLimit> maxExtensionTotal() {
    return maxExtensionTotal;
  }

  WorkingCalendar calendar(String calendarId) {
    WorkingCalendar calendar = calendars.get(calendarId);
    if (calendar == null) {
      throw new IllegalStateException("calendar '" + calendarId + "' is not among the calendars " + calendars.keySet());
    }
    return calendar;
  }

  /**
   * The key the time-limit policy is asked with for a case, as every deadline of it is computed:
   * the appeal's type, urgency and channel, the case's category followed by its ancestors in the
   * taxonomy (when the lifecycle has one and knows the category), and the appeal's area. A
   * dispatch adds the lead's level ({@link PolicyKey.Builder#leadLevel}) for the department's
   * stages; the callback's key has none.
   *
   * @param c the case
   * @return the key
   * @throws NullPointerException if c is null
   */
  public PolicyKey policyKey(Case c) {
    Objects.requireNonNull(c, "c");
    return policyKey(c.appeal(), c.category());
  }

  /** The policy key of an appeal whose case has the given category. */
  PolicyKey policyKey(Appeal appeal, Optional<CategoryCode> category) {
    List<CategoryCode> path = new ArrayList<>();
    category.ifPresent(code -> {
      path.add(code);
      taxonomy.filter(t -> t.find(code).isPresent())
          .ifPresent(t -> t.ancestors(code).stream().map(Category::getCode).forEach(path::add));
    });
    return PolicyKey.builder().type(appeal.getType()).categoryPath(path).urgency(appeal.getUrgency())
        .areaPath(appeal.getLocation().getArea().map(a -> List.of(a.code())).orElse(List.of()))
        .channel(appeal.getChannel())
        .receivedOn(LocalDate.ofInstant(appeal.getReceivedAt(), calendar(platformCalendar).zone()))
        .build();
  }

  /** Whether a category may be set: without a taxonomy any is; with one, it must be in it. */
  boolean isKnownCategory(CategoryCode code) {
    return taxonomy.isEmpty() || taxonomy.get().find(code).isPresent();
  }

  StageDeadline deadline(Stage stage, String calendarId, PolicyKey key, Instant start) {
    TimeLimit limit = timeLimits.limitFor(stage, key);
    return StageDeadline.of(stage, calendarId, calendar(calendarId).deadline(start, limit));
  }

  /** The deadlines a dispatch to this lead starts. */
  List<StageDeadline> dispatchDeadlines(DepartmentId lead, PolicyKey appealKey, Instant at) {
    String calendarId = directory.require(lead).getCalendarId();
    PolicyKey key = appealKey.toBuilder().leadLevel(level(lead)).build();
    List<StageDeadline> result = new ArrayList<>();
    for (Stage stage : Stage.DEPARTMENT_STAGES) {
      result.add(deadline(stage, calendarId, key, at));
    }
    return result;
  }

  int level(DepartmentId department) {
    return directory.level(department);
  }

  StageDeadline callbackDeadline(PolicyKey key, Instant at) {
    return deadline(Stage.CALLBACK, platformCalendar, key, at);
  }

  /**
   * The departments a case must never go to: the department accused by any of its appeals
   * (the first and every one merged into it), and every department under it.
   */
  Set<DepartmentId> protectedFrom(Case c) {
    Set<DepartmentId> accused = new LinkedHashSet<>();
    for (Appeal appeal : c.appeals()) {
      appeal.getAccusedDepartment().ifPresent(id -> {
        accused.add(id);
        if (directory.find(id).isPresent()) {
          directory.descendants(id).forEach(d -> accused.add(d.getId()));
        }
      });
    }
    return accused;
  }

  /**
   * Which departments a case may go to now: the one check dispatching and any router use.
   *
   * @param c the case
   * @return its eligibility
   * @throws NullPointerException if c is null
   */
  public Eligibility eligibility(Case c) {
    Objects.requireNonNull(c, "c");
    return new Eligibility(directory, protectedFrom(c), c.returnedBy());
  }

  Permissions permissions() {
    return permissions;
  }

  /**
   * The emergency lines (紧急热线) cases may be referred to.
   *
   * @return the lines, unmodifiable
   */
  public Set<EmergencyLine> emergencyLines() {
    return emergencyLines;
  }

  boolean returnsNeedApproval() {
    return returnsNeedApproval;
  }

  Optional<TimeLimit> maxSingleExtension() {
    return maxSingleExtension;
  }

  private static String describe(Duration d) {
    if (d.toSeconds() % 86_400 == 0) {
      return d.toDays() + " days";
    }
    if (d.toSeconds() % 3_600 == 0) {
      return d.toHours() + " hours";
    }
    return d.toMinutes() + " minutes";
  }

  /** An instant as a clerk reads it: in the platform calendar's zone, with the offset. */
  String inPlatformZone(Instant instant) {
    return instant.atZone(calendar(platformCalendar).zone()).toOffsetDateTime().toString();
  }

  @Override
  public String toString() {
    return "CaseLifecycle[" + directory.size() + " departments, " + calendars.size() + " calendars, "
        + timeLimits + ", at most " + maxExtensions + " extensions]";
  }
}
