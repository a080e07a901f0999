package org.hotline12345.rules.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;

/**
 * One thing verification found in a decision table (校验结果): its kind (which fixes whether it is
 * an error that stops a load or a warning), the rows and the column concerned, a message a
 * dispatch office reads, and, where it helps, an example input that shows it (two overlapping
 * rows both match the example; no row matches a gap's example).
 *
 * @param kind what was found
 * @param rows the ids of the rows concerned, in table order; empty when none is
 * @param column the column concerned, if one is
 * @param message the finding in words
 * @param example an input that shows the finding, if there is one
 * @param exampleDay the day the example holds on; empty when it holds on any day
 */
public record Finding(Kind kind, List<String> rows, Optional<String> column, String message,
    Optional<Inputs> example, Optional<LocalDate> exampleDay) {

  /**
   * Checks the fields.
   *
   * @param kind what was found
   * @param rows the ids of the rows concerned
   * @param column the column concerned, if one is
   * @param message the finding in words
   * @param example an input that shows it, if there is one
   * @param exampleDay the day the example holds on, or empty for any day
   * @throws NullPointerException if a field or a row id is null
   */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    rows = List.copyOf(rows);
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(exampleDay, "exampleDay");
  }

  /**
   * Whether the finding stops a load.
   *
   * @return the kind's severity
   */
  public Severity severity() {
    return kind.severity();
  }

  /**
   * The kind and the message, escaped.
   *
   * @return for example {@code Finding[OVERLAP: rows R1 and R2 can both match ...]}
   */
  @Override
  public String toString() {
    return "Finding[" + kind + ": " + Texts.escape(message, 500) + "]";
  }

  /** Whether a finding stops a load. */
  public enum Severity {
    /** The table must not go live: a load fails, a swap is refused. */
    ERROR,
    /** The table may go live; the office should look. */
    WARNING
  }

  /** What verification looks for. */
  public enum Kind {
    /** Under UNIQUE, two rows can match one input (under ANY: with different outputs). */
    OVERLAP(Severity.ERROR),
    /** Under FIRST, an earlier row matches every input a later row matches: it never wins. */
    SHADOWED(Severity.WARNING),
    /** A row's condition matches no input at all (an empty range, {@code not(true, false)}). */
    NEVER_MATCHES(Severity.WARNING),
    /** Combinations of enumerated inputs that no row covers. */
    GAP(Severity.WARNING),
    /** A department output names a department the directory does not hold. */
    UNKNOWN_DEPARTMENT(Severity.ERROR),
    /** A department output names a department that is not active (or under one that is not). */
    INACTIVE_DEPARTMENT(Severity.WARNING),
    /** A category cell or output names a category the taxonomy does not hold. */
    UNKNOWN_CATEGORY(Severity.ERROR),
    /** An area cell or output names an area the area hierarchy does not hold. */
    UNKNOWN_AREA(Severity.ERROR);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /**
     * Whether findings of this kind stop a load.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }
  }
}
