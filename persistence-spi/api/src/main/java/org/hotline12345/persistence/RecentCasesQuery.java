package org.hotline12345.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CaseQueries#recent} and {@link CaseQueries#countRecent} look for: the appeal
 * history (诉求历史) of a caller or a place, the cases registered in a window with the same
 * {@linkplain StoredCase#callerKey() caller key} or the same {@linkplain StoredCase#area() area},
 * optionally of one category, open ones only, and without the case being decided. Immutable;
 * built with {@link #builder()}.
 *
 * <pre>{@code
 * // the caller's appeals in the week before a case was registered, the case itself left out
 * RecentCasesQuery sameCaller = RecentCasesQuery.builder()
 *     .callerKey(row.callerKey().orElseThrow())
 *     .registeredIn(registered.minus(Duration.ofDays(7)), registered.plusNanos(1000))
 *     .excluding(row.caseId()).build();
 * // open cases of the same category at the same place in three days: candidates of a merge (并案)
 * RecentCasesQuery samePlace = RecentCasesQuery.builder()
 *     .area("320106001").category("030101").openOnly(true)
 *     .registeredIn(registered.minus(Duration.ofDays(3)), registered.plusNanos(1000)).build();
 * }</pre>
 *
 * <p>A query names a caller key, an area, or both (then a case must have both): a store serves
 * it from an index on either, never from a scan of every case. The window is required.
 * {@link #toString()} never shows the caller key.
 */
public final class RecentCasesQuery {

  private final Optional<String> callerKey;
  private final Optional<String> area;
  private final Optional<String> category;
  private final boolean openOnly;
  private final Instant registeredFrom;
  private final Instant registeredBefore;
  private final Optional<String> excludedCaseId;

  private RecentCasesQuery(Builder b) {
    this.callerKey = b.callerKey;
    this.area = b.area;
    this.category = b.category;
    this.openOnly = b.openOnly;
    this.registeredFrom = b.registeredFrom;
    this.registeredBefore = b.registeredBefore;
    this.excludedCaseId = b.excludedCaseId;
  }

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The caller key a case must have.
   *
   * @return the key, or empty for any caller
   */
  public Optional<String> callerKey() {
    return callerKey;
  }

  /**
   * The area code (行政区划) a case must have, exactly (no hierarchy).
   *
   * @return the area, or empty for any area
   */
  public Optional<String> area() {
    return area;
  }

  /**
   * The category code a case must have, exactly.
   *
   * @return the category, or empty for any category (and none)
   */
  public Optional<String> category() {
    return category;
  }

  /**
   * Whether only {@linkplain StoredCase#open() open} cases match.
   *
   * @return true for open cases only
   */
  public boolean openOnly() {
    return openOnly;
  }

  /**
   * The window's start: the earliest registration instant, inclusive.
   *
   * @return the instant
   */
  public Instant registeredFrom() {
    return registeredFrom;
  }

  /**
   * The window's end: the registration instant cases must be before, exclusive.
   *
   * @return the instant, not before {@link #registeredFrom()}
   */
  public Instant registeredBefore() {
    return registeredBefore;
  }

  /**
   * The case left out, typically the one being decided.
   *
   * @return its id, or empty
   */
  public Optional<String> excludedCaseId() {
    return excludedCaseId;
  }

  /**
   * Whether a case matches: the query's definition, in Java.
   *
   * @param c the case
   * @return true if it matches every criterion
   * @throws NullPointerException if c is null
   */
  public boolean matches(StoredCase c) {
    Objects.requireNonNull(c, "c");
    return (callerKey.isEmpty() || c.callerKey().equals(callerKey))
        && (area.isEmpty() || c.area().equals(area))
        && (category.isEmpty() || c.category().equals(category))
        && (!openOnly || c.open())
        && !c.registeredAt().isBefore(registeredFrom) && c.registeredAt().isBefore(registeredBefore)
        && (excludedCaseId.isEmpty() || !excludedCaseId.get().equals(c.caseId()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecentCasesQuery that && callerKey.equals(that.callerKey) && area.equals(that.area)
        && category.equals(that.category) && openOnly == that.openOnly
        && registeredFrom.equals(that.registeredFrom) && registeredBefore.equals(that.registeredBefore)
        && excludedCaseId.equals(that.excludedCaseId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(callerKey, area, category, openOnly, registeredFrom, registeredBefore, excludedCaseId);
  }

  /**
   * The criteria, the caller key shown only as present.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RecentCasesQuery[callerKey=" + (callerKey.isPresent() ? "***" : "any")
        + ", area=" + area.map(Printable::escape).orElse("any")
        + ", category=" + category.map(Printable::escape).orElse("any") + ", openOnly=" + openOnly
        + ", registeredFrom=" + registeredFrom + ", registeredBefore=" + registeredBefore
        + ", excluding=" + excludedCaseId.orElse("none") + "]";
  }

  /** Builds a {@link RecentCasesQuery}; not thread-safe. */
  public static final class Builder {
    private Optional<String> callerKey = Optional.empty();
    private Optional<String> area = Optional.empty();
    private Optional<String> category = Optional.empty();
    private boolean openOnly;
    private Instant registeredFrom;
    private Instant registeredBefore;
    private Optional<String> excludedCaseId = Optional.empty();

    private Builder() {}

    /**
     * The caller key a case must have.
     *
     * @param callerKey as {@link StoredCase#callerKey()} holds it
     * @return this builder
     */
    public Builder callerKey(String callerKey) {
      this.callerKey = Optional.of(Objects.requireNonNull(callerKey, "callerKey"));
      return this;
    }

    /**
     * The area code a case must have.
     *
     * @param area a directory key
     * @return this builder
     */
    public Builder area(String area) {
      this.area = Optional.of(Objects.requireNonNull(area, "area"));
      return this;
    }

    /**
     * The category code a case must have.
     *
     * @param category a directory key
     * @return this builder
     */
    public Builder category(String category) {
      this.category = Optional.of(Objects.requireNonNull(category, "category"));
      return this;
    }

    /**
     * Whether only open cases match; false unless set.
     *
     * @param openOnly true for open cases only
     * @return this builder
     */
    public Builder openOnly(boolean openOnly) {
      this.openOnly = openOnly;
      return this;
    }

    /**
     * The window (required): registration instants in {@code [from, before)}.
     *
     * @param from the start, inclusive
     * @param before the end, exclusive, not before {@code from}
     * @return this builder
     */
    public Builder registeredIn(Instant from, Instant before) {
      this.registeredFrom = Objects.requireNonNull(from, "from");
      this.registeredBefore = Objects.requireNonNull(before, "before");
      return this;
    }

    /**
     * A case to leave out.
     *
     * @param caseId its id
     * @return this builder
     */
    public Builder excluding(String caseId) {
      this.excludedCaseId = Optional.of(Objects.requireNonNull(caseId, "caseId"));
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalStateException if neither a caller key nor an area is set, or the window is
     *     not set
     * @throws IllegalArgumentException naming every field that breaks its rule: a caller key not
     *     of 32 to 128 characters of the id alphabet, an area or category not a directory key, an
     *     excluded case id not an id, a window ending before it starts
     */
    public RecentCasesQuery build() {
      List<String> missing = new ArrayList<>();
      if (callerKey.isEmpty() && area.isEmpty()) {
        missing.add("callerKey or area");
      }
      if (registeredFrom == null) {
        missing.add("registeredIn (the window)");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a RecentCasesQuery needs " + String.join(" and ", missing) + "; not set");
      }
      List<String> broken = new ArrayList<>();
      callerKey.ifPresent(k -> check(broken, () -> Keys.requireId("callerKey", k, Keys.MIN_CALLER_KEY_LENGTH,
          Keys.MAX_CALLER_KEY_LENGTH)));
      area.ifPresent(a -> check(broken, () -> Keys.requireDirectoryKey("area", a)));
      category.ifPresent(c -> check(broken, () -> Keys.requireDirectoryKey("category", c)));
      excludedCaseId.ifPresent(id -> check(broken, () -> Keys.requireId("excluding", id)));
      if (registeredBefore.isBefore(registeredFrom)) {
        broken.add("the window must not end (" + registeredBefore + ") before it starts (" + registeredFrom + ")");
      }
      if (!broken.isEmpty()) {
        throw new IllegalArgumentException("RecentCasesQuery refused: " + String.join("; ", broken));
      }
      return new RecentCasesQuery(this);
    }

    private static void check(List<String> broken, Runnable rule) {
      try {
        rule.run();
      } catch (IllegalArgumentException e) {
        broken.add(e.getMessage());
      }
    }
  }
}
