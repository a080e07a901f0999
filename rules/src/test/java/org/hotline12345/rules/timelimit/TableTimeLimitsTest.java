package org.hotline12345.rules.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.calendar.TimeLimit.hours;
import static org.hotline12345.calendar.TimeLimit.workingDays;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.timelimit.PolicyKey;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.timelimit.TimeLimitTable;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.junit.jupiter.api.Test;

/** Time limits as tables a city edits, checked against the limits a clerk knows by heart. */
class TableTimeLimitsTest {

  private static final PolicyKey COMPLAINT = PolicyKey.builder().type(AppealType.COMPLAINT)
      .categoryPath(List.of(CategoryCode.of("030101"), CategoryCode.of("0301"), CategoryCode.of("03")))
      .areaPath(List.of("320106003")).channel(Channel.PHONE).receivedOn(LocalDate.of(2026, 3, 2))
      .build();

  private static DecisionTable table(String csv) {
    return DecisionTables.readCsv(new StringReader(csv), "limits.csv", TableTimeLimits.SCHEMA,
        Presets.references()).table();
  }

  @Test
  void nanjing_signs_for_in_2_hours_resolves_in_5_working_days_and_urgent_appeals_in_1() {
    TableTimeLimits nanjing = TableTimeLimits.nanjing();

    assertThat(nanjing.limitFor(Stage.SIGN_FOR, COMPLAINT)).isEqualTo(hours(2));
    assertThat(nanjing.limitFor(Stage.RESOLUTION, COMPLAINT)).isEqualTo(workingDays(5));
    assertThat(nanjing.limitFor(Stage.RESOLUTION,
        COMPLAINT.toBuilder().urgency(Urgency.URGENT).build())).isEqualTo(workingDays(1));
    assertThat(nanjing.limitFor(Stage.RETURN, COMPLAINT)).isEqualTo(workingDays(1));
  }

  @Test
  void shenyang_gives_complaints_20_working_days_and_consultations_2() {
    TableTimeLimits shenyang = TableTimeLimits.shenyang();

    assertThat(shenyang.limitFor(Stage.RESOLUTION, COMPLAINT)).isEqualTo(workingDays(20));
    assertThat(shenyang.limitFor(Stage.RESOLUTION,
        COMPLAINT.toBuilder().type(AppealType.CONSULTATION).build())).isEqualTo(workingDays(2));
    assertThat(TableTimeLimits.shandong().limitFor(Stage.RETURN, COMPLAINT))
        .isEqualTo(workingDays(2));
  }

  @Test
  void a_limit_explains_itself_by_its_row_and_version() {
    assertThat(TableTimeLimits.shenyang().explain(Stage.RESOLUTION, COMPLAINT))
        .isEqualTo("RESOLUTION (办结): 20 working days, by row T-RES-COMPLAINT (投诉 and 举报 within"
            + " 20 working days) of time-limits-shenyang 2026-12-01");
  }

  @Property
  void the_shenyang_and_shandong_tables_agree_with_the_code_presets_for_every_type_urgency_and_stage(
      @ForAll AppealType type, @ForAll Stage stage) {
    PolicyKey key = COMPLAINT.toBuilder().type(type).build();
    assertThat(TableTimeLimits.shenyang().limitFor(stage, key))
        .isEqualTo(TimeLimitPolicies.shenyang().limitFor(stage, key));
    assertThat(TableTimeLimits.shandong().limitFor(stage, key))
        .isEqualTo(TimeLimitPolicies.shandong().limitFor(stage, key));
  }

  @Test
  void a_category_an_area_and_the_leads_level_can_each_set_a_limit() {
    TableTimeLimits limits = TableTimeLimits.of(table("""
        # rule set: limits-test
        # version: 3
        # hit policy: FIRST
        id,description,from,to,stage,category,area,level,=limit
        N-GULOU,noise in Gulou,,,RESOLUTION,030101,320106,,3 working days
        STREET,a street resolves in 7,,,RESOLUTION,,,>= 2,7 working days
        RES,resolution,,,RESOLUTION,,,,5 working days
        SIGN,sign for,,,SIGN_FOR,,,,2 hours
        CONTACT,contact,,,FIRST_CONTACT,,,,3 working days
        RET,return,,,RETURN,,,,1 working day
        CALL,callback,,,CALLBACK,,,,3 working days
        """)).withAreas(Presets.areas());

    assertThat(limits.limitFor(Stage.RESOLUTION, COMPLAINT)).isEqualTo(workingDays(3));
    PolicyKey lights = COMPLAINT.toBuilder().categoryPath(List.of(CategoryCode.of("0401")))
        .build();
    assertThat(limits.limitFor(Stage.RESOLUTION, lights)).isEqualTo(workingDays(5));
    assertThat(limits.limitFor(Stage.RESOLUTION, lights.toBuilder().leadLevel(2).build()))
        .isEqualTo(workingDays(7));
    PolicyKey nowhere = PolicyKey.builder().type(AppealType.HELP).build();
    assertThat(limits.limitFor(Stage.RESOLUTION, nowhere)).isEqualTo(workingDays(5));
  }

  @Test
  void a_stage_without_a_row_for_every_case_is_refused_at_load() {
    DecisionTable partial = table("""
        # rule set: limits-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,stage,type,=limit
        RES,resolution of complaints only,,,RESOLUTION,COMPLAINT,5 working days
        SIGN,sign for,,,SIGN_FOR,,2 hours
        """);
    assertThatThrownBy(() -> TableTimeLimits.of(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage RESOLUTION has no row that matches every case")
        .hasMessageContaining("stage CALLBACK has no row");
  }

  @Test
  void a_limit_that_does_not_read_is_refused_naming_its_row() {
    DecisionTable bad = table("""
        # rule set: limits-test
        # version: 1
        # hit policy: FIRST
        id,description,from,to,stage,=limit
        ALL,every stage,,,,five days
        """);
    assertThatThrownBy(() -> TableTimeLimits.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 'ALL'").hasMessageContaining("'five days'");
  }

  @Test
  void dated_rows_decide_on_the_day_of_receipt_and_need_it() {
    TableTimeLimits limits = TableTimeLimits.of(table("""
        # rule set: limits-test
        # version: 2
        # hit policy: FIRST
        id,description,from,to,stage,=limit
        RES-2026,resolution from 2026,2026-01-01,,RESOLUTION,4 working days
        ALL,every stage,,,,5 working days
        """));

    assertThat(limits.limitFor(Stage.RESOLUTION, COMPLAINT)).isEqualTo(workingDays(4));
    assertThat(limits.limitFor(Stage.RESOLUTION, COMPLAINT.toBuilder()
        .receivedOn(LocalDate.of(2025, 12, 31)).build())).isEqualTo(workingDays(5));
    assertThatThrownBy(() -> limits.limitFor(Stage.RESOLUTION,
        PolicyKey.of(AppealType.COMPLAINT, Urgency.NORMAL)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivedOn");
  }

  @Test
  void the_code_table_and_the_file_table_are_the_same_policy_for_the_seeds_but_urgency() {
    TimeLimitTable seeds = TimeLimitPolicies.seeds();
    for (Stage stage : Stage.values()) {
      assertThat(TableTimeLimits.nanjing().limitFor(stage, COMPLAINT))
          .isEqualTo(seeds.limitFor(stage, COMPLAINT));
    }
  }
}
