package org.hotline12345.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.casefile.Transition;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.Test;

/**
 * Views by audience: given a case with a citizen's complaint and a whistle-blower's report
 * merged into it, when each audience looks, then each sees what it may and no more.
 */
class ViewsByAudienceTest {

  private static final CaseLifecycle LIFECYCLE = ServiceFixtures.lifecycle();
  private static final DepartmentId CITY = DepartmentId.of("nj.cgj");
  private static final DepartmentId XUANWU = DepartmentId.of("nj.xuanwu");
  private static final DepartmentId GULOU = DepartmentId.of("nj.gulou");
  private static final Instant T0 = ServiceFixtures.T0;

  private static final String REPORTER = "李举报";
  private static final String REPORTER_PHONE = "13700001111";
  private static final String REPORTER_HOME = "玄武区北京东路12号4单元301";

  private static Appeal complaint() {
    return Appeal.builder().from(ServiceFixtures.complaint())
        .location(Location.builder().from(ServiceFixtures.complaint().getLocation())
            .coordinates(new Coordinates(32.061234, 118.778901)).build())
        .build();
  }

  private static Appeal report() {
    return Appeal.builder().from(ServiceFixtures.complaint()).type(AppealType.REPORT).accusedDepartment(GULOU)
        .content("举报人" + REPORTER + "（电话" + REPORTER_PHONE + "）反映：某街道工作人员收受好处费")
        .location(Location.builder().address(REPORTER_HOME).build())
        .citizen(Citizen.builder().name(REPORTER).phone(REPORTER_PHONE).build())
        .build();
  }

  /** A complaint dispatched to the city management bureau, with a report merged in; and the report's own case. */
  private static List<Case> mergedCases() {
    Case target = LIFECYCLE.register(complaint(), Actor.agent("a-1"), T0).after();
    target = LIFECYCLE.execute(target, new CaseCommand.Accept(), Actor.agent("a-1"), T0.plusSeconds(60)).after();
    target = LIFECYCLE.execute(target, CaseCommand.Dispatch.to(CITY), Actor.dispatcher("d-1"), T0.plusSeconds(120)).after();
    Case repeat = LIFECYCLE.register(report(), Actor.agent("a-1"), T0.plusSeconds(180)).after();
    List<Transition> merged = LIFECYCLE.merge(repeat, target, Actor.agent("a-1"), T0.plusSeconds(240));
    return List.of(merged.get(1).after(), merged.get(0).after());
  }

  @Test
  void the_handling_department_sees_every_appeal_of_a_sensitive_case_masked() {
    Case c = mergedCases().get(0);
    assertThat(c.isSensitive()).isTrue();
    HandlerView view = HandlerView.of(c, Actor.handler("h-1", CITY));
    assertThat(view.sensitive()).isTrue();
    assertThat(view.appeals()).hasSize(2);
    for (Appeal a : view.appeals()) {
      String all = a.getContent() + a.getCitizen().getName().orElse("") + a.getCitizen().getPhone().orElse("")
          + a.getLocation().getAddress().orElse("");
      assertThat(all).doesNotContain(REPORTER_PHONE, REPORTER, REPORTER_HOME, "13812345678", "张三");
    }
    assertThat(view.toString()).doesNotContain(REPORTER, REPORTER_PHONE);
    // The platform's own staff see the appeals whole.
    assertThat(c.appealsAsSeenBy(Actor.dispatcher("d-1")).get(1).getCitizen().getPhone()).contains(REPORTER_PHONE);
  }

  @Test
  void a_department_never_assigned_the_case_sees_nothing_of_it() {
    Case c = mergedCases().get(0);
    assertThatThrownBy(() -> HandlerView.of(c, Actor.handler("h-2", GULOU)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never assigned");
    assertThatThrownBy(() -> HandlerView.of(c, Actor.dispatcher("d-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.appealsAsSeenBy(Actor.citizen())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_citizen_sees_their_own_appeal_and_the_progress_of_the_case_that_handles_it() {
    List<Case> cases = mergedCases();
    Case target = cases.get(0);
    Case repeat = cases.get(1);
    assertThat(repeat.status()).isEqualTo(CaseStatus.MERGED);
    CitizenView reporter = CitizenView.of(repeat, Optional.of(target), LIFECYCLE::zoneOf);
    assertThat(reporter.appeal().getCitizen().getName()).contains(REPORTER);
    assertThat(reporter.number()).isEqualTo(repeat.number());
    assertThat(reporter.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(reporter.open()).isTrue();
    assertThat(reporter.resolutionDue()).hasValueSatisfying(d -> assertThat(d.getZone().getId()).isEqualTo("Asia/Shanghai"));
    // Nothing of the other citizen's appeal: the view holds one appeal, the reporter's own.
    assertThat(reporter.appeal().getContent()).doesNotContain("工地");
    CitizenView complainant = CitizenView.of(target, Optional.empty(), LIFECYCLE::zoneOf);
    assertThat(complainant.appeal().getContent()).doesNotContain(REPORTER, REPORTER_PHONE);
    assertThatThrownBy(() -> CitizenView.of(target, Optional.of(repeat), LIFECYCLE::zoneOf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_public_sees_no_personal_data_and_no_precise_place() {
    Case plain = LIFECYCLE.register(complaint(), Actor.agent("a-1"), T0).after();
    PublicView view = PublicView.of(plain);
    assertThat(view.coordinates()).contains(new Coordinates(32.061, 118.779));
    assertThat(view.area()).isPresent();
    assertThat(view.expectedAt()).isEmpty();
    assertThat(view.toString()).doesNotContain("张三", "13812345678");
    assertThat(PublicView.of(mergedCases().get(0)).coordinates()).as("a sensitive case shows no coordinates").isEmpty();
    Case dispatched = LIFECYCLE.execute(LIFECYCLE.execute(plain, new CaseCommand.Accept(), Actor.agent("a-1"),
        T0.plus(Duration.ofMinutes(1))).after(), CaseCommand.Dispatch.to(CITY), Actor.dispatcher("d-1"),
        T0.plus(Duration.ofMinutes(2))).after();
    assertThat(PublicView.of(dispatched).agency()).contains(CITY);
    assertThat(PublicView.of(dispatched).expectedAt()).isPresent();
  }

  @Test
  void the_reply_reaches_the_citizen() {
    Case c = mergedCases().get(0);
    Instant at = T0.plus(Duration.ofHours(1));
    c = LIFECYCLE.execute(c, new CaseCommand.SignFor(CITY), Actor.handler("h-1", CITY), at).after();
    c = LIFECYCLE.execute(c, new CaseCommand.Reply(CITY, Remark.of("已查处"), true), Actor.handler("h-1", CITY),
        at.plusSeconds(60)).after();
    assertThat(CitizenView.of(c, Optional.empty(), LIFECYCLE::zoneOf).reply()).contains(Remark.of("已查处"));
  }
}
