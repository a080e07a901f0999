package org.hotline12345.rules.timelimit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicy;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Condition;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;

/**
 * A time-limit policy (办理时限) as a decision table: input columns {@code stage} (a
 * {@link Stage} name), {@code type}, {@code category}, {@code urgency}, {@code area},
 * {@code channel} and {@code level} (the lead department's level: 0 the city, 1 a district or
 * municipal department, 2 a street), each optional in a file; the output {@code limit} in
 * {@link TimeLimit}'s words ({@code 2 hours}, {@code 5 working days}, {@code 15 calendar days,
 * at close of business}). The first matching row wins (write specific rows first).
 *
 * <p>Loading checks more than the table format: every {@code limit} must read as a time limit,
 * and every stage must have a row that matches any case (a row naming only its stage, in effect
 * on every day), so that the policy always answers; errors name the row and the rule.
 *
 * <p>A key's absent parts (no category, no area, no channel, not yet dispatched) match only
 * cells that allow anything. Effective dates are read on the key's
 * {@linkplain PolicyKey#receivedOn() day of receipt}; a key without one is refused by a table
 * that has dated rows. {@link #explain} names the row.
 */
public final class TableTimeLimits implements TimeLimitPolicy {

  /** The stage column. */
  public static final String STAGE = "stage";
  /** The lead's level column. */
  public static final String LEVEL = "level";
  /** The limit output column. */
  public static final String LIMIT = "limit";

  /** The schema of a time-limit table. */
  public static final TableSchema SCHEMA = TableSchema.builder()
      .input(Column.enumerated(STAGE, names(Stage.values())))
      .input(Column.enumerated("type", names(AppealType.values())))
      .input(Column.of("category", ColumnType.CATEGORY))
      .input(Column.enumerated("urgency", names(Urgency.values())))
      .input(Column.of("area", ColumnType.AREA))
      .input(Column.enumerated("channel", names(Channel.values())))
      .input(Column.of(LEVEL, ColumnType.NUMBER))
      .output(OutputColumn.of(LIMIT, OutputType.TEXT))
      .build();

  private final LiveTable table;
  private final Optional<AreaHierarchy> areas;

  private TableTimeLimits(LiveTable table, Optional<AreaHierarchy> areas) {
    this.table = table;
    this.areas = areas;
  }

  /**
   * A policy over a table, checked as the class description says.
   *
   * @param table the table, in {@link #SCHEMA}
   * @return the policy
   * @throws NullPointerException if table is null
   * @throws IllegalArgumentException naming the row and the rule, if a limit does not read or a
   *     stage lacks a row for any case
   */
  public static TableTimeLimits of(DecisionTable table) {
    Objects.requireNonNull(table, "table");
    check(table);
    return new TableTimeLimits(LiveTable.of(table, References.none()), Optional.empty());
  }

  /**
   * This policy, matching an area cell at any level of the hierarchy: a key's area path that
   * holds only the appeal's own area is completed with the areas above it.
   *
   * @param hierarchy the area hierarchy
   * @return a new policy over the same live table
   * @throws NullPointerException if hierarchy is null
   */
  public TableTimeLimits withAreas(AreaHierarchy hierarchy) {
    return new TableTimeLimits(table, Optional.of(Objects.requireNonNull(hierarchy, "hierarchy")));
  }

  /**
   * Reads a time-limit table from a CSV file (TSV by the extension {@code .tsv}).
   *
   * @param file the file
   * @param references the taxonomy and areas its rows must name
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws org.hotline12345.calendar.FileFormatException if the file breaks the format
   * @throws org.hotline12345.rules.table.TableVerificationException if verification finds errors
   * @throws IllegalArgumentException if a limit does not read or a stage lacks a default row
   */
  public static TableTimeLimits readCsv(Path file, References references) {
    return of(DecisionTables.readCsv(file, SCHEMA, references).table());
  }

  /**
   * The seeds' limits (Nanjing, Beijing, the national platform): sign for within 2 hours, first
   * contact within 3 working days, resolve within 5 (urgent: 1), return within 1, call back
   * within 3.
   *
   * @return the policy
   */
  public static TableTimeLimits nanjing() {
    return preset("time-limits-nanjing.csv");
  }

  /**
   * Shenyang's limits: resolution by type (consultation 2 working days, help and suggestions 5,
   * complaints and reports 20).
   *
   * @return the policy
   */
  public static TableTimeLimits shenyang() {
    return preset("time-limits-shenyang.csv");
  }

  /**
   * Shandong's limits: resolve within 5 working days, return within 2.
   *
   * @return the policy
   */
  public static TableTimeLimits shandong() {
    return preset("time-limits-shandong.csv");
  }

  private static TableTimeLimits preset(String name) {
    return of(Presets.table(name, SCHEMA).table()).withAreas(Presets.areas());
  }

  /**
   * The live table: swap a new version in while cases are being dispatched.
   *
   * @return the table holder
   */
  public LiveTable table() {
    return table;
  }

  /**
   * Swaps a new version of the table in, after the checks of {@link #of}.
   *
   * @param next the new version
   * @throws NullPointerException if next is null
   * @throws IllegalArgumentException if the new version fails a check, or the live table
   *     refuses it; the old version stays
   */
  public void swap(DecisionTable next) {
    Objects.requireNonNull(next, "next");
    check(next);
    table.swap(next);
  }

