package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.casefile.Scenario.HUNANLU;
import static org.hotline12345.core.casefile.Scenario.NINGHAI;
import static org.hotline12345.core.casefile.Scenario.GULOU;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.internal.EventCodec;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/** Events written to the store's text payloads and read back are the same events. */
class EventCodecRoundTripTest {

  /** The stored payload of an event. */
  static String encoded(CaseEvent event) {
    return org.hotline12345.core.internal.EventCodec.encode(event).payload();
  }

  private static void assertRoundTrip(List<CaseEvent> events) {
    List<CaseEvent> decoded = new ArrayList<>();
    for (CaseEvent e : events) {
      StoredEvent stored = EventCodec.encode(e);
      assertThat(stored.type()).isEqualTo(e.kind().wireName());
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
        Scenario.returnBy(HUNANLU, "不属于本街道"), Scenario.approveReturn(), Scenario.signFor(NINGHAI), Scenario.contact(NINGHAI),
        new CaseCommand.PauseClock(Remark.of("等待材料")), new CaseCommand.ResumeClock(),
        Scenario.askExtension(NINGHAI, 2), Scenario.approveExtension(), Scenario.askExtension(NINGHAI, 1),
        new CaseCommand.DenyExtension(Remark.of("不同意")),
        new CaseCommand.Supervise(SupervisionKind.ESCALATE, Remark.of("升级督办")),
        Scenario.reply(NINGHAI), new CaseCommand.ReviewReply(false, Remark.of("退回重办")), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.DISSATISFIED, false),
        new CaseCommand.Reopen(Remark.of("仍未解决")), Scenario.signFor(NINGHAI), Scenario.reply(NINGHAI),
        Scenario.approveReply(), Scenario.callBack(Satisfaction.SATISFIED, true), new CaseCommand.Close(Remark.of("结案")));
    Set<String> kinds = new HashSet<>();
    s.history().forEach(e -> kinds.add(e.kind().wireName()));
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
  void an_explanation_round_trips_and_older_payloads_decode_with_defaults() {
    CaseEvent decided = new CaseEvent(CaseId.of("case-1"), 2, Actor.system(), Instant.parse("2024-03-11T01:00:00Z"),
        new CaseChange.Accepted(), Optional.of(new Explanation("acceptance", "2024.3", Optional.of("R12"),
            "咨询类诉求，要素齐全，予以受理")));
    StoredEvent stored = EventCodec.encode(decided);
    assertThat(stored.type()).isEqualTo("case.accepted");
    assertThat(stored.schemaVersion()).isEqualTo(EventCodec.SCHEMA_VERSION);
    assertThat(EventCodec.decode(stored)).isEqualTo(decided);
    // Written before explanations and the schema version existed, with a field nobody knows yet.
    StoredEvent older = new StoredEvent("case-1", 2, "case.accepted", 1, Instant.parse("2024-03-11T01:00:00Z"),
        "{\"actor\":{\"id\":\"a-1\",\"role\":\"AGENT\"},\"change\":{\"addedLater\":true},\"other\":1}");
    assertThat(EventCodec.decode(older)).isEqualTo(new CaseEvent(CaseId.of("case-1"), 2, Actor.agent("a-1"),
        Instant.parse("2024-03-11T01:00:00Z"), new CaseChange.Accepted()));
  }

