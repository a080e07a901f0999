package org.hotline12345.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.casefile.ServiceFixtures;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.persistence.PositionedEvent;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Personal data through the service: given appeals submitted and handled through the service,
 * then nothing the store keeps in its event log shows the citizen's data or any free text; and
 * when a closed case is erased, it still reads with every fact and its personal data is gone.
 */
class PersonalDataServiceTest {

  private static final DepartmentId CITY = DepartmentId.of("nj.cgj");
  private static final String NAME = "欧阳娜娜";
  private static final String PHONE = "13912345678";
  private static final String HOME = "鼓楼区湖南路88号3栋502室";
  private static final String SAID = "诉求人表示非常满意";

  private final HotlineServiceTest.TestClock clock = new HotlineServiceTest.TestClock();
  private final InMemoryStore store = new InMemoryStore();

  private HotlineService service(byte[] kek) {
    HotlineService.Builder b = HotlineService.builder().store(store).lifecycle(ServiceFixtures.lifecycle()).clock(clock);
    return kek == null ? b.build() : b.keyEncryptionKey(kek).build();
  }

  private static Appeal appeal() {
    return Appeal.builder().from(ServiceFixtures.complaint())
        .citizen(Citizen.builder().name(NAME).phone(PHONE).build())
        .location(Location.builder().address(HOME).build())
        .content("住在" + HOME + "的" + NAME + "反映楼下餐馆油烟扰民").build();
  }

  private Case closed(HotlineService service) {
    Case c = service.submit(appeal(), Actor.agent("a-1")).registered();
    Actor handler = Actor.handler("h-1", CITY);
    for (CaseCommand command : List.of(new CaseCommand.Accept(), CaseCommand.Dispatch.to(CITY))) {
      clock.advance(Duration.ofMinutes(5));
      service.execute(c.id(), command, command instanceof CaseCommand.Dispatch ? Actor.dispatcher("d-1") : Actor.agent("a-1"));
    }
    clock.advance(Duration.ofMinutes(5));
    service.execute(c.id(), new CaseCommand.SignFor(CITY), handler);
    service.execute(c.id(), new CaseCommand.Reply(CITY, Remark.of("已约谈餐馆负责人，加装净化器"), true), handler);
    service.execute(c.id(), new CaseCommand.ReviewReply(true, Remark.none()), Actor.dispatcher("d-1"));
    service.execute(c.id(), new CaseCommand.CallBack(true, Satisfaction.SATISFIED, Remark.of(SAID)), Actor.agent("a-2"));
    return service.execute(c.id(), new CaseCommand.Close(Remark.of("办结")), Actor.agent("a-2"));
  }

  @Test
  void the_event_log_holds_no_personal_data_and_the_case_reads_whole() {
    HotlineService service = service(null);
    Case c = closed(service);
    List<PositionedEvent> log = store.events().since(0, 1000);
    assertThat(log).isNotEmpty().allSatisfy(e -> assertThat(e.event().payload())
        .doesNotContain(NAME, PHONE, HOME, "油烟", SAID, "净化器"));
    Case read = service.find(c.id()).orElseThrow();
    assertThat(read).isEqualTo(c);
    assertThat(read.appeal().getCitizen().getPhone()).contains(PHONE);
  }

  @Test
  void erasing_a_closed_case_keeps_every_fact_and_loses_the_personal_data() {
    HotlineService service = service(null);
    Case c = closed(service);
    StoredCase rowBefore = store.cases().find(c.id().value()).orElseThrow();

    assertThat(service.erasePersonalData(c.id(), Actor.system())).isTrue();

    Case erased = service.find(c.id()).orElseThrow();
    assertThat(erased.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(erased.isPersonalDataErased()).isTrue();
    assertThat(erased.version()).as("the erasure is recorded as one more event").isEqualTo(c.version() + 1);
    assertThat(erased.deadlines()).isEqualTo(c.deadlines());
    assertThat(erased.callbacks()).isEqualTo(c.callbacks());
    assertThat(erased.appeal().getCitizen().getPhone()).isEmpty();
    assertThat(erased.appeal().getCitizen().getName()).isEmpty();
    assertThat(erased.appeal().getLocation().getAddress()).isEmpty();
    assertThat(erased.appeal().getContent()).doesNotContain(NAME, "油烟");
    StoredCase rowAfter = store.cases().find(c.id().value()).orElseThrow();
    assertThat(rowAfter.facts()).isEqualTo(rowBefore.facts());
    assertThat(rowAfter.closedAt()).isEqualTo(rowBefore.closedAt());
    assertThat(store.events().since(0, 1000)).last().satisfies(e -> {
      assertThat(e.event().type()).isEqualTo("case.personal-data-erased");
      assertThat(e.event().payload()).contains("SYSTEM");
    });
    assertThat(store.cases().caseKey(c.id().value())).isEmpty();
    assertThat(service.erasePersonalData(c.id(), Actor.system())).as("erased before").isFalse();
  }

  @Test
  void only_a_closed_case_is_erased_and_only_by_the_platform() {
    HotlineService service = service(null);
    Case open = service.submit(appeal(), Actor.agent("a-1")).registered();
    assertThatThrownBy(() -> service.erasePersonalData(open.id(), Actor.supervisor("s-1")))
        .isInstanceOfSatisfying(org.hotline12345.core.casefile.CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(org.hotline12345.core.casefile.RuleName.ERASURE_NOT_ALLOWED));
    Case closedCase = closed(service);
    assertThatThrownBy(() -> service.erasePersonalData(closedCase.id(), Actor.agent("a-1")))
        .isInstanceOfSatisfying(org.hotline12345.core.casefile.CaseRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(org.hotline12345.core.casefile.RuleName.ROLE_NOT_PERMITTED));
    assertThatThrownBy(() -> service.erasePersonalData(CaseId.of("nope"), Actor.system()))
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(store.cases().caseKey(open.id().value())).isPresent();
  }

  @Test
  void with_a_host_key_the_stored_data_keys_are_wrapped() {
    byte[] kek = new byte[32];
    new java.security.SecureRandom().nextBytes(kek);
    HotlineService service = service(kek);
    Case c = service.submit(appeal(), Actor.agent("a-1")).registered();
    byte[] stored = store.cases().caseKey(c.id().value()).orElseThrow();
    assertThat(stored.length).isGreaterThan(32);
    assertThat(service.find(c.id()).orElseThrow().appeal().getCitizen().getName()).contains(NAME);
    assertThatThrownBy(() -> service(null).find(c.id())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keyEncryptionKey");
    byte[] other = new byte[32];
    assertThatThrownBy(() -> service(other).find(c.id())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not open");
    assertThatThrownBy(() -> HotlineService.builder().keyEncryptionKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("keyEncryptionKey");
  }
}
