package org.hotline12345.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link CaseQueries#search} looks for, as Open311's {@code GET requests} asks (案件检索):
 * cases in any of some categories, in any of some statuses, registered in a range. Every
 * criterion left unset matches every case. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * CaseSearch search = CaseSearch.builder()
 *     .categories(Set.of("0103", "0104")).statuses(Set.of("DISPATCHED", "CLOSED"))
 *     .registeredFrom(monday).registeredBefore(nextMonday).build();
 * }</pre>
 */
public final class CaseSearch {

  /** The most categories, and the most statuses, one search may name. */
  public static final int MAX_VALUES = 100;

  private final Set<String> categories;
  private final Set<String> statuses;
  private final Optional<Instant> registeredFrom;
  private final Optional<Instant> registeredBefore;

  private CaseSearch(Builder b) {
    this.categories = Set.copyOf(b.categories);
    this.statuses = Set.copyOf(b.statuses);
    this.registeredFrom = b.registeredFrom;
    this.registeredBefore = b.registeredBefore;
  }

  /**
   * A builder that matches every case until narrowed.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The categories a case must be in one of; empty for any (cases without a category
   * included).
   *
   * @return the category codes, unmodifiable
   */
  public Set<String> categories() {
    return categories;
  }

  /**
   * The statuses a case must be in one of; empty for any.
   *
   * @return the status names, unmodifiable
   */
  public Set<String> statuses() {
    return statuses;
  }

  /**
   * The earliest registration instant, inclusive.
   *
   * @return the instant, or empty for no lower bound
   */
  public Optional<Instant> registeredFrom() {
    return registeredFrom;
  }

  /**
   * The registration instant cases must be before, exclusive.
   *
   * @return the instant, or empty for no upper bound
   */
  public Optional<Instant> registeredBefore() {
    return registeredBefore;
  }

  /**
   * Whether a case matches: the search's definition, in Java.
   *
   * @param c the case
   * @return true if it matches every criterion
   */
  public boolean matches(StoredCase c) {
    return (categories.isEmpty() || c.category().filter(categories::contains).isPresent())
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && registeredFrom.map(from -> !c.registeredAt().isBefore(from)).orElse(true)
        && registeredBefore.map(before -> c.registeredAt().isBefore(before)).orElse(true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseSearch that && categories.equals(that.categories) && statuses.equals(that.statuses)
        && registeredFrom.equals(that.registeredFrom) && registeredBefore.equals(that.registeredBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, statuses, registeredFrom, registeredBefore);
  }

  @Override
  public String toString() {
    return "CaseSearch[categories=" + categories + ", statuses=" + statuses + ", registeredFrom="
        + registeredFrom.map(Instant::toString).orElse("any") + ", registeredBefore="
        + registeredBefore.map(Instant::toString).orElse("any") + "]";
  }

  /** Builds a {@link CaseSearch}; not thread-safe. */
  public static final class Builder {
    private Set<String> categories = Set.of();
    private Set<String> statuses = Set.of();
    private Optional<Instant> registeredFrom = Optional.empty();
    private Optional<Instant> registeredBefore = Optional.empty();

    private Builder() {}

    /**
     * The categories a case must be in one of, replacing any set before.
     *
     * @param categories directory keys, at most {@link #MAX_VALUES}; empty for any
     * @return this builder
     */
    public Builder categories(Set<String> categories) {
      this.categories = copy("categories", categories);
      return this;
    }

    /**
     * The statuses a case must be in one of, replacing any set before.
     *
     * @param statuses ids, at most {@link #MAX_VALUES}; empty for any
     * @return this builder
     */
    public Builder statuses(Set<String> statuses) {
      this.statuses = copy("statuses", statuses);
      return this;
    }

    /**
     * The earliest registration instant, inclusive.
     *
     * @param from the instant
     * @return this builder
     */
    public Builder registeredFrom(Instant from) {
      this.registeredFrom = Optional.of(Objects.requireNonNull(from, "registeredFrom"));
      return this;
    }

    /**
     * The registration instant cases must be before, exclusive.
     *
     * @param before the instant
     * @return this builder
     */
    public Builder registeredBefore(Instant before) {
      this.registeredBefore = Optional.of(Objects.requireNonNull(before, "registeredBefore"));
      return this;
    }

    /**
     * Builds the search.
     *
     * @return the search
     * @throws IllegalArgumentException if a category is not a directory key, a status not an
     *     id, either set holds more than {@link #MAX_VALUES}, or the range ends before it starts
     */
    public CaseSearch build() {
      if (categories.size() > MAX_VALUES || statuses.size() > MAX_VALUES) {
        throw new IllegalArgumentException("a search names at most " + MAX_VALUES + " categories and "
            + MAX_VALUES + " statuses; it named " + categories.size() + " and " + statuses.size());
      }
      categories.forEach(c -> Keys.requireDirectoryKey("category", c));
      statuses.forEach(s -> Keys.requireId("status", s));
      if (registeredFrom.isPresent() && registeredBefore.isPresent()
          && registeredBefore.get().isBefore(registeredFrom.get())) {
        throw new IllegalArgumentException("registeredBefore (" + registeredBefore.get()
            + ") must not be before registeredFrom (" + registeredFrom.get() + ")");
      }
      return new CaseSearch(this);
    }

    private static Set<String> copy(String field, Set<String> values) {
      Objects.requireNonNull(values, field);
      Set<String> copy = new LinkedHashSet<>();
      for (String value : values) {
        copy.add(Objects.requireNonNull(value, field + " element"));
      }
      return copy;
    }
  }
}
