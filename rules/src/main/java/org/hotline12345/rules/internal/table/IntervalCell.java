package org.hotline12345.rules.internal.table;

import java.time.LocalDate;

/** A NUMBER or DATE cell, or a row's period of effect: a union of intervals. */
public final class IntervalCell implements Cell {

  private final IntervalSet set;

  /**
   * A cell.
   *
   * @param set the values it matches
   */
  public IntervalCell(IntervalSet set) {
    this.set = set;
  }

  /**
   * The values the cell matches.
   *
   * @return the set
   */
  public IntervalSet set() {
    return set;
  }

  /**
   * The number an input stands for: a date is its epoch day.
   *
   * @param input a {@code Double}, {@code Long} or {@code LocalDate}
   * @return the number
   */
  public static double valueOf(Object input) {
    if (input instanceof LocalDate) {
      return ((LocalDate) input).toEpochDay();
    }
    return ((Number) input).doubleValue();
  }

  @Override
  public boolean isAny() {
    return set.isAll();
  }

  @Override
  public boolean isEmpty() {
    return set.isEmpty();
  }

  @Override
  public boolean matches(Object input) {
    return set.contains(valueOf(input));
  }

  @Override
  public Object common(Cell other, PathDomain unused) {
    IntervalSet both = set.intersect(((IntervalCell) other).set);
    return both.isEmpty() ? null : both.sample();
  }

  @Override
  public boolean covers(Cell other, PathDomain unused) {
    return set.containsAll(((IntervalCell) other).set);
  }

  @Override
  public String toString() {
    return set.toString();
  }
}
