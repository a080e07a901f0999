package org.hotline12345.rules.duplicates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.duplicates.DuplicateMatch.Criterion;
import org.hotline12345.rules.text.CharacterNgrams;
import org.hotline12345.rules.triage.TriageStep;

/**
 * Finds the open case a repeat appeal should merge into (并案), as a {@link TriageStep}: for a
 * registered case it proposes {@link TriageOutcome.MergeInto} the case found, or passes. Two
 * criteria, tried in this order, each a row of the finder's rule set:
 * <ol>
 *   <li>{@link Criterion#SAME_CALLER_SIMILAR_TEXT}: an open case of the same caller (同一诉求人,
 *       the same phone number), registered within the window before this one, whose first
 *       appeal's text is near-identical: the {@linkplain CharacterNgrams#jaccard Jaccard
 *       similarity} of their character n-gram profiles reaches the threshold. Of several, the
 *       most similar, then the earliest registered. Texts that are empty once normalised never
 *       match.
 *   <li>{@link Criterion#SAME_PLACE_AND_CATEGORY}: an open case of the same area code and the
 *       same category, registered within the window before this one: of several (among the
 *       newest {@link Builder#maxCandidates}), the earliest registered, the case the later
 *       reports join.
 * </ol>
 * The window looks back from the case's registration, as {@link AppealHistory} defines it; the
 * case itself and closed cases are never proposed. The merge is carried out (or refused, say
 * when a report accuses the department holding the target) by the core's two-sided merge, when
 * the service acts on the outcome or a clerk confirms it.
 *
 * <p>The caller criterion needs the service's caller keys ({@code
 * HotlineService.Builder.callerKeySecret}): without them its question throws {@link
 * IllegalStateException} naming the setting; a host that does not recognise callers leaves the
 * criterion out with {@link Builder#criteria}.
 *
 * <pre>{@code
 * DuplicateFinder duplicates = DuplicateFinder.builder()
 *     .ruleSet("nanjing-duplicates", "2025.1")
 *     .window(Duration.ofDays(3)).similarityThreshold(0.8).ngramSize(2)
 *     .build();
 * Optional<TriageOutcome> merge = duplicates.decide(registered, hotline.appealHistory());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Explanations name the rule set, its version, the criterion's
 * row, the target's case number, the area and category codes, the window and the similarity;
 * never an appeal's text or the caller.
 */
public final class DuplicateFinder implements TriageStep {

  /** The window unless set: three days. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);
  /** The similarity threshold unless set. */
  public static final double DEFAULT_SIMILARITY_THRESHOLD = 0.8;
  /** The n-gram size unless set: bigrams, which suit Chinese text. */
  public static final int DEFAULT_NGRAM_SIZE = 2;
  /** How many candidates each criterion reads unless set. */
  public static final int DEFAULT_MAX_CANDIDATES = 20;

  private final String ruleSet;
  private final String version;
  private final Duration window;
  private final double similarityThreshold;
  private final int ngramSize;
  private final int maxCandidates;
  private final Set<Criterion> criteria;

  private DuplicateFinder(Builder b) {
    this.ruleSet = b.ruleSet;
    this.version = b.version;
    this.window = b.window;
    this.similarityThreshold = b.similarityThreshold;
    this.ngramSize = b.ngramSize;
    this.maxCandidates = b.maxCandidates;
    this.criteria = Set.copyOf(b.criteria);
  }

  /**
   * Starts a builder; the rule set is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Proposes the open case to merge into, if any: {@link #find}'s match as a merge outcome.
   *
   * @param registered the registered case
   * @param history the appeals before it
   * @return the merge, or empty when no open case matches
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the caller criterion is on and the history cannot recognise
   *     callers (no caller key secret)
   */
  @Override
  public Optional<TriageOutcome> decide(Case registered, AppealHistory history) {
    return find(registered, history).map(DuplicateMatch::toOutcome);
  }

  /**
   * Finds the open case the registered case repeats, by the criteria in their order.
   *
   * @param registered the registered case
   * @param history the appeals before it
   * @return the match, or empty when no open case matches
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the caller criterion is on and the history cannot recognise
   *     callers (no caller key secret)
   */
  public Optional<DuplicateMatch> find(Case registered, AppealHistory history) {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(history, "history");
    if (criteria.contains(Criterion.SAME_CALLER_SIMILAR_TEXT)) {
      Optional<DuplicateMatch> byCaller = sameCallerSimilarText(registered, history);
      if (byCaller.isPresent()) {
        return byCaller;
      }
    }
    if (criteria.contains(Criterion.SAME_PLACE_AND_CATEGORY)) {
      return samePlaceAndCategory(registered, history);
    }
    return Optional.empty();
  }

