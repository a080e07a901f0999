package org.hotline12345.benchmarks.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.junit.jupiter.api.Test;

/**
 * The scoring benchmark's workload still runs and its three ways agree: facts already read,
 * rows parsed on the way, rows parsed in parallel give the same scorecards. JMH is not run here.
 */
class AssessmentScoringBenchmarkTest {

  @Test
  void the_three_ways_of_scoring_the_generated_month_agree() {
    AssessmentScoringBenchmark benchmark = new AssessmentScoringBenchmark();
    benchmark.cases = 20_000;
    benchmark.distinct = 2_000;
    benchmark.departments = 50;
    benchmark.setUp();

    Scorecards fromFacts = benchmark.fromFacts();
    assertThat(fromFacts.casesRead()).isEqualTo(20_000);
    assertThat(fromFacts.all()).hasSize(50);
    assertThat(benchmark.fromRows()).isEqualTo(fromFacts);
    assertThat(benchmark.fromRowsInParallel()).isEqualTo(fromFacts);
    for (Scorecard card : fromFacts.all()) {
      assertThat(card.isScored()).isTrue();
      assertThat(card.rate(Indicator.ON_TIME).getAsDouble())
          .isLessThanOrEqualTo(card.rate(Indicator.ON_TIME_NAIVE).getAsDouble());
    }
  }
}
