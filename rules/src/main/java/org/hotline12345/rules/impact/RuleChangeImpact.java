package org.hotline12345.rules.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.core.triage.Triage;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.rules.internal.impact.ImpactRun;
import org.hotline12345.rules.internal.impact.Judge;
import org.hotline12345.rules.internal.impact.RoutingJudge;
import org.hotline12345.rules.internal.impact.TimeLimitJudge;
import org.hotline12345.rules.internal.impact.TriageJudge;

/**
 * The rule-change impact (规则变更影响评估): before a new version of the rules goes live, replays the
 * cases registered in a period from the store against the rules in use and the candidate rules, and
 * reports what would be decided differently. Each decision is taken over the core's ports, so any
 * router, triage or time-limit policy (a decision table, a host's own classifier, a vendor's router)
 * can be compared with any other.
 *
 * <p><b>What is decided, on what.</b> Each case is read with {@link HotlineService#history} (its
 * events decrypted as the service reads them) and cut where the rules decided:
 * <ul>
 *   <li>{@linkplain #triage triage} (分拨研判): the case as registered (and classified) before its
 *       first triage decision, with the service's {@link HotlineService#appealHistory() appeal
 *       history}; every case;
 *   <li>{@linkplain #routing routing} (派单): the case as it stood before its first dispatch, with
 *       the {@linkplain org.hotline12345.core.casefile.CaseLifecycle#eligibility eligibility} it had
 *       then (no department had returned it); the cases accepted (dispatched since, or awaiting
 *       dispatch);
 *   <li>{@linkplain #timeLimits time limits} (办理时限): every stage's limit, with the {@linkplain
 *       org.hotline12345.core.casefile.CaseLifecycle#policyKey key} the first dispatch used (the
 *       first lead's level for the department's stages, none for the callback); the cases
 *       dispatched.
 * </ul>
 * Both sides get the same case and the same context, so every difference is the rules' own. The
 * context is the store and the directory as they are now: an appeal history counts the cases as
 * they stand today, a department deactivated since is ineligible to both.
 *
 * <p><b>What is reported.</b> An {@link ImpactReport}: per decision, the cases compared and decided
 * differently, counted by change (from the current decision to the candidate's), by department
 * (for routing), by category and by area, the first examples (case number, category and area
 * codes, both decisions, the rule set, version and row behind each) and a check against what really
 * happened: the department that finally handled each case, and for each department that returned
 * cases, how many of them either rule set would have sent straight to the department that handled
 * them. The report never holds a name, a phone number, an address or an appeal's text; a case that
 * cannot be read, or a decision that throws, is counted as a {@link Failure} with its exception's
 * type only, and the report goes on.
 *
 * <p><b>Selection.</b> Cases are selected by the category and area they have now: {@link
 * Builder#categories categories} match a code and every code that begins with it (the categories
 * under it in a hierarchical scheme); {@link Builder#areas areas} match exactly, or at any level
 * with an {@link Builder#areaHierarchy area hierarchy}.
 *
 * <pre>{@code
 * ImpactReport report = RuleChangeImpact.builder()
 *     .service(hotline)
 *     .registeredBetween(march1, april1)
 *     .routing(liveRouter, candidateRouter)
 *     .timeLimits(livePolicy, candidatePolicy)
 *     .build()
 *     .run();
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>Memory is bounded: cases stream through one page at a time, and the report keeps counts and
 * capped lists of examples. Immutable and thread-safe; each {@link #run()} reads the store afresh.
 */
public final class RuleChangeImpact {

  /** The most examples each comparison lists unless set. */
  public static final int DEFAULT_MAX_EXAMPLES = 20;
  /** The most examples each comparison may list. */
  public static final int MAX_EXAMPLES = 1_000;
  /** How many cases are read from the store at a time unless set. */
  public static final int DEFAULT_PAGE_SIZE = 200;

  private final HotlineService service;
  private final Instant from;
  private final Instant to;
  private final Optional<Both<Triage>> triage;
  private final Optional<Both<Router>> routing;
  private final Optional<Both<TimeLimitPolicy>> timeLimits;
  private final Set<CategoryCode> categories;
  private final Set<String> areas;
  private final Optional<AreaHierarchy> areaHierarchy;
  private final int maxExamples;
  private final int pageSize;

