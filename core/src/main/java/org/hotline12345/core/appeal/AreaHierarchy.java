package org.hotline12345.core.appeal;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.internal.Forest;
import org.hotline12345.core.internal.Texts;

/**
 * The area hierarchy (行政区划): the city, its districts (区), streets and towns (街道/镇) and
 * communities (社区/村), or elsewhere council districts and neighbourhood councils, each an
 * {@link Area} with its parent. Rules match an appeal's area at any level of it: a row naming
 * a district matches an appeal located in any street or community of that district.
 *
 * <p>A hierarchy always holds a well-formed forest: codes are unique, every parent is present,
 * and no area is its own ancestor. Lists come in a stable order: parents before their
 * children, siblings by code. Every query taking a code throws {@link IllegalArgumentException}
 * naming the code when the hierarchy does not hold it, except {@link #find} and
 * {@link #contains}.
 *
 * <p>Hierarchies load from a CSV file, read strictly as UTF-8, with the header
 * {@code code,name,parent} (names matched ignoring case, in any order):
 * <pre>
 * code,name,parent
 * 320100,南京市,
 * 320106,鼓楼区,320100
 * 320106001,宁海路街道,320106
 * </pre>
 * An empty {@code parent} makes a root. A file without the {@code parent} column takes each
 * parent from the codes themselves, as the statistical division codes of GB/T 2260 and their
 * extension to streets and communities are built (two digits of province, two of city, two of
 * county, three of street, three of community, trailing groups of zeros meaning "the whole
 * area"): the parent of {@code 320106001} is {@code 320106} and the parent of
 * {@code 320106001000} is whichever of {@code 320106000000} and {@code 320106} the file holds;
 * see {@link #gbt2260Parents(String)}. Blank lines and lines starting with {@code #} are
 * skipped; errors are the SDK's {@link FileFormatException} with the file, the line, the
 * column and the rule, for example {@code areas.csv:4:18: parent '320199' of area '320199001'
 * is not in the file; every parent must be present}. Nothing of a file that fails is kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaHierarchy {

  private static final int[] GBT2260_GROUP_ENDS = {2, 4, 6, 9, 12};

  /**
   * One area of a hierarchy and the code of its parent.
   *
   * @param area the area
   * @param parentCode the code of the area directly above it; empty for a root
   */
  public record Entry(Area area, Optional<String> parentCode) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Entry {
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(parentCode, "parentCode");
    }

    /**
     * An area below the given parent.
     *
     * @param code the area's code
     * @param name the area's name
     * @param parentCode the parent's code
     * @return the entry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if code or name breaks a rule of {@link Area}
     */
    public static Entry of(String code, String name, String parentCode) {
      return new Entry(new Area(code, name), Optional.of(parentCode));
    }

    /**
     * An area without a parent.
     *
     * @param code the area's code
     * @param name the area's name
     * @return the entry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if code or name breaks a rule of {@link Area}
     */
    public static Entry root(String code, String name) {
      return new Entry(new Area(code, name), Optional.empty());
    }
  }

  private final Map<String, Area> byCode;
  private final Forest<String> forest;
  private final List<Area> all;
  private final Map<String, List<String>> paths;

  private AreaHierarchy(Map<String, Area> byCode, Forest<String> forest) {
    this.byCode = byCode;
    this.forest = forest;
    this.all = areas(forest.preorder());
    Map<String, List<String>> computed = new HashMap<>();
    for (String code : forest.preorder()) {
      List<String> path = new ArrayList<>(forest.parent(code).map(computed::get).orElse(List.of()));
      path.add(code);
      computed.put(code, List.copyOf(path));
    }
    this.paths = computed;
  }

  /**
   * A hierarchy of the given areas.
   *
   * @param entries the areas with their parents, in any order; may be empty
   * @return the hierarchy
   * @throws NullPointerException if entries or one of them is null
   * @throws IllegalArgumentException if two areas share a code, a parent is missing or an area
   *     is its own ancestor; the message names the area and the rule
   */
  public static AreaHierarchy of(Collection<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    List<Entry> list = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      list.add(Objects.requireNonNull(entry, "entries must not contain null"));
    }
    return of(list, Forest.inCode("area", "code", "hierarchy"));
  }

  static AreaHierarchy of(List<Entry> entries, Forest.Refusals<String> refusals) {
    List<String> codes = new ArrayList<>(entries.size());
    List<Optional<String>> parents = new ArrayList<>(entries.size());
    Map<String, Area> byCode = new HashMap<>();
    for (Entry entry : entries) {
      codes.add(entry.area().code());
      parents.add(entry.parentCode());
      byCode.putIfAbsent(entry.area().code(), entry.area());
    }
    Forest<String> forest = Forest.of(codes, parents, Comparator.naturalOrder(), refusals);
    return new AreaHierarchy(byCode, forest);
  }

  /**
   * Reads a hierarchy from a CSV file, strictly as UTF-8 (see the class description for the
   * format). Errors name the file by its path.
   *
   * @param file the file
   * @return the hierarchy
   * @throws NullPointerException if file is null
   * @throws FileFormatException if the file breaks the format, with file, line, column and
   *     reason
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AreaHierarchy readCsv(Path file) {
    Objects.requireNonNull(file, "file");
    return AreaCsv.read(AreaCsv.CSV.read(file), file.toString());
  }

  /**
   * Reads a hierarchy from CSV text (see the class description for the format).
   *
   * @param text the text; not closed by this method
   * @param source the name used in error messages, for example the file name
   * @return the hierarchy
   * @throws NullPointerException if an argument is null
   * @throws FileFormatException if the text breaks the format, with source, line, column and
   *     reason
   * @throws UncheckedIOException if the reader fails
   */
  public static AreaHierarchy readCsv(Reader text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return AreaCsv.read(AreaCsv.CSV.read(text, source), source);
  }

  /**
   * The codes that may stand for the parent of a GB/T 2260-style code, nearest first: for each
   * coarser level (county, city, province; street for a community), the code cut to that level
   * and the same padded with zeros to the code's own length. A code that is not all digits, or
   * is not 2, 4, 6, 9 or 12 digits long, has none; neither has a province.
   *
   * <p>For {@code 320106001000} (a street written with its community group as zeros): {@code
   * 320106000000}, {@code 320106}, {@code 320100000000}, {@code 3201}, {@code 320100}, ...
   *
   * @param code the code
   * @return the candidate parent codes, nearest first; empty when there is none
   * @throws NullPointerException if code is null
   */
  public static List<String> gbt2260Parents(String code) {
    Objects.requireNonNull(code, "code");
    if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return List.of();
    }
    int length = code.length();
    boolean known = false;
    for (int end : GBT2260_GROUP_ENDS) {
      known |= end == length;
    }
    if (!known) {
      return List.of();
    }
    int significant = 0;
    for (int end : GBT2260_GROUP_ENDS) {
      if (end > length) {
        break;
      }
      int start = end == 2 ? 0 : end - (end <= 6 ? 2 : 3);
      if (!code.substring(start, end).chars().allMatch(c -> c == '0')) {
        significant = end;
      }
    }
    List<String> candidates = new ArrayList<>();
    for (int i = GBT2260_GROUP_ENDS.length - 1; i >= 0; i--) {
      int end = GBT2260_GROUP_ENDS[i];
      if (end >= significant) {
        continue;
      }
      String prefix = code.substring(0, end);
      if (prefix.chars().allMatch(c -> c == '0')) {
        continue;
      }
      String padded = prefix + "0".repeat(length - end);
      add(candidates, padded);
      add(candidates, prefix);
      if (end < 6) {
        add(candidates, prefix + "0".repeat(6 - end));
      }
    }
    return List.copyOf(candidates);
  }

  private static void add(List<String> candidates, String code) {
    if (!candidates.contains(code)) {
      candidates.add(code);
    }
  }

  /**
   * The number of areas.
   *
   * @return the size, 0 or more
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Every area, parents before their children, siblings by code.
   *
   * @return the areas, unmodifiable
   */
  public List<Area> all() {
    return all;
  }

  /**
   * The areas without a parent.
   *
   * @return the roots by code, unmodifiable
   */
  public List<Area> roots() {
    return areas(forest.roots());
  }

  /**
   * The area with the given code, if the hierarchy holds it.
   *
   * @param code the code
   * @return the area, or empty
   * @throws NullPointerException if code is null
   */
  public Optional<Area> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Whether the hierarchy holds an area with the given code.
   *
   * @param code the code
   * @return true if it does
   * @throws NullPointerException if code is null
   */
  public boolean contains(String code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /**
   * The area with the given code.
   *
   * @param code the code
   * @return the area
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public Area require(String code) {
    Objects.requireNonNull(code, "code");
    Area area = byCode.get(code);
    if (area == null) {
      throw new IllegalArgumentException("area " + Texts.quote(code)
          + " is not in the area hierarchy (" + byCode.size() + " areas)");
    }
    return area;
  }

  /**
   * The area directly above the given one.
   *
   * @param code the area's code
   * @return the parent, or empty for a root
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public Optional<Area> parent(String code) {
    require(code);
    return forest.parent(code).map(byCode::get);
  }

  /**
   * The areas directly below the given one.
   *
   * @param code the area's code
   * @return the children by code, unmodifiable; empty for a leaf
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public List<Area> children(String code) {
    require(code);
    return areas(forest.children(code));
  }

  /**
   * Every area below the given one, at any depth, parents before their children.
   *
   * @param code the area's code
   * @return the descendants, unmodifiable, not including the area itself
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public List<Area> descendants(String code) {
    require(code);
    return areas(forest.descendants(code));
  }

  /**
   * The depth of the area: 0 for a root, 1 for the level below, and so on.
   *
   * @param code the area's code
   * @return the level, 0 or more
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public int level(String code) {
    require(code);
    return forest.level(code);
  }

  /**
   * The codes from the root down to the given area, the area's own code last: for a community,
   * {@code [city, district, street, community]}. Rules match an area cell against any code of
   * this path.
   *
   * @param code the area's code
   * @return the path, unmodifiable, never empty
   * @throws NullPointerException if code is null
   * @throws IllegalArgumentException if the hierarchy does not hold the code
   */
  public List<String> pathOf(String code) {
    require(code);
    return paths.get(code);
  }

  /**
   * Whether an area lies within another: it is that area or one of its descendants.
   *
   * @param code the area's code
   * @param ancestorOrSelf the code of the containing area
   * @return true if {@code ancestorOrSelf} is on the path of {@code code}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the hierarchy does not hold either code
   */
  public boolean isWithin(String code, String ancestorOrSelf) {
    require(code);
    require(ancestorOrSelf);
    return code.equals(ancestorOrSelf) || forest.ancestors(code).contains(ancestorOrSelf);
  }

  private List<Area> areas(List<String> codes) {
    List<Area> areas = new ArrayList<>(codes.size());
    for (String code : codes) {
      areas.add(byCode.get(code));
    }
    return List.copyOf(areas);
  }

  /**
   * Two hierarchies are equal when they hold equal areas under equal parents.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AreaHierarchy that && byCode.equals(that.byCode)
        && all.equals(that.all) && parentsEqual(that);
  }

  private boolean parentsEqual(AreaHierarchy that) {
    for (String code : byCode.keySet()) {
      if (!forest.parent(code).equals(that.forest.parent(code))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "AreaHierarchy[" + byCode.size() + " areas]";
  }
}
