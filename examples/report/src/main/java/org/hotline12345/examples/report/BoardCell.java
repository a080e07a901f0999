package org.hotline12345.examples.report;

/**
 * One cell of the supervision board (督办看板): the open cases whose deadline of a stage shows
 * a light.
 *
 * @param stage the stage's key, for example {@code RESOLUTION}
 * @param stageLabel its display name, for example {@code 办结}
 * @param light the light
 * @param count how many open cases
 */
public record BoardCell(String stage, String stageLabel, Light light, long count) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank or the count negative
   */
  public BoardCell {
    Checks.text(stage, "stage");
    Checks.text(stageLabel, "stageLabel");
    java.util.Objects.requireNonNull(light, "light");
    Checks.count(count, "count");
  }
}
