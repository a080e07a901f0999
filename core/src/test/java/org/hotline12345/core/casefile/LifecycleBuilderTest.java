package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;

/** Building a lifecycle: every missing setting named at once; windows and limits checked. */
class LifecycleBuilderTest {

  @Test
  void build_names_every_missing_setting() {
    assertThatThrownBy(() -> CaseLifecycle.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("CaseLifecycle needs directory, calendars, platformCalendar, timeLimits, notAcceptedReasons, "
            + "appealCheck, numbering; set them on the builder");
    assertThatThrownBy(() -> CaseLifecycle.builder().maxExtensions(CaseLifecycle.MAX_EXTENSIONS + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxExtensions");
    assertThatThrownBy(() -> CaseLifecycle.builder().receivedAtWindow(Duration.ofDays(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("receivedAtWindow");
  }

  @Test
  void an_appeal_received_outside_the_window_is_refused_naming_the_field() {
    Instant at = Scenario.T0;
    org.hotline12345.core.appeal.Appeal old = org.hotline12345.core.appeal.Appeal.builder().from(Scenario.complaint())
        .receivedAt(at.minus(Duration.ofDays(31))).build();
    assertThatThrownBy(() -> Scenario.LIFECYCLE.register(old, Actor.agent("a-1"), at))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> {
          assertThat(e.rule()).isEqualTo(RuleName.RECEIVED_AT_OUT_OF_WINDOW);
          assertThat(e.getMessage()).contains("receivedAt: 2024-02-09T09:00+08:00", "30 days before", "10 minutes after");
        });
    org.hotline12345.core.appeal.Appeal future = org.hotline12345.core.appeal.Appeal.builder().from(Scenario.complaint())
        .receivedAt(at.plus(Duration.ofHours(1))).build();
    assertThatThrownBy(() -> Scenario.LIFECYCLE.register(future, Actor.agent("a-1"), at))
        .isInstanceOfSatisfying(CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(RuleName.RECEIVED_AT_OUT_OF_WINDOW));
    CaseLifecycle backfill = Scenario.lifecycleBuilder().receivedAtWindow(Duration.ofDays(400), Duration.ZERO).build();
    assertThat(backfill.register(old, Actor.agent("a-1"), at).after().status()).isEqualTo(CaseStatus.REGISTERED);
  }

  @Test
  void a_deadline_is_shown_in_its_calendars_zone() {
    Case c = Scenario.of(Scenario.complaint()).given(Scenario.accept(), Scenario.dispatch(Scenario.HUNANLU)).current();
    ZonedDateTime due = Scenario.LIFECYCLE.zonedDueAt(c.deadline(Stage.RESOLUTION).orElseThrow());
    assertThat(due.getZone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(due.toLocalTime().toString()).isEqualTo("00:00");
    assertThatThrownBy(() -> Scenario.LIFECYCLE.zoneOf("mars")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mars");
  }

  @Test
  void the_time_limit_policy_sees_area_channel_and_the_leads_level() {
    java.util.List<org.hotline12345.core.timelimit.PolicyKey> seen = new java.util.ArrayList<>();
    org.hotline12345.core.timelimit.TimeLimitPolicy recording = (stage, key) -> {
      seen.add(key);
      return org.hotline12345.core.timelimit.TimeLimitPolicies.seeds().limitFor(stage, key);
    };
    CaseLifecycle lifecycle = Scenario.lifecycleBuilder().timeLimits(recording).build();
    Scenario.of(lifecycle, Scenario.complaint()).given(Scenario.accept(), Scenario.dispatch(Scenario.HUNANLU));
    assertThat(seen).isNotEmpty().allSatisfy(key -> {
      assertThat(key.leadLevel()).hasValue(lifecycle.directory().level(Scenario.HUNANLU));
      assertThat(key.channel()).contains(org.hotline12345.core.appeal.Channel.PHONE);
      assertThat(key.areaPath()).containsExactly("320106001");
    });
  }
}
