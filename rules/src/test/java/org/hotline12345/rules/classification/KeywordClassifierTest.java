package org.hotline12345.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.classification.Classification;
import org.hotline12345.rules.PresetCity;
import org.hotline12345.rules.Presets;
import org.junit.jupiter.api.Test;

/** Classifying appeals by the taxonomy's keywords, as an intake clerk would check it. */
class KeywordClassifierTest {

  private static final CategoryTaxonomy TAXONOMY = Presets.taxonomy();
  private static final KeywordClassifier CLASSIFIER = KeywordClassifier.of(TAXONOMY, "2026-12-01");

  private static Classification classify(String text) {
    return CLASSIFIER.classify(PresetCity.appeal(AppealType.COMPLAINT, Optional.empty(), null,
        text, PresetCity.T0));
  }

  @Test
  void construction_noise_is_noise_with_full_confidence_and_the_keywords_named() {
    Classification c = classify("楼下工地施工噪音太吵，晚上睡不着");

    assertThat(c.best(0.9)).contains(CategoryCode.of("030101"));
    assertThat(c.candidates().get(0).confidence()).isEqualTo(1.0);
    assertThat(c.explanation().ruleSet()).isEqualTo("taxonomy-keywords");
    assertThat(c.explanation().row()).contains("030101");
    assertThat(c.explanation().text()).contains("噪音扰民").contains("施工噪音")
        .doesNotContain("睡不着");
  }

  @Test
  void a_text_naming_two_categories_splits_the_confidence_by_keywords_found() {
    Classification c = classify("餐饮油烟很重，还有噪音");

    assertThat(c.candidates()).extracting(Classification.Candidate::category)
        .containsExactly(CategoryCode.of("030102"), CategoryCode.of("030101"));
    assertThat(c.candidates().get(0).confidence()).isEqualTo(2.0 / 3);
    assertThat(c.candidates().get(1).confidence()).isEqualTo(1.0 / 3);
    assertThat(c.best(0.7)).isEmpty();
  }

  @Test
  void a_text_without_any_keyword_has_no_candidate() {
    Classification c = classify("想问一下办事流程");

    assertThat(c.candidates()).isEmpty();
    assertThat(c.best(0.0)).isEmpty();
    assertThat(c.explanation().text()).contains("no keyword");
  }

  @Test
  void latin_letters_are_matched_whatever_their_case() {
    CategoryTaxonomy taxonomy = CategoryTaxonomy.of(Category.builder().code(CategoryCode.of("01"))
        .name("Streetlights").addKeywords("Streetlight").build());

    Classification c = KeywordClassifier.of(taxonomy, "1").classify(
        PresetCity.appeal(AppealType.COMPLAINT, Optional.empty(), null, "the STREETLIGHT is out",
            PresetCity.T0));

    assertThat(c.best(1.0)).contains(CategoryCode.of("01"));
  }

  @Test
  void a_taxonomy_without_keywords_cannot_classify() {
    CategoryTaxonomy bare = CategoryTaxonomy.of(Category.builder().code(CategoryCode.of("01"))
        .name("Other").build());
    assertThatThrownBy(() -> KeywordClassifier.of(bare, "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no category has a keyword");
    assertThatThrownBy(() -> KeywordClassifier.of(TAXONOMY, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
  }

  @Property
  void every_category_is_found_by_its_own_keywords_and_confidences_add_up_to_at_most_the_keywords(
      @ForAll("categories") Category category) {
    String text = "市民反映：" + String.join("，", category.getKeywords());
    Classification c = CLASSIFIER.classify(PresetCity.appeal(AppealType.COMPLAINT,
        Optional.empty(), null, text, PresetCity.T0));

    assertThat(c.candidates()).extracting(Classification.Candidate::category)
        .contains(category.getCode());
    assertThat(c.candidates()).allSatisfy(candidate ->
        assertThat(candidate.confidence()).isBetween(0.0, 1.0));
    assertThat(c.explanation().text()).doesNotContain("市民反映");
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Category> categories() {
    return net.jqwik.api.Arbitraries.of(TAXONOMY.all().stream()
        .filter(category -> !category.getKeywords().isEmpty()).toList());
  }
}
