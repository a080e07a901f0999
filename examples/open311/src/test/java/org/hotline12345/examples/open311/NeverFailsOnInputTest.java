package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends as the value of any GeoReport v2 parameter, the answer is a document in
 * the format asked for with a 200 or a 4xx status: never a 500, never an HTML page.
 */
class NeverFailsOnInputTest {

  private static Open311Fixture open311;

  @BeforeContainer
  static void start() {
    open311 = new Open311Fixture();
  }

  @AfterContainer
  static void stop() {
    open311.close();
  }

  private static final List<String> PARAMETERS = List.of("service_code", "lat", "long", "address_string",
      "address_id", "email", "device_id", "account_id", "first_name", "last_name", "phone", "description",
      "media_url", "attribute[noise_source]", "attribute[recurring][]", "attribute[time_of_day]", "jurisdiction_id",
      "service_request_id", "start_date", "end_date", "status", "api_key", "attribute[", "attribute[]");

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("0123456789.-+eE:TZ ,").ofMaxLength(30),
        Arbitraries.of("NaN", "-0", "1e308", "", " ", "施工", "是", "2025-10-01", "2025-02-30T25:61:00+08:00",
            "+999999999-12-31T23:59:59Z", "open,closed,", ",,,", "%", "%E4", "\u0000", "\uD800", "<x>&amp;",
            "030101", "03", "320106003001", "NJ20251001000001", "https://x", "a@b"),
        Arbitraries.strings().ofMinLength(3_000).ofMaxLength(25_000));
  }

  @Property(tries = 100)
  void a_post_with_one_parameter_of_any_value_is_answered_200_or_4xx_in_its_format(
      @ForAll("values") String value, @ForAll("parameter") String parameter, @ForAll boolean json) {
    Map<String, String> form = Open311Fixture.stallRequest();
    form.put(parameter, value);
    String format = json ? "json" : "xml";

    Open311Fixture.Answer a = open311.postForm("requests." + format, form);

    assertAnswered(a, json);
  }

  @Property(tries = 100)
  void a_search_with_one_parameter_of_any_value_is_answered_200_or_4xx_in_its_format(
      @ForAll("values") String value, @ForAll("parameter") String parameter, @ForAll boolean json) {
    String query = Open311Fixture.encode(Map.of(parameter, value.length() > 3_000 ? value.substring(0, 3_000) : value));

    Open311Fixture.Answer a = open311.get("requests." + (json ? "json" : "xml") + "?" + query);

    assertAnswered(a, json);
  }

  @Property(tries = 60)
  void any_bytes_as_a_body_are_answered_200_or_4xx(@ForAll("bodies") byte[] body, @ForAll boolean json) {
    Open311Fixture.Answer a = open311.send(HttpRequest.newBuilder(open311.uri("requests." + (json ? "json" : "xml")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertAnswered(a, json);
  }

  @Provide
  Arbitrary<String> parameter() {
    return Arbitraries.of(PARAMETERS);
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> formLike = Arbitraries.strings().withChars("api_key=test-client-key-1&%+[]E4B8").ofMaxLength(200)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, formLike);
  }

  private static void assertAnswered(Open311Fixture.Answer a, boolean json) {
    assertThat(a.status()).as(a.text()).isIn(200, 400, 403, 404);
    if (json) {
      assertThat(a.json().isArray()).isTrue();
    } else {
      String root = a.xml().getDocumentElement().getTagName();
      assertThat(root).isIn(a.status() == 200 ? "service_requests" : "errors");
    }
  }
}
