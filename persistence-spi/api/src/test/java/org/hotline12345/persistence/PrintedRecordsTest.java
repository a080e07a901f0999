package org.hotline12345.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the SPI's records print: keys and instants, never payloads or secrets, never raw control characters. */
class PrintedRecordsTest {

  private static final Instant T0 = Instant.parse("2024-03-04T01:02:03.123456Z");
  private static final String PERSONAL = "{\"name\":\"张三\",\"phone\":\"13812345678\"}";

  @Test
  void anEventPrintsItsCaseSequenceTypeAndInstantButNotItsPayload() {
    StoredEvent event = new StoredEvent("case-1", 3, "Registered", T0, PERSONAL);

    assertThat(event.toString())
        .isEqualTo("StoredEvent[caseId=case-1, sequence=3, type=Registered, occurredAt=" + T0
            + ", payload=" + PERSONAL.length() + " chars]")
        .doesNotContain("张三").doesNotContain("13812345678");
    assertThat(new PositionedEvent(17, event).toString())
        .startsWith("PositionedEvent[position=17, event=StoredEvent[caseId=case-1")
        .doesNotContain("13812345678");
  }

  @Test
  void anOutboxMessagePrintsNoPayload() {
    OutboxMessage message = new OutboxMessage("case-1#1", "case.registered", "case-1", PERSONAL, T0);

    assertThat(message.toString()).contains("case-1#1", "case.registered").doesNotContain("13812345678");
  }

  @Test
  void aCasePrintsNoInquiryCode() {
    StoredCase stored = new StoredCase("case-1", "NJ20240304000001", "K7Q2M9XAB3CD", "REGISTERED", true,
        Optional.empty(), Optional.empty(), Optional.empty(), T0, Optional.empty(), 1);

    assertThat(stored.toString()).contains("case-1", "NJ20240304000001").doesNotContain("K7Q2M9XAB3CD");
  }

  @Test
  void lineBreaksAndControlCharactersArePrintedEscaped() {
    StoredEvent forged = new StoredEvent("case-1\nINFO forged line", 1, "T\u202E\u0000", T0, "{}");

    assertThat(forged.toString())
        .doesNotContain("\n").doesNotContain("\u202E").doesNotContain("\u0000")
        .contains("case-1\\u000AINFO forged line", "T\\u202E\\u0000");
  }
}
