package org.hotline12345.rules.internal.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.Finding;
import org.hotline12345.rules.table.Finding.Kind;
import org.hotline12345.rules.table.HitPolicy;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.Verification;

/**
 * Verifies a compiled decision table: rows that never match, references to departments and
 * categories, overlaps under UNIQUE and ANY, rows shadowed under FIRST, gaps in enumerated
 * columns. Pairs of rows are found through per-column candidate lists ({@link Candidates}), not
 * by trying all pairs.
 */
public final class Verifier {

  /** The most findings of one kind that are listed. */
  public static final int MAX_PER_KIND = 1_000;

  private static final IntervalCell ALWAYS = new IntervalCell(IntervalSet.all(true));

  private final DecisionTable table;
  private final Engine engine;
  private final References references;
  private final List<Column> columns;
  private final List<Row> rows;
  private final int n;
  private final PathDomain[] domains;
  private final boolean[] open;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

  private Verifier(DecisionTable table, Engine engine, References references) {
    this.table = table;
    this.engine = engine;
    this.references = references;
    this.columns = table.inputs();
    this.rows = table.rows();
    this.n = rows.size();
    this.domains = new PathDomain[columns.size()];
    this.open = new boolean[columns.size()];
    for (int c = 0; c < domains.length; c++) {
      ColumnType type = columns.get(c).type();
      if (type == ColumnType.CATEGORY) {
        domains[c] = PathDomain.cached(references.taxonomy().map(PathDomain::of)
            .orElse(PathDomain.prefixes()));
      } else if (type == ColumnType.AREA) {
        domains[c] = PathDomain.cached(references.areas().map(PathDomain::of)
            .orElse(PathDomain.divisionCodes()));
      }
      open[c] = true;
      for (int r = 0; r < n && open[c]; r++) {
        open[c] = engine.cell(r, c).isAny();
      }
    }
  }

  /**
   * Verifies a table.
   *
   * @param table the table
   * @param engine its compiled form
   * @param references what its cells and outputs may refer to
   * @return the verification
   */
  public static Verification verify(DecisionTable table, Engine engine, References references) {
    Verifier verifier = new Verifier(table, engine, references);
    verifier.neverMatching();
    references.directory().ifPresent(verifier::departments);
    references.taxonomy().ifPresent(verifier::categories);
    references.areas().ifPresent(verifier::areas);
    if (table.hitPolicy() == HitPolicy.UNIQUE || table.hitPolicy() == HitPolicy.ANY) {
      verifier.overlaps();
    } else if (table.hitPolicy() == HitPolicy.FIRST) {
      verifier.shadows();
    }
    GapSearch gaps = GapSearch.run(table.inputs(), engine);
    if (gaps.count() > 0) {
      verifier.add(Kind.GAP, List.of(), Optional.empty(), gaps.message(), Optional.empty(),
          Optional.empty());
    }
    return new Verification(verifier.findings, gaps.count(), gaps.examples());
  }

  private boolean add(Kind kind, List<String> rowIds, Optional<String> column, String message,
      Optional<Inputs> example, Optional<LocalDate> day) {
    int count = counts.merge(kind, 1, Integer::sum);
    if (count <= MAX_PER_KIND) {
      findings.add(new Finding(kind, rowIds, column, message, example, day));
    } else if (count == MAX_PER_KIND + 1) {
      findings.add(new Finding(kind, List.of(), Optional.empty(), "more findings of kind " + kind
          + " than the " + MAX_PER_KIND + " listed", Optional.empty(), Optional.empty()));
    }
    return count <= MAX_PER_KIND;
  }

  private String rowName(int row) {
    return "row " + Texts.quote(rows.get(row).id());
  }

