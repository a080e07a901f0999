package org.hotline12345.core.supervision;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.timelimit.Stage;

/**
 * A supervision policy as a table (督办规则表): for each supervised stage, the yellow threshold
 * and the escalation ladder. Built in code, read from a CSV file, or the {@linkplain #standard()
 * standard} preset; {@link #toCsv()} prints it as a file that reads back equal.
 *
 * <pre>{@code
 * SupervisionTable table = SupervisionTable.builder()
 *     .otherStages(0.8, List.of(
 *         Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.HANDLER),
 *         Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.LIAISON),
 *         Rung.of(EscalationStep.NOTICE, Rung.Anchor.DUE, TimeLimit.workingDays(2), Addressee.DEPARTMENT_HEAD)))
 *     .stage(Stage.CALLBACK, 0.9, List.of(Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.SUPERVISION_OFFICE)))
 *     .build();
 * }</pre>
 *
 * <p><b>Rules</b>, checked when the table is built or read: every supervised stage ({@link
 * Stage#isSupervised()}) has its threshold and ladder, its own or the other stages'; the return
 * window (退单) has none, being never supervised; a threshold is above 0 and at most 1; a ladder
 * climbs (each step at most once, in the order of {@link EscalationStep}), its rungs anchored at
 * yellow come before those anchored at the due instant, and within an anchor no delay is shorter
 * than the one before it in the same unit.
 *
 * <p><b>The file</b>: CSV with the header {@code stage,yellow,step,anchor,delay,addressee} (the
 * {@code delay} column optional), one row per rung; see {@code docs/supervision.md}.
 * <ul>
 *   <li>{@code stage}: a stage's name ({@code RESOLUTION}) or Chinese name ({@code 办结}), or
 *       {@code *} for every supervised stage without rows of its own; the rows of a stage
 *       replace the {@code *} rows for it.</li>
 *   <li>{@code yellow}: the threshold as a fraction ({@code 0.8}) or a percentage ({@code 80%}),
 *       the same on every row of a stage.</li>
 *   <li>{@code step}, {@code anchor}, {@code addressee}: the names of {@link EscalationStep},
 *       {@link Rung.Anchor} and {@link Addressee}, in English or Chinese. A row with these three
 *       and the delay empty gives a stage its threshold and no ladder (lights only).</li>
 *   <li>{@code delay}: a {@linkplain org.hotline12345.calendar.TimeLimit#parse time limit}
 *       ({@code 1 working day}, {@code 4 hours}), or empty or {@code 0} for none.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SupervisionTable implements SupervisionPolicy {

  /** A stage's threshold and ladder. */
  record Entry(double yellow, List<Rung> ladder) {}

  private static final class Standard {
    static final SupervisionTable TABLE = SupervisionCsv.readResource("standard.csv");
  }

  private final Map<Stage, Entry> entries;

  private SupervisionTable(Map<Stage, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
  }

  /**
   * The standard table (标准督办规则), for every supervised stage: yellow at 80 % of the limit
   * used; a reminder (提醒) to the handler when the light turns yellow; urging (催办) the
   * department's liaison when the deadline passes; a formal supervision notice (督办单) to the
   * head of the department one working day after it, an interview (约谈) of the head three
   * working days after it, a report to the city leadership (报市领导) five working days after it.
   * The callback (回访), the platform's own stage, is reminded and urged to the supervision
   * office only. A starting point, not any city's rule: print it with {@link #toCsv()}, edit it,
   * read it back with {@link #readCsv}.
   *
   * @return the standard table
   */
  public static SupervisionTable standard() {
    return Standard.TABLE;
  }

  /**
   * Starts a table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a table from a CSV file.
   *
   * @param file the file, UTF-8
   * @return the table
   * @throws NullPointerException if file is null
   * @throws FileFormatException naming the file, line and column of the first problem: a bad
   *     stage, threshold, step, anchor, delay or addressee, a ladder out of order, a stage
   *     named twice with different thresholds, or a supervised stage with no rows
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static SupervisionTable readCsv(Path file) {
    Objects.requireNonNull(file, "file");
    return SupervisionCsv.read(SupervisionCsv.CSV.read(file), file.toString());
  }

  /**
   * Reads a table from CSV text.
   *
   * @param text the text; not closed
   * @param source the name for messages
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException as {@link #readCsv(Path)}
   */
  public static SupervisionTable readCsv(Reader text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return SupervisionCsv.read(SupervisionCsv.CSV.read(text, source), source);
  }

  /**
   * The table as a CSV file, every supervised stage with rows of its own; reads back equal.
   *
   * @return the text
   */
  public String toCsv() {
    return SupervisionCsv.write(entries);
  }

  @Override
  public double yellowThreshold(Stage stage) {
    return entry(stage).yellow();
  }

  @Override
  public List<Rung> ladder(Stage stage) {
    return entry(stage).ladder();
  }

  private Entry entry(Stage stage) {
    Objects.requireNonNull(stage, "stage");
    Entry entry = entries.get(stage);
    if (entry == null) {
      throw new IllegalArgumentException("stage " + stage + " is never supervised");
    }
    return entry;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupervisionTable that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "SupervisionTable" + entries;
  }

  /** The reason a threshold is refused, or null if it is above 0 and at most 1. */
  static String thresholdProblem(double yellow) {
    return yellow > 0 && yellow <= 1 ? null : "the yellow threshold must be above 0 and at most 1, was " + yellow;
  }

  /** The reason a stage cannot be in a table, or null. */
  static String stageProblem(Stage stage) {
    return stage.isSupervised() ? null
        : "stage " + stage + " is never supervised (returning is a right, not a duty): it takes no rows";
  }

  /** Builds a {@link SupervisionTable}. */
  public static final class Builder {
    private final Map<Stage, Entry> stages = new EnumMap<>(Stage.class);
    private Entry others;

    private Builder() {}

    /**
     * A stage's threshold and ladder, replacing those of {@link #otherStages} for it.
     *
     * @param stage a supervised stage
     * @param yellowThreshold the fraction of the limit used at which it turns yellow, above 0, at most 1
     * @param ladder the rungs, lowest step first; empty for lights only
     * @return this builder
     * @throws NullPointerException if an argument or a rung is null
     * @throws IllegalArgumentException naming the stage, if it is the return window, the
     *     threshold is out of range or the ladder out of order
     */
    public Builder stage(Stage stage, double yellowThreshold, List<Rung> ladder) {
      Objects.requireNonNull(stage, "stage");
      String problem = stageProblem(stage);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      stages.put(stage, checked(stage.name(), yellowThreshold, ladder));
      return this;
    }

    /**
     * The threshold and ladder of every supervised stage not given its own.
     *
     * @param yellowThreshold the threshold, above 0, at most 1
     * @param ladder the rungs, lowest step first
     * @return this builder
     * @throws NullPointerException if the ladder or a rung is null
     * @throws IllegalArgumentException if the threshold is out of range or the ladder out of order
     */
    public Builder otherStages(double yellowThreshold, List<Rung> ladder) {
      others = checked("the other stages", yellowThreshold, ladder);
      return this;
    }

    private static Entry checked(String what, double yellow, List<Rung> ladder) {
      Objects.requireNonNull(ladder, "ladder");
      List<Rung> rungs = new ArrayList<>(ladder.size());
      for (Rung rung : ladder) {
        rungs.add(Objects.requireNonNull(rung, "ladder must not contain null"));
      }
      String problem = thresholdProblem(yellow);
      if (problem != null) {
        throw new IllegalArgumentException(what + ": " + problem);
      }
      Optional<Map.Entry<Integer, Rung.Problem>> wrong = Rung.problemOf(rungs);
      if (wrong.isPresent()) {
        throw new IllegalArgumentException("the ladder of " + what + ", rung " + (wrong.get().getKey() + 1) + ": "
            + wrong.get().getValue().reason());
      }
      return new Entry(yellow, List.copyOf(rungs));
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalStateException naming the supervised stages that have neither rows of their
     *     own nor {@link #otherStages}
     */
    public SupervisionTable build() {
      Map<Stage, Entry> all = new EnumMap<>(Stage.class);
      List<Stage> missing = new ArrayList<>();
      for (Stage stage : Stage.values()) {
        if (stage.isSupervised()) {
          Entry entry = stages.getOrDefault(stage, others);
          if (entry == null) {
            missing.add(stage);
          } else {
            all.put(stage, entry);
          }
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("supervision table: no threshold and ladder for " + missing
            + "; give them with stage(...) or otherStages(...)");
      }
      return new SupervisionTable(all);
    }
  }
}