  @Override
  public TimeLimit limitFor(Stage stage, PolicyKey key) {
    return TimeLimit.parse(decide(table.current(), stage, key).first().orElseThrow()
        .output(LIMIT).orElseThrow());
  }

  /**
   * Explains the limit of a stage: the limit, the row that gave it and the rule set's version.
   *
   * @param stage the stage
   * @param key the appeal's key
   * @return for example {@code RESOLUTION (办结): 5 working days, by row T-RES (办结 within 5
   *     working days) of time-limits-nanjing 2026-12-01}
   * @throws NullPointerException if an argument is null
   */
  @Override
  public String explain(Stage stage, PolicyKey key) {
    DecisionTable current = table.current();
    Decision decision = decide(current, stage, key);
    Row row = decision.first().orElseThrow();
    return stage + " (" + stage.chinese() + "): " + row.output(LIMIT).orElseThrow() + ", by row "
        + Texts.escape(row.id(), 100) + (row.description().isEmpty() ? ""
            : " (" + Texts.escape(row.description(), 200) + ")")
        + " of " + Texts.escape(current.ruleSetId(), 100) + " " + Texts.escape(current.version(), 100);
  }

  private Decision decide(DecisionTable current, Stage stage, PolicyKey key) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(key, "key");
    Inputs.Builder inputs = Inputs.builder().text(STAGE, stage.name())
        .text("type", key.type().name()).text("urgency", key.urgency().name());
    if (key.categoryPath().isEmpty()) {
      inputs.absent("category");
    } else {
      List<String> path = new ArrayList<>();
      for (CategoryCode code : key.categoryPath()) {
        path.add(0, code.value());
      }
      inputs.category("category", path);
    }
    if (key.areaPath().isEmpty()) {
      inputs.absent("area");
    } else {
      List<String> path = new ArrayList<>(key.areaPath());
      java.util.Collections.reverse(path);
      if (path.size() == 1 && areas.isPresent() && areas.get().contains(path.get(0))) {
        path = areas.get().pathOf(path.get(0));
      }
      inputs.area("area", path);
    }
    key.channel().ifPresentOrElse(ch -> inputs.text("channel", ch.name()),
        () -> inputs.absent("channel"));
    if (key.leadLevel().isPresent()) {
      inputs.number(LEVEL, key.leadLevel().getAsInt());
    } else {
      inputs.absent(LEVEL);
    }
    LocalDate on;
    if (key.receivedOn().isPresent()) {
      on = key.receivedOn().get();
    } else if (current.rows().stream().anyMatch(r -> r.effectiveFrom().isPresent()
        || r.effectiveTo().isPresent())) {
      throw new IllegalArgumentException("key: time-limit table "
          + Texts.quote(current.ruleSetId()) + " has dated rows; the key needs receivedOn");
    } else {
      on = LocalDate.of(2000, 1, 1);
    }
    Decision decision = current.decide(inputs.build(), on);
    if (decision.first().isEmpty()) {
      throw new IllegalStateException("time-limit table " + Texts.quote(current.ruleSetId())
          + " has no row for " + stage + " on " + on);
    }
    return decision;
  }

  /** The checks beyond the table's own: every limit reads, every stage has a catch-all row. */
  static void check(DecisionTable table) {
    List<String> problems = new ArrayList<>();
    if (table.outputs().stream().noneMatch(o -> o.name().equals(LIMIT))) {
      throw new IllegalArgumentException("time-limit table " + Texts.quote(table.ruleSetId())
          + " has no output column 'limit'");
    }
    for (Row row : table.rows()) {
      String limit = row.output(LIMIT).orElse("");
      try {
        TimeLimit.parse(limit);
      } catch (IllegalArgumentException e) {
        problems.add("row " + Texts.quote(row.id()) + ": " + e.getMessage());
      }
    }
    for (Stage stage : Stage.values()) {
      boolean covered = table.rows().stream().anyMatch(row -> isCatchAll(table, row, stage));
      if (!covered) {
        problems.add("stage " + stage + " has no row that matches every case (a row naming only"
            + " the stage, without dates); add one after the specific rows");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("time-limit table " + Texts.quote(table.ruleSetId())
          + ": " + String.join("; ", problems));
    }
  }

  /** Whether a row, always in effect, names at most its stage and so matches every case of it. */
  private static boolean isCatchAll(DecisionTable table, Row row, Stage stage) {
    if (row.effectiveFrom().isPresent() || row.effectiveTo().isPresent()) {
      return false;
    }
    for (Column column : table.inputs()) {
      Condition condition = row.condition(column.name());
      if (condition.isAny()) {
        continue;
      }
      boolean namesStage = column.name().equals(STAGE) && !condition.isNegated()
          && condition.tests().contains(new Condition.Value(stage.name()));
      if (!namesStage) {
        return false;
      }
    }
    return true;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Override
  public String toString() {
    DecisionTable current = table.current();
    return "TableTimeLimits[" + Texts.escape(current.ruleSetId(), 100) + " "
        + Texts.escape(current.version(), 100) + ", " + current.rows().size() + " rows]";
  }
}
