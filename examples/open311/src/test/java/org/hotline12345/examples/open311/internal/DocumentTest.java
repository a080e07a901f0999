package org.hotline12345.examples.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hotline12345.examples.open311.internal.Document.Fields;
import org.hotline12345.examples.open311.internal.Document.Items;
import org.junit.jupiter.api.Test;

/** The two shapes of one document, and W3C dates. */
class DocumentTest {

  private static String xml(Document d) {
    return new String(d.write(Format.XML), StandardCharsets.UTF_8);
  }

  private static String json(Document d) {
    return new String(d.write(Format.JSON), StandardCharsets.UTF_8);
  }

  @Test
  void a_list_is_a_wrapper_of_items_in_xml_and_a_bare_array_in_json() {
    Document d = new Document("services", new Items("service", List.of(
        new Fields().put("service_code", "001").put("metadata", true),
        new Fields().put("service_code", "002").put("metadata", false))));

    assertThat(xml(d)).isEqualTo("<?xml version='1.0' encoding='UTF-8'?><services><service><service_code>001"
        + "</service_code><metadata>true</metadata></service><service><service_code>002</service_code><metadata>"
        + "false</metadata></service></services>");
    assertThat(json(d)).isEqualTo("[{\"service_code\":\"001\",\"metadata\":true},{\"service_code\":\"002\","
        + "\"metadata\":false}]");
  }

  @Test
  void an_empty_list_is_an_empty_root_and_an_empty_array() {
    Document d = new Document("service_requests", new Items("request", List.of()));

    assertThat(xml(d)).endsWith("<service_requests/>");
    assertThat(json(d)).isEqualTo("[]");
  }

  @Test
  void null_is_an_empty_element_and_json_null_and_numbers_are_never_in_exponent_form() {
    Document d = new Document("request", new Fields().put("lat", new BigDecimal("0.0001")).put("long",
        BigDecimal.valueOf(120.0).stripTrailingZeros()).put("zipcode", null).put("order", 3));

    assertThat(xml(d)).endsWith("<request><lat>0.0001</lat><long>120</long><zipcode/><order>3</order></request>");
    assertThat(json(d)).isEqualTo("{\"lat\":0.0001,\"long\":120,\"zipcode\":null,\"order\":3}");
  }

  @Test
  void text_is_escaped_in_both_formats_and_chinese_is_written_as_utf8() {
    Document d = new Document("error", new Fields().put("description", "<a & \"b\"> 噪音"));

    assertThat(xml(d)).contains("<description>&lt;a &amp; \"b\"> 噪音</description>");
    assertThat(json(d)).isEqualTo("{\"description\":\"<a & \\\"b\\\"> 噪音\"}");
  }

  @Test
  void dates_are_written_to_the_second_with_a_colon_in_the_offset_even_at_utc() {
    assertThat(new W3cTime(ZoneId.of("Asia/Shanghai")).format(Instant.parse("2025-10-01T01:00:00.987Z")))
        .isEqualTo("2025-10-01T09:00:00+08:00");
    assertThat(new W3cTime(ZoneId.of("UTC")).format(Instant.parse("2025-10-01T01:00:00Z")))
        .isEqualTo("2025-10-01T01:00:00+00:00");
    assertThat(new W3cTime(ZoneId.of("America/Los_Angeles")).format(Instant.parse("2017-12-01T20:00:00Z")))
        .isEqualTo("2017-12-01T12:00:00-08:00");
  }

  @Test
  void dates_are_read_in_the_forms_clients_send() {
    W3cTime time = new W3cTime(ZoneId.of("Asia/Shanghai"));
    Instant nine = Instant.parse("2025-10-01T01:00:00Z");

    assertThat(time.parse("start_date", "2025-10-01T09:00:00+08:00").instant()).isEqualTo(nine);
    assertThat(time.parse("start_date", "2025-10-01T01:00:00Z").instant()).isEqualTo(nine);
    assertThat(time.parse("start_date", "2025-10-01T09:00:00+0800").instant()).isEqualTo(nine);
    assertThat(time.parse("start_date", "2025-10-01T09:00:00 08:00").instant()).isEqualTo(nine);
    assertThat(time.parse("start_date", "2025-10-01T09:00:00").instant()).isEqualTo(nine);
    assertThat(time.parse("start_date", "2025-10-01")).isEqualTo(new W3cTime.Parsed(
        Instant.parse("2025-09-30T16:00:00Z"), true));
  }
}