  private Optional<DuplicateMatch> sameCallerSimilarText(Case registered, AppealHistory history) {
    CharacterNgrams own = CharacterNgrams.of(registered.appeal().getContent(), ngramSize);
    if (own.size() == 0) {
      return Optional.empty();
    }
    Case best = null;
    double bestSimilarity = -1;
    for (Case candidate : openOthers(registered, history.recentFromCaller(registered, window, maxCandidates))) {
      CharacterNgrams theirs = CharacterNgrams.of(candidate.appeal().getContent(), ngramSize);
      if (theirs.size() == 0) {
        continue;
      }
      double similarity = own.jaccard(theirs);
      if (similarity >= similarityThreshold && (similarity > bestSimilarity
          || similarity == bestSimilarity && EARLIEST.compare(candidate, best) < 0)) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String reason = String.format(Locale.ROOT, "同一诉求人%s内反映内容相近（字符%d元组 Jaccard 相似度 %.2f ≥ %.2f），"
        + "并入未办结工单 %s", span(), ngramSize, bestSimilarity, similarityThreshold, best.number().value());
    return Optional.of(new DuplicateMatch(best.id(), Criterion.SAME_CALLER_SIMILAR_TEXT,
        OptionalDouble.of(bestSimilarity), explain(Criterion.SAME_CALLER_SIMILAR_TEXT, reason)));
  }

  private Optional<DuplicateMatch> samePlaceAndCategory(Case registered, AppealHistory history) {
    Optional<Area> area = registered.appeal().getLocation().getArea();
    Optional<CategoryCode> category = registered.category();
    if (area.isEmpty() || category.isEmpty()) {
      return Optional.empty();
    }
    return openOthers(registered, history.openCasesLike(registered, window, maxCandidates)).stream()
        .filter(c -> c.category().equals(category) && c.appeal().getLocation().getArea().map(Area::code)
            .equals(Optional.of(area.get().code())))
        .min(EARLIEST)
        .map(target -> new DuplicateMatch(target.id(), Criterion.SAME_PLACE_AND_CATEGORY, OptionalDouble.empty(),
            explain(Criterion.SAME_PLACE_AND_CATEGORY, "同一地点（区划 " + area.get().code() + "）同一类别（"
                + category.get().value() + "）" + span() + "内已有未办结工单 " + target.number().value() + "，并案")));
  }

  /** The earliest registered first, ties by case number. */
  private static final Comparator<Case> EARLIEST = Comparator.comparing(Case::registeredAt)
      .thenComparing(c -> c.number().value());

  /** The candidates that may be merged into: open, and not the case itself. */
  private static List<Case> openOthers(Case registered, List<Case> candidates) {
    List<Case> open = new ArrayList<>(candidates.size());
    for (Case c : candidates) {
      if (c.isOpen() && !c.id().equals(registered.id())) {
        open.add(c);
      }
    }
    return open;
  }

  private Explanation explain(Criterion criterion, String reason) {
    return new Explanation(ruleSet, version, Optional.of(criterion.row()), reason);
  }

  /** The window in words: whole days, else whole hours, else whole minutes, else as ISO-8601. */
  private String span() {
    if (window.equals(Duration.ofDays(window.toDays()))) {
      return " " + window.toDays() + " 天";
    }
    if (window.equals(Duration.ofHours(window.toHours()))) {
      return " " + window.toHours() + " 小时";
    }
    if (window.equals(Duration.ofMinutes(window.toMinutes()))) {
      return " " + window.toMinutes() + " 分钟";
    }
    return " " + window;
  }

  /**
   * The rule set's id, which explanations name.
   *
   * @return the id
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * The rule set's version, which explanations name.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * How far back both criteria look from the case's registration.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  /**
   * The least Jaccard similarity of two texts taken as near-identical.
   *
   * @return the threshold, above 0, at most 1
   */
  public double similarityThreshold() {
    return similarityThreshold;
  }

  /**
   * The characters per n-gram when texts are compared.
   *
   * @return n, {@value CharacterNgrams#MIN_N} to {@value CharacterNgrams#MAX_N}
   */
  public int ngramSize() {
    return ngramSize;
  }

  /**
   * How many of the newest candidates each criterion reads.
   *
   * @return 1 to {@link AppealHistory#MAX_LIMIT}
   */
  public int maxCandidates() {
    return maxCandidates;
  }

  /**
   * The criteria the finder tries.
   *
   * @return the criteria, at least one; unmodifiable
   */
  public Set<Criterion> criteria() {
    return criteria;
  }

  @Override
  public String toString() {
    return "DuplicateFinder[" + ruleSet + " v" + version + ", window " + window + ", similarity ≥ "
        + similarityThreshold + ", n " + ngramSize + ", " + maxCandidates + " candidates, " + EnumSet.copyOf(criteria)
        + "]";
  }

  /** Builds a {@link DuplicateFinder}; not thread-safe. */
  public static final class Builder {
    private String ruleSet;
    private String version;
    private Duration window = DEFAULT_WINDOW;
    private double similarityThreshold = DEFAULT_SIMILARITY_THRESHOLD;
    private int ngramSize = DEFAULT_NGRAM_SIZE;
    private int maxCandidates = DEFAULT_MAX_CANDIDATES;
    private Set<Criterion> criteria = EnumSet.allOf(Criterion.class);

    private Builder() {}

    /**
     * The rule set this configuration is (required): its id and version, which every
     * explanation names. Change the version whenever the window, threshold or criteria change.
     *
     * @param id 1 to 100 characters, not blank
     * @param version 1 to 100 characters, not blank
     * @return this builder
     * @throws IllegalArgumentException if either is blank or too long
     */
    public Builder ruleSet(String id, String version) {
      this.ruleSet = requireName("ruleSet id", id);
      this.version = requireName("ruleSet version", version);
      return this;
    }

    /**
     * How far back both criteria look; {@link #DEFAULT_WINDOW} unless set.
     *
     * @param window positive, at most {@link AppealHistory#MAX_WINDOW}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder window(Duration window) {
      this.window = AppealHistory.requireWindow(window);
      return this;
    }

    /**
     * The least Jaccard similarity of near-identical texts; {@value #DEFAULT_SIMILARITY_THRESHOLD}
     * unless set.
     *
     * @param threshold above 0, at most 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder similarityThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("similarityThreshold: must be above 0 and at most 1, was " + threshold);
      }
      this.similarityThreshold = threshold;
      return this;
    }

    /**
     * The characters per n-gram; {@value #DEFAULT_NGRAM_SIZE} unless set.
     *
     * @param n {@value CharacterNgrams#MIN_N} to {@value CharacterNgrams#MAX_N}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder ngramSize(int n) {
      if (n < CharacterNgrams.MIN_N || n > CharacterNgrams.MAX_N) {
        throw new IllegalArgumentException("ngramSize: must be " + CharacterNgrams.MIN_N + " to "
            + CharacterNgrams.MAX_N + ", was " + n);
      }
      this.ngramSize = n;
      return this;
    }

    /**
     * How many of the newest candidates each criterion reads (each is read and decrypted);
     * {@value #DEFAULT_MAX_CANDIDATES} unless set.
     *
     * @param count 1 to {@link AppealHistory#MAX_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxCandidates(int count) {
      this.maxCandidates = AppealHistory.requireLimit(count);
      return this;
    }

    /**
     * The criteria to try, in their fixed order; both unless set.
     *
     * @param criteria at least one
     * @return this builder
     * @throws IllegalArgumentException if empty
     */
    public Builder criteria(Set<Criterion> criteria) {
      Objects.requireNonNull(criteria, "criteria");
      if (criteria.isEmpty()) {
        throw new IllegalArgumentException("criteria: at least one");
      }
      criteria.forEach(c -> Objects.requireNonNull(c, "criteria element"));
      this.criteria = EnumSet.copyOf(criteria);
      return this;
    }

    private static String requireName(String field, String value) {
      Objects.requireNonNull(value, field);
      if (value.isBlank() || value.length() > 100) {
        throw new IllegalArgumentException(field + ": must be 1 to 100 characters and not blank, was "
            + value.length() + " characters");
      }
      return value;
    }

    /**
     * Builds the finder.
     *
     * @return the finder
     * @throws IllegalStateException if the rule set is not set
     */
    public DuplicateFinder build() {
      if (ruleSet == null) {
        throw new IllegalStateException("DuplicateFinder needs ruleSet(id, version); set it on the builder");
      }
      return new DuplicateFinder(this);
    }
  }
}
