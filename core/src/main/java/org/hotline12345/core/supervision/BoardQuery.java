package org.hotline12345.core.supervision;

import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * Which cases a page of the supervision board (督办看板) shows: those of one lead department or of
 * the whole platform, optionally of one stage and one light.
 *
 * <pre>{@code
 * BoardQuery.of(gulou).withStage(Stage.RESOLUTION).withLight(Light.RED)   // 鼓楼区's overdue resolutions
 * BoardQuery.platform().withLight(Light.YELLOW)                           // every yellow case
 * }</pre>
 *
 * @param department the lead department (主办单位), or empty for the whole platform
 * @param stage the stage of the case's most pressing watched deadline, or empty for any
 * @param light the light, or empty for any
 */
public record BoardQuery(Optional<DepartmentId> department, Optional<Stage> stage, Optional<Light> light) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the stage is the return window, which is never watched
   */
  public BoardQuery {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(light, "light");
    stage.ifPresent(s -> {
      if (!s.isSupervised()) {
        throw new IllegalArgumentException("stage: " + s + " is never supervised and never on the board");
      }
    });
  }

  /**
   * Every open watched case of the platform.
   *
   * @return the query
   */
  public static BoardQuery platform() {
    return new BoardQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The open watched cases of a lead department.
   *
   * @param department the department
   * @return the query
   * @throws NullPointerException if department is null
   */
  public static BoardQuery of(DepartmentId department) {
    return new BoardQuery(Optional.of(Objects.requireNonNull(department, "department")), Optional.empty(),
        Optional.empty());
  }

  /**
   * This query narrowed to one stage.
   *
   * @param stage a supervised stage
   * @return the query
   * @throws NullPointerException if stage is null
   * @throws IllegalArgumentException if the stage is the return window
   */
  public BoardQuery withStage(Stage stage) {
    return new BoardQuery(department, Optional.of(Objects.requireNonNull(stage, "stage")), light);
  }

  /**
   * This query narrowed to one light.
   *
   * @param light the light
   * @return the query
   * @throws NullPointerException if light is null
   */
  public BoardQuery withLight(Light light) {
    return new BoardQuery(department, stage, Optional.of(Objects.requireNonNull(light, "light")));
  }
}
