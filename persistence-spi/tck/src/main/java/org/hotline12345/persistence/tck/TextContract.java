package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.persistence.tck.StoreFixtures.BASE;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.TextDiff.assertSameText;
import static org.hotline12345.persistence.tck.TextDiff.assertSameTexts;

import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredDepartment;
import org.hotline12345.persistence.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Text comes back exactly as written: emoji, control characters (U+0000 included), combining
 * marks that must not be normalized, empty and blank strings, ten thousand Chinese characters,
 * and (with {@link StoreFeature#LARGE_PAYLOADS}) payloads of a mebibyte.
 */
abstract class TextContract extends ContractGroup {

  /** Text a careless column type, escaping or normalization would change. */
  static final String UNUSUAL = "emoji 😀🏮 nul[\u0000] tab[\t] lf[\n] cr[\r] crlf[\r\n] us[\u001F] del[\u007F]"
      + " quotes['\"`] backslash[\\] like[%_] sql['); --] 鼓楼区湖南路 combining[e\u0301] nfc[\u00E9]"
      + " zwsp[\u200B] bom[\uFEFF] rtl[\u202Eابج] trailing spaces  ";

  TextContract(HotlineStoreContract contract) {
    super(contract);
  }

  /** Ten thousand Chinese characters, all different from their neighbours. */
  static String chineseText(int length) {
    StringBuilder text = new StringBuilder(length);
    String complaint = "市民反映小区夜间施工噪音扰民，影响休息，请相关部门尽快核查处理并回复。";
    for (int i = 0; text.length() < length; i++) {
      text.append(i % 3 == 0 ? complaint.charAt(i % complaint.length()) : (char) (0x4E00 + (i * 7919) % 20902));
    }
    return text.toString();
  }

  /** Exactly one mebibyte of characters (2^20 UTF-16 units), mixing scripts and emoji. */
  static String oneMebibyteOfText() {
    String block = "Case notes 工单记录 😀 line\n" + "0123456789abcdefghijklmnopqrstuvwxyz.";
    StringBuilder text = new StringBuilder(1 << 20);
    while (text.length() + block.length() <= (1 << 20)) {
      text.append(block);
    }
    while (text.length() < (1 << 20)) {
      text.append('x');
    }
    return text.toString();
  }

  /** Compares the text of events read back with those written, then the events whole. */
  private static void assertSameEvents(String what, List<StoredEvent> written, List<StoredEvent> read) {
    assertThat(read).as(what).hasSameSizeAs(written);
    for (int i = 0; i < written.size(); i++) {
      assertSameText("the type of event " + (i + 1) + " of " + what, written.get(i).type(), read.get(i).type());
      assertSameText("the payload of event " + (i + 1) + " of " + what, written.get(i).payload(), read.get(i).payload());
    }
    assertThat(read).as(what).isEqualTo(written);
  }

  /** Compares the text of a pending message with the one written, then the messages whole. */
  private void assertOnlyPending(String what, OutboxMessage written) {
    List<OutboxMessage> pending = allPending();
    assertThat(pending).as(what).hasSize(1);
    assertSameText("the id of " + what, written.id(), pending.get(0).id());
    assertSameText("the topic of " + what, written.topic(), pending.get(0).topic());
    assertSameText("the payload of " + what, written.payload(), pending.get(0).payload());
    assertThat(pending).as(what).containsExactly(written);
  }

  /** Compares the text of a department read back with the one written, then the departments whole. */
  private void assertDepartmentAsSaved(StoredDepartment written) {
    StoredDepartment read = store().departments().find(written.id()).orElse(null);
    assertThat(read).as("the department saved").isNotNull();
    assertSameText("the department's name", written.name(), read.name());
    assertSameText("the department's kind", written.kind(), read.kind());
    assertSameText("the department's calendar id", written.calendarId(), read.calendarId());
    assertSameTexts("the department's aliases", written.aliases(), read.aliases());
    assertThat(read).as("the department saved").isEqualTo(written);
  }

  @Test
  void unusualTextRoundTripsInCaseNumbersInquiryCodesTypesAndPayloads() {
    StoredCase registered = aCase("case-000001").number("HZ-" + UNUSUAL).inquiryCode("Q-" + UNUSUAL)
        .status("REGISTERED").version(2).build();
    List<StoredEvent> events = List.of(
        new StoredEvent("case-000001", 1, "Registered " + UNUSUAL, BASE, UNUSUAL),
        new StoredEvent("case-000001", 2, "Noted", BASE, "{\"note\":\"" + UNUSUAL + "\"}"));

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), events);
      return null;
    });

    assertThat(store().cases().find("case-000001")).as("the case by id").isPresent();
    assertSameText("the case number", registered.caseNumber(), store().cases().find("case-000001").get().caseNumber());
    assertSameText("the inquiry code", registered.inquiryCode(), store().cases().find("case-000001").get().inquiryCode());
    assertThat(store().cases().findByNumber("HZ-" + UNUSUAL)).as("the case by its unusual number").contains(registered);
    assertThat(store().cases().findByInquiryCode("Q-" + UNUSUAL)).as("the case by its unusual code").contains(registered);
    assertSameEvents("events with unusual types and payloads", events, store().cases().events("case-000001"));
    assertSameEvents("the same events in the log", events, loggedEvents());
    assertThat(store().cases().findByNumber("HZ-" + UNUSUAL.strip())).as("the number without its trailing spaces")
        .isEmpty();
  }

  @Test
  void unusualTextRoundTripsInOutboxMessages() {
    OutboxMessage message = new OutboxMessage("msg-" + UNUSUAL, "case." + UNUSUAL, "case-000001", UNUSUAL, BASE);

    enqueue(message);

    assertOnlyPending("the pending message", message);
    store().outbox().markDelivered(List.of("msg-" + UNUSUAL));
    assertThat(allPending()).as("the outbox after delivering it by its unusual id").isEmpty();
  }

  @Test
  void unusualTextRoundTripsInDepartmentNamesAndAliases() {
    StoredDepartment department = new StoredDepartment("dept-" + UNUSUAL, "鼓楼区 " + UNUSUAL, "STREET " + UNUSUAL,
        Optional.of("parent " + UNUSUAL), true, "cal " + UNUSUAL, List.of(UNUSUAL, "😀", "\u0000", "湖南路街道"));

    store().departments().save(department);

    assertDepartmentAsSaved(department);
    assertThat(store().departments().all()).as("the directory").containsExactly(department);
  }

  @Test
  void emptyAndBlankTextRoundTrips() {
    StoredCase registered = aCase("case-000001").version(3).build();
    List<StoredEvent> events = List.of(new StoredEvent("case-000001", 1, "Registered", BASE, ""),
        new StoredEvent("case-000001", 2, " ", BASE, " "), new StoredEvent("case-000001", 3, "", BASE, "\t\n"));
    OutboxMessage message = new OutboxMessage("msg-1", "", "case-000001", "", BASE);
    StoredDepartment department = new StoredDepartment("dept-1", " ", "", Optional.of(" "), true, " ", List.of("", " "));

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), events);
      uow.enqueue(message);
      return null;
    });
    store().departments().save(department);

    assertSameEvents("events with empty and blank types and payloads", events, store().cases().events("case-000001"));
    assertOnlyPending("a message with an empty topic and payload", message);
    assertDepartmentAsSaved(department);
  }

  @Test
  void tenThousandChineseCharactersRoundTripInPayloads() {
    String complaint = chineseText(10_000);
    assertThat(complaint).hasSize(10_000);
    StoredCase registered = aCase("case-000001").build();
    StoredEvent event = new StoredEvent("case-000001", 1, "Registered", BASE, complaint);
    OutboxMessage message = new OutboxMessage("msg-1", "case.registered", "case-000001", complaint, BASE);

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), List.of(event));
      uow.enqueue(message);
      return null;
    });

    assertSameEvents("the complaint's event", List.of(event), store().cases().events("case-000001"));
    assertSameEvents("the complaint's event in the log", List.of(event), loggedEvents());
    assertOnlyPending("the message carrying the complaint", message);
  }

  @Test
  void oneMebibytePayloadsRoundTrip() {
    requires(StoreFeature.LARGE_PAYLOADS);
    String payload = oneMebibyteOfText();
    assertThat(payload).hasSize(1 << 20);
    StoredCase registered = aCase("case-000001").version(2).build();
    List<StoredEvent> events = List.of(new StoredEvent("case-000001", 1, "Registered", BASE, payload),
        new StoredEvent("case-000001", 2, "AttachmentNoted", BASE, payload + "2"));
    OutboxMessage message = new OutboxMessage("msg-1", "case.registered", "case-000001", payload, BASE);

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), events);
      uow.enqueue(message);
      return null;
    });

    assertSameEvents("events with mebibyte payloads", events, store().cases().events("case-000001"));
    assertSameEvents("the same events in the log", events, loggedEvents());
    assertSameEvents("the same events, read in a unit", events, eventsInUnit("case-000001"));
    assertOnlyPending("a message with a mebibyte payload", message);
  }
}
