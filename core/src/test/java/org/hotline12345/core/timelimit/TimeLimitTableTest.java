package org.hotline12345.core.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.calendar.TimeLimit.hours;
import static org.hotline12345.calendar.TimeLimit.workingDays;

import java.util.List;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;
import org.junit.jupiter.api.Test;

/** Time-limit tables: the seeds' presets, and the most specific rule winning. */
class TimeLimitTableTest {

  private static final CategoryCode URBAN = CategoryCode.of("01");
  private static final CategoryCode SANITATION = CategoryCode.of("0103");
  private static final CategoryCode REFUSE = CategoryCode.of("010302");

  private static PolicyKey key(AppealType type, Urgency urgency, CategoryCode... path) {
    return PolicyKey.builder().type(type).categoryPath(List.of(path)).urgency(urgency).build();
  }

  @Test
  void the_seeds_preset() {
    TimeLimitTable seeds = TimeLimitPolicies.seeds();
    PolicyKey any = PolicyKey.of(AppealType.COMPLAINT, Urgency.NORMAL);
    assertThat(seeds.limitFor(Stage.SIGN_FOR, any)).isEqualTo(hours(2));
    assertThat(seeds.limitFor(Stage.FIRST_CONTACT, any)).isEqualTo(workingDays(3));
    assertThat(seeds.limitFor(Stage.RESOLUTION, any)).isEqualTo(workingDays(5));
    assertThat(seeds.limitFor(Stage.RETURN, any)).isEqualTo(workingDays(1));
  }

  @Test
  void shenyang_resolves_by_type() {
    TimeLimitTable shenyang = TimeLimitPolicies.shenyang();
    assertThat(shenyang.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.CONSULTATION, Urgency.NORMAL))).isEqualTo(workingDays(2));
    assertThat(shenyang.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.HELP, Urgency.NORMAL))).isEqualTo(workingDays(5));
    assertThat(shenyang.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.SUGGESTION, Urgency.NORMAL))).isEqualTo(workingDays(5));
    assertThat(shenyang.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.COMPLAINT, Urgency.NORMAL))).isEqualTo(workingDays(20));
    assertThat(shenyang.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.REPORT, Urgency.NORMAL))).isEqualTo(workingDays(20));
    assertThat(shenyang.limitFor(Stage.SIGN_FOR, PolicyKey.of(AppealType.REPORT, Urgency.NORMAL))).isEqualTo(hours(2));
  }

  @Test
  void shandong_returns_within_two_working_days() {
    assertThat(TimeLimitPolicies.shandong().limitFor(Stage.RETURN, PolicyKey.of(AppealType.HELP, Urgency.NORMAL)))
        .isEqualTo(workingDays(2));
  }

  @Test
  void urgency_beats_category_a_nearer_category_beats_a_farther_one_and_category_beats_type() {
    TimeLimitTable table = TimeLimitTable.builder()
        .rule(Stage.RESOLUTION, workingDays(5))
        .rule(Stage.RESOLUTION, AppealType.COMPLAINT, workingDays(20))
        .rule(Stage.RESOLUTION, URBAN, workingDays(10))
        .rule(Stage.RESOLUTION, SANITATION, workingDays(3))
        .rule(Stage.RESOLUTION, Urgency.CRITICAL, workingDays(1))
        .build();
    assertThat(table.limitFor(Stage.RESOLUTION, key(AppealType.COMPLAINT, Urgency.NORMAL))).isEqualTo(workingDays(20));
    assertThat(table.limitFor(Stage.RESOLUTION, key(AppealType.COMPLAINT, Urgency.NORMAL, REFUSE, SANITATION, URBAN)))
        .isEqualTo(workingDays(3));
    assertThat(table.limitFor(Stage.RESOLUTION, key(AppealType.HELP, Urgency.NORMAL, CategoryCode.of("0102"), URBAN)))
        .isEqualTo(workingDays(10));
    assertThat(table.limitFor(Stage.RESOLUTION, key(AppealType.COMPLAINT, Urgency.CRITICAL, REFUSE, SANITATION, URBAN)))
        .isEqualTo(workingDays(1));
    assertThat(table.ruleFor(Stage.RESOLUTION, key(AppealType.HELP, Urgency.NORMAL)).orElseThrow().type()).isEmpty();
  }

  @Test
  void among_equal_rules_the_last_added_wins() {
    TimeLimitTable table = TimeLimitTable.builder()
        .rule(Stage.RESOLUTION, workingDays(5)).rule(Stage.RESOLUTION, workingDays(7)).build();
    assertThat(table.limitFor(Stage.RESOLUTION, PolicyKey.of(AppealType.HELP, Urgency.NORMAL))).isEqualTo(workingDays(7));
  }

  @Test
  void a_stage_without_a_rule_is_refused_naming_it() {
    TimeLimitTable table = TimeLimitTable.builder().rule(Stage.RESOLUTION, workingDays(5)).build();
    assertThatThrownBy(() -> table.limitFor(Stage.CALLBACK, PolicyKey.of(AppealType.HELP, Urgency.NORMAL)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stage CALLBACK");
  }

  @Test
  void a_key_carries_area_channel_and_the_leads_level_and_names_what_is_missing() {
    PolicyKey key = PolicyKey.builder().type(AppealType.COMPLAINT).areaPath(List.of("320106001", "320106"))
        .channel(org.hotline12345.core.appeal.Channel.WECHAT).leadLevel(2).build();
    assertThat(key.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(key.areaPath()).containsExactly("320106001", "320106");
    assertThat(key.leadLevel()).hasValue(2);
    assertThat(key.toBuilder().build()).isEqualTo(key);
    assertThatThrownBy(() -> PolicyKey.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> PolicyKey.builder().leadLevel(-1)).hasMessageStartingWith("leadLevel");
    assertThatThrownBy(() -> PolicyKey.builder().areaPath(java.util.Arrays.asList("1", null))).hasMessage("path[1]");
  }

  @Test
  void a_limit_says_which_rule_decided_it() {
    TimeLimitTable shenyang = (TimeLimitTable) TimeLimitPolicies.shenyang();
    assertThat(shenyang.explain(Stage.RESOLUTION, PolicyKey.of(AppealType.COMPLAINT, Urgency.NORMAL)))
        .isEqualTo("RESOLUTION (办结): " + shenyang.limitFor(Stage.RESOLUTION,
            PolicyKey.of(AppealType.COMPLAINT, Urgency.NORMAL)) + ", by the rule for type COMPLAINT");
    TimeLimitPolicy plain = (stage, key) -> workingDays(5);
    assertThat(plain.explain(Stage.RESOLUTION, PolicyKey.of(AppealType.HELP, Urgency.NORMAL)))
        .startsWith("RESOLUTION (办结): 5 working days, by ");
  }
}
