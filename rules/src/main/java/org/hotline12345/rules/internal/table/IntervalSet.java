package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A union of disjoint intervals of the real line, or of the integers when discrete (dates as
 * epoch days): what a NUMBER or DATE cell matches, and a row's period of effect. Kept
 * normalised (sorted, disjoint, touching intervals merged; discrete ends closed), so emptiness,
 * intersection and containment are exact. Immutable.
 */
public final class IntervalSet {

  private static final double INF = Double.POSITIVE_INFINITY;

  private final boolean discrete;
  private final Interval[] intervals;

  /**
   * One interval; infinite ends are never inclusive.
   *
   * @param lo the low end
   * @param loIn whether lo belongs to it
   * @param hi the high end
   * @param hiIn whether hi belongs to it
   */
  public record Interval(double lo, boolean loIn, double hi, boolean hiIn) {

    boolean isEmpty() {
      return lo > hi || lo == hi && !(loIn && hiIn);
    }

    boolean contains(double x) {
      return (x > lo || x == lo && loIn) && (x < hi || x == hi && hiIn);
    }
  }

  private IntervalSet(boolean discrete, Interval[] intervals) {
    this.discrete = discrete;
    this.intervals = intervals;
  }

  /**
   * The union of the given intervals, normalised.
   *
   * @param discrete whether the domain is the integers
   * @param parts the intervals, in any order, possibly empty or overlapping
   * @return the set
   */
  public static IntervalSet of(boolean discrete, List<Interval> parts) {
    List<Interval> list = new ArrayList<>();
    for (Interval part : parts) {
      Interval closed = discrete ? close(part) : part;
      if (!closed.isEmpty()) {
        list.add(closed);
      }
    }
    list.sort(Comparator.comparingDouble(Interval::lo)
        .thenComparing(interval -> !interval.loIn()));
    List<Interval> merged = new ArrayList<>();
    for (Interval next : list) {
      if (!merged.isEmpty()) {
        Interval last = merged.get(merged.size() - 1);
        if (touches(last, next, discrete)) {
          boolean later = next.hi() > last.hi() || next.hi() == last.hi() && next.hiIn();
          merged.set(merged.size() - 1, new Interval(last.lo(), last.loIn(),
              later ? next.hi() : last.hi(), later ? next.hiIn() : last.hiIn()));
          continue;
        }
      }
      merged.add(next);
    }
    return new IntervalSet(discrete, merged.toArray(new Interval[0]));
  }

  /**
   * The whole domain.
   *
   * @param discrete whether the domain is the integers
   * @return the set of all values
   */
  public static IntervalSet all(boolean discrete) {
    return of(discrete, List.of(new Interval(-INF, false, INF, false)));
  }

  private static Interval close(Interval part) {
    double lo = part.lo();
    double hi = part.hi();
    if (!part.loIn() && lo != -INF) {
      lo = Math.floor(lo) + 1;
    } else if (lo != -INF) {
      lo = Math.ceil(lo);
    }
    if (!part.hiIn() && hi != INF) {
      hi = Math.ceil(hi) - 1;
    } else if (hi != INF) {
      hi = Math.floor(hi);
    }
    return new Interval(lo, lo != -INF, hi, hi != INF);
  }

  private static boolean touches(Interval a, Interval b, boolean discrete) {
    if (b.lo() < a.hi()) {
      return true;
    }
    if (b.lo() == a.hi()) {
      return a.hiIn() || b.loIn();
    }
    return discrete && a.hi() != INF && b.lo() == a.hi() + 1;
  }

  /**
   * Whether no value belongs to the set.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return intervals.length == 0;
  }

  /**
   * Whether every value belongs to the set.
   *
   * @return true if it is the whole domain
   */
  public boolean isAll() {
    return intervals.length == 1 && intervals[0].lo() == -INF && intervals[0].hi() == INF;
  }

  /**
   * Whether a value belongs to the set.
   *
   * @param x the value
   * @return true if it does
   */
  public boolean contains(double x) {
    for (Interval interval : intervals) {
      if (interval.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values not in this set.
   *
   * @return the complement
   */
  public IntervalSet complement() {
    List<Interval> gaps = new ArrayList<>();
    double lo = -INF;
    boolean loIn = false;
    for (Interval interval : intervals) {
      gaps.add(new Interval(lo, loIn, interval.lo(), !interval.loIn() && interval.lo() != -INF));
      lo = interval.hi();
      loIn = !interval.hiIn() && interval.hi() != INF;
    }
    gaps.add(new Interval(lo, loIn, INF, false));
    return of(discrete, gaps);
  }

  /**
   * The values in both sets.
   *
   * @param other the other set, of the same domain
   * @return the intersection
   */
  public IntervalSet intersect(IntervalSet other) {
    List<Interval> out = new ArrayList<>();
    for (Interval a : intervals) {
      for (Interval b : other.intervals) {
        boolean aLo = a.lo() > b.lo() || a.lo() == b.lo() && !a.loIn();
        double lo = aLo ? a.lo() : b.lo();
        boolean loIn = a.lo() == b.lo() ? a.loIn() && b.loIn() : (aLo ? a.loIn() : b.loIn());
        boolean aHi = a.hi() < b.hi() || a.hi() == b.hi() && !a.hiIn();
        double hi = aHi ? a.hi() : b.hi();
        boolean hiIn = a.hi() == b.hi() ? a.hiIn() && b.hiIn() : (aHi ? a.hiIn() : b.hiIn());
        Interval both = new Interval(lo, loIn, hi, hiIn);
        if (!both.isEmpty()) {
          out.add(both);
        }
      }
    }
    return of(discrete, out);
  }

  /**
   * Whether every value of the other set belongs to this one.
   *
   * @param other the other set, of the same domain
   * @return true if this set contains it
   */
  public boolean containsAll(IntervalSet other) {
    return other.intersect(complement()).isEmpty();
  }

  /**
   * A value of the set, simple where possible: an inclusive end, an integer, a midpoint.
   *
   * @return a value in the set
   * @throws IllegalStateException if the set is empty
   */
  public double sample() {
    if (intervals.length == 0) {
      throw new IllegalStateException("an empty set has no value");
    }
    Interval first = intervals[0];
    if (first.loIn()) {
      return first.lo();
    }
    if (first.lo() == -INF) {
      if (first.hi() == INF) {
        return 0;
      }
      return first.hiIn() ? first.hi() : Math.floor(first.hi()) - (discrete ? 0 : 1);
    }
    if (first.hi() == INF) {
      return Math.floor(first.lo()) + 1;
    }
    double candidate = Math.floor(first.lo()) + 1;
    if (first.contains(candidate)) {
      return candidate;
    }
    double mid = first.lo() + (first.hi() - first.lo()) / 2;
    return first.contains(mid) ? mid : first.hi();
  }

  /**
   * The intervals, sorted and disjoint.
   *
   * @return a copy of the intervals
   */
  public List<Interval> intervals() {
    return List.of(intervals);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntervalSet && ((IntervalSet) other).discrete == discrete
        && Arrays.equals(((IntervalSet) other).intervals, intervals);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(intervals);
  }

  @Override
  public String toString() {
    return Arrays.toString(intervals);
  }
}
