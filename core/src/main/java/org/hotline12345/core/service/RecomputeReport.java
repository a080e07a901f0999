package org.hotline12345.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hotline12345.core.casefile.RecomputedDeadline;
import org.hotline12345.core.timelimit.Stage;

/**
 * What a recomputation of provisional deadlines did (重算暂定期限), once a new year's official
 * schedule was loaded: how many open cases it examined and changed, per stage how many
 * deadlines moved and by how much, a few examples by case number, and the cases it could not
 * handle. Holds no personal data.
 *
 * @param examined the open cases read
 * @param changed the cases given a {@code case.deadlines-recomputed} event
 * @param stages per stage, what moved; stages with nothing recomputed are absent
 * @param examples the first {@link #MAX_EXAMPLES} deadlines recomputed, in the order met
 * @param failures the cases that could not be handled, in the order met, as the supervision
 *     sweep reports them: {@code UNREADABLE} when a case's events do not load, {@code REFUSED}
 *     when the recomputation was dated before the case's last event (a clock behind the store),
 *     {@code STORE} when the store failed after the service's retries, {@code UNEXPECTED}
 *     otherwise (a recomputed deadline beyond its calendar's supported dates, say); the other
 *     cases went on
 */
public record RecomputeReport(int examined, int changed, Map<Stage, StageMoves> stages, List<Example> examples,
    List<SweepReport.Failure> failures) {

  /** The most examples a report keeps. */
  public static final int MAX_EXAMPLES = 20;

  /**
   * Checks the fields and copies the collections.
   *
   * @throws NullPointerException if a field is null
   */
  public RecomputeReport {
    Objects.requireNonNull(stages, "stages");
    stages = stages.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(stages));
    examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /**
   * What the recomputation did to the deadlines of one stage.
   *
   * @param moved the deadlines whose due instant moved
   * @param confirmed the deadlines that became final where they stood
   * @param shifts how many moved by each amount of natural time (later positive, earlier
   *     negative), smallest first
   */
  public record StageMoves(int moved, int confirmed, SortedMap<Duration, Integer> shifts) {

    /**
     * Checks the fields and copies the map.
     *
     * @throws NullPointerException if shifts is null
     */
    public StageMoves {
      shifts = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(shifts, "shifts")));
    }

    /** Nothing yet. */
    static StageMoves none() {
      return new StageMoves(0, 0, new TreeMap<>());
    }

    /** These moves and one more recomputed deadline. */
    StageMoves plus(RecomputedDeadline r) {
      if (!r.moved()) {
        return new StageMoves(moved, confirmed + 1, shifts);
      }
      TreeMap<Duration, Integer> more = new TreeMap<>(shifts);
      more.merge(r.shift(), 1, Integer::sum);
      return new StageMoves(moved + 1, confirmed, more);
    }
  }

  /**
   * One recomputed deadline, by case number.
   *
   * @param caseNumber the case number (工单编号)
   * @param stage the stage
   * @param previousDueAt the due instant before
   * @param dueAt the due instant now
   * @param provisional whether it is still provisional (it reaches yet another unknown year)
   */
  public record Example(String caseNumber, Stage stage, Instant previousDueAt, Instant dueAt, boolean provisional) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Example {
      Objects.requireNonNull(caseNumber, "caseNumber");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(previousDueAt, "previousDueAt");
      Objects.requireNonNull(dueAt, "dueAt");
    }
  }

  /**
   * The deadlines that moved, over every stage.
   *
   * @return the count
   */
  public int moved() {
    return stages.values().stream().mapToInt(StageMoves::moved).sum();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RecomputeReport[examined ").append(examined).append(", changed ")
        .append(changed);
    stages.forEach((stage, m) -> s.append(", ").append(stage).append(": ").append(m.moved()).append(" moved ")
        .append(m.shifts()).append(", ").append(m.confirmed()).append(" confirmed"));
    return s.append(", ").append(failures.size()).append(" failed]").toString();
  }
}
