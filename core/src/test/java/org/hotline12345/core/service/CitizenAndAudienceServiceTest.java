package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.view.CitizenView;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The service's audiences: given appeals submitted through the service, the citizen gets an
 * inquiry code once and looks the case up with it, within a limit per source; a department sees
 * its own cases masked when sensitive; the public sees no personal data.
 */
class CitizenAndAudienceServiceTest {

  private static final DepartmentId CITY = DepartmentId.of("nj.cgj");

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore store = new InMemoryStore();
  private final HotlineService service = HotlineService.builder().store(store).lifecycle(ServiceFixtures.lifecycle())
      .clock(clock).inquiryGuard(InquiryGuard.perSource(3, Duration.ofMinutes(10))).build();

  private static Appeal appeal(String externalId) {
    return Appeal.builder().from(ServiceFixtures.complaint()).externalId(externalId).build();
  }

  @Test
  void the_code_is_issued_once_and_opens_the_citizens_own_view() {
    Submission first = service.submit(appeal("wx-1"), Actor.agent("a-1"));
    assertThat(first.isRepeat()).isFalse();
    String code = first.inquiryCode().orElseThrow().value();
    Submission again = service.submit(appeal("wx-1"), Actor.agent("a-1"));
    assertThat(again.isRepeat()).isTrue();
    assertThat(again.inquiryCode()).isEmpty();
    assertThat(again.registered().id()).isEqualTo(first.registered().id());

    String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4, 8) + " " + code.substring(8);
    CitizenView view = service.citizenView(typed, "203.0.113.7").orElseThrow();
    assertThat(view.number()).isEqualTo(first.registered().number());
    assertThat(view.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(service.citizenView("23456789ABCD", "203.0.113.7")).as("a code of no case").isEmpty();
    assertThat(service.citizenView("not a code", "203.0.113.7")).as("a malformed code").isEmpty();
  }

  @Test
  void a_source_that_tries_too_many_codes_is_stopped_and_others_are_not() {
    for (int i = 0; i < 3; i++) {
      assertThat(service.citizenView("23456789ABC" + (char) ('D' + i), "198.51.100.1")).isEmpty();
    }
    assertThatThrownBy(() -> service.citizenView("23456789ABCH", "198.51.100.1"))
        .isInstanceOf(InquiryLimitException.class).hasMessageNotContaining("198.51.100.1");
    assertThat(service.citizenView("23456789ABCH", "198.51.100.2")).isEmpty();
    clock.advance(Duration.ofMinutes(11));
    assertThat(service.citizenView("23456789ABCH", "198.51.100.1")).as("a new window").isEmpty();
  }

  @Test
  void a_citizen_whose_appeal_was_merged_follows_the_case_that_handles_it() {
    Case target = service.submit(appeal("wx-2"), Actor.agent("a-1")).registered();
    service.execute(target.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    service.execute(target.id(), CaseCommand.Dispatch.to(CITY), Actor.dispatcher("d-1"));
    Submission repeat = service.submit(appeal("wx-3"), Actor.agent("a-1"));
    service.merge(repeat.registered().id(), target.id(), Actor.agent("a-1"));
    CitizenView view = service.citizenView(repeat.inquiryCode().orElseThrow().value(), "s-1").orElseThrow();
    assertThat(view.number()).isEqualTo(repeat.registered().number());
    assertThat(view.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(view.resolutionDue()).isPresent();
  }

  @Test
  void a_department_sees_its_sensitive_case_masked_and_the_public_sees_no_personal_data() {
    Appeal report = Appeal.builder().from(appeal("wx-4")).type(AppealType.REPORT).build();
    Case c = service.submit(report, Actor.agent("a-1")).registered();
    service.execute(c.id(), new CaseCommand.Accept(), Actor.agent("a-1"));
    service.execute(c.id(), CaseCommand.Dispatch.to(CITY), Actor.dispatcher("d-1"));
    var view = service.handlerView(c.id(), Actor.handler("h-1", CITY)).orElseThrow();
    assertThat(view.sensitive()).isTrue();
    assertThat(view.appeals().get(0).getCitizen().getPhone()).hasValueSatisfying(p -> assertThat(p).doesNotContain("12345678"));
    assertThatThrownBy(() -> service.handlerView(c.id(), Actor.handler("h-2", DepartmentId.of("nj.water"))))
        .isInstanceOf(IllegalArgumentException.class);
    var published = service.publicView(c.number()).orElseThrow();
    assertThat(published.agency()).contains(CITY);
    assertThat(published.coordinates()).isEmpty();
    assertThat(published.toString()).doesNotContain("张三", "13812345678");
  }

  @Test
  void opposite_merges_at_once_leave_exactly_one_merged() throws Exception {
    Case a = service.submit(appeal("wx-5"), Actor.agent("a-1")).registered();
    Case b = service.submit(appeal("wx-6"), Actor.agent("a-1")).registered();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var one = pool.submit(() -> attempt(a, b));
      var two = pool.submit(() -> attempt(b, a));
      int succeeded = (one.get() ? 1 : 0) + (two.get() ? 1 : 0);
      assertThat(succeeded).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    List<Case> after = List.of(service.find(a.id()).orElseThrow(), service.find(b.id()).orElseThrow());
    assertThat(after).filteredOn(x -> x.status() == CaseStatus.MERGED).hasSize(1);
    assertThat(after).filteredOn(x -> x.appeals().size() == 2).hasSize(1);
  }

  private boolean attempt(Case from, Case into) {
    try {
      service.merge(from.id(), into.id(), Actor.agent("a-1"));
      return true;
    } catch (org.hotline12345.core.casefile.CaseRuleException refused) {
      return false;
    }
  }

  @Test
  void a_service_built_without_its_parts_names_every_one_missing() {
    assertThatThrownBy(() -> HotlineService.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("HotlineService needs store, lifecycle, clock; set them on the builder");
    assertThatThrownBy(() -> HotlineService.builder().store(store).clock(clock).build())
        .hasMessage("HotlineService needs lifecycle; set it on the builder");
  }

  @Test
  void null_arguments_are_named() {
    assertThatThrownBy(() -> service.casesByStatus(null, Optional.empty(), null)).hasMessage("statuses");
    assertThatThrownBy(() -> service.citizenView(null, "s")).hasMessage("typedCode");
    assertThatThrownBy(() -> service.citizenView("x", null)).hasMessage("source");
  }
}