  /** One change of each kind: a switch expression, so a new kind does not compile until it has one. */
  static CaseChange sampleOf(EventKind kind) {
    Instant t = Instant.parse("2024-03-11T01:00:00Z");
    StageDeadline resolution = StageDeadline.of(org.hotline12345.core.timelimit.Stage.RESOLUTION, "cn-mainland",
        org.hotline12345.calendar.WorkingCalendars.chinaMainland().deadline(t, TimeLimit.workingDays(5)));
    CaseChange.Dispatched dispatched = new CaseChange.Dispatched(HUNANLU, List.of(NINGHAI), List.of(), false, 2,
        List.of(resolution));
    return switch (kind) {
      case REGISTERED -> new CaseChange.Registered(new CaseNumber("NJ20240311000001"), InquiryCode.random().hash(),
          Scenario.complaint());
      case ACCEPTED -> new CaseChange.Accepted();
      case NOT_ACCEPTED -> new CaseChange.NotAccepted(NotAcceptedReason.ALREADY_HANDLED, Remark.of("已办理"));
      case REFERRED_TO_EMERGENCY -> new CaseChange.ReferredToEmergency(EmergencyLine.FIRE, Remark.of("转119"));
      case ANSWERED_DIRECTLY -> new CaseChange.AnsweredDirectly(Remark.of("见办事指南"));
      case MERGED_INTO -> new CaseChange.MergedInto(CaseId.of("case-2"));
      case DUPLICATE_ABSORBED -> new CaseChange.DuplicateAbsorbed(CaseId.of("case-3"),
          List.of(Scenario.complaint(), Scenario.appeal(AppealType.REPORT)));
      case DISPATCHED -> dispatched;
      case SIGNED_FOR -> new CaseChange.SignedFor(HUNANLU);
      case RETURNED -> new CaseChange.Returned(HUNANLU, Remark.of("不属于本街道"), Optional.of(dispatched));
      case RETURN_REQUESTED -> new CaseChange.ReturnRequested(HUNANLU, Remark.of("不属于本街道"));
      case RETURN_DENIED -> new CaseChange.ReturnDenied(HUNANLU, Remark.of("属于本街道"));
      case CONTACT_RECORDED -> new CaseChange.ContactRecorded(HUNANLU, Remark.of("已联系"));
      case EXTENSION_REQUESTED -> new CaseChange.ExtensionRequested(HUNANLU, TimeLimit.workingDays(3), Remark.of("协调"));
      case EXTENSION_APPROVED -> new CaseChange.ExtensionApproved(resolution);
      case EXTENSION_DENIED -> new CaseChange.ExtensionDenied(Remark.of("不同意"));
      case CLOCK_PAUSED -> new CaseChange.ClockPaused(Remark.of("等待材料"));
      case CLOCK_RESUMED -> new CaseChange.ClockResumed(List.of(resolution));
      case REPLIED -> new CaseChange.Replied(HUNANLU, Remark.of("已处理"), true);
      case REPLY_REVIEWED -> new CaseChange.ReplyReviewed(true, Remark.none(), Optional.of(resolution));
      case CALLED_BACK -> new CaseChange.CalledBack(new CallbackResult(t, true, Satisfaction.SATISFIED), Remark.none());
      case REOPENED -> new CaseChange.Reopened(Remark.of("仍未解决"), dispatched);
      case CLOSED -> new CaseChange.Closed(Remark.of("办结"));
      case SUPERVISED -> new CaseChange.Supervised(SupervisionKind.URGE, Remark.of("请加快"));
      case PERSONAL_DATA_ERASED -> new CaseChange.PersonalDataErased();
      case CLASSIFIED -> new CaseChange.Classified(CategoryCode.of("030101"));
      case DEADLINES_RECOMPUTED -> new CaseChange.DeadlinesRecomputed(List.of(new RecomputedDeadline(resolution,
          resolution.dueAt().minus(java.time.Duration.ofDays(1)), resolution.lastDay().minusDays(1))));
      case IMPORTED -> new CaseChange.Imported(new CaseNumber("1-870704831"), InquiryCode.random().hash(), "1-870704831",
          Appeal.builder().channel(org.hotline12345.core.appeal.Channel.APP).type(AppealType.HELP)
              .content(HistoricalCase.CONTENT).location(Location.builder().build()).citizen(Citizen.anonymous())
              .receivedAt(t).externalId("1-870704831").category(CategoryCode.of("bulky-items")).build(),
          dispatched, HistoricalCase.Outcome.RESOLVED, Optional.of(t.plusSeconds(86_400)),
          Optional.of(t.plusSeconds(3 * 86_400)), t.plusSeconds(10 * 86_400));
      case SUPERVISION_STEP_TAKEN -> new CaseChange.SupervisionStepTaken(org.hotline12345.core.timelimit.Stage.RESOLUTION,
          org.hotline12345.core.supervision.EscalationStep.NOTICE, org.hotline12345.core.supervision.Addressee.DEPARTMENT_HEAD,
          org.hotline12345.core.supervision.Light.RED, resolution.dueAt());
    };
  }

