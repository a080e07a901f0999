package org.hotline12345.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentId;

/**
 * Invariants of a proposal over random histories: three districts of three streets of two
 * communities, four categories (two groups of two in the taxonomy, when one is used), five
 * departments, paths cut at any level, a few assignment times so that ties happen.
 */
class CatalogueMinerPropertiesTest {

  static final CategoryTaxonomy GROUPS = CategoryTaxonomy.of(
      Category.builder().code(CategoryCode.of("G1")).name("市容").build(),
      Category.builder().code(CategoryCode.of("G2")).name("交通").build(),
      Category.builder().code(CategoryCode.of("G1C1")).name("垃圾").parent(CategoryCode.of("G1")).build(),
      Category.builder().code(CategoryCode.of("G1C2")).name("占道").parent(CategoryCode.of("G1")).build(),
      Category.builder().code(CategoryCode.of("G2C1")).name("信号灯").parent(CategoryCode.of("G2")).build(),
      Category.builder().code(CategoryCode.of("G2C2")).name("停车").parent(CategoryCode.of("G2")).build());

  @Provide
  Arbitrary<List<PastAssignment>> histories() {
    return randomHistories();
  }

  @Provide
  Arbitrary<CatalogueMiner> miners() {
    return randomMiners();
  }

  /** Histories of up to 60 cases in three districts of three streets of two communities. */
  static Arbitrary<List<PastAssignment>> randomHistories() {
    Arbitrary<CategoryCode> category = Arbitraries.of("G1C1", "G1C2", "G2C1", "G2C2").map(CategoryCode::of);
    Arbitrary<List<String>> path = Combinators.combine(
        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(1, 2), Arbitraries.integers().between(0, 3))
        .as((d, s, c, depth) -> {
          List<String> full = List.of("D" + d, "D" + d + ".S" + s, "D" + d + ".S" + s + ".C" + c);
          return full.subList(0, depth);
        });
    Arbitrary<DepartmentId> department = Arbitraries.of("A", "B", "C", "D", "E").map(DepartmentId::of);
    Arbitrary<Optional<Instant>> at = Arbitraries.integers().between(0, 3)
        .map(h -> Instant.parse("2026-01-05T00:00:00Z").plusSeconds(3600L * h))
        .optional(0.7);
    return Combinators.combine(category, path, department, at)
        .as((c, p, d, t) -> {
          PastAssignment a = PastAssignment.of(c, p, d);
          return t.map(a::withAssignedAt).orElse(a);
        })
        .list().ofMaxSize(60);
  }

  /** Miners of thresholds from 1 case and 0% to 4 cases and 100%, with or without the taxonomy. */
  static Arbitrary<CatalogueMiner> randomMiners() {
    return Combinators.combine(Arbitraries.integers().between(1, 4),
            Arbitraries.of(0.0, 0.34, 0.5, 0.6, 1.0), Arbitraries.of(false, true))
        .as((support, share, grouped) -> {
          CatalogueMiner miner = CatalogueMiner.withDefaults().withMinSupport(support).withMinShare(share);
          return grouped ? miner.withCategories(GROUPS) : miner;
        });
  }

  /** Whether a row's cell holds a past case: its category or one above, its area on the path. */
  static boolean inCell(CatalogueRow row, CatalogueMiner miner, PastAssignment a) {
    boolean category = row.category().equals(a.category())
        || miner.categories().map(t -> t.ancestors(a.category()).stream()
            .anyMatch(c -> c.getCode().equals(row.category()))).orElse(false);
    return category && row.area().map(a.areaPath()::contains).orElse(true);
  }

  @Property
  void everyRowsSupportAndShareAreWhatCountingSays(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner) {
    CatalogueProposal proposal = miner.mine(history);

    for (CatalogueRow row : proposal.rows()) {
      Map<DepartmentId, Integer> counts = new HashMap<>();
      history.stream().filter(a -> inCell(row, miner, a))
          .forEach(a -> counts.merge(a.department(), 1, Integer::sum));
      int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
      assertThat(row.cases()).as(row.id()).isEqualTo(cases);
      assertThat(row.support()).as(row.id()).isEqualTo(counts.get(row.lead()))
          .isEqualTo(Collections.max(counts.values()));
      boolean meets = row.support() >= miner.minSupport() && row.share() >= miner.minShare();
      assertThat(row.meetsThresholds()).as(row.id()).isEqualTo(meets);
      if (!meets) {
        assertThat(row.area()).as(row.id() + " is thin, so it must be a category's own row").isEmpty();
      }
    }
  }

