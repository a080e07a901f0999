package org.hotline12345.benchmarks.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

/**
 * The intake benchmark's workload still runs: set up on the in-memory store, two submissions
 * register two cases numbered from the store's sequence. JMH is not run here; this keeps the
 * benchmark from rotting between runs.
 */
class IntakeBenchmarkTest {

  @Test
  void the_workload_registers_cases_numbered_by_the_store() {
    IntakeBenchmark benchmark = new IntakeBenchmark();
    benchmark.store = StoreType.MEMORY;
    benchmark.setUp();
    try {
      Case first = benchmark.submit();
      Case second = benchmark.submit();
      assertThat(first.status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(second.number().value()).endsWith("000000002");
    } finally {
      benchmark.tearDown();
    }
  }
}
