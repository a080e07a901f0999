package org.hotline12345.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rolling out a new version of a catalogue while the hotline keeps dispatching. */
class LiveTableTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 15);
  private static final Inputs NOISE = Inputs.builder().category("category", "C0101")
      .area("area", List.of("320100", "320106")).build();

  private static DecisionTable version(String version, String lead) {
    return RoutingTableTest.catalogue().toBuilder().clearRows()
        .row(Row.builder("R1").when("category", "C01").then("lead", lead).build())
        .build().withVersion(version);
  }

  @Test
  void aSwapPutsTheNewVersionLiveAndEachDecisionNamesItsVersion() {
    LiveTable live = LiveTable.of(version("1", "nj.gulou.env"), References.none());
    assertThat(live.decide(NOISE, DAY).version()).isEqualTo("1");

    live.swap(version("2", "nj.env"));

    Decision decision = live.decide(NOISE, DAY);
    assertThat(decision.version()).isEqualTo("2");
    assertThat(decision.output("lead")).contains("nj.env");
    assertThat(live.explain(NOISE, DAY).toExplanation().version()).isEqualTo("2");
    // rolling back to the earlier version is allowed
    live.swap(version("1", "nj.gulou.env"));
    assertThat(live.decide(NOISE, DAY).version()).isEqualTo("1");
  }

  @Test
  void aSwapRefusesAnotherRuleSetAReusedVersionAndATableWithErrors() {
    LiveTable live = LiveTable.of(version("1", "nj.gulou.env"), References.none());

    assertThatThrownBy(() -> live.swap(DecisionTable.builder("acceptance", "2")
        .input(Column.of("category", ColumnType.CATEGORY))
        .output(OutputColumn.of("lead", OutputType.DEPARTMENT)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set 'acceptance' cannot replace rule set 'routing-nanjing'");
    assertThatThrownBy(() -> live.swap(version("1", "nj.other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version '1' of rule set 'routing-nanjing' is live with other"
            + " content");
    DecisionTable overlapping = version("3", "nj.env").toBuilder().hitPolicy(HitPolicy.UNIQUE)
        .row(Row.builder("R2").when("category", "C0101").then("lead", "nj.env").build())
        .build();
    assertThatThrownBy(() -> live.swap(overlapping))
        .isInstanceOf(TableVerificationException.class)
        .hasMessageContaining("rows 'R1' and 'R2' can both match");
    // nothing changed
    assertThat(live.current().version()).isEqualTo("1");
    // the same version with the same content is a no-op, not a refusal
    live.swap(version("1", "nj.gulou.env"));
    assertThat(live.current().version()).isEqualTo("1");
  }
}
