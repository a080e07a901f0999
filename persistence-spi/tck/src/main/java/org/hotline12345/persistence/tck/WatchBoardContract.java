package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.caseId;
import static org.hotline12345.persistence.tck.StoreFixtures.minutes;
import static org.hotline12345.persistence.tck.StoreFixtures.nextVersionOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.Page;
import org.hotline12345.persistence.PageRequest;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.WatchCount;
import org.hotline12345.persistence.WatchQuery;
import org.hotline12345.persistence.WatchQuery.Band;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supervision board (红黄牌看板): the open cases with a watched deadline, of a lead
 * department and a stage if asked, in a band of lights at an instant (green before yellow,
 * yellow from {@code yellowAt}, red from {@code watchedDueAt}, each boundary inclusive), most
 * urgent first by watched due instant then case id, in keyset pages; and their counts per stage,
 * by stage name. Closed cases never, whatever they still carry; open cases watching nothing
 * never. The watched deadline comes back as written. Needs {@link StoreFeature#WATCH_BOARD}.
 */
abstract class WatchBoardContract extends ContractGroup {

  private static final Instant YELLOW = minutes(96);
  private static final Instant DUE = minutes(120);

  WatchBoardContract(HotlineStoreContract contract) {
    super(contract);
  }

  @BeforeEach
  final void needsTheFeature() {
    requires(StoreFeature.WATCH_BOARD);
  }

  /** Every case a query matches, read in pages of the largest size. */
  private List<StoredCase> board(WatchQuery query) {
    return readAll(query, PageRequest.MAX_SIZE);
  }

  private List<StoredCase> readAll(WatchQuery query, int size) {
    List<StoredCase> all = new ArrayList<>();
    Page<StoredCase> page = store().cases().watched(query, PageRequest.first(size));
    for (int pages = 1; ; pages++) {
      assertThat(page.items().size()).as("the size of page %d of %s in pages of %d", pages, query, size)
          .isLessThanOrEqualTo(size);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        return all;
      }
      assertThat(page.items()).as("page %d of %s in pages of %d, which has a next page", pages, query, size)
          .hasSize(size);
      assertThat(pages).as("pages of %s in pages of %d: more than there are cases", query, size).isLessThan(1000);
      page = store().cases().watched(query, PageRequest.after(size, page.next().get()));
    }
  }

  private List<WatchCount> counts(Optional<String> lead, Instant now) {
    return store().cases().watchCounts(lead, now);
  }

  @Test
  void theWatchedDeadlineComesBackAsWrittenAndAnUpdateMayClearIt() {
    StoredCase written = insert(aCase("case-000001").status("DISPATCHED").lead("dept-a")
        .watched("SIGN_FOR", YELLOW, DUE).build());

    assertThat(store().cases().find("case-000001")).as("the case read back").contains(written);
    assertThat(findInUnit("case-000001")).as("the case read back in a unit of work").contains(written);
    StoredCase read = store().cases().find("case-000001").orElseThrow();
    assertThat(read.watchedStage()).as("its watched stage").contains("SIGN_FOR");
    assertThat(read.yellowAt()).as("when it turns yellow").contains(YELLOW);
    assertThat(read.watchedDueAt()).as("when it is due").contains(DUE);

    StoredCase signed = update(nextVersionOf(written).status("SIGNED").unwatched().build());
    assertThat(store().cases().find("case-000001")).as("the case once nothing is watched").contains(signed);
    assertThat(board(WatchQuery.of(DUE))).as("the board once nothing is watched").isEmpty();
    assertThat(counts(Optional.empty(), DUE)).as("the counts once nothing is watched").isEmpty();
  }

  @Test
  void theBoardListsOpenWatchedCasesMostUrgentFirstTiesById() {
    StoredCase later = insert(aCase("case-000001").watched("RESOLUTION", minutes(200), minutes(300)).build());
    StoredCase tieB = insert(aCase("case-000003").watched("SIGN_FOR", minutes(90), DUE).build());
    StoredCase tieA = insert(aCase("case-000002").watched("CONTACT", minutes(100), DUE).build());
    StoredCase longOverdue = insert(aCase("case-000004").watched("SIGN_FOR", minutes(-60), minutes(-30)).build());
    insert(aCase("case-000005").nextAlarmAt(minutes(10)).build());
    insert(aCase("case-000006").watched("SIGN_FOR", minutes(0), minutes(1)).openFlag(false).status("CLOSED").build());
    insert(aCase("case-000007").resolutionDueAt(minutes(5)).closedAt(minutes(6)).build());

    assertThat(board(WatchQuery.of(minutes(0)))).as("the board: the two due at minute 120 by id, closed cases"
        + " and cases watching nothing left out").containsExactly(longOverdue, tieA, tieB, later);
  }

  @Test
  void eachLightStartsAtItsInstantInclusive() {
    StoredCase c = insert(aCase("case-000001").watched("SIGN_FOR", YELLOW, DUE).build());
    Instant micro = YELLOW.minusNanos(1000);

    assertBands(micro, c, Band.BEFORE_YELLOW);
    assertBands(YELLOW, c, Band.YELLOW);
    assertBands(DUE.minusNanos(1000), c, Band.YELLOW);
    assertBands(DUE, c, Band.OVERDUE);
    assertBands(minutes(10_000), c, Band.OVERDUE);
    assertThat(counts(Optional.empty(), micro)).as("the counts a microsecond before yellow")
        .containsExactly(new WatchCount("SIGN_FOR", 1, 0, 0));
    assertThat(counts(Optional.empty(), YELLOW)).as("the counts at yellow")
        .containsExactly(new WatchCount("SIGN_FOR", 1, 1, 0));
    assertThat(counts(Optional.empty(), DUE.minusNanos(1000))).as("the counts a microsecond before due")
        .containsExactly(new WatchCount("SIGN_FOR", 1, 1, 0));
    assertThat(counts(Optional.empty(), DUE)).as("the counts at the due instant")
        .containsExactly(new WatchCount("SIGN_FOR", 1, 1, 1));
  }

  private void assertBands(Instant now, StoredCase c, Band band) {
    for (Band asked : Band.values()) {
      boolean listed = asked == Band.ALL || asked == band;
      assertThat(board(WatchQuery.of(now).withBand(asked))).as("band %s at %s, the case being %s", asked, now, band)
          .isEqualTo(listed ? List.of(c) : List.of());
    }
  }

  @Test
  void aDeadlineYellowOnlyWhenDueIsNeverYellow() {
    StoredCase c = insert(aCase("case-000001").watched("SIGN_FOR", DUE, DUE).build());

    assertBands(DUE.minusNanos(1000), c, Band.BEFORE_YELLOW);
    assertBands(DUE, c, Band.OVERDUE);
  }

  @Test
  void aLeadDepartmentAndAStageNarrowTheBoard() {
    StoredCase aSign = insert(aCase("case-000001").lead("dept-a").watched("SIGN_FOR", YELLOW, DUE).build());
    StoredCase aResolve = insert(aCase("case-000002").lead("dept-a").watched("RESOLUTION", YELLOW, minutes(110))
        .build());
    StoredCase bSign = insert(aCase("case-000003").lead("dept-b").watched("SIGN_FOR", YELLOW, minutes(100)).build());
    StoredCase noLead = insert(aCase("case-000004").watched("SIGN_FOR", YELLOW, minutes(130)).build());
    insert(aCase("case-000005").lead("dept-a").build());
    WatchQuery board = WatchQuery.of(minutes(0));

    assertThat(board(board.withLeadDepartment("dept-a"))).as("dept-a's board").containsExactly(aResolve, aSign);
    assertThat(board(board.withStage("SIGN_FOR"))).as("the platform's sign-for board")
        .containsExactly(bSign, aSign, noLead);
    assertThat(board(board.withLeadDepartment("dept-a").withStage("SIGN_FOR"))).as("dept-a's sign-for board")
        .containsExactly(aSign);
    assertThat(board(board.withLeadDepartment("dept-c"))).as("a department with no case").isEmpty();
    assertThat(board(board.withStage("CONTACT"))).as("a stage no case watches").isEmpty();
    assertThat(counts(Optional.of("dept-a"), minutes(110))).as("dept-a's counts at minute 110, by stage name")
        .containsExactly(new WatchCount("RESOLUTION", 1, 1, 1), new WatchCount("SIGN_FOR", 1, 1, 0));
    assertThat(counts(Optional.empty(), minutes(110))).as("the platform's counts at minute 110")
        .containsExactly(new WatchCount("RESOLUTION", 1, 1, 1), new WatchCount("SIGN_FOR", 3, 3, 1));
    assertThat(counts(Optional.of("dept-c"), minutes(110))).as("a department with no case").isEmpty();
  }

  @Test
  void theCountsHandWorked() {
    // dept-a at minute 0: two sign-fors (one green, one red), three resolutions (one green, one
    // yellow, one red), a contact whose case is closed, a closed case, an open one watching nothing.
    insert(aCase("case-000001").lead("dept-a").watched("SIGN_FOR", minutes(80), minutes(100)).build());
    insert(aCase("case-000002").lead("dept-a").watched("SIGN_FOR", minutes(-20), minutes(0)).build());
    insert(aCase("case-000003").lead("dept-a").watched("RESOLUTION", minutes(500), minutes(600)).build());
    insert(aCase("case-000004").lead("dept-a").watched("RESOLUTION", minutes(-10), minutes(50)).build());
    insert(aCase("case-000005").lead("dept-a").watched("RESOLUTION", minutes(-100), minutes(-5)).build());
    insert(aCase("case-000006").lead("dept-a").closedAt(minutes(-1)).build());
    insert(aCase("case-000007").lead("dept-a").watched("CONTACT", minutes(-100), minutes(-50)).openFlag(false)
        .status("CLOSED").build());
    insert(aCase("case-000008").lead("dept-a").status("DISPATCHED").build());
    insert(aCase("case-000009").lead("dept-b").watched("CONTACT", minutes(-100), minutes(-50)).build());

    assertThat(counts(Optional.of("dept-a"), minutes(0))).as("dept-a's counts at minute 0")
        .containsExactly(new WatchCount("RESOLUTION", 3, 2, 1), new WatchCount("SIGN_FOR", 2, 1, 1));
    assertThat(counts(Optional.empty(), minutes(0))).as("the platform's counts at minute 0")
        .containsExactly(new WatchCount("CONTACT", 1, 1, 1), new WatchCount("RESOLUTION", 3, 2, 1),
            new WatchCount("SIGN_FOR", 2, 1, 1));
  }

  @Test
  void anUpdateMovesACaseOnTheBoard() {
    StoredCase dispatched = insert(aCase("case-000001").status("DISPATCHED").lead("dept-a")
        .watched("SIGN_FOR", YELLOW, DUE).build());
    StoredCase other = insert(aCase("case-000002").lead("dept-a").watched("RESOLUTION", minutes(150), minutes(200))
        .build());
    WatchQuery deptA = WatchQuery.of(minutes(0)).withLeadDepartment("dept-a");

    StoredCase signed = update(nextVersionOf(dispatched).status("SIGNED")
        .watched("RESOLUTION", minutes(2000), minutes(2400)).build());
    assertThat(board(deptA)).as("dept-a's board once the case is signed for").containsExactly(other, signed);
    assertThat(board(deptA.withStage("SIGN_FOR"))).as("its sign-for board").isEmpty();

    StoredCase handedOver = update(nextVersionOf(signed).lead("dept-b").build());
    assertThat(board(deptA)).as("dept-a's board once the case went to dept-b").containsExactly(other);
    assertThat(board(deptA.withLeadDepartment("dept-b"))).as("dept-b's board").containsExactly(handedOver);

    StoredCase closed = update(nextVersionOf(handedOver).closedAt(minutes(30)).build());
    assertThat(board(WatchQuery.of(minutes(0)))).as("the board once the case is closed").containsExactly(other);

    StoredCase reopened = update(nextVersionOf(closed).status("REOPENED").open()
        .watched("RESOLUTION", minutes(50), minutes(60)).build());
    assertThat(board(WatchQuery.of(minutes(0)))).as("the board once the case is reopened (重办)")
        .containsExactly(reopened, other);
    assertThat(counts(Optional.of("dept-b"), minutes(55))).as("dept-b's counts once it is reopened")
        .containsExactly(new WatchCount("RESOLUTION", 1, 1, 0));
  }

  @Test
  void anEmptyBoardIsOneEmptyPageWithoutNextAndNoCounts() {
    insert(aCase("case-000001").nextAlarmAt(minutes(5)).build());

    Page<StoredCase> page = store().cases().watched(WatchQuery.of(minutes(0)), PageRequest.first(5));
    assertThat(page.items()).as("the first page of an empty board").isEmpty();
    assertThat(page.next()).as("its next cursor").isEmpty();
    assertThat(counts(Optional.empty(), minutes(0))).as("the counts of an empty board").isEmpty();
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 3, 10_000})
  void everyQueryGivesExactlyTheCasesItsDefinitionMatches(int size) {
    List<StoredCase> cases = CaseSets.watched();
    insertAll(cases);
    int nonEmpty = 0;
    for (Instant now : List.of(minutes(900), minutes(1030), minutes(1100), minutes(1120), minutes(1210),
        minutes(1300), minutes(2000))) {
      for (Optional<String> lead : List.of(Optional.<String>empty(), Optional.of("dept-a"), Optional.of("dept-b"))) {
        for (Optional<String> stage : List.of(Optional.<String>empty(), Optional.of("SIGN_FOR"),
            Optional.of("RESOLUTION"))) {
          for (Band band : Band.values()) {
            WatchQuery query = WatchQuery.of(now).withLeadDepartment(lead).withStage(stage).withBand(band);
            List<StoredCase> expected = CaseSets.watched(cases, query);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertThat(readAll(query, size)).as("%s read in pages of %d", query, size).doesNotHaveDuplicates()
                .isEqualTo(expected);
          }
        }
        assertThat(counts(lead, now)).as("the counts of lead %s at %s", lead.orElse("any"), now)
            .isEqualTo(CaseSets.watchCounts(cases, lead, now));
      }
    }
    assertThat(nonEmpty).as("queries of the data set that match some case").isGreaterThan(100);
  }

  @Test
  void casesWrittenBeforeTheCursorDoNotShiftTheLaterPages() {
    List<StoredCase> cases = CaseSets.watched();
    insertAll(cases);
    WatchQuery query = WatchQuery.of(minutes(1100));
    List<StoredCase> expected = CaseSets.watched(cases, query);
    assertThat(expected).as("cases on the board of the data set").hasSizeGreaterThan(20);
    Page<StoredCase> first = store().cases().watched(query, PageRequest.first(5));

    StoredCase sortsFirst = insert(aCase(caseId(900)).watched("SIGN_FOR", minutes(-600), minutes(-500)).build());
    List<StoredCase> read = new ArrayList<>(first.items());
    Page<StoredCase> page = first;
    while (page.next().isPresent()) {
      page = store().cases().watched(query, PageRequest.after(5, page.next().get()));
      read.addAll(page.items());
    }

    assertThat(read).as("the board read in pages of 5, with a case written before the cursor after the first page")
        .isEqualTo(expected);
    assertThat(store().cases().watched(query, PageRequest.first(1)).items()).as("the first page read afresh")
        .containsExactly(sortsFirst);
  }
}
