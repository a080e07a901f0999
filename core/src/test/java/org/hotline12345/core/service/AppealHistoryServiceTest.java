package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The appeal history (诉求历史) a triage asks on intake, over the service's store: given appeals
 * submitted over a few days by callers who write their numbers in different ways, at several
 * places, then the history counts the same caller's and the same place's earlier appeals within
 * the window, never the case asked about, and lists the open cases like it and the caller's
 * recent cases, newest first; the store keeps a keyed hash of the caller, never the number.
 */
class AppealHistoryServiceTest {

  private static final byte[] SECRET = "a host secret of 32 bytes length".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final Area HUNANLU = new Area("320106001", "湖南路街道");
  private static final Area NINGHAI = new Area("320106002", "宁海路街道");
  private static final CategoryCode NOISE = CategoryCode.of("030101");
  private static final CategoryCode LIGHTS = CategoryCode.of("040201");
  private static final Duration WEEK = Duration.ofDays(7);

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore store = new InMemoryStore();
  private final org.hotline12345.core.casefile.CaseLifecycle lifecycle = ServiceFixtures.lifecycle();
  private final HotlineService service = HotlineService.builder().store(store).lifecycle(lifecycle)
      .clock(clock).callerKeySecret(SECRET).build();

  private Case submitted(HotlineService through, String phone, Area area, CategoryCode category) {
    Appeal appeal = Appeal.builder().from(ServiceFixtures.complaint()).receivedAt(clock.instant())
        .citizen(phone == null ? Citizen.anonymous() : Citizen.builder().name("张三").phone(phone).build())
        .location(Location.builder().address("鼓楼区某路1号").area(area).build())
        .category(Optional.ofNullable(category)).build();
    return through.submit(appeal, Actor.agent("a-1")).registered();
  }

  private Case submitted(String phone, Area area, CategoryCode category) {
    return submitted(service, phone, area, category);
  }

  private Case later(Duration by, String phone, Area area, CategoryCode category) {
    clock.advance(by);
    return submitted(phone, area, category);
  }

  private void notAccepted(Case c) {
    service.execute(c.id(), new CaseCommand.NotAccept(NotAcceptedReason.SEEDS.get(0), Remark.of("不属于受理范围")),
        Actor.agent("a-1"));
  }

  private static List<CaseId> ids(List<Case> cases) {
    return cases.stream().map(Case::id).toList();
  }

  @Test
  void theSameCallerIsTheSameNumberHoweverItIsWrittenAndOnlyWithinTheWindow() {
    Case tenDaysAgo = submitted("13812345678", HUNANLU, NOISE);
    Case sixDaysAgo = later(Duration.ofDays(4), "138 1234 5678", NINGHAI, LIGHTS);
    later(Duration.ofDays(1), "13900000000", HUNANLU, NOISE);
    later(Duration.ofDays(1), null, HUNANLU, NOISE);
    Case yesterday = later(Duration.ofDays(3), "+86 138-1234-5678", HUNANLU, NOISE);
    Case today = later(Duration.ofDays(1), "0086 13812345678", NINGHAI, NOISE);

    AppealHistory history = service.appealHistory();
    assertThat(history.appealsFromCaller(today, WEEK)).as("the caller's other appeals in the week before today's")
        .isEqualTo(2);
    assertThat(history.appealsFromCaller(today, Duration.ofDays(30))).as("in the month before").isEqualTo(3);
    assertThat(ids(history.recentFromCaller(today, Duration.ofDays(30), 10))).as("the caller's cases, newest first")
        .containsExactly(yesterday.id(), sixDaysAgo.id(), tenDaysAgo.id());
    assertThat(ids(history.recentFromCaller(today, Duration.ofDays(30), 1))).as("the newest one")
        .containsExactly(yesterday.id());
    assertThat(history.appealsFromCaller(tenDaysAgo, Duration.ofDays(30))).as("before the caller's first appeal")
        .isZero();
  }

  @Test
  void anAnonymousAppealHasNoCallerToRecognise() {
    submitted(null, HUNANLU, NOISE);
    Case anonymous = later(Duration.ofHours(1), null, HUNANLU, NOISE);

    assertThat(service.appealHistory().appealsFromCaller(anonymous, WEEK)).isZero();
    assertThat(service.appealHistory().recentFromCaller(anonymous, WEEK, 10)).isEmpty();
    assertThat(store.cases().find(anonymous.id().value()).orElseThrow().callerKey()).as("its row's caller key")
        .isEmpty();
  }

