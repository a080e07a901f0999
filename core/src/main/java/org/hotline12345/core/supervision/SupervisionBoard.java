package org.hotline12345.core.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * The supervision board (督办看板) of a lead department or of the whole platform at an instant: its
 * open watched cases by the stage of their most pressing deadline and by light, with totals. Every
 * supervised stage has a row, with zeros where no case is. Holds counts only.
 */
public final class SupervisionBoard {

  /**
   * The cases of one stage, by light.
   *
   * @param stage the stage
   * @param green the cases before yellow
   * @param yellow the cases past yellow, not yet due
   * @param red the cases whose due instant is reached
   */
  public record Row(Stage stage, long green, long yellow, long red) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if stage is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Row {
      Objects.requireNonNull(stage, "stage");
      if (green < 0 || yellow < 0 || red < 0) {
        throw new IllegalArgumentException("the counts of " + stage + " must not be negative, were " + green + ", "
            + yellow + ", " + red);
      }
    }

    /**
     * The cases of the stage with a light.
     *
     * @param light the light
     * @return the count
     */
    public long count(Light light) {
      return switch (Objects.requireNonNull(light, "light")) {
        case GREEN -> green;
        case YELLOW -> yellow;
        case RED -> red;
      };
    }

    /**
     * Every case of the stage.
     *
     * @return green, yellow and red together
     */
    public long total() {
      return green + yellow + red;
    }
  }

  private final Optional<DepartmentId> department;
  private final Instant at;
  private final Map<Stage, Row> rows;

  private SupervisionBoard(Optional<DepartmentId> department, Instant at, Map<Stage, Row> rows) {
    this.department = department;
    this.at = at;
    this.rows = rows;
  }

  /**
   * A board from its rows; the supervised stages without a row count zero.
   *
   * @param department the lead department, or empty for the platform
   * @param at the instant the lights are read at
   * @param rows the rows, at most one per stage
   * @return the board
   * @throws NullPointerException if an argument or a row is null
   * @throws IllegalArgumentException if a stage has two rows, or a row is of the return window
   */
  public static SupervisionBoard of(Optional<DepartmentId> department, Instant at, List<Row> rows) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(rows, "rows");
    Map<Stage, Row> byStage = new EnumMap<>(Stage.class);
    for (Row row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      if (!row.stage().isSupervised()) {
        throw new IllegalArgumentException("rows: " + row.stage() + " is never supervised");
      }
      if (byStage.put(row.stage(), row) != null) {
        throw new IllegalArgumentException("rows: " + row.stage() + " has two rows");
      }
    }
    for (Stage stage : Stage.values()) {
      if (stage.isSupervised()) {
        byStage.putIfAbsent(stage, new Row(stage, 0, 0, 0));
      }
    }
    return new SupervisionBoard(department, at, byStage);
  }

  /**
   * Whose board it is.
   *
   * @return the lead department, or empty for the whole platform
   */
  public Optional<DepartmentId> department() {
    return department;
  }

  /**
   * The instant the lights are read at.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * One row per supervised stage, in the order of {@link Stage}.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return List.copyOf(new ArrayList<>(rows.values()));
  }

  /**
   * The row of a stage.
   *
   * @param stage a supervised stage
   * @return the row
   * @throws IllegalArgumentException for the return window
   */
  public Row row(Stage stage) {
    Row row = rows.get(Objects.requireNonNull(stage, "stage"));
    if (row == null) {
      throw new IllegalArgumentException("stage " + stage + " is never supervised");
    }
    return row;
  }

  /**
   * The cases with a light, over every stage.
   *
   * @param light the light
   * @return the count
   */
  public long total(Light light) {
    long sum = 0;
    for (Row row : rows.values()) {
      sum += row.count(light);
    }
    return sum;
  }

  /**
   * Every open watched case on the board.
   *
   * @return the count
   */
  public long total() {
    long sum = 0;
    for (Row row : rows.values()) {
      sum += row.total();
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupervisionBoard that && department.equals(that.department) && at.equals(that.at)
        && rows.equals(that.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(department, at, rows);
  }

  @Override
  public String toString() {
    return "SupervisionBoard[" + department.map(DepartmentId::value).orElse("platform") + " at " + at + ", "
        + rows.values() + "]";
  }
}