  @Test
  void every_kind_of_change_round_trips() {
    for (EventKind kind : EventKind.values()) {
      CaseChange change = sampleOf(kind);
      assertThat(change.kind()).isEqualTo(kind);
      CaseEvent event = new CaseEvent(CaseId.of("case-1"), kind == EventKind.REGISTERED || kind == EventKind.IMPORTED ? 1 : 2,
          Actor.dispatcher("d-1").ofUnit(GULOU), Instant.parse("2024-03-11T02:00:00Z"), change);
      StoredEvent stored = EventCodec.encode(event);
      assertThat(stored.type()).isEqualTo(kind.wireName());
      assertThat(EventCodec.decode(stored)).as("%s", kind).isEqualTo(event);
    }
  }

  @Test
  void a_citys_own_emergency_line_round_trips_and_a_preset_written_by_code_alone_still_reads() {
    CaseEvent referred = new CaseEvent(CaseId.of("case-1"), 2, Actor.agent("a-1"), Instant.parse("2024-03-11T01:00:00Z"),
        new CaseChange.ReferredToEmergency(new EmergencyLine("GAS_LEAK", "96777", "燃气抢修"), Remark.of("已转")));
    assertThat(EventCodec.decode(EventCodec.encode(referred))).isEqualTo(referred);
    StoredEvent older = new StoredEvent("case-1", 2, "case.referred-to-emergency", 1, Instant.parse("2024-03-11T01:00:00Z"),
        "{\"actor\":{\"id\":\"a-1\",\"role\":\"AGENT\"},\"change\":{\"line\":\"FIRE\",\"note\":\"\"}}");
    assertThat(EventCodec.decode(older).change()).isEqualTo(
        new CaseChange.ReferredToEmergency(EmergencyLine.FIRE, Remark.none()));
  }

  @Test
  void every_kind_has_a_distinct_stable_wire_name() {
    java.util.Map<String, EventKind> seen = new java.util.HashMap<>();
    for (EventKind kind : EventKind.values()) {
      assertThat(kind.wireName()).matches("case\\.[a-z-]+");
      assertThat(seen.put(kind.wireName(), kind)).isNull();
      assertThat(EventKind.ofWireName(kind.wireName())).contains(kind);
    }
    // Published names: changing one breaks every stored event and every outbox consumer.
    assertThat(EventKind.DISPATCHED.wireName()).isEqualTo("case.dispatched");
    assertThat(EventKind.REGISTERED.wireName()).isEqualTo("case.registered");
    assertThat(EventKind.DEADLINES_RECOMPUTED.wireName()).isEqualTo("case.deadlines-recomputed");
    assertThat(EventKind.IMPORTED.wireName()).isEqualTo("case.imported");
    assertThat(EventKind.SUPERVISION_STEP_TAKEN.wireName()).isEqualTo("case.supervision-step");
    assertThat(EventKind.SUPERVISED.wireName()).isEqualTo("case.supervised");
    assertThat(EventKind.ofWireName("Dispatched")).isEmpty();
  }

  @Test
  void a_payload_the_core_did_not_write_is_refused_clearly() {
    StoredEvent alien = new StoredEvent("case-1", 2, "case.dispatched", 1, Instant.parse("2024-03-11T01:00:00Z"), "{\"actor\":{}}");
    assertThatThrownBy(() -> EventCodec.decode(alien))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case-1#2");
    StoredEvent unknown = new StoredEvent("case-1", 2, "Teleported", 1, Instant.parse("2024-03-11T01:00:00Z"),
        "{\"actor\":{\"id\":\"a\",\"role\":\"AGENT\"},\"change\":{}}");
    assertThatThrownBy(() -> EventCodec.decode(unknown)).hasMessageContaining("unknown kind 'Teleported'");
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