  @Test
  void theSamePlaceIsTheSameAreaCode() {
    submitted("13812345678", HUNANLU, NOISE);
    later(Duration.ofDays(2), null, HUNANLU, LIGHTS);
    later(Duration.ofDays(1), "13900000000", NINGHAI, NOISE);
    Case asked = later(Duration.ofDays(1), "13700000000", HUNANLU, NOISE);

    assertThat(service.appealHistory().appealsAtPlace(asked, WEEK)).as("other appeals at 湖南路街道 in the week")
        .isEqualTo(2);
    assertThat(service.appealHistory().appealsAtPlace(asked, Duration.ofDays(2))).as("in the two days before")
        .isEqualTo(1);
    Appeal nowhere = Appeal.builder().from(ServiceFixtures.complaint()).receivedAt(clock.instant())
        .location(Location.builder().address("鼓楼区某路1号").build()).build();
    Case withoutArea = service.submit(nowhere, Actor.agent("a-1")).registered();
    assertThat(service.appealHistory().appealsAtPlace(withoutArea, WEEK)).as("a case without an area").isZero();
  }

  @Test
  void openCasesLikeACaseShareItsCategoryAndAreaAndAreStillOpen() {
    Case first = submitted("13812345678", HUNANLU, NOISE);
    Case refused = later(Duration.ofHours(1), "13900000000", HUNANLU, NOISE);
    notAccepted(refused);
    later(Duration.ofHours(1), "13700000000", HUNANLU, LIGHTS);
    later(Duration.ofHours(1), "13600000000", NINGHAI, NOISE);
    Case second = later(Duration.ofHours(1), "13500000000", HUNANLU, NOISE);
    Case asked = later(Duration.ofHours(1), "13400000000", HUNANLU, NOISE);

    assertThat(ids(service.appealHistory().openCasesLike(asked, Duration.ofDays(1), 10)))
        .as("open noise cases at 湖南路街道 before it, newest first").containsExactly(second.id(), first.id());
    assertThat(ids(service.appealHistory().openCasesLike(asked, Duration.ofHours(3), 10)))
        .as("within three hours").containsExactly(second.id());
    Case unclassified = submitted("13300000000", HUNANLU, null);
    assertThat(service.appealHistory().openCasesLike(unclassified, Duration.ofDays(1), 10))
        .as("like a case without a category").isEmpty();
  }

  @Test
  void casesComeBackDecryptedAsTheServiceReadsThem() {
    Case earlier = submitted("13812345678", HUNANLU, NOISE);
    Case asked = later(Duration.ofHours(1), "13812345678", HUNANLU, NOISE);

    List<Case> found = service.appealHistory().recentFromCaller(asked, WEEK, 10);
    assertThat(found).containsExactly(service.find(earlier.id()).orElseThrow());
    assertThat(found.get(0).appeal().getContent()).isEqualTo(ServiceFixtures.complaint().getContent());
    assertThat(found.get(0).appeal().getCitizen().getPhone()).contains("13812345678");
  }

  @Test
  void theStoreKeepsAKeyedHashOfTheCallerNeverTheNumberAndErasureClearsIt() {
    Case c = submitted("138 1234 5678", HUNANLU, NOISE);
    Case same = later(Duration.ofMinutes(1), "13812345678", NINGHAI, LIGHTS);
    HotlineService otherSecret = HotlineService.builder().store(new InMemoryStore())
        .lifecycle(ServiceFixtures.lifecycle()).clock(clock).callerKeySecret(new byte[16]).build();
    Case elsewhere = submitted(otherSecret, "13812345678", HUNANLU, NOISE);

    StoredCase row = store.cases().find(c.id().value()).orElseThrow();
    String key = row.callerKey().orElseThrow();
    assertThat(key).as("the caller key").matches("[0-9a-f]{64}").doesNotContain("13812345678")
        .doesNotContain("12345678");
    assertThat(store.cases().find(same.id().value()).orElseThrow().callerKey()).as("the same caller's other case")
        .contains(key);
    assertThat(otherSecret.appealHistory().appealsFromCaller(elsewhere, WEEK)).isZero();
    assertThat(row.toString()).doesNotContain(key).doesNotContain("13812345678");

    notAccepted(c);
    assertThat(service.appealHistory().appealsFromCaller(same, WEEK)).as("before the erasure").isEqualTo(1);
    service.erasePersonalData(c.id(), Actor.system());

    assertThat(store.cases().find(c.id().value()).orElseThrow().callerKey()).as("the caller key once erased")
        .isEmpty();
    assertThat(service.appealHistory().appealsFromCaller(same, WEEK)).as("the erased case no longer counts").isZero();
  }