  @Property
  void everyCellThatMeetsTheThresholdsHasItsRow(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner) {
    CatalogueProposal proposal = miner.mine(history);
    for (PastAssignment a : history) {
      for (String area : a.areaPath()) {
        Map<DepartmentId, Integer> counts = new HashMap<>();
        history.stream()
            .filter(b -> b.category().equals(a.category()) && b.areaPath().contains(area))
            .forEach(b -> counts.merge(b.department(), 1, Integer::sum));
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        int support = Collections.max(counts.values());
        boolean meets = support >= miner.minSupport() && (double) support / cases >= miner.minShare();
        boolean hasRow = proposal.rows().stream()
            .anyMatch(r -> r.category().equals(a.category()) && r.area().equals(Optional.of(area)));
        assertThat(hasRow).as(a.category() + " in " + area).isEqualTo(meets);
      }
    }
  }

  @Property
  void everyPastCaseRoutesToSomeDepartment(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner) {
    CatalogueProposal proposal = miner.mine(history);

    for (PastAssignment a : history) {
      assertThat(proposal.route(a.category(), a.areaPath())).isPresent();
    }
  }

  @Property
  void aRouteIsTheFirstRowThatMatchesAsHitPolicyFirstSays(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner,
      @ForAll("histories") List<PastAssignment> probes) {
    CatalogueProposal proposal = miner.mine(history);

    for (PastAssignment probe : probes) {
      Optional<CatalogueRow> first = proposal.rows().stream()
          .filter(row -> inCell(row, miner, probe)).findFirst();
      assertThat(proposal.route(probe.category(), probe.areaPath())).isEqualTo(first);
    }
  }

  @Property
  void withoutRedundantRowsEveryCaseRoutesAsBefore(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner,
      @ForAll("histories") List<PastAssignment> probes) {
    CatalogueProposal full = miner.mine(history);
    CatalogueProposal compact = full.withoutRedundantRows();

    for (PastAssignment probe : probes) {
      assertThat(compact.route(probe.category(), probe.areaPath()).map(CatalogueRow::lead))
          .isEqualTo(full.route(probe.category(), probe.areaPath()).map(CatalogueRow::lead));
    }
    List<String> fullCells = full.rows().stream().map(CatalogueMinerPropertiesTest::cell).toList();
    List<String> compactCells = compact.rows().stream().map(CatalogueMinerPropertiesTest::cell).toList();
    assertThat(fullCells).containsAll(compactCells);
    assertThat(compactCells).containsAll(
        full.rows().stream().filter(r -> r.area().isEmpty())
            .map(CatalogueMinerPropertiesTest::cell).toList());
  }

  /** A row without its id. */
  static String cell(CatalogueRow r) {
    return r.category() + " " + r.area().orElse("*") + " " + r.lead() + " " + r.description();
  }

  @Property
  void theProposalDoesNotDependOnTheOrderOfTheHistory(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner,
      @ForAll long seed) {
    List<PastAssignment> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(seed));

    CatalogueProposal proposal = miner.mine(history);
    assertThat(miner.mine(shuffled).rows()).isEqualTo(proposal.rows());
    for (PastAssignment a : history) {
      assertThat(proposal.route(a.category(), a.areaPath()))
          .isEqualTo(proposal.route(a.category(), a.areaPath()));
    }
  }

  @Property
  void rowsGoFromTheFinestAreaLevelToAnyArea(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner) {
    List<CatalogueRow> rows = miner.mine(history).rows();

    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).areaLevel().orElse(-1))
          .isLessThanOrEqualTo(rows.get(i - 1).areaLevel().orElse(-1));
      assertThat(rows.get(i).id()).isEqualTo("R" + (i + 1));
    }
  }

  @Property
  void aBacktestCountsEveryCaseAsRoutingSays(
      @ForAll("histories") List<PastAssignment> history, @ForAll("miners") CatalogueMiner miner,
      @ForAll @IntRange(min = 0, max = 59) int cut) {
    CatalogueProposal proposal = miner.mine(history.subList(0, Math.min(cut, history.size())));
    Backtest backtest = proposal.backtest(history);

    assertThat(backtest.cases()).isEqualTo(history.size());
    long agreed = history.stream().filter(a -> proposal.route(a.category(), a.areaPath())
        .map(r -> r.lead().equals(a.department())).orElse(false)).count();
    long unrouted = history.stream()
        .filter(a -> proposal.route(a.category(), a.areaPath()).isEmpty()).count();
    assertThat(backtest.agreed()).isEqualTo(agreed);
    assertThat(backtest.unrouted()).isEqualTo(unrouted);
  }
}
