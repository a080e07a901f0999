package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A TEXT or BOOLEAN cell: a set of values, or all values but a set ({@code not(...)}). With an
 * enumerated domain (allowed values; true and false) the cell is normalised to the positive set
 * of domain values it matches, so set algebra is exact; without, the domain is open.
 */
public final class SetCell implements Cell {

  private final boolean negated;
  private final Set<String> values;
  private final List<String> domain;

  private SetCell(boolean negated, Set<String> values, List<String> domain) {
    this.negated = negated;
    this.values = values;
    this.domain = domain;
  }

  /**
   * A cell over an open domain, or an enumerated one.
   *
   * @param negated whether the cell is {@code not(values)}
   * @param values the values named
   * @param domain the allowed values, or null for an open domain; the values must lie in it
   * @return the cell
   */
  public static SetCell of(boolean negated, Collection<String> values, List<String> domain) {
    Set<String> named = new LinkedHashSet<>(values);
    if (domain == null) {
      return new SetCell(negated, named, null);
    }
    Set<String> positive = new LinkedHashSet<>();
    for (String value : domain) {
      if (named.contains(value) != negated) {
        positive.add(value);
      }
    }
    if (positive.size() == domain.size()) {
      return new SetCell(true, Set.of(), List.copyOf(domain));
    }
    return new SetCell(false, positive, List.copyOf(domain));
  }

  /**
   * Whether the cell is {@code not(values())}.
   *
   * @return true if negated
   */
  public boolean negated() {
    return negated;
  }

  /**
   * The values the cell names (for a normalised enumerated cell, those it matches).
   *
   * @return the values
   */
  public Set<String> values() {
    return values;
  }

  @Override
  public boolean isAny() {
    return negated && values.isEmpty();
  }

  @Override
  public boolean isEmpty() {
    return !negated && values.isEmpty();
  }

  @Override
  public boolean matches(Object input) {
    return negated != values.contains(input);
  }

  private Set<String> positive() {
    Set<String> positive = new LinkedHashSet<>();
    for (String value : domain) {
      if (matches(value)) {
        positive.add(value);
      }
    }
    return positive;
  }

  @Override
  public Object common(Cell other, PathDomain unused) {
    SetCell o = (SetCell) other;
    if (domain != null) {
      Set<String> both = positive();
      both.retainAll(o.positive());
      return both.isEmpty() ? null : both.iterator().next();
    }
    if (!negated) {
      return values.stream().filter(o::matches).findFirst().orElse(null);
    }
    if (!o.negated) {
      return o.values.stream().filter(this::matches).findFirst().orElse(null);
    }
    List<String> taken = new ArrayList<>(values);
    taken.addAll(o.values);
    String fresh = "OTHER";
    for (int i = 2; taken.contains(fresh); i++) {
      fresh = "OTHER" + i;
    }
    return fresh;
  }

  @Override
  public boolean covers(Cell other, PathDomain unused) {
    SetCell o = (SetCell) other;
    if (domain != null) {
      return positive().containsAll(o.positive());
    }
    if (negated && o.negated) {
      return o.values.containsAll(values);
    }
    if (negated) {
      return o.values.stream().noneMatch(values::contains);
    }
    return !o.negated && values.containsAll(o.values);
  }

  @Override
  public String toString() {
    return (negated ? "not" : "") + values;
  }
}
