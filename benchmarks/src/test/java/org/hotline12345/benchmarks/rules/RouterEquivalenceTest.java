package org.hotline12345.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every engine under benchmark routes every appeal of the benchmark exactly as the plain loop
 * over the rows does: the same lead department, the fallback where no exact row matches, the
 * earlier of two rows for the same category and area (FIRST), and no department where no row
 * matches. An engine wired wrong (rows in the wrong order, a condition on the wrong field)
 * fails here rather than looking fast in the benchmark.
 */
class RouterEquivalenceTest {

  private static final DispatchCatalogue THOUSAND = DispatchCatalogue.generate(1_000);

  @ParameterizedTest
  @EnumSource(RouterType.class)
  void routesEveryAppealOfTheBenchmarkAsThePlainLoopDoesOnAThousandRows(RouterType type) {
    List<RoutingInput> appeals =
        THOUSAND.inputs(RoutingBenchmark.APPEALS, RoutingBenchmark.APPEAL_SEED);
    CatalogueRouter router = type.load(THOUSAND);
    List<String> wrong = new ArrayList<>();
    int routed = 0;
    for (RoutingInput appeal : appeals) {
      String expected = THOUSAND.route(appeal.category(), appeal.area());
      String actual = router.route(appeal.category(), appeal.area());
      if (!Objects.equals(expected, actual)) {
        wrong.add(appeal + ": expected " + expected + ", was " + actual);
      }
      if (actual != null) {
        routed++;
      }
    }
    assertThat(wrong).as("%s's wrong answers", type).isEmpty();
    assertThat(routed).as("appeals %s sent to a department", type).isGreaterThan(900);

    // The first correction in the catalogue: a later row for the same category and area as an
    // earlier one, with another department. Under FIRST the earlier row wins.
    CatalogueRow[] pair = firstCorrection(THOUSAND.rows());
    assertThat(router.route(pair[1].category(), pair[1].area().get()))
        .isEqualTo(pair[0].lead()).isNotEqualTo(pair[1].lead());
  }

  private static CatalogueRow[] firstCorrection(List<CatalogueRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (rows.get(j).area().isPresent() && rows.get(j).category().equals(rows.get(i).category())
            && rows.get(j).area().equals(rows.get(i).area())) {
          return new CatalogueRow[] {rows.get(j), rows.get(i)};
        }
      }
    }
    throw new AssertionError("the catalogue has no correction row");
  }

  /**
   * The same check on 10,000 rows, on a sample of the appeals (six of each kind), since some
   * engines take most of a minute to load 10,000 rows and Camunda's default configuration
   * seconds for one decision. Run with {@code -Dbenchmarks.rules.large=true}.
   */
  @ParameterizedTest
  @EnumSource(RouterType.class)
  @EnabledIfSystemProperty(named = "benchmarks.rules.large", matches = "true",
      disabledReason = "takes minutes: run with -Dbenchmarks.rules.large=true")
  void routesASampleOfTheAppealsAsThePlainLoopDoesOnTenThousandRows(RouterType type) {
    assumeTrue(type.supports(10_000), type + " cannot load 10,000 rows");
    DispatchCatalogue tenThousand = DispatchCatalogue.generate(10_000);
    List<RoutingInput> sample = new ArrayList<>();
    for (RoutingInput.Hit kind : RoutingInput.Hit.values()) {
      tenThousand.inputs(RoutingBenchmark.APPEALS, RoutingBenchmark.APPEAL_SEED).stream()
          .filter(appeal -> appeal.drawnFor() == kind).limit(6).forEach(sample::add);
    }
    CatalogueRouter router = type.load(tenThousand);
    for (RoutingInput appeal : sample) {
      assertThat(router.route(appeal.category(), appeal.area())).as("%s: %s", type, appeal)
          .isEqualTo(tenThousand.route(appeal.category(), appeal.area()));
    }
    CatalogueRow[] pair = firstCorrection(tenThousand.rows());
    assertThat(router.route(pair[1].category(), pair[1].area().get()))
        .isEqualTo(pair[0].lead()).isNotEqualTo(pair[1].lead());
  }

  @Test
  void jdmnsTranslationRefusesTenThousandRowsSayingWhy() {
    DispatchCatalogue tenThousand = DispatchCatalogue.generate(10_000);
    assertThat(RouterType.JDMN.supports(10_000)).isFalse();
    assertThat(RouterType.JDMN.supports(2_000)).isTrue();
    assertThat(RouterType.JDMN_INTERPRETED.supports(10_000)).isTrue();
    assertThatThrownBy(() -> RouterType.JDMN.source(tenThousand))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000 rows")
        .hasMessageContaining("64 KB");
  }
}
