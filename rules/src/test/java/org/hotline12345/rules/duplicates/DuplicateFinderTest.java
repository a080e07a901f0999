package org.hotline12345.rules.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.rules.duplicates.Hotline.HUNANLU;
import static org.hotline12345.rules.duplicates.Hotline.LIGHTS;
import static org.hotline12345.rules.duplicates.Hotline.NINGHAI;
import static org.hotline12345.rules.duplicates.Hotline.NOISE;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.triage.AppealHistory;
import org.hotline12345.core.triage.TriageOutcome;
import org.hotline12345.rules.duplicates.DuplicateMatch.Criterion;
import org.junit.jupiter.api.Test;

/**
 * Duplicate merge (并案) as a dispatcher would check it: given the cases a call centre already
 * registered, when a new appeal comes in, then the finder proposes the open case to merge into,
 * saying by which criterion and, for text, how similar, or proposes nothing.
 */
class DuplicateFinderTest {

  private static final String STREETLIGHT = "湖南路与中山路路口的路灯坏了三天，晚上一片漆黑，请尽快修理";
  private static final String STREETLIGHT_AGAIN = "湖南路与中山路路口路灯坏了三天了，晚上一片漆黑，请尽快修理！";
  private static final String CONSTRUCTION = "湖南路某工地夜间施工噪音扰民，已持续一周";
  private static final String DOG = "小区里有人遛狗不拴绳，孩子被吓哭了";

  private final DuplicateFinder finder = DuplicateFinder.builder().ruleSet("nanjing-duplicates", "2025.1")
      .window(Duration.ofDays(3)).similarityThreshold(0.6).ngramSize(2).build();

  private final Hotline hotline = Hotline.proposing();

  private Optional<DuplicateMatch> whenRegistered(Case c) {
    return finder.find(c, hotline.service.appealHistory());
  }

  @Test
  void aNoiseComplaintAtTheSamePlaceWithinThreeDaysMergesIntoTheOpenCase() {
    Case first = hotline.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    Case repeat = hotline.after(Duration.ofDays(2)).calls("13900000000", HUNANLU, NOISE, "工地晚上还在打桩，吵得睡不着");

    DuplicateMatch match = whenRegistered(repeat).orElseThrow();

    assertThat(match.target()).isEqualTo(first.id());
    assertThat(match.criterion()).isEqualTo(Criterion.SAME_PLACE_AND_CATEGORY);
    assertThat(match.similarity()).isEmpty();
    assertThat(match.explanation().ruleSet()).isEqualTo("nanjing-duplicates");
    assertThat(match.explanation().version()).isEqualTo("2025.1");
    assertThat(match.explanation().row()).contains("same-place-and-category");
    assertThat(match.explanation().text()).isEqualTo("同一地点（区划 320106001）同一类别（030101） 3 天内已有未办结工单 "
        + first.number().value() + "，并案");
    assertThat(finder.decide(repeat, hotline.service.appealHistory()))
        .contains(new TriageOutcome.MergeInto(first.id(), match.explanation()));
  }

  @Test
  void aComplaintOutsideTheWindowIsNoDuplicate() {
    hotline.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    Case later = hotline.after(Duration.ofDays(3).plusMinutes(1)).calls("13900000000", HUNANLU, NOISE, CONSTRUCTION);

    assertThat(whenRegistered(later)).isEmpty();
  }

  @Test
  void anotherPlaceOrAnotherCategoryIsNoDuplicate() {
    hotline.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    Case elsewhere = hotline.after(Duration.ofHours(1)).calls("13900000000", NINGHAI, NOISE, CONSTRUCTION);
    Case otherMatter = hotline.after(Duration.ofHours(1)).calls("13700000000", HUNANLU, LIGHTS, STREETLIGHT);

    assertThat(whenRegistered(elsewhere)).as("noise at 宁海路街道").isEmpty();
    assertThat(whenRegistered(otherMatter)).as("a street light at 湖南路街道").isEmpty();
  }

  @Test
  void aClosedCaseIsNeverATarget() {
    Case first = hotline.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    hotline.notAccepted(first);
    Case repeat = hotline.after(Duration.ofHours(5)).calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);