  @Test
  void withoutASecretCallerQuestionsFailNamingTheSettingAndPlaceQuestionsStillWork() {
    HotlineService noSecret = HotlineService.builder().store(store).lifecycle(lifecycle)
        .clock(clock).build();
    Case earlier = submitted(noSecret, "13812345678", HUNANLU, NOISE);
    Case asked = later(Duration.ofHours(1), "13812345678", HUNANLU, NOISE);

    assertThat(store.cases().find(earlier.id().value()).orElseThrow().callerKey())
        .as("a row written without a secret").isEmpty();
    assertThatThrownBy(() -> noSecret.appealHistory().appealsFromCaller(asked, WEEK))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("callerKeySecret")
        .hasMessageContaining("appealsFromCaller").hasMessageNotContaining("13812345678");
    assertThatThrownBy(() -> noSecret.appealHistory().recentFromCaller(asked, WEEK, 5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("callerKeySecret");
    assertThat(noSecret.appealHistory().appealsAtPlace(asked, WEEK)).isEqualTo(1);
    assertThat(ids(noSecret.appealHistory().openCasesLike(asked, WEEK, 5))).containsExactly(earlier.id());
  }

  @Test
  void windowsLimitsAndSecretsOutOfRangeAreRefusedNamingTheRule() {
    Case c = submitted("13812345678", HUNANLU, NOISE);
    AppealHistory history = service.appealHistory();

    assertThatThrownBy(() -> history.appealsAtPlace(c, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window must be positive");
    assertThatThrownBy(() -> history.appealsFromCaller(c, Duration.ofDays(367)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 366 days");
    assertThatThrownBy(() -> history.openCasesLike(c, WEEK, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be 1 to 100");
    assertThatThrownBy(() -> history.recentFromCaller(c, WEEK, 101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be 1 to 100");
    assertThatThrownBy(() -> history.appealsAtPlace(null, WEEK)).isInstanceOf(NullPointerException.class)
        .hasMessage("c");
    assertThatThrownBy(() -> HotlineService.builder().callerKeySecret(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callerKeySecret: must be at least 16 bytes, was 15");
  }

  @Test
  void noHistoryRefusesEveryQuestionNamingIt() {
    Case c = submitted("13812345678", HUNANLU, NOISE);
    AppealHistory none = AppealHistory.none();

    assertThatThrownBy(() -> none.appealsFromCaller(c, WEEK)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AppealHistory.appealsFromCaller: no appeal history is available");
    assertThatThrownBy(() -> none.appealsAtPlace(c, WEEK)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("appealsAtPlace");
    assertThatThrownBy(() -> none.openCasesLike(c, WEEK, 5)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("openCasesLike");
    assertThatThrownBy(() -> none.recentFromCaller(c, WEEK, 5)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recentFromCaller");
    assertThat(Optional.of(none.toString())).contains("AppealHistory.none()");
  }

  @Test
  void neitherTheCallerKeyNorThePhoneNorTheSecretShowInTextOrRefusals() {
    Case c = submitted("13812345678", HUNANLU, NOISE);
    String key = store.cases().find(c.id().value()).orElseThrow().callerKey().orElseThrow();
    String secret = new String(SECRET, java.nio.charset.StandardCharsets.US_ASCII);
    java.time.Instant at = c.registeredAt();
    List<String> shown = new java.util.ArrayList<>(List.of(service.toString(), service.appealHistory().toString(),
        store.cases().find(c.id().value()).orElseThrow().toString(), c.toString(), c.appeal().toString(),
        org.hotline12345.persistence.RecentCasesQuery.builder().callerKey(key).registeredIn(at, at).build().toString()));
    for (Runnable refused : List.<Runnable>of(
        () -> org.hotline12345.persistence.RecentCasesQuery.builder().callerKey(key).area("湖南 路")
            .registeredIn(at, at.minusSeconds(1)).build(),
        () -> org.hotline12345.persistence.StoredCase.builder().callerKey(key + "!").build(),
        () -> store.cases().find(c.id().value()).orElseThrow().toBuilder().callerKey("+86 13812345678").build(),
        () -> HotlineService.builder().store(store).lifecycle(lifecycle).clock(clock).build().appealHistory()
            .appealsFromCaller(c, WEEK))) {
      try {
        refused.run();
        shown.add("not refused");
      } catch (RuntimeException e) {
        shown.add(e.toString());
      }
    }

    assertThat(shown).as("what the service, the rows, the queries and their refusals show").hasSize(10)
        .doesNotContain("not refused")
        .allSatisfy(text -> assertThat(text).doesNotContain(key).doesNotContain("13812345678")
            .doesNotContain("12345678").doesNotContain(secret));
  }
}
