package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.ActionChain;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.AttachmentRef;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.appeal.Enterprise;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/** Events written to the store's text payloads and read back are the same events. */
class EventCodecRoundTripTest {

  private static void assertRoundTrip(List<CaseEvent> events) {
    List<CaseEvent> decoded = new ArrayList<>();
    for (CaseEvent e : events) {
      StoredEvent stored = EventCodec.encode(e);
      assertThat(stored.type()).isEqualTo(e.kind());
      assertThat(stored.payload()).doesNotContain("\u0000");
      CaseEvent back = EventCodec.decode(stored);
      assertThat(back).isEqualTo(e);
      decoded.add(back);
    }
    assertThat(Case.replay(decoded)).isEqualTo(Case.replay(events));
  }

  @Test
  void every_kind_of_event_of_a_long_life_round_trips() {
    Appeal rich = Appeal.builder().from(Scenario.complaint())
        .category(CategoryCode.of("030101"))
        .putAttributes("noise_source", "施工")
        .addAttachments(new AttachmentRef("s3://bucket/a.jpg", "image/jpeg"))
        .enterprise(Enterprise.builder().name("南京某建筑公司").creditCode("91320100MA1MXXXX0X").build())
        .location(Location.builder().address("湖南路\u0000 1号 😀").coordinates(new Coordinates(32.06, 118.78)).build())
        .citizen(Citizen.builder().name("张\"三\\").phone("13812345678").confidential(true).build())
        .urgency(Urgency.URGENT)
        .externalId("wx-123\n\t")
        .build();
    Scenario s = Scenario.of(rich).given(Scenario.accept(), Scenario.dispatch(HUNANLU, NINGHAI),
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.signFor(NINGHAI), Scenario.contact(NINGHAI),
        new CaseCommand.PauseClock(Remark.of("等待材料")), new CaseCommand.ResumeClock(),
        Scenario.askExtension(NINGHAI, 2), Scenario.approveExtension(), Scenario.askExtension(NINGHAI, 1),
        new CaseCommand.DenyExtension(Remark.of("不同意")),
        new CaseCommand.Supervise(SupervisionKind.ESCALATE, Remark.of("升级督办")),
        Scenario.reply(NINGHAI), new CaseCommand.ReviewReply(false, Remark.of("退回重办")), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.DISSATISFIED, false),
        new CaseCommand.Reopen(Remark.of("仍未解决")), Scenario.signFor(NINGHAI), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.SATISFIED, true), new CaseCommand.Close(Remark.of("结案")));
    Set<String> kinds = new HashSet<>();
    s.history().forEach(e -> kinds.add(e.kind()));
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(16);
    assertRoundTrip(s.history());
  }

  @Test
  void the_closing_kinds_round_trip() {
    assertRoundTrip(Scenario.of(Scenario.complaint())
        .given(new CaseCommand.NotAccept(NotAcceptedReason.MALICIOUS_OR_EMPTY, Remark.of("无实质内容"))).history());
    assertRoundTrip(Scenario.of(Scenario.complaint())
        .given(new CaseCommand.ReferToEmergency(EmergencyLine.ELEVATOR, Remark.none())).history());
    assertRoundTrip(Scenario.of(Scenario.appeal(AppealType.CONSULTATION))
        .given(new CaseCommand.AnswerDirectly(Remark.of("见政策"))).history());
    Scenario repeat = Scenario.of(Scenario.complaint()).given();
    Case target = Scenario.of(Scenario.complaint()).given(Scenario.accept()).current();
    List<Transition> merged = Scenario.LIFECYCLE.merge(repeat.current(), target, Actor.agent("a"), Scenario.T0.plusSeconds(3600));
    List<CaseEvent> repeatLog = new ArrayList<>(repeat.history());
    repeatLog.add(merged.get(0).event());
    assertRoundTrip(repeatLog);
    assertThat(EventCodec.decode(EventCodec.encode(merged.get(1).event()))).isEqualTo(merged.get(1).event());
  }

  @Test
  void a_payload_the_core_did_not_write_is_refused_clearly() {
    StoredEvent alien = new StoredEvent("case-1", 2, "Dispatched", 1, Instant.parse("2024-03-11T01:00:00Z"), "{\"actor\":{}}");
    assertThatThrownBy(() -> EventCodec.decode(alien))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case-1#2");
    StoredEvent unknown = new StoredEvent("case-1", 2, "Teleported", 1, Instant.parse("2024-03-11T01:00:00Z"),
        "{\"actor\":{\"id\":\"a\",\"role\":\"AGENT\"},\"change\":{}}");
    assertThatThrownBy(() -> EventCodec.decode(unknown)).hasMessageContaining("unknown event type Teleported");
  }

  @Provide
  Arbitrary<ActionChain<LifecycleStatefulTest.Model>> chains() {
    return new LifecycleStatefulTest().chains();
  }

  @Property(tries = 100)
  void every_event_of_random_lives_round_trips(@ForAll("chains") ActionChain<LifecycleStatefulTest.Model> chain) {
    LifecycleStatefulTest.Model end = chain.run();
    assertRoundTrip(end.events);
  }
}
