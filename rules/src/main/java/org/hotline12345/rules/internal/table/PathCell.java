package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CATEGORY or AREA cell: codes one of which must lie on the input's path (the code itself or
 * an ancestor of it), or, negated, none of which may.
 */
public final class PathCell implements Cell {

  private final boolean negated;
  private final Set<String> codes;

  /**
   * A cell.
   *
   * @param negated whether the cell is {@code not(codes)}
   * @param codes the codes named
   */
  public PathCell(boolean negated, Collection<String> codes) {
    this.negated = negated;
    this.codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }

  /**
   * Whether the cell is {@code not(codes())}.
   *
   * @return true if negated
   */
  public boolean negated() {
    return negated;
  }

  /**
   * The codes named.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return codes;
  }

  @Override
  public boolean isAny() {
    return negated && codes.isEmpty();
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public boolean matches(Object input) {
    PathInput path = (PathInput) input;
    for (int i = 0; i < path.length(); i++) {
      if (codes.contains(path.at(i))) {
        return !negated;
      }
    }
    return negated;
  }

  private boolean avoids(List<String> path) {
    return Collections.disjoint(path, codes);
  }

  @Override
  public Object common(Cell other, PathDomain domain) {
    PathCell o = (PathCell) other;
    if (!negated && !o.negated) {
      for (String a : codes) {
        for (String b : o.codes) {
          if (domain.isAncestorOrSelf(a, b)) {
            return domain.pathOf(b);
          }
          if (domain.isAncestorOrSelf(b, a)) {
            return domain.pathOf(a);
          }
        }
      }
      return null;
    }
    if (!negated || !o.negated) {
      PathCell positive = negated ? o : this;
      PathCell negative = negated ? this : o;
      for (String code : positive.codes) {
        List<String> path = domain.pathOf(code);
        if (negative.avoids(path)) {
          return path;
        }
      }
      return null;
    }
    List<String> avoid = new ArrayList<>(codes);
    avoid.addAll(o.codes);
    Optional<String> free = domain.codeAvoiding(avoid);
    return free.map(domain::pathOf).orElse(null);
  }

  @Override
  public boolean covers(Cell other, PathDomain domain) {
    PathCell o = (PathCell) other;
    if (!negated && !o.negated) {
      return everyHasAncestorIn(o.codes, codes, domain);
    }
    if (negated && !o.negated) {
      for (String b : o.codes) {
        for (String n : codes) {
          if (domain.related(n, b)) {
            return false;
          }
        }
      }
      return true;
    }
    if (negated) {
      return everyHasAncestorIn(codes, o.codes, domain);
    }
    Optional<Collection<String>> all = domain.allCodes();
    if (all.isEmpty()) {
      return false;
    }
    for (String code : all.get()) {
      List<String> path = domain.pathOf(code);
      if (o.avoids(path) && avoids(path)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every code has an ancestor (or itself) among the others. */
  private static boolean everyHasAncestorIn(Set<String> codes, Set<String> above,
      PathDomain domain) {
    for (String code : codes) {
      boolean found = false;
      for (String a : above) {
        if (domain.isAncestorOrSelf(a, code)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return (negated ? "not" : "") + codes;
  }
}
