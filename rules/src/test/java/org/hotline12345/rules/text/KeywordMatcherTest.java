package org.hotline12345.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hotline12345.rules.text.KeywordMatcher.Match;
import org.junit.jupiter.api.Test;

/** Cases a clerk would check: lift entrapment and fire keywords in real-sounding appeals. */
class KeywordMatcherTest {

  @Test
  void liftEntrapmentFindsTheLongKeywordAndBothShortOnes() {
    // given the lift keywords (电梯困人 goes to 96333)
    KeywordMatcher lift = KeywordMatcher.of(List.of("电梯困人", "困人", "电梯"));
    // when a resident calls
    List<Match> found = lift.findAll("小区电梯困人了");
    // then all three are found, by end and then start
    assertThat(found).containsExactly(
        new Match("电梯", 2, 4), new Match("电梯困人", 2, 6), new Match("困人", 4, 6));
  }

  @Test
  void fireKeywordsNameWhatWasSaid() {
    KeywordMatcher fire = KeywordMatcher.of(List.of("着火", "火灾", "冒烟"));
    String appeal = "三楼厨房着火了，楼道里都在冒烟";

    assertThat(fire.containsAny(appeal)).isTrue();
    assertThat(fire.keywordsIn(appeal)).containsExactly("着火", "冒烟");
    assertThat(fire.findAll(appeal))
        .containsExactly(new Match("着火", 4, 6), new Match("冒烟", 13, 15));
    assertThat(fire.containsAny("路灯不亮已经三天了")).isFalse();
  }

  @Test
  void duplicateKeywordsCountOnce() {
    KeywordMatcher matcher = KeywordMatcher.of(List.of("火灾", "火灾", "着火"));

    assertThat(matcher.keywords()).containsExactly("火灾", "着火");
    assertThat(matcher.findAll("发生火灾")).containsExactly(new Match("火灾", 2, 4));
  }

  @Test
  void noKeywordsFindNothing() {
    KeywordMatcher none = KeywordMatcher.of(List.of());

    assertThat(none.findAll("小区电梯困人了")).isEmpty();
    assertThat(none.containsAny("小区电梯困人了")).isFalse();
  }

  @Test
  void refusesNullsNamingTheField() {
    assertThatThrownBy(() -> KeywordMatcher.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("keywords");
    assertThatThrownBy(() -> KeywordMatcher.of(Arrays.asList("火灾", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("keywords[1] must not be null");
    KeywordMatcher matcher = KeywordMatcher.of(List.of("火灾"));
    assertThatThrownBy(() -> matcher.findAll(null)).hasMessage("text");
    assertThatThrownBy(() -> matcher.containsAny(null)).hasMessage("text");
    assertThatThrownBy(() -> matcher.keywordsIn(null)).hasMessage("text");
  }

  @Test
  void refusesBlankIllFormedAndOverlongKeywords() {
    assertThatThrownBy(() -> KeywordMatcher.of(List.of("火灾", "\u3000 ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keywords[1] must not be blank");
    assertThatThrownBy(() -> KeywordMatcher.of(List.of("火\uD83D")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keywords[0] must be well-formed UTF-16");
    assertThatThrownBy(() -> KeywordMatcher.of(List.of("火".repeat(101))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keywords[0] must be at most 100 UTF-16 chars, was 101");
    assertThat(KeywordMatcher.of(List.of("火".repeat(100))).containsAny("火".repeat(100))).isTrue();
  }

  @Test
  void refusesMoreThanOneHundredThousandKeywords() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < KeywordMatcher.MAX_KEYWORDS; i++) {
      many.add("关键词" + i);
    }
    KeywordMatcher largest = KeywordMatcher.of(many);
    assertThat(largest.keywordsIn("含关键词99999与关键词7")).contains("关键词99999", "关键词7");

    many.add("one too many");
    assertThatThrownBy(() -> KeywordMatcher.of(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords must be at most 100000 keywords, were 100001");
  }

  @Test
  void toStringShowsKeywordsEscapedAndNeverTheText() {
    KeywordMatcher matcher = KeywordMatcher.of(List.of("困人", "a\nb"));

    assertThat(matcher).hasToString("KeywordMatcher[2 keywords, 6 states]");
    assertThat(matcher.findAll("x a\nb")).singleElement()
        .hasToString("Match['a\\nb' 2..5]");
  }

  @Test
  void aMatchMustSpanItsKeyword() {
    assertThatThrownBy(() -> new Match("困人", 3, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end - start equal to the keyword's length 2");
  }

  @Test
  void thePublicPackagesAreExportedAndTheInternalOneNever() {
    Module module = KeywordMatcher.class.getModule();

    assertThat(module.getName()).isEqualTo("org.hotline12345.rules");
    assertThat(module.getDescriptor().exports())
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .contains("org.hotline12345.rules.text", "org.hotline12345.rules.knowledge",
            "org.hotline12345.rules.triage", "org.hotline12345.rules.duplicates",
            "org.hotline12345.rules.table", "org.hotline12345.rules.dmn",
            "org.hotline12345.rules", "org.hotline12345.rules.inputs",
            "org.hotline12345.rules.routing", "org.hotline12345.rules.timelimit",
            "org.hotline12345.rules.classification", "org.hotline12345.rules.catalogue",
            "org.hotline12345.rules.impact")
        .noneMatch(name -> name.contains(".internal"));
  }
}
