package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggesting categories for an appeal's text by keywords: most keywords first, then the more
 * specific category, then the code.
 */
class SuggestTest {

  private final CategoryTaxonomy china = Taxonomies.china();
  private final CategoryTaxonomy la = Taxonomies.losAngeles();

  private static List<String> codes(List<Category> categories) {
    return categories.stream().map(category -> category.getCode().value()).toList();
  }

  @Test
  void garbage_left_uncollected_suggests_garbage_collection() {
    assertThat(codes(china.suggest("小区门口的垃圾桶满了好几天，一直没人清运", 3)))
        .containsExactly("010302");
  }

  @Test
  void construction_noise_at_night_suggests_noise() {
    assertThat(codes(china.suggest("晚上十一点工地还在施工，施工噪音太吵了", 3)))
        .containsExactly("030101");
  }

  @Test
  void more_keywords_found_rank_first() {
    assertThat(codes(china.suggest("这里环境污染严重", 5))).containsExactly("0301", "03");
  }

  @Test
  void with_as_many_keywords_found_the_more_specific_category_ranks_first() {
    assertThat(codes(china.suggest("想了解一下公交线路调整", 5))).containsExactly("020201", "0202");
  }

  @Test
  void with_as_many_keywords_at_the_same_depth_the_code_decides() {
    assertThat(codes(china.suggest("停水了，来水以后还很浑浊", 5)))
        .containsExactly("040101", "040102");
  }

  @Test
  void matching_ignores_case_and_full_width_forms() {
    assertThat(codes(la.suggest("Old COUCH and a ｍａｔｔｒｅｓｓ in front of my house", 3)))
        .containsExactly("bulky-items");
    assertThat(codes(la.suggest("Someone did TAGGING with Spray Paint on the wall", 3)))
        .containsExactly("graffiti-removal");
  }

  @Test
  void the_limit_cuts_the_list_and_no_match_gives_nothing() {
    assertThat(codes(china.suggest("这里环境污染严重", 1))).containsExactly("0301");
    assertThat(china.suggest("这里环境污染严重", 0)).isEmpty();
    assertThat(china.suggest("请问社保卡怎么办理", 5)).isEmpty();
    assertThat(china.suggest("", 5)).isEmpty();
  }

  @Test
  void a_negative_limit_is_refused() {
    assertThatThrownBy(() -> china.suggest("垃圾", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 0 or more (was -1)");
  }
}