  private RuleChangeImpact(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.service == null) {
      missing.add("service");
    }
    if (b.from == null) {
      missing.add("registeredBetween");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("RuleChangeImpact needs " + String.join(" and ", missing)
          + "; set " + (missing.size() == 1 ? "it" : "them") + " on the builder");
    }
    if (b.triage == null && b.routing == null && b.timeLimits == null) {
      throw new IllegalStateException("RuleChangeImpact needs something to compare: set routing, triage or"
          + " timeLimits (current and candidate) on the builder");
    }
    this.service = b.service;
    this.from = b.from;
    this.to = b.to;
    this.triage = Optional.ofNullable(b.triage);
    this.routing = Optional.ofNullable(b.routing);
    this.timeLimits = Optional.ofNullable(b.timeLimits);
    this.categories = Set.copyOf(b.categories);
    this.areas = Set.copyOf(b.areas);
    this.areaHierarchy = Optional.ofNullable(b.areaHierarchy);
    areaHierarchy.ifPresent(h -> areas.forEach(code -> {
      if (!h.contains(code)) {
        throw new IllegalArgumentException("areas: " + code + " is not in the area hierarchy");
      }
    }));
    this.maxExamples = b.maxExamples;
    this.pageSize = b.pageSize;
  }

  /**
   * Starts a builder; the service, the period and at least one pair of rules are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Replays the period and reports.
   *
   * @return the report
   * @throws org.hotline12345.persistence.StoreException if the store fails while paging (a case
   *     that cannot be read is a {@link Failure} of the report instead)
   */
  public ImpactReport run() {
    List<Judge> judges = new ArrayList<>();
    triage.ifPresent(t -> judges.add(new TriageJudge(t.current(), t.candidate(), service.appealHistory())));
    routing.ifPresent(r -> judges.add(new RoutingJudge(r.current(), r.candidate(), service.lifecycle())));
    timeLimits.ifPresent(p -> judges.add(new TimeLimitJudge(p.current(), p.candidate(), service.lifecycle())));
    ImpactRun run = new ImpactRun(judges, maxExamples, service.lifecycle().directory(), this::isSelected);
    PageRequest page = PageRequest.first(pageSize);
    while (true) {
      var summaries = service.casesRegisteredBetween(from, to, page);
      summaries.items().forEach(s -> run.add(s.number(), () -> service.history(s.id())));
      if (summaries.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(pageSize, summaries.next().get());
    }
    return run.report(from, to, categories, areas);
  }

  private boolean isSelected(Optional<CategoryCode> category, Optional<String> area) {
    boolean categoryMatches = categories.isEmpty()
        || category.filter(c -> categories.stream().anyMatch(prefix -> c.value().startsWith(prefix.value())))
            .isPresent();
    return categoryMatches && (areas.isEmpty() || area.filter(this::isInAreas).isPresent());
  }

  private boolean isInAreas(String area) {
    if (areaHierarchy.isEmpty()) {
      return areas.contains(area);
    }
    AreaHierarchy h = areaHierarchy.get();
    return h.contains(area) && areas.stream().anyMatch(code -> h.isWithin(area, code));
  }

  @Override
  public String toString() {
    return "RuleChangeImpact[" + from + " to " + to + ", " + (triage.isPresent() ? "triage " : "")
        + (routing.isPresent() ? "routing " : "") + (timeLimits.isPresent() ? "time limits " : "") + "]";
  }

  /** The rules in use and the candidate rules of one port. */
  private record Both<T>(T current, T candidate) {
    static <T> Both<T> of(T current, T candidate) {
      return new Both<>(Objects.requireNonNull(current, "current"), Objects.requireNonNull(candidate, "candidate"));
    }
  }

  /** Builds a {@link RuleChangeImpact}; not thread-safe. */
  public static final class Builder {
    private HotlineService service;
    private Instant from;
    private Instant to;
    private Both<Triage> triage;
    private Both<Router> routing;
    private Both<TimeLimitPolicy> timeLimits;
    private Set<CategoryCode> categories = Set.of();
    private Set<String> areas = Set.of();
    private AreaHierarchy areaHierarchy;
    private int maxExamples = DEFAULT_MAX_EXAMPLES;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * The service whose store holds the cases and whose lifecycle gives eligibility and keys.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(HotlineService service) {
      this.service = Objects.requireNonNull(service, "service");
      return this;
    }

    /**
     * The period: the cases registered in {@code [from, to)}; required.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive, not before {@code from}
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Builder registeredBetween(Instant from, Instant to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("registeredBetween: to (" + to + ") must not be before from (" + from + ")");
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Compares triage (分拨研判).
     *
     * @param current the triage in use
     * @param candidate the triage to roll out
     * @return this builder
     */
    public Builder triage(Triage current, Triage candidate) {
      this.triage = Both.of(current, candidate);
      return this;
    }

    /**
     * Compares routing (派单).
     *
     * @param current the router in use
     * @param candidate the router to roll out
     * @return this builder
     */
    public Builder routing(Router current, Router candidate) {
      this.routing = Both.of(current, candidate);
      return this;
    }

    /**
     * Compares time limits (办理时限).
     *
     * @param current the policy in use
     * @param candidate the policy to roll out
     * @return this builder
     */
    public Builder timeLimits(TimeLimitPolicy current, TimeLimitPolicy candidate) {
      this.timeLimits = Both.of(current, candidate);
      return this;
    }

    /**
     * Only the cases of these categories (分类), each with the categories under it: a code matches
     * itself and every code that begins with it. Empty (the default) for every case, with or
     * without a category.
     *
     * @param categories the category codes, at most 1,000
     * @return this builder
     * @throws IllegalArgumentException if more than 1,000 are given
     */
    public Builder categories(Set<CategoryCode> categories) {
      this.categories = copy("categories", categories);
      return this;
    }

    /**
     * Only the cases in these areas (行政区划): the appeal's area code equal to one of them, or,
     * with an {@link #areaHierarchy}, within one of them at any level. Empty (the default) for
     * every case, with or without an area.
     *
     * @param areas the area codes, at most 1,000
     * @return this builder
     * @throws IllegalArgumentException if more than 1,000 are given
     */
    public Builder areas(Set<String> areas) {
      this.areas = copy("areas", areas);
      return this;
    }

    /**
     * The area hierarchy, so that an {@link #areas area} selects the areas under it too; the
     * codes selected must be in it, and cases in areas it does not hold are not selected.
     *
     * @param hierarchy the hierarchy
     * @return this builder
     */
    public Builder areaHierarchy(AreaHierarchy hierarchy) {
      this.areaHierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
      return this;
    }

    /**
     * How many examples each comparison lists (and how many failures the report lists); {@value
     * #DEFAULT_MAX_EXAMPLES} unless set.
     *
     * @param max 0 to {@value #MAX_EXAMPLES}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxExamples(int max) {
      if (max < 0 || max > MAX_EXAMPLES) {
        throw new IllegalArgumentException("maxExamples: must be 0 to " + MAX_EXAMPLES + ", was " + max);
      }
      this.maxExamples = max;
      return this;
    }

    /**
     * How many cases are read from the store at a time; {@value #DEFAULT_PAGE_SIZE} unless set.
     *
     * @param size 1 to {@link PageRequest#MAX_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder pageSize(int size) {
      if (size < 1 || size > PageRequest.MAX_SIZE) {
        throw new IllegalArgumentException("pageSize: must be 1 to " + PageRequest.MAX_SIZE + ", was " + size);
      }
      this.pageSize = size;
      return this;
    }

    private static <T> Set<T> copy(String field, Set<T> values) {
      Objects.requireNonNull(values, field);
      if (values.size() > 1_000) {
        throw new IllegalArgumentException(field + ": at most 1000, were " + values.size());
      }
      Set<T> copy = new LinkedHashSet<>();
      for (T value : values) {
        copy.add(Objects.requireNonNull(value, field + " element"));
      }
      return copy;
    }

    /**
     * Builds the impact.
     *
     * @return the impact
     * @throws IllegalStateException if the service or the period is missing, or nothing is compared
     * @throws IllegalArgumentException if an area selected is not in the area hierarchy
     */
    public RuleChangeImpact build() {
      return new RuleChangeImpact(this);
    }
  }
}
