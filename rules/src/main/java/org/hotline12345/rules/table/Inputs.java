package org.hotline12345.rules.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.rules.internal.table.OutputValues;
import org.hotline12345.rules.internal.table.PathDomain;
import org.hotline12345.rules.internal.table.PathCache;
import org.hotline12345.rules.internal.table.PathInput;

/**
 * The inputs of one decision (决策输入): a value for each input column, by the column's name,
 * given with the method of the column's type.
 *
 * <pre>{@code
 * Inputs inputs = Inputs.builder()
 *     .text("channel", "HOTLINE")
 *     .category("category", "A0102")
 *     .area("area", List.of("320100", "320106", "320106001"))   // or area("area", code, areas)
 *     .keywords("text", appeal.getContent())
 *     .number("callerCount", 3)
 *     .bool("enterprise", false)
 *     .build();
 * }</pre>
 *
 * <p>A table refuses inputs that lack one of its columns, or give it with the method of another
 * type, naming the column; inputs it has no column for are ignored, so one {@code Inputs} can
 * serve several tables. The free text of a KEYWORDS input is personal data: it is only held
 * until the inputs are dropped, and {@link #toString()} never shows it. Immutable.
 */
public final class Inputs {

  private final Map<String, Given> values;

  /** Takes the builder's map, which the builder no longer changes (it copies before a put). */
  private Inputs(Map<String, Given> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * A builder of inputs.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The names of the inputs given.
   *
   * @return the names, in the order given
   */
  public Set<String> names() {
    return values.keySet();
  }

  /** The value given for a name, or null. */
  Given given(String name) {
    return values.get(name);
  }

  /**
   * The names, and the values but for free text: {@code text=(23 characters of text)}; a
   * category shows its code, an area its path.
   *
   * @return the inputs for a log
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    values.forEach((name, given) -> parts.add(Texts.escape(name) + "=" + given.display()));
    return "Inputs[" + String.join(", ", parts) + "]";
  }

  /**
   * A value as given: the type of the method that gave it and the engine's representation.
   *
   * @param type the column type the method gives values for
   * @param value the value
   */
  record Given(ColumnType type, Object value) {

    /** The marker of an absent input. */
    static final Given ABSENT = new Given(null, null);

    /** Whether the input is absent. */
    boolean isAbsent() {
      return type == null;
    }

    /** The value for messages; free text is not shown. */
    String display() {
      if (isAbsent()) {
        return "absent";
      }
      if (type == ColumnType.KEYWORDS) {
        return "(" + ((CharSequence) value).length() + " characters of text)";
      }
      if (type == ColumnType.CATEGORY) {
        PathInput path = (PathInput) value;
        return Texts.quote(path.at(path.length() - 1));
      }
      return Texts.quote(value instanceof LocalDate ? value.toString()
          : value instanceof Double && ((Double) value) == Math.rint((Double) value)
          && Math.abs((Double) value) < 1e15 ? String.valueOf(((Double) value).longValue())
          : value.toString());
    }
  }

  /** The prefix paths of category codes given by their text, remembered (codes are few). */
  private static final PathCache PREFIX_PATHS = new PathCache(4_096);

  /** Builds {@link Inputs}; a later value for a name replaces an earlier one. Not thread-safe. */
  public static final class Builder {
    private Map<String, Given> values = new LinkedHashMap<>();
    private boolean handedOver;

    private Builder() {}

    private Builder put(String name, ColumnType type, Object value) {
      Objects.requireNonNull(name, "name");
      writable().put(name.strip(), new Given(type, value));
      return this;
    }

    /** The map to write: a copy once an {@link Inputs} has taken the current one. */
    private Map<String, Given> writable() {
      if (handedOver) {
        values = new LinkedHashMap<>(values);
        handedOver = false;
      }
      return values;
    }

    /**
     * An input that is not known for this decision: an appeal without a category or an area, a
     * category attribute the appeal does not give, a case not yet dispatched. Only a cell that
     * allows anything ({@code -} or empty) matches it; any other cell, {@code not(...)}
     * included, does not. Any column type.
     *
     * @param name the column's name
     * @return this builder
     * @throws NullPointerException if name is null
     */
    public Builder absent(String name) {
      Objects.requireNonNull(name, "name");
      writable().put(name.strip(), Given.ABSENT);
      return this;
    }

    /**
     * A TEXT input; surrounding spaces are dropped.
     *
     * @param name the column's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder text(String name, String value) {
      return put(name, ColumnType.TEXT, Objects.requireNonNull(value, name).strip());
    }

    /**
     * A BOOLEAN input.
     *
     * @param name the column's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if name is null
     */
    public Builder bool(String name, boolean value) {
      return put(name, ColumnType.BOOLEAN, value ? "true" : "false");
    }

    /**
     * A NUMBER input.
     *
     * @param name the column's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if the value is not a finite number
     */
    public Builder number(String name, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("input " + Texts.quote(String.valueOf(name))
            + " must be a finite number, was " + value);
      }
      return put(name, ColumnType.NUMBER, value);
    }

    /**
     * A NUMBER input.
     *
     * @param name the column's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value is too large for a double
     */
    public Builder number(String name, BigDecimal value) {
      return number(name, Objects.requireNonNull(value, name).doubleValue());
    }

    /**
     * A DATE input.
     *
     * @param name the column's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder date(String name, LocalDate value) {
      return put(name, ColumnType.DATE, Objects.requireNonNull(value, name));
    }

    /**
     * A CATEGORY input by its code; the categories above it are the code's prefixes, as with
     * the national standard's codes ({@code A0102} lies under {@code A01} and {@code A}).
     *
     * @param name the column's name
     * @param code the category code
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is not a category code
     */
    public Builder category(String name, String code) {
      Objects.requireNonNull(code, name);
      return put(name, ColumnType.CATEGORY, PREFIX_PATHS.get(code, raw -> {
        String stripped = raw.strip();
        CategoryCode.of(stripped);
        return new PathInput(PathDomain.prefixes().pathOf(stripped));
      }));
    }

    /**
     * A CATEGORY input by its code, with the categories above it as a taxonomy says.
     *
     * @param name the column's name
     * @param code the category code
     * @param taxonomy the taxonomy holding it
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws org.hotline12345.core.category.UnknownCategoryException if the taxonomy does not
     *     hold the code
     */
    public Builder category(String name, CategoryCode code, CategoryTaxonomy taxonomy) {
      Objects.requireNonNull(code, name);
      List<String> path = new ArrayList<>();
      for (Category above : Objects.requireNonNull(taxonomy, "taxonomy").ancestors(code)) {
        path.add(0, above.getCode().value());
      }
      path.add(code.value());
      return put(name, ColumnType.CATEGORY, new PathInput(path));
    }

    /**
     * A CATEGORY input by its path of codes, most general first.
     *
     * @param name the column's name
     * @param path the codes, at least one
     * @return this builder
     * @throws NullPointerException if an argument or a code is null
     * @throws IllegalArgumentException if the path is empty or a code is not a category code
     */
    public Builder category(String name, List<String> path) {
      return put(name, ColumnType.CATEGORY, path(name, path, true));
    }

    /**
     * An AREA input: the path of area codes from the most general (the city) down to the most
     * precise known (district, street, community).
     *
     * @param name the column's name
     * @param path the codes, at least one
     * @return this builder
     * @throws NullPointerException if an argument or a code is null
     * @throws IllegalArgumentException if the path is empty or a code is not an area code
     */
    public Builder area(String name, List<String> path) {
      return put(name, ColumnType.AREA, path(name, path, false));
    }

    /**
     * An AREA input by the code of the most precise area known, with the areas above it as the
     * hierarchy says: {@code area("area", "320106001", nanjing)} gives the path
     * {@code 320100 > 320106 > 320106001}, which a cell naming the city, the district or the
     * street matches.
     *
     * @param name the column's name
     * @param code the area's code
     * @param areas the hierarchy holding it
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the hierarchy does not hold the code
     */
    public Builder area(String name, String code, AreaHierarchy areas) {
      Objects.requireNonNull(code, name);
      return put(name, ColumnType.AREA, new PathInput(Objects.requireNonNull(areas, "areas")
          .pathOf(code.strip())));
    }

    private static PathInput path(String name, List<String> path, boolean category) {
      Objects.requireNonNull(path, name);
      if (path.isEmpty()) {
        throw new IllegalArgumentException("input " + Texts.quote(String.valueOf(name))
            + " must give at least one code");
      }
      List<String> codes = new ArrayList<>();
      for (String code : path) {
        String stripped = Objects.requireNonNull(code, name + " must not hold null").strip();
        if (category) {
          CategoryCode.of(stripped);
        } else {
          OutputValues.areaCode(stripped);
        }
        codes.add(stripped);
      }
      return new PathInput(codes);
    }

    /**
     * A KEYWORDS input: the free text the table's keywords are looked for in. Personal data:
     * never shown by {@link Inputs#toString()} nor by explanations.
     *
     * @param name the column's name
     * @param text the text
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder keywords(String name, CharSequence text) {
      return put(name, ColumnType.KEYWORDS, Objects.requireNonNull(text, name));
    }

    /**
     * Builds the inputs.
     *
     * @return the inputs
     */
    public Inputs build() {
      handedOver = true;
      return new Inputs(values);
    }
  }
}
