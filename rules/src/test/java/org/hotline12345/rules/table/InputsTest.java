package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs built, built again from the same builder, and remembered category paths. */
class InputsTest {

  private static final DecisionTable TABLE = DecisionTables.readCsv(new StringReader("""
      # rule set: inputs-test
      # version: 1
      # hit policy: FIRST
      id,description,from,to,category,channel,=lead
      R1,noise by phone,,,0301,PHONE,nj.gulou
      R2,noise,,,03,-,nj.cgj
      """), "inputs-test.csv", TableSchema.builder().input("category", ColumnType.CATEGORY)
      .input("channel", ColumnType.TEXT).output("lead", OutputType.DEPARTMENT).build(),
      References.none()).table();

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void a_builder_used_again_after_build_leaves_the_inputs_it_built_unchanged() {
    Inputs.Builder builder = Inputs.builder().category("category", "030101").text("channel", "PHONE");
    Inputs byPhone = builder.build();

    Inputs byWeb = builder.text("channel", "WEB").build();

    assertThat(TABLE.decide(byPhone, DAY).output("lead")).contains("nj.gulou");
    assertThat(TABLE.decide(byWeb, DAY).output("lead")).contains("nj.cgj");
    assertThat(byPhone.toString()).contains("channel='PHONE'");
  }

  @Test
  void a_category_code_decides_the_same_the_first_time_and_when_remembered() {
    for (int i = 0; i < 3; i++) {
      Inputs inputs = Inputs.builder().category("category", " 030101 ").text("channel", "PHONE").build();
      assertThat(TABLE.decide(inputs, DAY).first().map(Row::id)).contains("R1");
    }
    assertThat(TABLE.decide(Inputs.builder().category("category", "0302").text("channel", "PHONE")
        .build(), DAY).first().map(Row::id)).contains("R2");
  }

  @Test
  void a_malformed_category_code_is_refused_every_time_it_is_given() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> Inputs.builder().category("category", "03 01"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void an_absent_input_matches_only_cells_that_allow_anything() {
    Inputs noChannel = Inputs.builder().category("category", "030101").absent("channel").build();

    assertThat(TABLE.decide(noChannel, DAY).first().map(Row::id)).contains("R2");
    assertThat(TABLE.matches(noChannel, DAY)).extracting(Row::id).containsExactly("R2");
    assertThat(noChannel.toString()).contains("channel=absent");
    assertThat(TABLE.matches(Inputs.builder().category("category", "030101").text("channel",
        "PHONE").build(), DAY)).extracting(Row::id).containsExactly("R1", "R2");
    assertThat(List.of(TABLE.explain(noChannel, DAY).nearMisses().get(0).column()))
        .containsExactly("channel");
  }
}