  private void neverMatching() {
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (engine.cell(r, c).isEmpty()) {
          String name = columns.get(c).name();
          add(Kind.NEVER_MATCHES, List.of(rows.get(r).id()), Optional.of(name), rowName(r)
              + " never matches: its condition " + Texts.quote(rows.get(r).condition(name).text())
              + " on " + Texts.quote(name) + " matches no input", Optional.empty(),
              Optional.empty());
        }
      }
    }
  }

  private void departments(DepartmentDirectory directory) {
    for (OutputColumn column : table.outputs()) {
      if (column.type() != OutputType.DEPARTMENT && column.type() != OutputType.DEPARTMENTS) {
        continue;
      }
      for (int r = -1; r < n; r++) {
        Optional<String> value = r < 0 ? column.defaultValue() : rows.get(r).output(column.name());
        if (value.isEmpty()) {
          continue;
        }
        for (String item : OutputValues.items(value.get())) {
          DepartmentId id = DepartmentId.of(item);
          String where = (r < 0 ? "the default of output " : rowName(r) + " output ")
              + Texts.quote(column.name());
          List<String> ids = r < 0 ? List.of() : List.of(rows.get(r).id());
          if (!directory.contains(id)) {
            add(Kind.UNKNOWN_DEPARTMENT, ids, Optional.of(column.name()), where
                + ": department " + Texts.quote(item) + " is not in the directory",
                Optional.empty(), Optional.empty());
          } else if (!directory.isActive(id)) {
            add(Kind.INACTIVE_DEPARTMENT, ids, Optional.of(column.name()), where
                + ": department " + Texts.quote(item) + " is not active", Optional.empty(),
                Optional.empty());
          }
        }
      }
    }
  }

  private void categories(CategoryTaxonomy taxonomy) {
    unknownCodes(ColumnType.CATEGORY, OutputType.CATEGORY,
        code -> taxonomy.contains(CategoryCode.of(code)), Kind.UNKNOWN_CATEGORY,
        "category", "the taxonomy");
  }

  private void areas(AreaHierarchy areas) {
    unknownCodes(ColumnType.AREA, OutputType.AREA, areas::contains, Kind.UNKNOWN_AREA, "area",
        "the area hierarchy");
  }

  /** Reports the codes of cells and outputs of the given types that a reference lacks. */
  private void unknownCodes(ColumnType cellType, OutputType outputType,
      java.util.function.Predicate<String> known, Kind kind, String what, String reference) {
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).type() == cellType) {
          for (String code : ((PathCell) engine.cell(r, c)).codes()) {
            unknown(known, code, r, columns.get(c).name(), kind, what, reference);
          }
        }
      }
      for (OutputColumn column : table.outputs()) {
        if (column.type() == outputType) {
          Optional<String> code = rows.get(r).output(column.name());
          if (code.isPresent()) {
            unknown(known, code.get(), r, column.name(), kind, what, reference);
          }
        }
      }
    }
  }

  private void unknown(java.util.function.Predicate<String> known, String code, int row,
      String column, Kind kind, String what, String reference) {
    if (!known.test(code)) {
      add(kind, List.of(rows.get(row).id()), Optional.of(column), rowName(row) + " column "
          + Texts.quote(column) + ": " + what + " " + Texts.quote(code) + " is not in "
          + reference, Optional.empty(), Optional.empty());
    }
  }

  private Candidates[] candidates() {
    Candidates[] all = new Candidates[columns.size()];
    for (int c = 0; c < all.length; c++) {
      Cell[] cells = new Cell[n];
      for (int r = 0; r < n; r++) {
        cells[r] = engine.cell(r, c);
      }
      all[c] = Candidates.of(columns.get(c).type(), cells, domains[c]);
    }
    return all;
  }

  private List<int[]> narrowest(Candidates[] all, int row, boolean covering) {
    List<int[]> best = null;
    int bestSize = n;
    for (Candidates column : all) {
      List<int[]> lists = covering ? column.covering(row) : column.meeting(row);
      int size = Candidates.size(lists, n);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    return best;
  }

  private int[] distinct(List<int[]> lists, int[] stamps, int stamp, int from, int to) {
    if (lists == null) {
      int[] range = new int[Math.max(0, to - from)];
      for (int i = 0; i < range.length; i++) {
        range[i] = from + i;
      }
      return range;
    }
    int[] out = new int[Candidates.size(lists, n)];
    int k = 0;
    for (int[] list : lists) {
      for (int row : list) {
        if (row >= from && row < to && stamps[row] != stamp) {
          stamps[row] = stamp;
          out[k++] = row;
        }
      }
    }
    int[] rowsFound = Arrays.copyOf(out, k);
    Arrays.sort(rowsFound);
    return rowsFound;
  }

  private void overlaps() {
    Candidates[] all = candidates();
    int[] stamps = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j : distinct(narrowest(all, i, false), stamps, i + 1, i + 1, n)) {
        if (table.hitPolicy() == HitPolicy.ANY
            && rows.get(i).outputs().equals(rows.get(j).outputs())) {
          continue;
        }
        Object[] witness = meet(i, j);
        if (witness != null && !overlap(i, j, witness)) {
          return;
        }
      }
    }
  }

  private Object[] meet(int i, int j) {
    Object[] witness = new Object[columns.size() + 1];
    for (int c = 0; c < columns.size(); c++) {
      witness[c] = engine.cell(i, c).common(engine.cell(j, c), domains[c]);
      if (witness[c] == null) {
        return null;
      }
    }
    IntervalCell pi = engine.period(i);
    IntervalCell pj = engine.period(j);
    if (pi != null || pj != null) {
      Object day = (pi == null ? ALWAYS : pi).common(pj == null ? ALWAYS : pj, null);
      if (day == null) {
        return null;
      }
      witness[columns.size()] = day;
    }
    return witness;
  }

  private boolean overlap(int i, int j, Object[] witness) {
    Inputs example = example(witness);
    Optional<LocalDate> day = Optional.ofNullable(witness[columns.size()])
        .map(d -> LocalDate.ofEpochDay((long) (double) (Double) d));
    String policy = table.hitPolicy() == HitPolicy.ANY
        ? "under ANY rows that both match must give the same outputs"
        : "under UNIQUE at most one row may match";
    return add(Kind.OVERLAP, List.of(rows.get(i).id(), rows.get(j).id()), Optional.empty(),
        "rows " + Texts.quote(rows.get(i).id()) + " and " + Texts.quote(rows.get(j).id())
            + " can both match, for example " + describe(witness)
            + day.map(d -> " on " + d).orElse("") + "; " + policy, Optional.of(example), day);
  }

  private void shadows() {
    Candidates[] all = candidates();
    int[] stamps = new int[n];
    for (int j = 1; j < n; j++) {
      if (neverMatches(j)) {
        continue;
      }
      for (int i : distinct(narrowest(all, j, true), stamps, j, 0, j)) {
        if (covers(i, j)) {
          if (!add(Kind.SHADOWED, List.of(rows.get(j).id(), rows.get(i).id()), Optional.empty(),
              rowName(j) + " never wins under FIRST: the earlier " + rowName(i)
                  + " matches every input it matches", Optional.empty(), Optional.empty())) {
            return;
          }
          break;
        }
      }
    }
  }

  private boolean neverMatches(int row) {
    for (int c = 0; c < columns.size(); c++) {
      if (engine.cell(row, c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean covers(int i, int j) {
    for (int c = 0; c < columns.size(); c++) {
      if (!engine.cell(i, c).covers(engine.cell(j, c), domains[c])) {
        return false;
      }
    }
    IntervalCell pi = engine.period(i);
    IntervalCell pj = engine.period(j);
    return pi == null || pi.covers(pj == null ? ALWAYS : pj, null);
  }

  @SuppressWarnings("unchecked")
  private Inputs example(Object[] witness) {
    Inputs.Builder inputs = Inputs.builder();
    for (int c = 0; c < columns.size(); c++) {
      String name = columns.get(c).name();
      Object w = witness[c];
      switch (columns.get(c).type()) {
        case TEXT: inputs.text(name, (String) w); break;
        case BOOLEAN: inputs.bool(name, Boolean.parseBoolean((String) w)); break;
        case CATEGORY: inputs.category(name, (List<String>) w); break;
        case AREA: inputs.area(name, (List<String>) w); break;
        case KEYWORDS: inputs.keywords(name, (String) w); break;
        case NUMBER: inputs.number(name, (Double) w); break;
        case DATE: inputs.date(name, LocalDate.ofEpochDay((long) (double) (Double) w)); break;
        default: throw new AssertionError(columns.get(c).type());
      }
    }
    return inputs.build();
  }

  @SuppressWarnings("unchecked")
  private String describe(Object[] witness) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (open[c]) {
        continue;
      }
      Object w = witness[c];
      String shown;
      switch (column.type()) {
        case CATEGORY:
        case AREA:
          List<String> path = (List<String>) w;
          shown = path.get(path.size() - 1);
          break;
        case KEYWORDS:
          shown = ((String) w).isEmpty() ? "a text without the keywords" : "a text holding "
              + Texts.quote((String) w);
          break;
        case NUMBER:
          double x = (Double) w;
          shown = x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x)
              : String.valueOf(x);
          break;
        case DATE:
          shown = LocalDate.ofEpochDay((long) (double) (Double) w).toString();
          break;
        default:
          shown = Texts.quote((String) w);
      }
      parts.add(column.name() + " " + shown);
    }
    return parts.isEmpty() ? "any input" : String.join(", ", parts);
  }
}
