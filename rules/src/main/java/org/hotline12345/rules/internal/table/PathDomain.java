package org.hotline12345.rules.internal.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;

/**
 * The hierarchy behind a CATEGORY or AREA column, as verification reasons about it: which codes
 * lie on one path from a root, so which cells can both match one input and which cover others.
 * An input is a complete path (a code and all its ancestors), as {@link PathInput} builds it.
 */
public interface PathDomain {

  /**
   * The path of a code: its ancestors, root first, then the code itself.
   *
   * @param code a code
   * @return the path, never empty
   */
  List<String> pathOf(String code);

  /**
   * Whether a code lies on the path of another (is it, or one of its ancestors).
   *
   * @param ancestor the code that may be above
   * @param code the code
   * @return true if ancestor is code or above it
   */
  default boolean isAncestorOrSelf(String ancestor, String code) {
    return pathOf(code).contains(ancestor);
  }

  /**
   * Whether two codes can both be on one path.
   *
   * @param a a code
   * @param b another
   * @return true if one is an ancestor of, or equal to, the other
   */
  default boolean related(String a, String b) {
    return isAncestorOrSelf(a, b) || isAncestorOrSelf(b, a);
  }

  /**
   * A code whose path holds none of the given codes.
   *
   * @param avoid the codes to avoid
   * @return such a code, if the domain has one
   */
  Optional<String> codeAvoiding(Collection<String> avoid);

  /**
   * Every code of a finite domain.
   *
   * @return the codes, or empty when the domain is open (any code may come)
   */
  default Optional<Collection<String>> allCodes() {
    return Optional.empty();
  }

  /**
   * Codes ordered by string prefix: the path of {@code A0102} is {@code A, A0, A01, A010,
   * A0102}. The default for CATEGORY columns without a taxonomy.
   *
   * @return the domain
   */
  static PathDomain prefixes() {
    return PrefixDomain.INSTANCE;
  }

  /**
   * Administrative division codes (GB/T 2260 and its 9- and 12-digit extensions): a 12-digit
   * community lies under the 9-digit street of its first 9 digits, a street under the county of
   * its first 6, a county {@code 320106} under the city {@code 320100}, a city under the
   * province {@code 320000}. Other codes stand alone. The default for AREA columns without an
   * area hierarchy (a simpler reading than the hierarchy's own inference, which knows which
   * codes exist).
   *
   * @return the domain
   */
  static PathDomain divisionCodes() {
    return DivisionCodeDomain.INSTANCE;
  }

  /**
   * The taxonomy's own parents; a code it does not hold stands alone.
   *
   * @param taxonomy the taxonomy
   * @return the domain
   */
  static PathDomain of(CategoryTaxonomy taxonomy) {
    List<String> roots = new ArrayList<>();
    taxonomy.roots().forEach(category -> roots.add(category.getCode().value()));
    List<String> all = new ArrayList<>();
    taxonomy.all().forEach(category -> all.add(category.getCode().value()));
    return new Forest(code -> taxonomyPath(taxonomy, code), roots, all);
  }

  private static List<String> taxonomyPath(CategoryTaxonomy taxonomy, String code) {
    CategoryCode known;
    try {
      known = CategoryCode.of(code);
    } catch (IllegalArgumentException e) {
      return List.of(code);
    }
    if (!taxonomy.contains(known)) {
      return List.of(code);
    }
    List<String> path = new ArrayList<>();
    for (Category above : taxonomy.ancestors(known)) {
      path.add(above.getCode().value());
    }
    Collections.reverse(path);
    path.add(code);
    return path;
  }

  /**
   * The area hierarchy's parents; a code it does not hold stands alone.
   *
   * @param areas the hierarchy
   * @return the domain
   */
  static PathDomain of(AreaHierarchy areas) {
    List<String> roots = new ArrayList<>();
    areas.roots().forEach(area -> roots.add(area.code()));
    List<String> all = new ArrayList<>();
    areas.all().forEach(area -> all.add(area.code()));
    return new Forest(code -> areas.contains(code) ? areas.pathOf(code) : List.of(code), roots,
        all);
  }

  /** A finite forest of codes (a taxonomy, an area hierarchy). */
  final class Forest implements PathDomain {
    private final java.util.function.Function<String, List<String>> paths;
    private final List<String> roots;
    private final List<String> all;

