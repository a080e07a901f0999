package org.hotline12345.benchmarks.rules.impl;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.TableSchema;

/**
 * hotline-rules' own decision-table engine ({@code org.hotline12345.rules.table}) reading the
 * catalogue as the CSV file a dispatch office edits ({@link DispatchCatalogue#toCsv()}) under
 * the schema {@link #SCHEMA}: input {@code category} (CATEGORY), input {@code area} (AREA),
 * output {@code lead} (DEPARTMENT); hit policy FIRST as the file's directive says.
 *
 * <p>Loading is what a host does with a new catalogue: {@link DecisionTables#readCsv(
 * java.io.Reader, String, TableSchema, References)}, which parses every cell, compiles the
 * column indexes and verifies the table (shadowed rows, overlaps, gaps) against the {@link
 * #references(DispatchCatalogue) references} a dispatch office's catalogue is checked
 * against: the directory of the {@value DispatchCatalogue#DEPARTMENTS} departments, the
 * taxonomy of the categories, and the area hierarchy (the city {@value #CITY} above the
 * {@value DispatchCatalogue#AREAS} district codes). The references are built with the source,
 * once, as a host holds them; only reading and verifying the file is loading.
 *
 * <p>Every decision is what a host runs per appeal: it builds the {@link Inputs} (the category
 * by its code, whose ancestors are its prefixes; the area by its code with the areas above it
 * from the hierarchy, as {@code Inputs.area(name, code, areas)} gives them), decides on a fixed
 * day ({@link #DAY}) and reads the lead from the {@link org.hotline12345.rules.table.Decision}.
 */
public final class HotlineTableRouter implements CatalogueRouter {

  /** The columns of the catalogue's file. */
  public static final TableSchema SCHEMA = TableSchema.builder()
      .input("category", ColumnType.CATEGORY)
      .input("area", ColumnType.AREA)
      .output("lead", OutputType.DEPARTMENT)
      .build();

  /** The day every decision is taken on (the rows have no effective dates). */
  public static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  /** The code of the city above every area of the catalogue. */
  public static final String CITY = "320100";

  private final DecisionTable table;
  private final AreaHierarchy areas;

  private HotlineTableRouter(DecisionTable table, AreaHierarchy areas) {
    this.table = table;
    this.areas = areas;
  }

  /**
   * The catalogue's CSV file and its references, ready to be read and verified.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource source(DispatchCatalogue catalogue) {
    String csv = catalogue.toCsv();
    References references = references(catalogue);
    AreaHierarchy areas = references.areas().orElseThrow();
    return () -> new HotlineTableRouter(load(csv, references).table(), areas);
  }

  /**
   * Reads and verifies a catalogue's CSV file: what {@link CatalogueSource#load()} measures.
   *
   * @param csv the file's text, from {@link DispatchCatalogue#toCsv()}
   * @param references what the rows must name
   * @return the table and its warnings
   * @throws org.hotline12345.rules.table.TableVerificationException if verification finds errors
   */
  public static LoadedTable load(String csv, References references) {
    return DecisionTables.readCsv(new StringReader(csv), "dispatch-catalogue.csv", SCHEMA,
        references);
  }

  /**
   * What the catalogue's rows may name: every department, category and area of the generated
   * catalogues, and the categories of the group no row names ({@code C21}), which the
   * taxonomy holds as a category added after the catalogue was written would be held.
   *
   * @param catalogue the catalogue
   * @return the directory, taxonomy and area hierarchy
   */
  public static References references(DispatchCatalogue catalogue) {
    List<Department> departments = new ArrayList<>();
    for (int d = 0; d < DispatchCatalogue.DEPARTMENTS; d++) {
      String id = DispatchCatalogue.department(d);
      departments.add(Department.builder().id(DepartmentId.of(id)).name("部门 " + id)
          .kind(DepartmentKind.MUNICIPAL_DEPARTMENT).calendarId("cn").build());
    }
    List<Category> categories = new ArrayList<>();
    String group = "";
    for (int c = 0; c < DispatchCatalogue.CATEGORIES + DispatchCatalogue.UNROUTED_CATEGORIES;
        c++) {
      String code = DispatchCatalogue.category(c);
      if (group.isEmpty() || !code.startsWith(group)) {
        group = code.substring(0, 3);
        categories.add(Category.builder().code(CategoryCode.of(group)).name("大类 " + group)
            .build());
      }
      categories.add(Category.builder().code(CategoryCode.of(code)).name("小类 " + code)
          .parent(CategoryCode.of(group)).build());
    }
    List<AreaHierarchy.Entry> areas = new ArrayList<>();
    areas.add(AreaHierarchy.Entry.root(CITY, "南京市"));
    for (int a = 0; a < DispatchCatalogue.AREAS; a++) {
      String code = DispatchCatalogue.area(a);
      areas.add(AreaHierarchy.Entry.of(code, "区 " + code, CITY));
    }
    return References.none()
        .withDirectory(DepartmentDirectory.of(departments))
        .withTaxonomy(CategoryTaxonomy.of(categories))
        .withAreas(AreaHierarchy.of(areas));
  }

  /**
   * The inputs of one decision, built as a host builds them for each appeal.
   *
   * @param category the appeal's category code
   * @param area the appeal's area code, one the hierarchy holds
   * @return the inputs
   */
  public Inputs inputs(String category, String area) {
    return Inputs.builder().category("category", category).area("area", area, areas).build();
  }

  /**
   * Decides on inputs already built, for the benchmark that leaves building them out.
   *
   * @param inputs inputs from {@link #inputs}
   * @return the lead department id, or null when no row matches
   */
  public String route(Inputs inputs) {
    Optional<String> lead = table.decide(inputs, DAY).output("lead");
    return lead.orElse(null);
  }

  /**
   * Decides on inputs already built and reads the lead from the winning row itself ({@code
   * decision.first()} then {@code row.output("lead")}) instead of through {@code
   * decision.output("lead")}, which looks the column up among the table's outputs first: the
   * benchmark of the two ways shows what that lookup costs.
   *
   * @param inputs inputs from {@link #inputs}
   * @return the lead department id, or null when no row matches
   */
  public String leadOfRow(Inputs inputs) {
    return table.decide(inputs, DAY).first().flatMap(row -> row.output("lead")).orElse(null);
  }

  @Override
  public String route(String category, String area) {
    return route(inputs(category, area));
  }
}
