package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

/**
 * The query plans on H2: every table access names an index ({@code /* PUBLIC.IX_... *}{@code /}
 * rather than {@code tableScan}) and every branch is {@code index sorted}.
 */
class H2QueryPlansTest extends QueryPlansTest {

  @Override
  StoreSource source() {
    return StoreSource.h2();
  }

  @Override
  void prepare(Connection c) {}

  @Override
  void reset(Connection c) {}

  @Override
  void assertServedByIndexes(String what, String plan, int branches, boolean distinctUnion) {
    assertThat(plan).as("the plan of %s", what).doesNotContainIgnoringCase("tableScan");
    assertThat(plan.split("/\\* index sorted \\*/", -1).length - 1).as("branches of %s read in index order", what)
        .isEqualTo(branches);
  }
}