    Forest(java.util.function.Function<String, List<String>> paths, List<String> roots,
        List<String> all) {
      this.paths = paths;
      this.roots = List.copyOf(roots);
      this.all = List.copyOf(all);
    }

    @Override
    public List<String> pathOf(String code) {
      return paths.apply(code);
    }

    @Override
    public Optional<String> codeAvoiding(Collection<String> avoid) {
      return roots.stream().filter(code -> !avoid.contains(code)).findFirst();
    }

    @Override
    public Optional<Collection<String>> allCodes() {
      return Optional.of(all);
    }
  }

  /**
   * The domain with each code's path computed once: for one verification, not to keep.
   *
   * @param domain the domain
   * @return the same domain, remembering paths
   */
  static PathDomain cached(PathDomain domain) {
    return new Cached(domain);
  }

  /** A domain remembering the paths it computed. */
  final class Cached implements PathDomain {
    private final PathDomain domain;
    private final java.util.Map<String, List<String>> paths = new java.util.HashMap<>();

    Cached(PathDomain domain) {
      this.domain = domain;
    }

    @Override
    public List<String> pathOf(String code) {
      List<String> path = paths.get(code);
      if (path == null) {
        path = List.copyOf(domain.pathOf(code));
        paths.put(code, path);
      }
      return path;
    }

    @Override
    public boolean isAncestorOrSelf(String ancestor, String code) {
      if (ancestor.equals(code)) {
        return true;
      }
      List<String> path = pathOf(code);
      for (int i = path.size() - 2; i >= 0; i--) {
        if (path.get(i).equals(ancestor)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Optional<String> codeAvoiding(Collection<String> avoid) {
      return domain.codeAvoiding(avoid);
    }

    @Override
    public Optional<Collection<String>> allCodes() {
      return domain.allCodes();
    }
  }

  /** Prefix paths. */
  final class PrefixDomain implements PathDomain {
    static final PrefixDomain INSTANCE = new PrefixDomain();

    @Override
    public List<String> pathOf(String code) {
      List<String> path = new ArrayList<>(code.length());
      for (int i = 1; i <= code.length(); i++) {
        if (i == code.length() || !Character.isLowSurrogate(code.charAt(i))) {
          path.add(code.substring(0, i));
        }
      }
      return path;
    }

    @Override
    public boolean isAncestorOrSelf(String ancestor, String code) {
      return code.startsWith(ancestor);
    }

    @Override
    public Optional<String> codeAvoiding(Collection<String> avoid) {
      String candidates = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvutsrqponmlkjihgfedcba";
      for (int length = 1; ; length++) {
        for (int i = 0; i < candidates.length(); i++) {
          String code = String.valueOf(candidates.charAt(i)).repeat(length);
          if (avoid.stream().noneMatch(code::startsWith)) {
            return Optional.of(code);
          }
        }
      }
    }
  }

  /** GB/T 2260 division codes. */
  final class DivisionCodeDomain implements PathDomain {
    static final DivisionCodeDomain INSTANCE = new DivisionCodeDomain();

    /** The parent's code, or null for a root. */
    static String parent(String code) {
      int length = code.length();
      if (length != 6 && length != 9 && length != 12) {
        return null;
      }
      for (int i = 0; i < length; i++) {
        char c = code.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
      }
      if (length > 6) {
        return code.substring(0, length - 3);
      }
      if (code.charAt(4) != '0' || code.charAt(5) != '0') {
        return code.substring(0, 4) + "00";
      }
      if (code.charAt(2) != '0' || code.charAt(3) != '0') {
        return code.substring(0, 2) + "0000";
      }
      return null;
    }

    @Override
    public List<String> pathOf(String code) {
      List<String> path = new ArrayList<>(4);
      for (String at = code; at != null; at = parent(at)) {
        path.add(at);
      }
      Collections.reverse(path);
      return path;
    }

    @Override
    public boolean isAncestorOrSelf(String ancestor, String code) {
      if (ancestor.length() > code.length()) {
        return false;
      }
      for (String at = code; at != null; at = at.length() < ancestor.length() ? null
          : parent(at)) {
        if (at.equals(ancestor)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Optional<String> codeAvoiding(Collection<String> avoid) {
      for (int i = 0; ; i++) {
        String code = "X" + i;
        if (!avoid.contains(code)) {
          return Optional.of(code);
        }
      }
    }
  }
}
