package org.hotline12345.rules.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.rules.internal.catalogue.AreaPaths;
import org.hotline12345.rules.internal.catalogue.Tally;

/**
 * Proposes a dispatch catalogue (派单目录) from past assignments (历史派单): for each category
 * and each area at every level of the areas' hierarchy, the department that handled most of the
 * cases there, with its support and share.
 *
 * <p>How it counts. Every {@link PastAssignment} falls in one cell per area of its path (the
 * category in that area) and in the cell of its category in any area; with a
 * {@linkplain #withCategories category taxonomy} it also falls in the same cells of every
 * category above its own. A cell proposes a row for its majority department when that
 * department's support (its cases in the cell) reaches {@link #minSupport()} and its share (of
 * the cell's cases) reaches {@link #minShare()}; a thin cell proposes nothing, so its cases fall
 * back to the enclosing area. The cell of a case's own category in any area always proposes a
 * row, thin or not ({@link CatalogueRow#meetsThresholds()} tells), so every category seen routes
 * somewhere.
 *
 * <p>Ties. When departments have as many cases in a cell, the one with more cases in the areas
 * one level up wins (summed over the areas that enclosed this one on the paths mined: one area
 * in a proper hierarchy), then two levels up, and so on, then in the category in any area; then
 * the department that handled the most recent of the cell's cases (when cases carry
 * {@linkplain PastAssignment#assignedAt() times}); then the smallest department id in
 * {@link String#compareTo} order. The proposal never depends on the order of the history.
 *
 * <p>Order of the rows, the order in which {@link CatalogueProposal#route} tries them (a
 * decision table's hit policy FIRST): the finest area level first, then coarser ones, then any
 * area; at one level, the deeper category first (a category before the categories above it);
 * then by category code and area code.
 *
 * <pre>{@code
 * CatalogueProposal proposal = CatalogueMiner.withDefaults()
 *     .withMinSupport(3)
 *     .withMinShare(0.6)
 *     .mine(history);
 * proposal.route(CategoryCode.of("bulky-items"), List.of("CD13", "CD13.NC44"));
 * proposal.writeCsv(Path.of("routing-proposal.csv"), "routing-la", "2018-01-01");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueMiner {

  /** The minimum support unless set otherwise: a single case makes a row. */
  public static final int DEFAULT_MIN_SUPPORT = 1;

  /** The minimum share unless set otherwise: any plurality makes a row. */
  public static final double DEFAULT_MIN_SHARE = 0.0;

  private final int minSupport;
  private final double minShare;
  private final CategoryTaxonomy categories;
  private final AreaHierarchy areas;

  private CatalogueMiner(int minSupport, double minShare, CategoryTaxonomy categories,
      AreaHierarchy areas) {
    this.minSupport = minSupport;
    this.minShare = minShare;
    this.categories = categories;
    this.areas = areas;
  }

  /**
   * A miner with the default thresholds ({@value #DEFAULT_MIN_SUPPORT} case, share
   * {@value #DEFAULT_MIN_SHARE}) and no category taxonomy.
   *
   * @return the miner
   */
  public static CatalogueMiner withDefaults() {
    return new CatalogueMiner(DEFAULT_MIN_SUPPORT, DEFAULT_MIN_SHARE, null, null);
  }

  /**
   * This miner with another minimum support: a cell's majority department must have handled at
   * least this many of its cases to make a row.
   *
   * @param cases 1 or more
   * @return the new miner
   * @throws IllegalArgumentException if cases is less than 1
   */
  public CatalogueMiner withMinSupport(int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException("minimum support must be 1 or more, was " + cases);
    }
    return new CatalogueMiner(cases, minShare, categories, areas);
  }

  /**
   * This miner with another minimum share: a cell's majority department must have handled at
   * least this share of its cases to make a row.
   *
   * @param share from 0 to 1 (0.6 = 60%)
   * @return the new miner
   * @throws IllegalArgumentException if share is not from 0 to 1
   */
  public CatalogueMiner withMinShare(double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("minimum share must be from 0 to 1, was " + share);
    }
    return new CatalogueMiner(minSupport, share, categories, areas);
  }

  /**
   * This miner with a category taxonomy: cases count also for the categories above their own,
   * so a thin category falls back to its parent's row in the same area before it falls back to
   * a coarser area; the proposal's category column then matches a category and everything below
   * it (the decision tables' {@code CATEGORY} column type), and every mined category must be in
   * the taxonomy.
   *
   * @param taxonomy the taxonomy
   * @return the new miner
   * @throws NullPointerException if taxonomy is null
   */
  public CatalogueMiner withCategories(CategoryTaxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    return new CatalogueMiner(minSupport, minShare, taxonomy, areas);
  }

  /**
   * This miner with an area hierarchy (行政区划): every area path, mined or routed, is checked
   * against it and completed to the path of its finest area, root first, so a case may name its
   * street alone ({@code [320106001]} counts as {@code [320100, 320106, 320106001]}); codes given
   * above the finest must lie on that path, in order.
   *
   * @param hierarchy the hierarchy
   * @return the new miner
   * @throws NullPointerException if hierarchy is null
   */
  public CatalogueMiner withAreas(AreaHierarchy hierarchy) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    return new CatalogueMiner(minSupport, minShare, categories, hierarchy);
  }

  /**
   * The minimum support of a row.
   *
   * @return cases, 1 or more
   */
  public int minSupport() {
    return minSupport;
  }

  /**
   * The minimum share of a row.
   *
   * @return from 0 to 1
   */
  public double minShare() {
    return minShare;
  }

  /**
   * The category taxonomy cases count up, if set.
   *
   * @return the taxonomy
   */
  public Optional<CategoryTaxonomy> categories() {
    return Optional.ofNullable(categories);
  }

  /**
   * The area hierarchy paths are completed from, if set.
   *
   * @return the hierarchy
   */
  public Optional<AreaHierarchy> areas() {
    return Optional.ofNullable(areas);
  }

  /**
   * Proposes a catalogue from past assignments.
   *
   * @param history the past assignments, in any order; may be empty (no rows)
   * @return the proposal
   * @throws NullPointerException if history or an element is null, naming its index
   * @throws IllegalArgumentException if an area stands at different levels on two paths; with a
   *     taxonomy, if a category is not in it; with an area hierarchy, if a path does not fit it
   *     (see {@link #withAreas}); naming the assignment by its index
   */
  public CatalogueProposal mine(Collection<PastAssignment> history) {
    Objects.requireNonNull(history, "history");
    Tally tally = new Tally();
    Set<CategoryCode> own = new HashSet<>();
    int index = 0;
    for (PastAssignment a : history) {
      String field = "history[" + index + "]";
      Objects.requireNonNull(a, field + " must not be null");
      if (categories != null && !categories.contains(a.category())) {
        throw new IllegalArgumentException(field + ".category: " + Texts.quote(a.category().value())
            + " is not in the category taxonomy the miner was given");
      }
      tally.add(field, CatalogueProposal.categoryAndAbove(categories, a.category()),
          completed(a.areaPath(), field + ".areaPath"), a.department(), a.level(),
          a.assignedAt().orElse(null));
      own.add(a.category());
      index++;
    }
    return new CatalogueProposal(rows(tally, own), this, index, treePaths(tally));
  }

  /** The rows of the cells that meet the thresholds, and of the categories seen in any area, in order. */
  private List<CatalogueRow> rows(Tally tally, Set<CategoryCode> own) {
    List<Map.Entry<Tally.Cell, Tally.Winner>> kept = new ArrayList<>();
    for (Tally.Cell cell : tally.cells()) {
      Tally.Winner w = tally.winner(cell);
      if (meets(w) || (cell.area() == null && own.contains(cell.category()))) {
        kept.add(Map.entry(cell, w));
      }
    }
    Comparator<Tally.Cell> tryFirst = Comparator
        .comparingInt((Tally.Cell c) -> c.area() == null ? -1 : tally.levelOf(c.area())).reversed()
        .thenComparing(Comparator.comparingInt(this::depth).reversed())
        .thenComparing(c -> c.category().value())
        .thenComparing(c -> c.area() == null ? "" : c.area());
    kept.sort(Map.Entry.comparingByKey(tryFirst));
    List<CatalogueRow> rows = new ArrayList<>(kept.size());
    for (Map.Entry<Tally.Cell, Tally.Winner> e : kept) {
      Tally.Cell cell = e.getKey();
      Tally.Winner w = e.getValue();
      OptionalInt level = cell.area() == null
          ? OptionalInt.empty() : OptionalInt.of(tally.levelOf(cell.area()));
      rows.add(new CatalogueRow("R" + (rows.size() + 1), cell.category(),
          Optional.ofNullable(cell.area()), level, w.department(), w.support(), w.cases(),
          w.level(), meets(w)));
    }
    return rows;
  }

  /** The paths of the areas whose ancestors are certain: all of them with a hierarchy. */
  private Map<String, List<String>> treePaths(Tally tally) {
    if (areas == null) {
      return Map.copyOf(tally.certainPaths());
    }
    Map<String, List<String>> paths = new HashMap<>();
    tally.areas().forEach(area -> paths.put(area, areas.pathOf(area)));
    return Map.copyOf(paths);
  }

  /** The path completed from the area hierarchy, if the miner has one. */
  List<String> completed(List<String> path, String field) {
    return areas == null ? path : AreaPaths.complete(areas, path, field);
  }

  private boolean meets(Tally.Winner w) {
    return w.support() >= minSupport && (double) w.support() / w.cases() >= minShare;
  }

  private int depth(Tally.Cell cell) {
    return categories == null ? 0 : categories.level(cell.category());
  }

  /** The thresholds and whether a taxonomy is set. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CatalogueMiner[min support %d, min share %.3f%s%s]",
        minSupport, minShare, categories == null ? "" : ", with a category taxonomy",
        areas == null ? "" : ", with an area hierarchy");
  }
}
