package org.hotline12345.benchmarks.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated dispatch catalogue (派单目录), the workload every routing engine is measured on:
 * hit policy FIRST over two inputs, the appeal's leaf category and its area, both matched
 * exactly, giving the lead department (主办单位).
 *
 * <p>Shape, fixed so that every run and every engine sees the same rows: {@value #CATEGORIES}
 * leaf categories ({@code C0101} to {@code C2010}: 20 groups of 10), {@value #AREAS} areas
 * (district-level codes in the style of GB/T 2260, {@code 320101} to {@code 320150}) and
 * {@value #DEPARTMENTS} departments ({@code D001} to {@code D120}). The catalogue has
 * {@code size - 200} exact rows, each naming a category and an area, in an order drawn at
 * random, followed by one fallback row per category with area "any", in category order. Of the
 * exact rows, one in a hundred repeats the category and area of an earlier row with another
 * department, as a correction appended to a spreadsheet does: under FIRST it never wins, so an
 * engine that does not honour row order answers differently and the equivalence test sees it.
 *
 * <p>Everything is drawn from a {@link SplittableRandom} with the given seed: the same size and
 * seed give the same catalogue, row for row. Instances are immutable.
 */
public final class DispatchCatalogue {

  /** The seed of the benchmarks' catalogues and appeals. */
  public static final long SEED = 12345L;

  /** How many leaf categories the catalogue covers. */
  public static final int CATEGORIES = 200;

  /** How many areas the exact rows name. */
  public static final int AREAS = 50;

  /** How many departments rows are sent to. */
  public static final int DEPARTMENTS = 120;

  /**
   * How many leaf categories no row names (the group {@code C21}, after the {@value #CATEGORIES}
   * the rows cover): the appeals that no row matches are drawn from them.
   */
  public static final int UNROUTED_CATEGORIES = 10;

  /** The largest catalogue: every category-area pair with its corrections, and the fallbacks. */
  public static final int MAX_SIZE = 10_300;

  private static final int CATEGORY_GROUPS = 20;
  private static final int CATEGORIES_PER_GROUP = CATEGORIES / CATEGORY_GROUPS;
  private static final int SHADOWED_PER_HUNDRED = 1;
  private static final int EXACT_PERCENT = 80;
  private static final int FALLBACK_PERCENT = 15;

  private final List<CatalogueRow> rows;
  private final int exactRows;

  private DispatchCatalogue(List<CatalogueRow> rows, int exactRows) {
    this.rows = List.copyOf(rows);
    this.exactRows = exactRows;
  }

  /**
   * Generates the catalogue of the given size with the benchmarks' seed {@link #SEED}.
   *
   * @param size the number of rows, fallbacks included
   * @return the catalogue
   * @throws IllegalArgumentException when size is not above {@value #CATEGORIES} or above
   *     {@value #MAX_SIZE}
   */
  public static DispatchCatalogue generate(int size) {
    return generate(size, SEED);
  }

  /**
   * Generates a catalogue of the given size.
   *
   * @param size the number of rows, fallbacks included: more than {@value #CATEGORIES}, at most
   *     {@value #MAX_SIZE}
   * @param seed the seed of the random draws
   * @return the catalogue
   * @throws IllegalArgumentException when size is out of range, naming it
   */
  public static DispatchCatalogue generate(int size, long seed) {
    if (size <= CATEGORIES || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be above " + CATEGORIES + " (one fallback "
          + "row per category) and at most " + MAX_SIZE + ", was " + size);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int exact = size - CATEGORIES;
    int shadowed = exact * SHADOWED_PER_HUNDRED / 100;
    int[] pairs = shuffledPairs(random);
    List<Drawn> drawn = new ArrayList<>(size);
    for (int i = 0; i < exact - shadowed; i++) {
      drawn.add(new Drawn(category(pairs[i] / AREAS), area(pairs[i] % AREAS), department(random)));
    }
    for (int i = 0; i < shadowed; i++) {
      int source = random.nextInt(drawn.size());
      Drawn original = drawn.get(source);
      String other = department(random);
      while (other.equals(original.lead())) {
        other = department(random);
      }
      int at = source + 1 + random.nextInt(drawn.size() - source);
      drawn.add(at, new Drawn(original.category(), original.area(), other));
    }
    List<CatalogueRow> rows = new ArrayList<>(size);
    for (Drawn row : drawn) {
      rows.add(new CatalogueRow(rowId(rows.size()), row.category(), Optional.of(row.area()),
          row.lead()));
    }
    for (int c = 0; c < CATEGORIES; c++) {
      rows.add(new CatalogueRow(rowId(rows.size()), category(c), Optional.empty(),
          department(random)));
    }
    return new DispatchCatalogue(rows, exact);
  }

  /** An exact row as drawn, before it has its place and id. */
  private record Drawn(String category, String area, String lead) {}

  private static int[] shuffledPairs(SplittableRandom random) {
    int[] pairs = new int[CATEGORIES * AREAS];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = i;
    }
    for (int i = pairs.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = pairs[i];
      pairs[i] = pairs[j];
      pairs[j] = swap;
    }
    return pairs;
  }

  /**
   * The code of the i-th leaf category.
   *
   * @param index from 0 to {@value #CATEGORIES} - 1; the next {@value #UNROUTED_CATEGORIES}
   *     give the codes of the group that no row names ({@code C21}), those of the appeals that
   *     no row matches
   * @return the code, for example {@code C0101} for 0
   */
  public static String category(int index) {
    return String.format("C%02d%02d", index / CATEGORIES_PER_GROUP + 1,
        index % CATEGORIES_PER_GROUP + 1);
  }

  /**
   * The code of the i-th area.
   *
   * @param index from 0 to {@value #AREAS} - 1
   * @return the code, for example {@code 320101} for 0
   */
  public static String area(int index) {
    return String.format("3201%02d", index + 1);
  }

  private static String department(SplittableRandom random) {
    return department(random.nextInt(DEPARTMENTS));
  }

  /**
   * The id of the i-th department.
   *
   * @param index from 0 to {@value #DEPARTMENTS} - 1
   * @return the id, for example {@code D001} for 0
   */
  public static String department(int index) {
    return String.format("D%03d", index + 1);
  }

  private static String rowId(int index) {
    return String.format("R%05d", index + 1);
  }

  /**
   * The rows, in row order: the exact rows, then the fallback rows.
   *
   * @return the rows, unmodifiable
   */
  public List<CatalogueRow> rows() {
    return rows;
  }

  /**
   * The number of rows.
   *
   * @return the number of rows, fallbacks included
   */
  public int size() {
    return rows.size();
  }

  /**
   * The reference answer, by a plain loop over the rows in order: the lead department of the
   * first row that matches.
   *
   * @param category the appeal's category code
   * @param area the appeal's area code
   * @return the lead department id, or {@code null} when no row matches
   */
  public String route(String category, String area) {
    for (CatalogueRow row : rows) {
      if (row.matches(category, area)) {
        return row.lead();
      }
    }
    return null;
  }

  /**
   * Appeals to route, drawn so that they hit rows all over the catalogue: four in five name the
   * category and area of an exact row drawn uniformly from all of them, about three in twenty
   * a category and area that no exact row names (only the category's fallback matches), and
   * one in twenty a category that no row names.
   *
   * @param count how many appeals
   * @param seed the seed of the draws
   * @return the appeals, in the order drawn
   * @throws IllegalArgumentException when count is negative
   */
  public List<RoutingInput> inputs(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> uncovered = uncoveredPairs();
    List<RoutingInput> inputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int draw = random.nextInt(100);
      if (draw < EXACT_PERCENT || (draw < EXACT_PERCENT + FALLBACK_PERCENT
          && uncovered.isEmpty())) {
        CatalogueRow row = rows.get(random.nextInt(exactRows));
        inputs.add(new RoutingInput(row.category(), row.area().orElseThrow(),
            RoutingInput.Hit.EXACT));
      } else if (draw < EXACT_PERCENT + FALLBACK_PERCENT) {
        int[] pair = uncovered.get(random.nextInt(uncovered.size()));
        inputs.add(new RoutingInput(category(pair[0]), area(pair[1]),
            RoutingInput.Hit.FALLBACK));
      } else {
        inputs.add(new RoutingInput(category(CATEGORIES + random.nextInt(UNROUTED_CATEGORIES)),
            area(random.nextInt(AREAS)), RoutingInput.Hit.NONE));
      }
    }
    return inputs;
  }

  private List<int[]> uncoveredPairs() {
    BitSet covered = new BitSet(CATEGORIES * AREAS);
    for (CatalogueRow row : rows.subList(0, exactRows)) {
      covered.set(categoryIndex(row.category()) * AREAS + areaIndex(row.area().orElseThrow()));
    }
    List<int[]> uncovered = new ArrayList<>();
    for (int pair = covered.nextClearBit(0); pair < CATEGORIES * AREAS;
        pair = covered.nextClearBit(pair + 1)) {
      uncovered.add(new int[] {pair / AREAS, pair % AREAS});
    }
    return uncovered;
  }

  private static int categoryIndex(String code) {
    int group = Integer.parseInt(code.substring(1, 3)) - 1;
    int leaf = Integer.parseInt(code.substring(3, 5)) - 1;
    return group * CATEGORIES_PER_GROUP + leaf;
  }

  private static int areaIndex(String code) {
    return Integer.parseInt(code.substring(4)) - 1;
  }

  /**
   * The catalogue as a DMN 1.3 file; see {@link DmnCatalogueWriter}.
   *
   * @return the XML text
   */
  public String toDmn() {
    return DmnCatalogueWriter.toDmn(this);
  }

  /**
   * The catalogue as the CSV file a dispatch office edits, in the format of hotline-rules'
   * decision tables: directives for the rule set, its version and the hit policy, then a header
   * {@code id,description,from,to,category,area,=lead} and one line per row (an empty area
   * cell for "any"; no effective dates).
   *
   * @return the CSV text, lines ending in {@code \n}
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder(size() * 40);
    csv.append("# rule set: ").append(DmnCatalogueWriter.DECISION_ID).append('\n')
        .append("# version: ").append(version()).append('\n')
        .append("# hit policy: FIRST\n")
        .append("# name: 派单目录 dispatch catalogue (benchmark workload)\n")
        .append("id,description,from,to,category,area,=lead\n");
    for (CatalogueRow row : rows) {
      csv.append(row.id()).append(',').append(description(row)).append(",,,")
          .append(row.category()).append(',').append(row.area().orElse("")).append(',')
          .append(row.lead()).append('\n');
    }
    return csv.toString();
  }

  /**
   * A version string naming the catalogue's size, for files written from it.
   *
   * @return for example {@code generated-1000}
   */
  public String version() {
    return "generated-" + size();
  }

  /**
   * A short description of a row, as the files write it.
   *
   * @param row the row
   * @return {@code exact} or {@code fallback}
   */
  static String description(CatalogueRow row) {
    return row.area().isPresent() ? "exact" : "fallback";
  }

  @Override
  public String toString() {
    return "DispatchCatalogue[" + size() + " rows, " + exactRows + " exact]";
  }
}
