package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the SPI's records print: keys and instants, never payloads, facts or secrets. */
class PrintedRecordsTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");
  private static final String PERSONAL = "{\"name\":\"张三\",\"phone\":\"13812345678\"}";
  private static final String HASH = "198a7ece0fd401d94cfb2ae5b7124e5d4175d264c7facb2d2429c8fdcf12dc48";

  @Test
  void anEventPrintsItsCaseSequenceTypeAndInstantButNotItsPayload() {
    StoredEvent event = new StoredEvent("case-1", 3, "case.registered", 2, T0, PERSONAL);

    assertThat(event.toString())
        .isEqualTo("StoredEvent[caseId=case-1, sequence=3, type=case.registered, schemaVersion=2, occurredAt=" + T0
            + ", payload=" + PERSONAL.length() + " chars]")
        .doesNotContain("张三").doesNotContain("13812345678");
    assertThat(new PositionedEvent(17, event).toString())
        .startsWith("PositionedEvent[position=17, event=StoredEvent[caseId=case-1")
        .doesNotContain("13812345678");
  }

  @Test
  void anOutboxMessagePrintsNoPayload() {
    OutboxMessage message = new OutboxMessage("case-1:1", "case.registered", "case-1", PERSONAL, T0);

    assertThat(message.toString()).contains("case-1:1", "case.registered").doesNotContain("13812345678");
  }

  @Test
  void aCasePrintsNeitherItsInquiryCodeHashNorItsFacts() {
    StoredCase stored = StoredCase.builder().caseId("case-1").caseNumber("NJ20240304000001").inquiryCodeHash(HASH)
        .status("REGISTERED").open(true).appealType("COMPLAINT").channel("PHONE").registeredAt(T0).lastEventAt(T0)
        .facts(PERSONAL).version(1).build();

    assertThat(stored.toString()).contains("case-1", "NJ20240304000001", "facts=" + PERSONAL.length() + " chars")
        .doesNotContain(HASH).doesNotContain("13812345678");
  }

  @Test
  void printableTextEscapesLineBreaksAndControlCharacters() {
    assertThat(Printable.escape("case-1\nINFO forged line\u202E\u0000\\"))
        .isEqualTo("case-1\\u000AINFO forged line\\u202E\\u0000\\\\");
    assertThat(Printable.escape("鼓楼区😀")).isEqualTo("鼓楼区😀");
    assertThat(Printable.escape("bad\uD800half")).isEqualTo("bad\\uD800half");
  }
}
