package org.hotline12345.rules.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.persistence.Keys;
import org.hotline12345.rules.internal.catalogue.AreaPaths;
import org.hotline12345.rules.internal.catalogue.RowIndex;

/**
 * A dispatch catalogue (派单目录) proposed by a {@link CatalogueMiner}: rows of category, area
 * and the majority department, most specific first, for a dispatch office to review before it
 * goes live.
 *
 * <p>It routes as a decision table (决策表) with hit policy FIRST does: the first row whose
 * category is the case's (or, when the miner had a taxonomy, one above it) and whose area is on
 * the case's area path, or is any area. It writes itself as such a table's CSV
 * ({@link #toCsv}), which the decision-table reader loads with the columns
 * <ul>
 *   <li>{@code category}: type {@code TEXT} (equality), or {@code CATEGORY} (the category or one
 *       above it) when the miner had a taxonomy;
 *   <li>{@code area}: type {@code AREA} (the code anywhere on the input's area path), empty for
 *       any area;
 *   <li>{@code =lead}: output of type {@code DEPARTMENT}, the department to dispatch to;
 *   <li>{@code =level}: output of type {@code NUMBER}, the level at which the lead most often
 *       handled the cases, only when the history gave levels;
 * </ul>
 * and in each row's {@code description} the support and share, for example
 * {@code 312 of 340 (91.8%)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueProposal {

  private final List<CatalogueRow> rows;
  private final CatalogueMiner miner;
  private final CategoryTaxonomy categories;
  private final int assignments;
  private final Map<String, List<String>> treePaths;
  private final RowIndex index;

  /**
   * A proposal.
   *
   * @param rows the rows in order
   * @param miner the miner that proposed them
   * @param assignments how many past assignments it mined
   * @param treePaths for each area whose ancestors are certain (one enclosing area at every
   *     level, or a hierarchy said), its path, root first
   */
  CatalogueProposal(List<CatalogueRow> rows, CatalogueMiner miner, int assignments,
      Map<String, List<String>> treePaths) {
    this.rows = List.copyOf(rows);
    this.miner = miner;
    this.categories = miner.categories().orElse(null);
    this.assignments = assignments;
    this.treePaths = treePaths;
    this.index = new RowIndex(this.rows.stream().map(CatalogueRow::category).toList(),
        this.rows.stream().map(CatalogueRow::area).toList());
  }

  /** The category and those above it, nearest first; the category alone without a taxonomy. */
  static List<CategoryCode> categoryAndAbove(CategoryTaxonomy taxonomy, CategoryCode category) {
    if (taxonomy == null || !taxonomy.contains(category)) {
      return List.of(category);
    }
    List<CategoryCode> codes = new ArrayList<>();
    codes.add(category);
    for (Category above : taxonomy.ancestors(category)) {
      codes.add(above.getCode());
    }
    return codes;
  }

  /**
   * The rows, in the order they are tried.
   *
   * @return the rows, unmodifiable
   */
  public List<CatalogueRow> rows() {
    return rows;
  }

  /**
   * How many past assignments were mined.
   *
   * @return the count
   */
  public int assignments() {
    return assignments;
  }

  /**
   * The miner that proposed the catalogue: its thresholds, and its category taxonomy if it had
   * one (the category column then matches a category and every category below it).
   *
   * @return the miner
   */
  public CatalogueMiner miner() {
    return miner;
  }

  /**
   * Routes a case by the catalogue: the first row whose category is the case's (or one above
   * it in the taxonomy) and whose area is on the case's path or is any area. With an area
   * hierarchy, the path is first completed from it as it was for mining.
   *
   * @param category the case's category
   * @param areaPath the codes of the case's areas, most general first; may be empty
   * @return the row that decides, with its lead department; empty if no row matches
   * @throws NullPointerException if an argument or an area code is null
   * @throws IllegalArgumentException if an area code is malformed or appears twice, or, with an
   *     area hierarchy, the path does not fit it
   */
  public Optional<CatalogueRow> route(CategoryCode category, List<String> areaPath) {
    Objects.requireNonNull(category, "category");
    List<String> path = miner.completed(AreaPaths.require(areaPath, "areaPath"), "areaPath");
    int first = index.first(categoryAndAbove(categories, category), path, p -> true);
    return first < 0 ? Optional.empty() : Optional.of(rows.get(first));
  }

  /**
   * This catalogue without its redundant rows: a row is redundant when, were it left out, every
   * case it decides would go to the same department by a later row (a coarser area's, or a
   * category's above). A reviewer then reads only the rows that say something; routing is the
   * same for every case whose area path follows the hierarchy (the one the miner was given, or
   * else the one the history shows: a row for an area seen in more than one enclosing area is
   * kept). Rows for a category in any area are always kept. Rows are numbered again from
   * {@code R1}.
   *
   * @return the compacted catalogue
   */
  public CatalogueProposal withoutRedundantRows() {
    boolean[] removed = new boolean[rows.size()];
    for (int i = rows.size() - 1; i >= 0; i--) {
      CatalogueRow row = rows.get(i);
      List<String> path = row.area().map(treePaths::get).orElse(null);
      removed[i] = path != null && isRedundant(i, path, removed);
    }
    List<CatalogueRow> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!removed[i]) {
        CatalogueRow r = rows.get(i);
        kept.add(new CatalogueRow("R" + (kept.size() + 1), r.category(), r.area(), r.areaLevel(),
            r.lead(), r.support(), r.cases(), r.leadLevel(), r.meetsThresholds()));
      }
    }
    return new CatalogueProposal(kept, miner, assignments, treePaths);
  }

  /** Whether every category the row decides for on its area's path goes to the same lead without it. */
  private boolean isRedundant(int i, List<String> path, boolean[] removed) {
    CatalogueRow row = rows.get(i);
    List<CategoryCode> decided = new ArrayList<>(List.of(row.category()));
    if (categories != null && categories.contains(row.category())) {
      categories.descendants(row.category()).forEach(c -> decided.add(c.getCode()));
    }
    for (CategoryCode category : decided) {
      List<CategoryCode> chain = categoryAndAbove(categories, category);
      if (index.first(chain, path, p -> !removed[p]) == i) {
        int next = index.first(chain, path, p -> !removed[p] && p != i);
        if (next < 0 || !rows.get(next).lead().equals(row.lead())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Scores the catalogue on cases whose handling department is known, for example cases held
   * back from mining: how many it routes to that department.
   *
   * @param cases the cases
   * @return the counts
   * @throws NullPointerException if cases or an element is null, naming its index
   * @throws IllegalArgumentException with an area hierarchy, if a case's path does not fit it
   */
  public Backtest backtest(Collection<PastAssignment> cases) {
    Objects.requireNonNull(cases, "cases");
    int agreed = 0;
    int disagreed = 0;
    int unrouted = 0;
    int i = 0;
    for (PastAssignment a : cases) {
      Objects.requireNonNull(a, "cases[" + i++ + "] must not be null");
      Optional<DepartmentId> lead = route(a.category(), a.areaPath()).map(CatalogueRow::lead);
      if (lead.isEmpty()) {
        unrouted++;
      } else if (lead.get().equals(a.department())) {
        agreed++;
      } else {
        disagreed++;
      }
    }
    return new Backtest(i, agreed, disagreed, unrouted);
  }

  /**
   * The catalogue as a decision table in CSV (UTF-8 text, lines ending in {@code \n}): the
   * directives, the header {@code id,description,from,to,category,area,=lead} (and
   * {@code ,=level} when the history gave levels), and one line a row, in order, with no
   * effective dates. For example:
   * <pre>
   * # rule set: routing-la
   * # version: 2018-01-01
   * # hit policy: FIRST
   * # name: 派单目录 dispatch catalogue proposed from 8978 past assignments
   * id,description,from,to,category,area,=lead
   * R1,3 of 3 (100.0%),,,bulky-items,CD13.NC44,NC
   * ...
   * </pre>
   *
   * @param ruleSetId the rule set's id, 1 to 64 of {@code A-Z a-z 0-9 . _ : -}
   * @param version the version, one line of plain text without commas, 1 to 64 characters
   * @return the text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the version breaks its rule
   */
  public String toCsv(String ruleSetId, String version) {
    Keys.requireId("ruleSetId", ruleSetId);
    Texts.requireName(version, "version", 64);
    if (version.contains(",")) {
      throw new IllegalArgumentException("version must not hold a comma, was " + Texts.quote(version));
    }
    boolean levels = rows.stream().anyMatch(r -> r.leadLevel().isPresent());
    StringBuilder csv = new StringBuilder();
    csv.append("# rule set: ").append(ruleSetId).append('\n')
        .append("# version: ").append(version).append('\n')
        .append("# hit policy: FIRST\n")
        .append("# name: 派单目录 dispatch catalogue proposed from ").append(assignments)
        .append(" past assignments\n")
        .append("id,description,from,to,category,area,=lead").append(levels ? ",=level" : "")
        .append('\n');
    for (CatalogueRow row : rows) {
      csv.append(row.id()).append(',').append(row.description()).append(",,,")
          .append(row.category().value()).append(',').append(row.area().orElse(""))
          .append(',').append(row.lead().value());
      if (levels) {
        csv.append(',');
        row.leadLevel().ifPresent(csv::append);
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * Writes {@link #toCsv} to a file, in UTF-8 without a byte-order mark, replacing it.
   *
   * @param file the file
   * @param ruleSetId the rule set's id
   * @param version the version
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the version breaks its rule
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeCsv(Path file, String ruleSetId, String version) {
    Objects.requireNonNull(file, "file");
    String csv = toCsv(ruleSetId, version);
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the catalogue to " + file, e);
    }
  }

  /** The counts and the miner. */
  @Override
  public String toString() {
    return "CatalogueProposal[" + rows.size() + " rows from " + assignments + " assignments, "
        + miner + "]";
  }
}
