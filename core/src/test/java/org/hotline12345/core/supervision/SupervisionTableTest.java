package org.hotline12345.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervision table: the standard preset, the file format, and every refusal naming where. */
class SupervisionTableTest {

  private static final String HEADER = "stage,yellow,step,anchor,delay,addressee\n";

  private static SupervisionTable read(String text) {
    return SupervisionTable.readCsv(new StringReader(text), "ladder.csv");
  }

  private static void refused(String text, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(FileFormatException.class).hasMessage(message);
  }

  @Test
  void the_standard_table_climbs_from_a_reminder_at_yellow_to_a_report_five_working_days_overdue() {
    SupervisionTable standard = SupervisionTable.standard();
    for (Stage stage : List.of(Stage.SIGN_FOR, Stage.FIRST_CONTACT, Stage.RESOLUTION)) {
      assertThat(standard.yellowThreshold(stage)).isEqualTo(0.8);
      assertThat(standard.ladder(stage)).containsExactly(
          Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.HANDLER),
          Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.LIAISON),
          Rung.of(EscalationStep.NOTICE, Rung.Anchor.DUE, TimeLimit.workingDays(1), Addressee.DEPARTMENT_HEAD),
          Rung.of(EscalationStep.INTERVIEW, Rung.Anchor.DUE, TimeLimit.workingDays(3), Addressee.DEPARTMENT_HEAD),
          Rung.of(EscalationStep.REPORT, Rung.Anchor.DUE, TimeLimit.workingDays(5), Addressee.CITY_LEADERSHIP));
    }
    assertThat(standard.yellowThreshold(Stage.CALLBACK)).isEqualTo(0.8);
    assertThat(standard.ladder(Stage.CALLBACK)).containsExactly(
        Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.SUPERVISION_OFFICE),
        Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.SUPERVISION_OFFICE));
    assertThatThrownBy(() -> standard.ladder(Stage.RETURN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage RETURN is never supervised");
  }

  @Test
  void a_table_prints_as_a_file_that_reads_back_equal(@TempDir Path dir) throws Exception {
    SupervisionTable own = SupervisionTable.builder()
        .otherStages(0.75, List.of(Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.LIAISON),
            Rung.of(EscalationStep.NOTICE, Rung.Anchor.DUE, TimeLimit.workingDays(2).endingAtCloseOfBusiness(),
                Addressee.DEPARTMENT_HEAD)))
        .stage(Stage.CALLBACK, 1.0, List.of())
        .stage(Stage.SIGN_FOR, 0.5, List.of(Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.HANDLER),
            Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, TimeLimit.hours(1), Addressee.SUPERVISION_OFFICE)))
        .build();
    for (SupervisionTable table : List.of(SupervisionTable.standard(), own)) {
      Path file = dir.resolve("table.csv");
      Files.writeString(file, table.toCsv());
      assertThat(SupervisionTable.readCsv(file)).isEqualTo(table);
    }
    assertThat(own.toCsv()).contains("CALLBACK,1.0,,,,\n")
        .contains("RESOLUTION,0.75,NOTICE,DUE,\"2 working days, at close of business\",DEPARTMENT_HEAD\n");
  }

  @Test
  void a_file_may_use_chinese_names_percentages_and_a_stage_of_its_own() {
    SupervisionTable table = read(HEADER
        + "*,80%,提醒,亮黄灯,,承办人\n"
        + "*,80%,催办,到期,0,联络员\n"
        + "办结,0.9,REMIND,YELLOW,,HANDLER\n"
        + "resolution,0.9,report,due,10 working days,city_leadership\n");
    assertThat(table.yellowThreshold(Stage.SIGN_FOR)).isEqualTo(0.8);
    assertThat(table.ladder(Stage.SIGN_FOR)).extracting(Rung::step)
        .containsExactly(EscalationStep.REMIND, EscalationStep.URGE);
    assertThat(table.yellowThreshold(Stage.RESOLUTION)).isEqualTo(0.9);
    assertThat(table.ladder(Stage.RESOLUTION)).containsExactly(
        Rung.of(EscalationStep.REMIND, Rung.Anchor.YELLOW, Addressee.HANDLER),
        Rung.of(EscalationStep.REPORT, Rung.Anchor.DUE, TimeLimit.workingDays(10), Addressee.CITY_LEADERSHIP));
  }

  @Test
  void a_bad_field_is_refused_at_its_line_and_column() {
    refused(HEADER + "*,0.8,REMIND,YELLOW,,HANDLER\nWAITING,0.8,URGE,DUE,,LIAISON\n",
        "ladder.csv:3:1: stage 'WAITING' is not '*' or one of [SIGN_FOR, FIRST_CONTACT, RESOLUTION, RETURN, CALLBACK]"
            + " (or their Chinese names)");
    refused(HEADER + "RETURN,0.8,URGE,DUE,,LIAISON\n",
        "ladder.csv:2:1: stage RETURN is never supervised (returning is a right, not a duty): it takes no rows");
    refused(HEADER + "*,1.2,REMIND,YELLOW,,HANDLER\n",
        "ladder.csv:2:3: the yellow threshold must be above 0 and at most 1, was 1.2");
    refused(HEADER + "*,0,REMIND,YELLOW,,HANDLER\n",
        "ladder.csv:2:3: the yellow threshold must be above 0 and at most 1, was 0.0");
    refused(HEADER + "*,NaN,REMIND,YELLOW,,HANDLER\n",
        "ladder.csv:2:3: yellow 'NaN' is not a fraction (0.8) or a percentage (80%)");
    refused(HEADER + "*,0.8,SCOLD,YELLOW,,HANDLER\n",
        "ladder.csv:2:7: step 'SCOLD' is not one of [REMIND, URGE, NOTICE, INTERVIEW, REPORT] (or their Chinese names)");
    refused(HEADER + "*,0.8,REMIND,SOON,,HANDLER\n",
        "ladder.csv:2:14: anchor 'SOON' is not one of [YELLOW, DUE] (or their Chinese names)");
    refused(HEADER + "*,0.8,URGE,DUE,2 weeks,LIAISON\n",
        "ladder.csv:2:16: delay: time limit '2 weeks' is not of the form '<n> hours|working hours|working days|"
            + "calendar days' [, at close of business] [, without roll-over], or empty or 0 for none");
    refused(HEADER + "*,0.8,URGE,DUE,,MAYOR\n",
        "ladder.csv:2:17: addressee 'MAYOR' is not one of [HANDLER, LIAISON, DEPARTMENT_HEAD, SUPERVISION_OFFICE,"
            + " CITY_LEADERSHIP] (or their Chinese names)");
    refused(HEADER + "*,0.8,URGE,,,LIAISON\n",
        "ladder.csv:2:12: anchor is empty: a rung names its step, anchor and addressee (a row with all three and the"
            + " delay empty gives a stage lights only)");
  }

  @Test
  void a_ladder_out_of_order_is_refused_at_the_rung_that_breaks_it() {
    refused(HEADER + "*,0.8,URGE,DUE,,LIAISON\n*,0.8,REMIND,YELLOW,,HANDLER\n",
        "ladder.csv:3:7: the ladder of '*': REMIND comes after URGE; the steps go up the ladder"
            + " [REMIND, URGE, NOTICE, INTERVIEW, REPORT], each at most once");
    refused(HEADER + "*,0.8,URGE,DUE,,LIAISON\n*,0.8,URGE,DUE,1 working day,LIAISON\n",
        "ladder.csv:3:7: the ladder of '*': URGE comes after URGE; the steps go up the ladder"
            + " [REMIND, URGE, NOTICE, INTERVIEW, REPORT], each at most once");
    refused(HEADER + "*,0.8,URGE,DUE,,LIAISON\n*,0.8,NOTICE,YELLOW,,DEPARTMENT_HEAD\n",
        "ladder.csv:3:14: the ladder of '*': NOTICE is anchored at YELLOW after URGE at DUE; the rungs anchored at"
            + " YELLOW come first");
    refused(HEADER + "RESOLUTION,0.8,NOTICE,DUE,3 working days,DEPARTMENT_HEAD\n"
            + "RESOLUTION,0.8,INTERVIEW,DUE,2 working days,DEPARTMENT_HEAD\n*,0.8,URGE,DUE,,LIAISON\n",
        "ladder.csv:3:30: the ladder of RESOLUTION: INTERVIEW comes 2 working days after DUE, sooner than NOTICE"
            + " before it (3 working days)");
    refused(HEADER + "*,0.8,URGE,DUE,,LIAISON\n*,0.9,NOTICE,DUE,1 working day,DEPARTMENT_HEAD\n",
        "ladder.csv:3:3: yellow 0.9 differs from 0.8 on line 2 for '*': every row of a stage gives the same threshold");
  }

  @Test
  void every_supervised_stage_needs_rows_and_an_empty_file_is_refused() {
    refused(HEADER + "RESOLUTION,0.8,URGE,DUE,,LIAISON\nSIGN_FOR,0.8,URGE,DUE,,LIAISON\n",
        "ladder.csv:3: no rows for [FIRST_CONTACT, CALLBACK] and no '*' row: every supervised stage needs its"
            + " threshold and ladder");
    refused(HEADER, "ladder.csv:1: the table has no rows: give at least a '*' row or one per supervised stage");
  }

  @Test
  void the_builder_refuses_naming_the_stage_and_the_rule() {
    assertThatThrownBy(() -> SupervisionTable.builder().stage(Stage.RETURN, 0.8, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RETURN is never supervised");
    assertThatThrownBy(() -> SupervisionTable.builder().stage(Stage.RESOLUTION, 1.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESOLUTION: the yellow threshold must be above 0 and at most 1, was 1.5");
    assertThatThrownBy(() -> SupervisionTable.builder().otherStages(0.8, List.of(
            Rung.of(EscalationStep.REPORT, Rung.Anchor.DUE, Addressee.CITY_LEADERSHIP),
            Rung.of(EscalationStep.URGE, Rung.Anchor.DUE, Addressee.LIAISON))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the ladder of the other stages, rung 2: URGE comes after REPORT");
    assertThatThrownBy(() -> SupervisionTable.builder().stage(Stage.RESOLUTION, 0.8, List.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("supervision table: no threshold and ladder for [SIGN_FOR, FIRST_CONTACT, CALLBACK]; give them"
            + " with stage(...) or otherStages(...)");
    assertThatThrownBy(() -> SupervisionTable.builder().otherStages(0.8, java.util.Arrays.asList((Rung) null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("ladder");
  }
}
