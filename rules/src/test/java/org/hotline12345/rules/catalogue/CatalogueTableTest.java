package org.hotline12345.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.Department;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.department.DepartmentKind;
import org.hotline12345.rules.catalogue.La311Requests.Request;
import org.hotline12345.rules.table.ColumnType;
import org.hotline12345.rules.table.Decision;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.Inputs;
import org.hotline12345.rules.table.LoadedTable;
import org.hotline12345.rules.table.OutputType;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.Row;
import org.hotline12345.rules.table.TableSchema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A proposed catalogue written as CSV loads in the decision-table engine, verifies, and decides
 * every case exactly as the proposal's own lookup does: the same row, the same department.
 */
class CatalogueTableTest {

  static final LocalDate ON = LocalDate.of(2018, 1, 1);

  /** The columns a proposal writes: category TEXT, or CATEGORY when mined with a taxonomy. */
  static TableSchema schema(boolean taxonomy) {
    return TableSchema.builder()
        .input("category", taxonomy ? ColumnType.CATEGORY : ColumnType.TEXT)
        .input("area", ColumnType.AREA)
        .output("lead", OutputType.DEPARTMENT)
        .output("level", OutputType.NUMBER)
        .build();
  }

  static LoadedTable load(CatalogueProposal proposal, References references) {
    String csv = proposal.toCsv("routing-proposal", "2018-01-01");
    return DecisionTables.readCsv(new StringReader(csv), "routing-proposal.csv",
        schema(proposal.miner().categories().isPresent()), references);
  }

  static Decision decide(DecisionTable table, CatalogueProposal proposal, PastAssignment a) {
    Inputs.Builder inputs = Inputs.builder().area("area", a.areaPath());
    Optional<CategoryTaxonomy> taxonomy = proposal.miner().categories();
    if (taxonomy.isPresent() && taxonomy.get().contains(a.category())) {
      inputs.category("category", a.category(), taxonomy.get());
    } else if (taxonomy.isPresent()) {
      inputs.category("category", a.category().value());
    } else {
      inputs.text("category", a.category().value());
    }
    return table.decide(inputs.build(), ON);
  }

  /** The engine's first row and the proposal's route name the same row and the same lead. */
  static void assertSameRoute(DecisionTable table, CatalogueProposal proposal, PastAssignment a) {
    Decision decision = decide(table, proposal, a);
    Optional<CatalogueRow> routed = proposal.route(a.category(), a.areaPath());
    assertThat(decision.first().map(Row::id)).as(a.toString()).isEqualTo(routed.map(CatalogueRow::id));
    if (routed.isPresent()) {
      assertThat(decision.department("lead")).as(a.toString()).hasValue(routed.get().lead());
    }
  }

  /** The agencies' sub-units of the sample (AssignTo), as a department directory (承办单位目录). */
  static DepartmentDirectory subUnits() {
    Map<DepartmentId, Department> units = new LinkedHashMap<>();
    for (Request r : La311Requests.sample().requests()) {
      DepartmentId id = La311CatalogueTest.department(r);
      units.computeIfAbsent(id, k -> Department.builder().id(id).name(r.assignTo())
          .kind(DepartmentKind.MUNICIPAL_DEPARTMENT).calendarId("us-los-angeles").build());
    }
    return DepartmentDirectory.of(units.values());
  }

  @Provide
  Arbitrary<List<PastAssignment>> histories() {
    return CatalogueMinerPropertiesTest.randomHistories();
  }

  @Provide
  Arbitrary<CatalogueMiner> miners() {
    return CatalogueMinerPropertiesTest.randomMiners();
  }

  @Property(tries = 200)
  void anyProposalLoadsAndDecidesEveryCaseAsItRoutes(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner,
      @ForAll("histories") List<PastAssignment> probes) {
    CatalogueProposal full = miner.mine(history);
    for (CatalogueProposal proposal : List.of(full, full.withoutRedundantRows())) {
      References references = proposal.miner().categories()
          .map(References.none()::withTaxonomy).orElse(References.none());
      LoadedTable loaded = load(proposal, references);

      assertThat(loaded.verification().errors()).isEmpty();
      for (PastAssignment probe : probes) {
        if (!probe.areaPath().isEmpty()) {
          assertSameRoute(loaded.table(), proposal, probe);
        }
      }
    }
  }

  @Test
  void theHandWorkedProposalLoadsVerifiesAndDecidesAsItRoutes() {
    CatalogueProposal proposal = CatalogueMiner.withDefaults().mine(CatalogueMinerTest.twelveCases());

    LoadedTable loaded = load(proposal, References.none());

    assertThat(loaded.verification().errors()).isEmpty();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.table().rows()).extracting(Row::id)
        .containsExactlyElementsOf(proposal.rows().stream().map(CatalogueRow::id).toList());
    List<List<String>> paths = List.of(CatalogueMinerTest.NINGHAI, CatalogueMinerTest.HUAQIAO,
        CatalogueMinerTest.QINHUAI_STREET, List.of("320106", "320106099"), List.of("320102"),
        List.of("320104"));
    for (CategoryCode category : List.of(CatalogueMinerTest.NOISE, CatalogueMinerTest.ROAD,
        CategoryCode.of("C09"))) {
      for (List<String> path : paths) {
        assertSameRoute(loaded.table(), proposal, PastAssignment.of(category, path,
            DepartmentId.of("any")));
      }
    }
  }

  @Test
  void theLaCatalogueLoadsVerifiesAndRoutesEveryHeldOutRequestAsTheMinerDoes() {
    List<Request> mined = La311CatalogueTest.createdOn(LocalDate.of(2017, 12, 27),
        La311CatalogueTest.HELD_OUT.minusDays(1));
    List<PastAssignment> heldOut = La311CatalogueTest.assignments(
        La311CatalogueTest.createdOn(La311CatalogueTest.HELD_OUT, La311CatalogueTest.HELD_OUT),
        r -> La311CatalogueTest.nested(r, La311CatalogueTest.FINEST));
    CatalogueProposal full = La311CatalogueTest.dispatchCatalogue(mined, CatalogueMiner.withDefaults());

    for (CatalogueProposal proposal : List.of(full, full.withoutRedundantRows())) {
      References references = References.none().withDirectory(subUnits())
          .withTaxonomy(proposal.miner().categories().orElseThrow());
      LoadedTable loaded = load(proposal, references);

      assertThat(loaded.verification().errors()).isEmpty();
      assertThat(loaded.table().rows()).hasSameSizeAs(proposal.rows());
      for (PastAssignment a : heldOut) {
        assertSameRoute(loaded.table(), proposal, a);
      }
      System.out.printf("LA catalogue of %d rows: loaded and verified against %d sub-units, %d"
          + " warnings; %d held-out requests routed by the engine as by the miner%n",
          proposal.rows().size(), subUnits().size(), loaded.warnings().size(), heldOut.size());
    }
  }
}
