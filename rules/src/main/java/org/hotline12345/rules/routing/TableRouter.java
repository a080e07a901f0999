package org.hotline12345.rules.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.Eligibility;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.routing.Router;
import org.hotline12345.core.routing.RoutingOutcome;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.table.Column;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputColumn;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;

/**
 * A router (派单) over a dispatch catalogue (派单目录): a decision table whose input columns are
 * the {@linkplain CaseInputs standard ones} and whose outputs are {@value #LEAD} (the lead
 * department, 主办单位) and optionally {@value #ASSISTING} (assisting departments, 协办单位,
 * separated by {@code ;}).
 *
 * <p>Every row that matches a case counts, in table order, whatever the table's hit policy: the
 * first row whose lead is {@linkplain Eligibility eligible} gives the lead and its eligible
 * assisting departments; the leads of the later matching rows are the candidates (候选单位) a
 * return falls back to. The eligibility check is core's: a report never goes to the department
 * it accuses or one under it, an inactive department gets nothing, a department that returned
 * the case is skipped (so routing the case again after a return gives the next candidate). When
 * no matching row has an eligible lead, or no row matches, a person decides (转人工), and the
 * explanation says why. A case without a category goes to a person without consulting the
 * table, unless the table has no category column.
 *
 * <p>The table is live: {@link #table()} may be swapped while other threads route; each route
 * reads it once and names the version it used.
 *
 * <pre>{@code
 * LoadedTable loaded = TableRouter.readCsv(Path.of("routing.csv"),
 *     References.none().withDirectory(directory).withTaxonomy(taxonomy).withAreas(areas));
 * Router router = TableRouter.of(LiveTable.of(loaded.table(), references),
 *     CaseInputs.in(ZoneId.of("Asia/Shanghai")).withAreas(areas).withTaxonomy(taxonomy));
 * }</pre>
 */
public final class TableRouter implements Router {

  /** The lead department's output column. */
  public static final String LEAD = "lead";
  /** The assisting departments' output column. */
  public static final String ASSISTING = "assisting";

  private final LiveTable table;
  private final CaseInputs inputs;
  /** The last version checked to have a lead in every row: a swap is checked once, not per route. */
  private volatile DecisionTable checked;

  private TableRouter(LiveTable table, CaseInputs inputs) {
    this.table = table;
    this.inputs = inputs;
  }

  /**
   * The schema of a dispatch catalogue: the standard input columns (the table may use any of
   * them), {@value #LEAD} as a DEPARTMENT and {@value #ASSISTING} as DEPARTMENTS, empty unless
   * given.
   *
   * @param attributes attribute columns to allow, e.g. {@link CaseInputs#attributeColumns}
   * @return the schema
   * @throws NullPointerException if attributes is null
   */
  public static TableSchema schema(List<Column> attributes) {
    return CaseInputs.schemaWith(attributes).output(OutputColumn.of(LEAD, OutputType.DEPARTMENT))
        .output(OutputColumn.of(ASSISTING, OutputType.DEPARTMENTS))
        .build();
  }

  /**
   * Reads a dispatch catalogue from a CSV file (or TSV, by the extension {@code .tsv}) in the
   * standard schema without attribute columns, and verifies it.
   *
   * @param file the file
   * @param references the directory, taxonomy and areas its rows must name
   * @return the table and its warnings
   * @throws NullPointerException if an argument is null
   * @throws org.hotline12345.calendar.FileFormatException if the file breaks the format, with
   *     line and column
   * @throws org.hotline12345.rules.table.TableVerificationException if verification finds errors
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LoadedTable readCsv(Path file, References references) {
    Objects.requireNonNull(file, "file");
    return DecisionTables.readCsv(file, schema(List.of()), references);
  }

  /**
   * The Nanjing-like preset catalogue (派单目录) shipped with the SDK, which a city edits: the
   * directory, areas and taxonomy of {@link org.hotline12345.rules.Presets}.
   *
   * @return the table, verified against the preset directory, taxonomy and areas
   */
  public static LoadedTable nanjingPreset() {
    return org.hotline12345.rules.Presets.table("routing-nanjing.csv", schema(List.of()));
  }

