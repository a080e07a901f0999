package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.hotline12345.persistence.WatchQuery.Band;
import org.junit.jupiter.api.Test;

/**
 * The supervision board's query and counts: which cases a query matches at the band
 * boundaries, what it refuses, and that a store written before the board refuses it naming the
 * conformance kit's feature.
 */
class WatchQueryTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");
  private static final Instant YELLOW_AT = T0.plusSeconds(5760);
  private static final Instant DUE_AT = T0.plusSeconds(7200);

  /** Gulou's case, signed for by 02:02, yellow from 80 % of its two hours. */
  private static StoredCase signFor() {
    return StoredCaseTest.registered().status("DISPATCHED").leadDepartment("nj.gulou").watchedStage("SIGN_FOR")
        .yellowAt(YELLOW_AT).watchedDueAt(DUE_AT).build();
  }

  @Test
  void aNewQueryMatchesEveryWatchedOpenCaseAtItsInstant() {
    WatchQuery board = WatchQuery.of(T0);

    assertThat(board.band()).isEqualTo(Band.ALL);
    assertThat(board.leadDepartment()).isEmpty();
    assertThat(board.stage()).isEmpty();
    assertThat(board.matches(signFor())).as("a watched open case").isTrue();
    assertThat(board.matches(StoredCaseTest.registered().build())).as("an open case watching nothing").isFalse();
    assertThat(board.matches(signFor().toBuilder().open(false).status("CLOSED").closedAt(T0).build()))
        .as("a closed case still carrying its watched deadline").isFalse();
  }

  @Test
  void eachLightBandStartsAtItsInstantInclusive() {
    StoredCase c = signFor();
    Instant[] instants = {YELLOW_AT.minusNanos(1000), YELLOW_AT, DUE_AT.minusNanos(1000), DUE_AT, DUE_AT.plusSeconds(1)};
    Band[] expected = {Band.BEFORE_YELLOW, Band.YELLOW, Band.YELLOW, Band.OVERDUE, Band.OVERDUE};
    for (int i = 0; i < instants.length; i++) {
      for (Band band : Band.values()) {
        boolean in = band == Band.ALL || band == expected[i];
        assertThat(WatchQuery.of(instants[i]).withBand(band).matches(c)).as("band %s at %s", band, instants[i])
            .isEqualTo(in);
      }
    }
  }

  @Test
  void aDeadlineYellowOnlyWhenDueGoesFromGreenStraightToRed() {
    StoredCase c = signFor().toBuilder().yellowAt(DUE_AT).build();

    assertThat(WatchQuery.of(DUE_AT.minusNanos(1000)).withBand(Band.BEFORE_YELLOW).matches(c)).isTrue();
    assertThat(WatchQuery.of(DUE_AT).withBand(Band.YELLOW).matches(c)).as("never yellow").isFalse();
    assertThat(WatchQuery.of(DUE_AT).withBand(Band.OVERDUE).matches(c)).isTrue();
  }

  @Test
  void aLeadDepartmentAndAStageNarrowTheBoardAndEmptyWidensItAgain() {
    WatchQuery gulouSignFor = WatchQuery.of(T0).withLeadDepartment("nj.gulou").withStage("SIGN_FOR");

    assertThat(gulouSignFor.matches(signFor())).isTrue();
    assertThat(gulouSignFor.matches(signFor().toBuilder().leadDepartment("nj.xuanwu").build()))
        .as("another department's case").isFalse();
    assertThat(gulouSignFor.matches(signFor().toBuilder().leadDepartment(Optional.empty()).build()))
        .as("a case without a lead").isFalse();
    assertThat(gulouSignFor.matches(signFor().toBuilder().watchedStage("RESOLUTION").build()))
        .as("a case watching its resolution").isFalse();
    WatchQuery widened = gulouSignFor.withLeadDepartment(Optional.empty()).withStage(Optional.empty());
    assertThat(widened).isEqualTo(WatchQuery.of(T0)).hasSameHashCodeAs(WatchQuery.of(T0));
    assertThat(widened.matches(signFor().toBuilder().leadDepartment(Optional.empty()).build())).isTrue();
    assertThat(gulouSignFor.withNow(DUE_AT).now()).isEqualTo(DUE_AT);
    assertThat(gulouSignFor.now()).as("the query a copy was made of").isEqualTo(T0);
  }

  @Test
  void badCriteriaAreRefusedNamingTheField() {
    assertThatThrownBy(() -> WatchQuery.of(null)).isInstanceOf(NullPointerException.class).hasMessage("now");
    assertThatThrownBy(() -> WatchQuery.of(T0).withLeadDepartment("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("leadDepartment must be");
    assertThatThrownBy(() -> WatchQuery.of(T0).withStage("sign for")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stage must be");
    assertThatThrownBy(() -> WatchQuery.of(T0).withBand(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("band");
    assertThatThrownBy(() -> WatchQuery.of(T0).matches(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theQueryPrintsItsCriteria() {
    assertThat(WatchQuery.of(T0).withLeadDepartment("nj.gulou").withBand(Band.YELLOW).toString())
        .isEqualTo("WatchQuery[now=" + T0 + ", leadDepartment=nj.gulou, stage=any, band=YELLOW]");
  }

  @Test
  void aCountHoldsOverdueWithinPastYellowWithinOpen() {
    WatchCount count = new WatchCount("SIGN_FOR", 10, 4, 1);

    assertThat(count.green()).as("green").isEqualTo(6);
    assertThat(count.yellow()).as("yellow").isEqualTo(3);
    assertThat(new WatchCount("SIGN_FOR", 0, 0, 0).green()).isZero();
    assertThatThrownBy(() -> new WatchCount("SIGN_FOR", 3, 4, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= overdue <= pastYellow <= open")
        .hasMessageContaining("pastYellow 4, open 3");
    assertThatThrownBy(() -> new WatchCount("SIGN_FOR", 3, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WatchCount("SIGN_FOR", 3, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WatchCount(null, 0, 0, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("stage");
    assertThatThrownBy(() -> new WatchCount("", 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stage must be");
  }

  @Test
  void aStoreWrittenBeforeTheBoardRefusesItNamingTheFeature() {
    CaseQueries older = new RecentCasesQueryTest.OlderQueries();

    assertThatThrownBy(() -> older.watchCounts(Optional.empty(), T0)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("CaseQueries.watchCounts").hasMessageContaining("WATCH_BOARD");
    assertThatThrownBy(() -> older.watched(WatchQuery.of(T0), PageRequest.first(10)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("CaseQueries.watched").hasMessageContaining("WATCH_BOARD");
  }
}
