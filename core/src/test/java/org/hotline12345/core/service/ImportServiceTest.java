package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.casefile.HistoricalCase;
import org.hotline12345.core.casefile.RuleName;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/** Importing history through the service: stored with its facts, once per source key. */
class ImportServiceTest {

  private static final DepartmentId NINGHAI = DepartmentId.of("nj.gulou.ninghai");

  private static Instant at(String local) {
    return ZonedDateTime.parse(local + "+08:00[Asia/Shanghai]").toInstant();
  }

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore store = new InMemoryStore();
  private final HotlineService hotline = HotlineService.builder()
      .store(store).lifecycle(ServiceFixtures.lifecycle()).clock(clock).build();

  private static HistoricalCase record(String key, String closed) {
    return HistoricalCase.builder().sourceKey(key).receivedAt(at("2024-09-30T10:00")).channel(Channel.WEB)
        .type(AppealType.HELP).lead(NINGHAI).outcome(HistoricalCase.Outcome.RESOLVED).closedAt(at(closed)).build();
  }

  @Test
  void given_an_imported_record_when_imported_again_then_the_same_case_is_returned_and_nothing_is_written() {
    clock.now = at("2024-11-05T09:00");
    Case first = hotline.importCase(record("1-870704831", "2024-10-12T20:00"), Actor.system());
    int outbox = store.outbox().pending(100).size();

    clock.now = at("2024-11-06T09:00");
    Case again = hotline.importCase(record("1-870704831", "2024-10-13T20:00"), Actor.system());

    assertThat(again).isEqualTo(first);
    assertThat(hotline.history(first.id())).hasSize(1).allSatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.IMPORTED));
    assertThat(store.outbox().pending(100)).hasSize(outbox);
    assertThat(store.outbox().pending(100)).extracting(m -> m.topic()).containsExactly("case.imported");
    Case other = hotline.importCase(record("1-870704832", "2024-10-13T20:00"), Actor.system());
    assertThat(other.id()).isNotEqualTo(first.id());
  }

  @Test
  void given_an_imported_record_then_its_row_holds_the_facts_assessment_reads() {
    clock.now = at("2024-11-05T09:00");
    Case onTime = hotline.importCase(record("a-1", "2024-10-12T20:00"), Actor.system());
    Case late = hotline.importCase(record("a-2", "2024-10-14T08:00"), Actor.system());

    StoredCase row = store.cases().find(onTime.id().value()).orElseThrow();
    assertThat(row.status()).isEqualTo("CLOSED");
    assertThat(row.open()).isFalse();
    assertThat(row.registeredAt()).isEqualTo(at("2024-09-30T10:00"));
    assertThat(row.closedAt()).contains(at("2024-10-12T20:00"));
    assertThat(row.leadDepartment()).contains(NINGHAI.value());
    assertThat(row.resolutionDueAt()).contains(at("2024-10-13T00:00"));
    assertThat(row.resolutionMet()).contains(true);
    assertThat(store.cases().find(late.id().value()).orElseThrow().resolutionMet()).contains(false);
    CaseFacts facts = CaseFacts.read(row.facts().orElseThrow());
    assertThat(facts.departments().get(0).stages().get(Stage.RESOLUTION).isMetOnTime()).isTrue();
    assertThat(hotline.find(onTime.id())).contains(onTime);
    assertThat(hotline.publicView(onTime.number())).isPresent();
  }

  @Test
  void given_a_record_from_the_future_or_an_actor_not_permitted_then_refused_and_nothing_is_stored() {
    clock.now = at("2024-10-01T09:00");
    assertThatThrownBy(() -> hotline.importCase(record("f-1", "2024-10-12T20:00"), Actor.system()))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.OUT_OF_ORDER));
    clock.now = at("2024-11-05T09:00");
    assertThatThrownBy(() -> hotline.importCase(record("f-1", "2024-10-12T20:00"), Actor.agent("a-1")))
        .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.rule()).isEqualTo(RuleName.ROLE_NOT_PERMITTED));
    assertThat(store.outbox().pending(100)).isEmpty();
    assertThat(hotline.importCase(record("f-1", "2024-10-12T20:00"), Actor.supervisor("s-1")).status().isOpen()).isFalse();
    assertThat(List.of(store.outbox().pending(100).size())).containsExactly(1);
  }
}
