package org.hotline12345.rules.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.table.TableText;

/**
 * The columns a family of decision tables may use (表结构): every input column with its type
 * (and allowed values) and every output column with its type. A table file names a subset of
 * them in its header; the reader takes the types from here. Names are unique ignoring case,
 * inputs and outputs together. Immutable.
 *
 * <pre>{@code
 * TableSchema routing = TableSchema.builder()
 *     .input("category", ColumnType.CATEGORY).input("area", ColumnType.AREA)
 *     .input(Column.enumerated("channel", List.of("HOTLINE", "WEB", "APP")))
 *     .output("lead", OutputType.DEPARTMENT).output("assisting", OutputType.DEPARTMENTS)
 *     .build();
 * }</pre>
 */
public final class TableSchema {

  private final List<Column> inputs;
  private final List<OutputColumn> outputs;

  private TableSchema(List<Column> inputs, List<OutputColumn> outputs) {
    this.inputs = List.copyOf(inputs);
    this.outputs = List.copyOf(outputs);
    Set<String> seen = new HashSet<>();
    for (Column column : this.inputs) {
      unique(seen, column.name());
    }
    for (OutputColumn column : this.outputs) {
      unique(seen, column.name());
    }
  }

  private static void unique(Set<String> seen, String name) {
    if (!seen.add(TableText.key(name))) {
      throw new IllegalArgumentException("column " + Texts.quote(name) + " is named twice (names"
          + " are compared ignoring case, inputs and outputs together)");
    }
  }

  /**
   * A schema of the given columns.
   *
   * @param inputs the input columns
   * @param outputs the output columns
   * @return the schema
   * @throws NullPointerException if a list or a column is null
   * @throws IllegalArgumentException if a name is used twice
   */
  public static TableSchema of(List<Column> inputs, List<OutputColumn> outputs) {
    return new TableSchema(Objects.requireNonNull(inputs, "inputs"),
        Objects.requireNonNull(outputs, "outputs"));
  }

  /**
   * A builder of a schema.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input columns, in the order given.
   *
   * @return the columns, unmodifiable
   */
  public List<Column> inputs() {
    return inputs;
  }

  /**
   * The output columns, in the order given.
   *
   * @return the columns, unmodifiable
   */
  public List<OutputColumn> outputs() {
    return outputs;
  }

  /**
   * The input column of a name, ignoring case.
   *
   * @param name the name
   * @return the column, if the schema has it
   * @throws NullPointerException if name is null
   */
  public Optional<Column> input(String name) {
    String key = TableText.key(Objects.requireNonNull(name, "name"));
    return inputs.stream().filter(c -> TableText.key(c.name()).equals(key)).findFirst();
  }

  /**
   * The output column of a name, ignoring case.
   *
   * @param name the name
   * @return the column, if the schema has it
   * @throws NullPointerException if name is null
   */
  public Optional<OutputColumn> output(String name) {
    String key = TableText.key(Objects.requireNonNull(name, "name"));
    return outputs.stream().filter(c -> TableText.key(c.name()).equals(key)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TableSchema && ((TableSchema) other).inputs.equals(inputs)
        && ((TableSchema) other).outputs.equals(outputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs, outputs);
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    inputs.forEach(c -> names.add(c.name() + " " + c.type()));
    outputs.forEach(c -> names.add("=" + c.name() + " " + c.type()));
    return "TableSchema[" + Texts.escape(String.join(", ", names), 500) + "]";
  }

  /** Builds a {@link TableSchema}; not thread-safe. */
  public static final class Builder {
    private final List<Column> inputs = new ArrayList<>();
    private final List<OutputColumn> outputs = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an input column.
     *
     * @param column the column
     * @return this builder
     * @throws NullPointerException if column is null
     */
    public Builder input(Column column) {
      inputs.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds an open input column.
     *
     * @param name the name
     * @param type the type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name breaks a rule of {@link Column}
     */
    public Builder input(String name, ColumnType type) {
      return input(Column.of(name, type));
    }

    /**
     * Adds an output column.
     *
     * @param column the column
     * @return this builder
     * @throws NullPointerException if column is null
     */
    public Builder output(OutputColumn column) {
      outputs.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds an output column without allowed or default values.
     *
     * @param name the name
     * @param type the type
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name breaks a rule of {@link OutputColumn}
     */
    public Builder output(String name, OutputType type) {
      return output(OutputColumn.of(name, type));
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     * @throws IllegalArgumentException if a name is used twice
     */
    public TableSchema build() {
      return new TableSchema(inputs, outputs);
    }
  }
}