    assertThat(whenRegistered(repeat)).as("the same caller, place, category and text, but the case is closed")
        .isEmpty();
  }

  @Test
  void ofSeveralOpenCasesAtThePlaceTheEarliestIsTheTarget() {
    Case first = hotline.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    hotline.after(Duration.ofHours(2)).calls("13900000000", HUNANLU, NOISE, "晚上施工太吵");
    Case third = hotline.after(Duration.ofHours(2)).calls("13700000000", HUNANLU, NOISE, "工地噪音");

    assertThat(whenRegistered(third).map(DuplicateMatch::target)).contains(first.id());
  }

  @Test
  void theSameCallerTellingTheSameProblemAgainMergesByTextWhateverThePlace() {
    Case told = hotline.calls("13812345678", HUNANLU, LIGHTS, STREETLIGHT);
    hotline.after(Duration.ofHours(1)).calls("13812345678", HUNANLU, NOISE, DOG);
    Case again = hotline.after(Duration.ofDays(1)).calls("138 1234 5678", null, null, STREETLIGHT_AGAIN);

    DuplicateMatch match = whenRegistered(again).orElseThrow();

    assertThat(match.target()).isEqualTo(told.id());
    assertThat(match.criterion()).isEqualTo(Criterion.SAME_CALLER_SIMILAR_TEXT);
    // Bigrams, punctuation dropped: 26 in each text; the first alone has 口的 的路 天晚, the retelling
    // 口路 天了 了晚; 23 shared of 29 in all.
    assertThat(match.similarity()).hasValueCloseTo(23.0 / 29, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(match.explanation().row()).contains("same-caller-similar-text");
    assertThat(match.explanation().text()).isEqualTo("同一诉求人 3 天内反映内容相近（字符2元组 Jaccard 相似度 0.79 ≥ 0.60），"
        + "并入未办结工单 " + told.number().value());
  }

  @Test
  void anotherCallerWithTheSameTextIsNoDuplicate() {
    hotline.calls("13812345678", NINGHAI, LIGHTS, STREETLIGHT);
    Case other = hotline.after(Duration.ofHours(1)).calls("13900000000", null, null, STREETLIGHT);

    assertThat(whenRegistered(other)).isEmpty();
  }

  @Test
  void theSameCallerWithADifferentProblemIsNoDuplicate() {
    hotline.calls("13812345678", NINGHAI, LIGHTS, STREETLIGHT);
    Case different = hotline.after(Duration.ofHours(1)).calls("13812345678", null, null, DOG);
    Case anonymous = hotline.after(Duration.ofHours(1)).calls(null, null, null, STREETLIGHT);

    assertThat(whenRegistered(different)).as("the same caller about a dog").isEmpty();
    assertThat(whenRegistered(anonymous)).as("an anonymous caller with the same text").isEmpty();
  }

  @Test
  void theCallersMostSimilarOpenCaseWins() {
    hotline.calls("13812345678", null, null, "路灯坏了，晚上一片漆黑，请修理");
    Case closest = hotline.after(Duration.ofHours(1)).calls("13812345678", null, null, STREETLIGHT);
    Case again = hotline.after(Duration.ofHours(1)).calls("13812345678", null, null, STREETLIGHT_AGAIN);

    assertThat(whenRegistered(again).map(DuplicateMatch::target)).contains(closest.id());
  }

  @Test
  void explanationsNeverQuoteTheAppealOrTheCaller() {
    Case told = hotline.calls("13812345678", HUNANLU, NOISE, STREETLIGHT);
    Case again = hotline.after(Duration.ofHours(1)).calls("13812345678", HUNANLU, NOISE, STREETLIGHT_AGAIN);
    Case samePlace = hotline.after(Duration.ofHours(1)).calls("13900000000", HUNANLU, NOISE, DOG);

    for (Case c : new Case[] {again, samePlace}) {
      DuplicateMatch match = whenRegistered(c).orElseThrow();
      assertThat(match.target()).isEqualTo(told.id());
      assertThat(match.explanation().text() + match.explanation() + match)
          .doesNotContain("13812345678", "13900000000", "王五", "路灯", "漆黑", "遛狗", "鼓楼区某路");
    }
  }

  @Test
  void withoutCallerKeysTheCallerCriterionFailsNamingTheSettingAndThePlaceCriterionAloneWorks() {
    Hotline plain = Hotline.withoutCallerKeys();
    Case first = plain.calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    Case repeat = plain.after(Duration.ofHours(1)).calls("13812345678", HUNANLU, NOISE, CONSTRUCTION);
    AppealHistory history = plain.service.appealHistory();

    assertThatThrownBy(() -> finder.find(repeat, history)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("callerKeySecret").hasMessageNotContaining("13812345678");
    DuplicateFinder byPlace = DuplicateFinder.builder().ruleSet("nanjing-duplicates", "2025.1")
        .criteria(EnumSet.of(Criterion.SAME_PLACE_AND_CATEGORY)).build();
    assertThat(byPlace.find(repeat, history).map(DuplicateMatch::target)).contains(first.id());
  }

  @Test
  void aConfigurationOutOfRangeIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> DuplicateFinder.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ruleSet(id, version)");
    assertThatThrownBy(() -> DuplicateFinder.builder().ruleSet(" ", "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleSet id");
    assertThatThrownBy(() -> DuplicateFinder.builder().similarityThreshold(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("similarityThreshold");
    assertThatThrownBy(() -> DuplicateFinder.builder().similarityThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("similarityThreshold");
    assertThatThrownBy(() -> DuplicateFinder.builder().ngramSize(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ngramSize: must be 1 to 5");
    assertThatThrownBy(() -> DuplicateFinder.builder().window(Duration.ofDays(400)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> DuplicateFinder.builder().maxCandidates(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be 1 to 100");
    assertThatThrownBy(() -> DuplicateFinder.builder().criteria(EnumSet.noneOf(Criterion.class)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criteria");
    assertThatThrownBy(() -> finder.find(null, AppealHistory.none())).isInstanceOf(NullPointerException.class)
        .hasMessage("registered");
  }
}
