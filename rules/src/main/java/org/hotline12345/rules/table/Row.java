package org.hotline12345.rules.table;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.OutputValues;
import org.hotline12345.rules.internal.table.TableText;

/**
 * One row (规则行) of a decision table: an id unique in its table, a description a dispatcher
 * reads, the period it is in effect (生效日期, both ends inclusive, either open), a
 * {@link Condition} per input column and a value per output column.
 *
 * <p>A row names columns by name; the table checks, when built, that every name is one of its
 * columns, reads each condition as its column's type says, and fills a column the row leaves
 * out with {@link Condition#any()} or an empty output. The rows of a built table
 * ({@link DecisionTable#rows()}) have every column, in column order.
 *
 * @param id the id: 1 to 100 characters of one-line text; surrounding spaces are dropped
 * @param description what the row is for: at most 1,000 characters of one-line text, may be
 *     empty
 * @param effectiveFrom the first day the row is in effect, or empty for "always was"
 * @param effectiveTo the last day the row is in effect, or empty for "until further notice"
 * @param conditions the condition of each input column, by column name
 * @param outputs the value of each output column, by column name; an empty value is none
 */
public record Row(String id, String description, Optional<LocalDate> effectiveFrom,
    Optional<LocalDate> effectiveTo, Map<String, Condition> conditions,
    Map<String, String> outputs) {

  /** The most characters of a row id. */
  public static final int MAX_ID_LENGTH = 100;

  /** The most characters of a row description. */
  public static final int MAX_DESCRIPTION_LENGTH = 1_000;

  /**
   * Checks the fields.
   *
   * @param id the id
   * @param description the description
   * @param effectiveFrom the first day in effect, if any
   * @param effectiveTo the last day in effect, if any
   * @param conditions the condition of each input column by name
   * @param outputs the value of each output column by name
   * @throws NullPointerException if a field, a key or a value is null
   * @throws IllegalArgumentException naming the field and the rule it breaks, or if the row
   *     ends before it starts
   */
  public Row {
    id = TableText.requireText("row id", id, MAX_ID_LENGTH);
    String where = "row " + Texts.quote(id);
    description = TableText.optionalText(where + " description",
        Objects.requireNonNull(description, "description"), MAX_DESCRIPTION_LENGTH);
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveTo, "effectiveTo");
    if (effectiveFrom.isPresent() && effectiveTo.isPresent()
        && effectiveTo.get().isBefore(effectiveFrom.get())) {
      throw new IllegalArgumentException(where + " ends (" + effectiveTo.get() + ") before it"
          + " starts (" + effectiveFrom.get() + ")");
    }
    Map<String, Condition> cells = new LinkedHashMap<>();
    Objects.requireNonNull(conditions, "conditions").forEach((name, condition) -> cells.put(
        Objects.requireNonNull(name, "conditions must not hold a null column name").strip(),
        Objects.requireNonNull(condition, where + " condition of " + name)));
    Map<String, String> values = new LinkedHashMap<>();
    Objects.requireNonNull(outputs, "outputs").forEach((name, value) -> values.put(
        Objects.requireNonNull(name, "outputs must not hold a null column name").strip(),
        TableText.optionalText(where + " output " + Texts.quote(name),
            Objects.requireNonNull(value, where + " output " + name), OutputValues.MAX_LENGTH)));
    conditions = Collections.unmodifiableMap(cells);
    outputs = Collections.unmodifiableMap(values);
  }

  /**
   * A builder of a row.
   *
   * @param id the row's id
   * @return the builder
   * @throws NullPointerException if id is null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Whether the row is in effect on a day.
   *
   * @param day the day
   * @return true if the day lies in the row's period
   * @throws NullPointerException if day is null
   */
  public boolean isEffectiveOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return effectiveFrom.map(from -> !day.isBefore(from)).orElse(true)
        && effectiveTo.map(to -> !day.isAfter(to)).orElse(true);
  }

  /**
   * The condition of an input column.
   *
   * @param column the column's name
   * @return the condition; {@link Condition#any()} if the row does not name the column
   * @throws NullPointerException if column is null
   */
  public Condition condition(String column) {
    return conditions.getOrDefault(Objects.requireNonNull(column, "column"), Condition.any());
  }

  /**
   * The value of an output column.
   *
   * @param column the column's name
   * @return the value, or empty if the row gives none
   * @throws NullPointerException if column is null
   */
  public Optional<String> output(String column) {
    String value = outputs.get(Objects.requireNonNull(column, "column"));
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The id and the description, escaped and shortened.
   *
   * @return for example {@code Row[R1 噪音投诉到环保]}
   */
  @Override
  public String toString() {
    return "Row[" + Texts.escape(id, 100) + (description.isEmpty() ? "" : " "
        + Texts.escape(description, 100)) + "]";
  }

  /** Builds a {@link Row}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String description = "";
    private LocalDate from;
    private LocalDate to;
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     * @throws NullPointerException if description is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the first day in effect.
     *
     * @param from the day, or null for none
     * @return this builder
     */
    public Builder effectiveFrom(LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * Sets the last day in effect.
     *
     * @param to the day, or null for none
     * @return this builder
     */
    public Builder effectiveTo(LocalDate to) {
      this.to = to;
      return this;
    }

    /**
     * Sets an input column's condition; a later call for the same column replaces it.
     *
     * @param column the column's name
     * @param condition the condition's text, read by {@link Condition#parse}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is not a condition
     */
    public Builder when(String column, String condition) {
      return when(column, Condition.parse(Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Sets an input column's condition; a later call for the same column replaces it.
     *
     * @param column the column's name
     * @param condition the condition
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder when(String column, Condition condition) {
      conditions.put(Objects.requireNonNull(column, "column"),
          Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /**
     * Sets an output column's value; a later call for the same column replaces it.
     *
     * @param column the column's name
     * @param value the value, empty for none
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder then(String column, String value) {
      outputs.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the row.
     *
     * @return the row
     * @throws IllegalArgumentException if a field breaks a rule of {@link Row}
     */
    public Row build() {
      return new Row(id, description, Optional.ofNullable(from), Optional.ofNullable(to),
          conditions, outputs);
    }
  }
}
