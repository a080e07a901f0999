package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.callerKey;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline12345.persistence.CaseQueries;
import org.hotline12345.persistence.RecentCasesQuery;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller's or a place's recent cases (诉求历史), the appeal history the core asks on intake:
 * the cases with the caller key or the area (and, if asked, the category, open ones only,
 * without one case) registered in {@code [from, before)}, newest first by registration instant
 * then case id, both descending; at most the limit; and their count. The caller key comes back
 * as written. Needs {@link StoreFeature#RECENT_CASES}.
 */
abstract class RecentCasesContract extends ContractGroup {

  private static final Instant FROM = minutes(0);
  private static final Instant BEFORE = minutes(60);

  RecentCasesContract(HotlineStoreContract contract) {
    super(contract);
  }

  @BeforeEach
  final void needsTheFeature() {
    requires(StoreFeature.RECENT_CASES);
  }

  private static RecentCasesQuery.Builder inWindow() {
    return RecentCasesQuery.builder().registeredIn(FROM, BEFORE);
  }

  private List<StoredCase> recent(RecentCasesQuery query) {
    return store().cases().recent(query, CaseQueries.MAX_RECENT);
  }

  @Test
  void theCallerKeyComesBackAsWrittenAndAnUpdateMayClearIt() {
    StoredCase written = insert(aCase("case-000001").caller("caller-a").area("320106").build());

    assertThat(store().cases().find("case-000001")).as("the case read back").contains(written);
    assertThat(store().cases().find("case-000001").orElseThrow().callerKey()).as("its caller key")
        .contains(callerKey("caller-a"));

    StoredCase erased = update(nextVersionOf(written).caller(null).build());
    assertThat(store().cases().find("case-000001")).as("the case once its caller key is cleared").contains(erased);
    assertThat(recent(inWindow().callerKey(callerKey("caller-a")).build()))
        .as("the caller's cases once the key is cleared").isEmpty();
  }

  @Test
  void aCallersCasesComeNewestFirstTiesByIdDescending() {
    StoredCase early = insert(aCase("case-000001").caller("caller-a").registeredAt(minutes(5)).build());
    StoredCase tieA = insert(aCase("case-000002").caller("caller-a").registeredAt(minutes(30)).build());
    StoredCase tieB = insert(aCase("case-000003").caller("caller-a").registeredAt(minutes(30)).build());
    StoredCase closed = insert(aCase("case-000004").caller("caller-a").registeredAt(minutes(40)).closedAt(minutes(45))
        .build());
    insert(aCase("case-000005").caller("caller-b").registeredAt(minutes(20)).build());
    insert(aCase("case-000006").registeredAt(minutes(20)).build());

    RecentCasesQuery callerA = inWindow().callerKey(callerKey("caller-a")).build();
    assertThat(recent(callerA)).as("caller-a's cases, open or closed, the two of minute 30 by id descending")
        .containsExactly(closed, tieB, tieA, early);
    assertThat(store().cases().countRecent(callerA)).as("how many").isEqualTo(4);
    assertThat(store().cases().recent(callerA, 2)).as("the newest two").containsExactly(closed, tieB);
  }

  @Test
  void theWindowIncludesItsStartAndExcludesItsEnd() {
    StoredCase atStart = insert(aCase("case-000001").caller("caller-a").area("320106").registeredAt(FROM).build());
    StoredCase last = insert(aCase("case-000002").caller("caller-a").area("320106")
        .registeredAt(BEFORE.minusNanos(1000)).build());
    insert(aCase("case-000003").caller("caller-a").area("320106").registeredAt(BEFORE).build());
    insert(aCase("case-000004").caller("caller-a").area("320106").registeredAt(FROM.minusNanos(1000)).build());

    assertThat(recent(inWindow().callerKey(callerKey("caller-a")).build())).as("the caller's cases in the window")
        .containsExactly(last, atStart);
    assertThat(recent(inWindow().area("320106").build())).as("the place's cases in the window")
        .containsExactly(last, atStart);
    assertThat(store().cases().countRecent(inWindow().area("320106").build())).as("how many at the place")
        .isEqualTo(2);
  }

  @Test
  void aPlacesCasesNarrowByCategoryOpennessAndTheCaseLeftOut() {
    StoredCase first = insert(aCase("case-000001").area("320106").category("0103").registeredAt(minutes(10)).build());
    StoredCase deciding = insert(aCase("case-000002").area("320106").category("0103").caller("caller-a")
        .registeredAt(minutes(50)).build());
    StoredCase otherCategory = insert(aCase("case-000003").area("320106").category("0104").registeredAt(minutes(20))
        .build());
    StoredCase closed = insert(aCase("case-000004").area("320106").category("0103").registeredAt(minutes(30))
        .closedAt(minutes(35)).build());
    StoredCase unclassified = insert(aCase("case-000005").area("320106").registeredAt(minutes(40)).build());
    insert(aCase("case-000006").area("320102").category("0103").registeredAt(minutes(10)).build());

    assertThat(recent(inWindow().area("320106").build())).as("every case at the place")
        .containsExactly(deciding, unclassified, closed, otherCategory, first);
    assertThat(recent(inWindow().area("320106").category("0103").build())).as("its 0103 cases")
        .containsExactly(deciding, closed, first);
    RecentCasesQuery candidates = inWindow().area("320106").category("0103").openOnly(true).excluding("case-000002")
        .build();
    assertThat(recent(candidates)).as("its open 0103 cases but the one being decided").containsExactly(first);
    assertThat(store().cases().countRecent(candidates)).as("how many").isEqualTo(1);
    assertThat(recent(inWindow().area("320106").callerKey(callerKey("caller-a")).build()))
        .as("caller-a's cases at the place").containsExactly(deciding);
  }

  @Test
  void anUpdateMovesACaseInAndOutOfTheHistory() {
    StoredCase registered = insert(aCase("case-000001").registeredAt(minutes(10)).build());
    RecentCasesQuery openAtPlace = inWindow().area("320106").openOnly(true).build();
    assertThat(recent(openAtPlace)).as("open cases at the place, before the case has an area").isEmpty();

    StoredCase located = update(nextVersionOf(registered).area("320106").build());
    assertThat(recent(openAtPlace)).as("once it has the area").containsExactly(located);

    update(nextVersionOf(located).closedAt(minutes(20)).build());
    assertThat(recent(openAtPlace)).as("once it is closed").isEmpty();
    assertThat(store().cases().countRecent(inWindow().area("320106").build())).as("every case at the place, once closed")
        .isEqualTo(1);
  }

  @Test
  void everyQueryGivesExactlyTheCasesItsDefinitionMatches() {
    List<StoredCase> cases = CaseSets.mixedWithCallers();
    insertAll(cases);
    List<RecentCasesQuery> queries = new ArrayList<>();
    Instant[][] windows = {{minutes(0), minutes(300)}, {minutes(60), minutes(180)}, {minutes(120), minutes(120)}};
    for (Instant[] window : windows) {
      for (String caller : List.of("caller-0", "caller-1", "caller-2")) {
        queries.add(RecentCasesQuery.builder().callerKey(callerKey(caller)).registeredIn(window[0], window[1]).build());
        queries.add(RecentCasesQuery.builder().callerKey(callerKey(caller)).openOnly(true).category("cat-a")
            .registeredIn(window[0], window[1]).excluding("case-000006").build());
      }
      for (String area : List.of("area-1", "area-2", "area-3")) {
        queries.add(RecentCasesQuery.builder().area(area).registeredIn(window[0], window[1]).build());
        queries.add(RecentCasesQuery.builder().area(area).category("cat-b").openOnly(true)
            .registeredIn(window[0], window[1]).build());
        queries.add(RecentCasesQuery.builder().area(area).callerKey(callerKey("caller-1"))
            .registeredIn(window[0], window[1]).excluding("case-000007").build());
      }
    }
    int nonEmpty = 0;
    for (RecentCasesQuery query : queries) {
      List<StoredCase> expected = CaseSets.recent(cases, query);
      nonEmpty += expected.isEmpty() ? 0 : 1;
      assertThat(recent(query)).as("the cases of %s", query).isEqualTo(expected);
      assertThat(store().cases().countRecent(query)).as("the count of %s", query).isEqualTo(expected.size());
      if (expected.size() > 1) {
        assertThat(store().cases().recent(query, 1)).as("the newest case of %s", query).containsExactly(expected.get(0));
      }
    }
    assertThat(nonEmpty).as("queries of the data set that match some case (none in the empty window)")
        .isGreaterThan(20);
  }

  @Test
  void aLimitOutOfRangeIsRefused() {
    RecentCasesQuery query = inWindow().area("320106").build();
    assertThatThrownBy(() -> store().cases().recent(query, 0)).as("a limit of 0")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().cases().recent(query, CaseQueries.MAX_RECENT + 1)).as("a limit above the most")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().cases().recent(query, CaseQueries.MAX_RECENT)).as("the most, on an empty store").isEmpty();
  }
}
