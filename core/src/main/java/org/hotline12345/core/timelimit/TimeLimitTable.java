package org.hotline12345.core.timelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;

/**
 * A time-limit policy as a table of rules. Each rule names a stage and a limit, and
 * optionally an urgency, a category and an appeal type that an appeal must match.
 *
 * <p><b>The most specific rule wins</b>: a rule naming the urgency beats one that does not;
 * then a rule naming a category beats one that does not, a nearer category (the appeal's own
 * before its parent's) beating a farther one; then a rule naming the type; among rules equal
 * on all three, the one added last. {@link #ruleFor} says which rule decided, {@link #explain} in words.
 *
 * <pre>{@code
 * TimeLimitTable shenyang = TimeLimitTable.builder()
 *     .rule(Stage.RESOLUTION, TimeLimit.workingDays(5))
 *     .rule(Stage.RESOLUTION, AppealType.COMPLAINT, TimeLimit.workingDays(20))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeLimitTable implements TimeLimitPolicy {

  /**
   * One rule of the table.
   *
   * @param stage the stage it sets
   * @param urgency the urgency it applies to, or empty for any
   * @param category the category it applies to (with every category under it), or empty
   * @param type the appeal type it applies to, or empty for any
   * @param limit the limit
   */
  public record Rule(Stage stage, Optional<Urgency> urgency, Optional<CategoryCode> category,
      Optional<AppealType> type, TimeLimit limit) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Rule {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(urgency, "urgency");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(limit, "limit");
    }

    /** The distance of the rule's category up the key's path, or -1 if it does not match. */
    int categoryDistance(PolicyKey key) {
      return category.map(c -> key.categoryPath().indexOf(c)).orElse(Integer.MAX_VALUE);
    }

    boolean matches(Stage s, PolicyKey key) {
      return stage == s && urgency.map(u -> u == key.urgency()).orElse(true)
          && type.map(t -> t == key.type()).orElse(true) && categoryDistance(key) >= 0;
    }
  }

  private final List<Rule> rules;

  private TimeLimitTable(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Starts a table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * Starts a builder holding this table's rules, to add more specific ones.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(rules);
  }

  /** Builds a {@link TimeLimitTable}; not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder(List<Rule> initial) {
      rules.addAll(initial);
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds the default limit of a stage.
     *
     * @param stage the stage
     * @param limit the limit
     * @return this builder
     */
    public Builder rule(Stage stage, TimeLimit limit) {
      return rule(new Rule(stage, Optional.empty(), Optional.empty(), Optional.empty(), limit));
    }

    /**
     * Adds the limit of a stage for an appeal type.
     *
     * @param stage the stage
     * @param type the appeal type
     * @param limit the limit
     * @return this builder
     */
    public Builder rule(Stage stage, AppealType type, TimeLimit limit) {
      return rule(new Rule(stage, Optional.empty(), Optional.empty(), Optional.of(type), limit));
    }

    /**
     * Adds the limit of a stage for a category and every category under it.
     *
     * @param stage the stage
     * @param category the category
     * @param limit the limit
     * @return this builder
     */
    public Builder rule(Stage stage, CategoryCode category, TimeLimit limit) {
      return rule(new Rule(stage, Optional.empty(), Optional.of(category), Optional.empty(), limit));
    }

    /**
     * Adds the limit of a stage for an urgency.
     *
     * @param stage the stage
     * @param urgency the urgency
     * @param limit the limit
     * @return this builder
     */
    public Builder rule(Stage stage, Urgency urgency, TimeLimit limit) {
      return rule(new Rule(stage, Optional.of(urgency), Optional.empty(), Optional.empty(), limit));
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public TimeLimitTable build() {
      return new TimeLimitTable(rules);
    }
  }

  /**
   * The rules, in the order added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rule that decides the limit of a stage for an appeal.
   *
   * @param stage the stage
   * @param key the appeal's key
   * @return the deciding rule, or empty if none matches
   */
  public Optional<Rule> ruleFor(Stage stage, PolicyKey key) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(key, "key");
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.matches(stage, key) && (best == null || !moreSpecific(best, rule, key))) {
        best = rule;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code a} is strictly more specific than {@code b} for the key. */
  private static boolean moreSpecific(Rule a, Rule b, PolicyKey key) {
    if (a.urgency().isPresent() != b.urgency().isPresent()) {
      return a.urgency().isPresent();
    }
    int da = a.categoryDistance(key);
    int db = b.categoryDistance(key);
    if (da != db) {
      return da < db;
    }
    if (a.type().isPresent() != b.type().isPresent()) {
      return a.type().isPresent();
    }
    return false;
  }

  /**
   * Why a stage has its limit: the rule that decided, and what it matched on.
   *
   * @param stage the stage
   * @param key the appeal's key
   * @return for example {@code RESOLUTION (办结): 20 working days, by the rule for type COMPLAINT}
   * @throws IllegalStateException if no rule covers the stage
   */
  @Override
  public String explain(Stage stage, PolicyKey key) {
    Rule rule = ruleFor(stage, key).orElseThrow(() -> new IllegalStateException(
        "no time-limit rule covers stage " + stage));
    List<String> on = new ArrayList<>();
    rule.type().ifPresent(t -> on.add("type " + t));
    rule.category().ifPresent(c -> on.add("category " + c.value()
        + (key.categoryPath().indexOf(c) > 0 ? " (above the appeal's own)" : "")));
    rule.urgency().ifPresent(u -> on.add("urgency " + u));
    return stage + " (" + stage.chinese() + "): " + rule.limit() + ", by the rule for "
        + (on.isEmpty() ? "every appeal" : String.join(", ", on));
  }

  @Override
  public TimeLimit limitFor(Stage stage, PolicyKey key) {
    return ruleFor(stage, key).map(Rule::limit).orElseThrow(() -> new IllegalStateException(
        "the time-limit table has no rule for stage " + stage + " and " + key.type() + "/" + key.urgency()
            + "; add a default with rule(Stage." + stage + ", limit)"));
  }

  @Override
  public String toString() {
    return "TimeLimitTable[" + rules.size() + " rules]";
  }
}