  /**
   * A router over a live catalogue.
   *
   * @param table the catalogue; it must have a {@value #LEAD} output column
   * @param inputs how a case fills the table's inputs
   * @return the router
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table has no {@value #LEAD} output, or a row
   *     leaves it empty
   */
  public static TableRouter of(LiveTable table, CaseInputs inputs) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(inputs, "inputs");
    TableRouter router = new TableRouter(table, inputs);
    router.checked = table.current();
    requireLead(router.checked);
    return router;
  }

  static void requireLead(DecisionTable table) {
    if (table.outputs().stream().noneMatch(o -> o.name().equals(LEAD)
        && o.type() == OutputType.DEPARTMENT)) {
      throw new IllegalArgumentException("table " + Texts.quote(table.ruleSetId())
          + " has no output column 'lead' of type DEPARTMENT; a dispatch catalogue needs one");
    }
    for (Row row : table.rows()) {
      if (row.output(LEAD).isEmpty()) {
        throw new IllegalArgumentException("table " + Texts.quote(table.ruleSetId()) + " row "
            + Texts.quote(row.id()) + ": lead is empty; every row of a dispatch catalogue names"
            + " its lead department");
      }
    }
  }

  /**
   * The live catalogue.
   *
   * @return the table holder
   */
  public LiveTable table() {
    return table;
  }

  /**
   * Routes a case: the lead, assisting departments and candidates of the matching rows that
   * may have it, or a person.
   *
   * @param c the case to route
   * @param eligibility which departments may have it
   * @return the route, explained by the rule set, its version, the row and why; or a person
   * @throws NullPointerException if an argument is null
   */
  @Override
  public RoutingOutcome route(Case c, Eligibility eligibility) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(eligibility, "eligibility");
    DecisionTable current = table.current();
    if (current != checked) {
      requireLead(current);
      checked = current;
    }
    boolean hasCategory = current.inputs().stream()
        .anyMatch(col -> col.name().equals(CaseInputs.CATEGORY));
    if (hasCategory && c.category().isEmpty()) {
      return new RoutingOutcome.HandToPerson(new Explanation(current.ruleSetId(),
          current.version(), Optional.empty(), Texts.escape(current.name(), 200)
          + ": the case has no category yet; a dispatcher classifies and routes it (转人工)"));
    }
    LocalDate on = inputs.dayOf(c);
    List<Row> matched = current.matches(inputs.of(current, c).build(), on);
    List<String> skipped = new ArrayList<>();
    Row winner = null;
    DepartmentId lead = null;
    Set<DepartmentId> candidates = new LinkedHashSet<>();
    for (Row row : matched) {
      DepartmentId department = DepartmentId.of(row.output(LEAD).orElseThrow());
      Optional<Eligibility.Reason> why = eligibility.whyNot(department, false);
      if (why.isPresent()) {
        if (skipped.size() < 10) {
          skipped.add(Texts.escape(row.id(), 100) + " (" + department.value() + ": "
              + why.get().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        continue;
      }
      if (winner == null) {
        winner = row;
        lead = department;
      } else if (!department.equals(lead)) {
        candidates.add(department);
      }
    }
    if (winner == null) {
      String text = Texts.escape(current.name(), 200) + ": " + (matched.isEmpty()
          ? "no row matches the case's category and area on " + on
          : "no matching row names a department that may have the case: "
              + String.join(", ", skipped))
          + "; a dispatcher decides (转人工)";
      return new RoutingOutcome.HandToPerson(new Explanation(current.ruleSetId(),
          current.version(), Optional.empty(), cut(text)));
    }
    List<DepartmentId> assisting = new ArrayList<>();
    for (String id : assisting(winner)) {
      DepartmentId department = DepartmentId.of(id);
      if (!department.equals(lead) && eligibility.isEligible(department)
          && !assisting.contains(department)) {
        assisting.add(department);
      }
    }
    candidates.removeAll(assisting);
    StringBuilder text = new StringBuilder(Texts.escape(current.name(), 200))
        .append(": row ").append(Texts.escape(winner.id(), 100));
    if (!winner.description().isEmpty()) {
      text.append(" (").append(Texts.escape(winner.description(), 300)).append(')');
    }
    text.append(" sends it to ").append(lead.value());
    if (!assisting.isEmpty()) {
      text.append(", assisted by ").append(join(assisting));
    }
    if (!candidates.isEmpty()) {
      text.append("; next after a return: ").append(join(List.copyOf(candidates)));
    }
    if (!skipped.isEmpty()) {
      text.append("; skipped ").append(String.join(", ", skipped));
    }
    text.append("; ").append(matched.size()).append(" row(s) matched on ").append(on);
    return new RoutingOutcome.Route(lead, assisting, List.copyOf(candidates),
        new Explanation(current.ruleSetId(), current.version(), Optional.of(winner.id()),
            cut(text.toString())));
  }

  private static List<String> assisting(Row row) {
    String text = row.output(ASSISTING).orElse("");
    List<String> ids = new ArrayList<>();
    for (String part : text.split("[;,]")) {
      if (!part.isBlank()) {
        ids.add(part.strip());
      }
    }
    return ids;
  }

  private static String join(List<DepartmentId> departments) {
    List<String> ids = new ArrayList<>();
    departments.forEach(d -> ids.add(d.value()));
    return String.join(", ", ids);
  }

  private static String cut(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 1_999) + "…";
  }

  @Override
  public String toString() {
    DecisionTable current = table.current();
    return "TableRouter[" + Texts.escape(current.ruleSetId(), 100) + " v"
        + Texts.escape(current.version(), 100) + ", " + current.rows().size() + " rows]";
  }
}
