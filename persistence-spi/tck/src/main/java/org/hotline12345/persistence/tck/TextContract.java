package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.BASE;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;
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
 * facts of the largest size, and (with {@link StoreFeature#LARGE_PAYLOADS}) payloads of a
 * mebibyte; in payloads, facts, intake keys, case numbers (as far as their alphabet allows),
 * department names and aliases. Intake keys that are not well-formed or too long are refused.
 */
abstract class TextContract extends ContractGroup {

  /** Text a careless column type, escaping or normalization would change. */
  static final String UNUSUAL = "emoji 😀🏮 nul[\u0000] tab[\t] lf[\n] cr[\r] crlf[\r\n] us[\u001F] del[\u007F]"
      + " quotes['\"`] backslash[\\] like[%_] sql['); --] 鼓楼区湖南路 combining[e\u0301] nfc[\u00E9]"
      + " zwsp[\u200B] bom[\uFEFF] rtl[\u202Eابج] trailing spaces  ";

  /**
   * A case number made of what numbers may hold: no whitespace, control or format characters,
   * but emoji, combining marks, quotes, backslashes and wildcards.
   */
  static final String VISIBLE_NUMBER = "HZ-😀🏮鼓楼e\u0301\u00E9'\"`\\%_);--";

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
  void unusualTextRoundTripsInPayloadsFactsIntakeKeysAndCaseNumbers() {
    StoredCase registered = aCase("case-000001").number(VISIBLE_NUMBER).facts(UNUSUAL).version(2).build();
    List<StoredEvent> events = List.of(
        new StoredEvent("case-000001", 1, "case.registered", 1, BASE, UNUSUAL),
        new StoredEvent("case-000001", 2, "case.noted", 1, BASE, "{\"note\":\"" + UNUSUAL + "\"}"));
    String intakeKey = "WECHAT:" + UNUSUAL;

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.of(intakeKey), events);
      return null;
    });

    StoredCase read = store().cases().find("case-000001").orElse(null);
    assertThat(read).as("the case by id").isNotNull();
    assertSameText("the case number", registered.caseNumber(), read.caseNumber());
    assertSameText("the facts", registered.facts().orElseThrow(), read.facts().orElse(""));
    assertThat(read).as("the case by id").isEqualTo(registered);
    assertThat(store().cases().findByNumber(VISIBLE_NUMBER)).as("the case by its unusual number").contains(registered);
    assertThat(caseIdUnder(intakeKey)).as("the case under its unusual intake key").contains("case-000001");
    assertThat(caseIdUnder("WECHAT:" + UNUSUAL.strip())).as("the intake key without its trailing spaces").isEmpty();
    assertSameEvents("events with unusual payloads", events, store().cases().events("case-000001"));
    assertSameEvents("the same events in the log", events, loggedEvents());
    assertThat(store().cases().findByNumber(VISIBLE_NUMBER.substring(0, VISIBLE_NUMBER.length() - 1)))
        .as("the number without its last character").isEmpty();
  }

  @Test
  void unusualTextRoundTripsInOutboxMessages() {
    OutboxMessage message = new OutboxMessage("msg-A.b_c:d-" + "9".repeat(100), "case.registered:v1", "case-000001",
        UNUSUAL, BASE);

    enqueue(message);

    assertOnlyPending("the pending message", message);
    store().outbox().markDelivered(List.of(message.id()));
    assertThat(allPending()).as("the outbox after delivering it by its long id").isEmpty();
  }

  @Test
  void unusualTextRoundTripsInDepartmentNamesAndAliases() {
    StoredDepartment department = new StoredDepartment("dept-鼓楼.湖南路_1:a-b", "鼓楼区 " + UNUSUAL, "STREET " + UNUSUAL,
        Optional.of("parent-鼓楼区"), true, "cal " + UNUSUAL, List.of(UNUSUAL, "😀", "\u0000", "湖南路街道"));

    store().departments().save(department);

    assertDepartmentAsSaved(department);
    assertThat(store().departments().all()).as("the directory").containsExactly(department);
  }

  @Test
  void emptyAndBlankTextRoundTrips() {
    StoredCase registered = aCase("case-000001").version(3).build();
    List<StoredEvent> events = List.of(new StoredEvent("case-000001", 1, "case.registered", 1, BASE, ""),
        new StoredEvent("case-000001", 2, "case.noted", 1, BASE, " "),
        new StoredEvent("case-000001", 3, "case.noted", 1, BASE, "\t\n"));
    OutboxMessage message = new OutboxMessage("msg-1", "case.noted", "case-000001", "", BASE);
    StoredDepartment department = new StoredDepartment("dept-1", " ", "", Optional.empty(), true, " ", List.of("", " "));

    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), events);
      uow.enqueue(message);
      return null;
    });
    store().departments().save(department);

    assertSameEvents("events with empty and blank payloads", events, store().cases().events("case-000001"));
    assertOnlyPending("a message with an empty payload", message);
    assertDepartmentAsSaved(department);
  }

  @Test
  void factsOfTheLargestSizeRoundTrip() {
    StoredCase registered = aCase("case-000001").facts(chineseText(StoredCase.MAX_FACTS_LENGTH)).build();

    insert(registered);

    StoredCase read = store().cases().find("case-000001").orElseThrow();
    assertSameText("facts of " + StoredCase.MAX_FACTS_LENGTH + " Chinese characters", registered.facts().orElseThrow(),
        read.facts().orElse(""));
    assertThat(read).as("the case with the largest facts").isEqualTo(registered);
  }

  @Test
  void intakeKeysThatAreNotWellFormedOrTooLongAreRefused() {
    StoredCase registered = aCase("case-000001").build();
    for (String key : List.of("SMS:\uD800", "", "SMS:" + "9".repeat(253))) {
      assertThatThrownBy(() -> store().inTransaction(uow -> {
        uow.insertCase(registered, Optional.of(key), eventsOf(registered));
        return null;
      })).as("an intake key of %d characters", key.length()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("intakeKey");
    }
    assertThat(store().cases().find("case-000001")).as("the case after the refusals").isEmpty();
  }

  @Test
  void tenThousandChineseCharactersRoundTripInPayloads() {
    String complaint = chineseText(10_000);
    assertThat(complaint).hasSize(10_000);
    StoredCase registered = aCase("case-000001").build();
    StoredEvent event = new StoredEvent("case-000001", 1, "case.registered", 1, BASE, complaint);
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
    List<StoredEvent> events = List.of(new StoredEvent("case-000001", 1, "case.registered", 1, BASE, payload),
        new StoredEvent("case-000001", 2, "case.attachment-noted", 1, BASE, payload + "2"));
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
