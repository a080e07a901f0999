package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.examples.open311.Open311Fixture.API_KEY;
import static org.hotline12345.examples.open311.Open311Fixture.assertJsonError;
import static org.hotline12345.examples.open311.Open311Fixture.assertXmlError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What clients send by mistake or on purpose: wrong routes, formats and methods, bad encodings,
 * huge parameters and bodies. Every answer is a 4xx Open311 error document, never a 500.
 */
class HostileInputTest {

  private static Open311Fixture open311;

  @BeforeAll
  static void start() {
    open311 = new Open311Fixture();
  }

  @AfterAll
  static void stop() {
    open311.close();
  }

  @Test
  void unknown_routes_formats_and_missing_extensions_are_404_in_the_format_asked_for_or_xml() {
    assertXmlError(open311.get("tokens.xml"), 404, "resource: no such resource");
    assertJsonError(open311.get("tokens.json"), 404, "resource: no such resource");
    assertJsonError(open311.get("services/030101/extra.json"), 404, "resource: no such resource");
    assertXmlError(open311.get("services.csv"), 404, "format: only .xml and .json are offered");
    assertXmlError(open311.get("services"), 404, "format: add .xml or .json");
    assertXmlError(open311.get("requests"), 404, "format: add .xml or .json");
    assertXmlError(open311.get(""), 404, "resource");
    assertXmlError(open311.send(HttpRequest.newBuilder(open311.uri("services.xml"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())), 404, "resource");
    assertJsonError(open311.send(HttpRequest.newBuilder(open311.server.baseUri().resolve("/elsewhere/x.json")).GET()),
        404, "no such resource");
    assertXmlError(open311.send(HttpRequest.newBuilder(open311.server.baseUri().resolve("/")).GET()), 404,
        "no such resource");
  }

  @Test
  void a_method_the_resource_does_not_offer_is_405_with_the_methods_it_does() {
    Open311Fixture.Answer a = open311.send(HttpRequest.newBuilder(open311.uri("services.json"))
        .POST(HttpRequest.BodyPublishers.ofString("api_key=" + API_KEY)));
    assertJsonError(a, 405, "method: POST is not offered");
    assertXmlError(open311.send(HttpRequest.newBuilder(open311.uri("requests.xml")).DELETE()), 405, "method");
    assertXmlError(open311.send(HttpRequest.newBuilder(open311.uri("requests/NJ1.xml"))
        .POST(HttpRequest.BodyPublishers.noBody())), 405, "method");
  }

  @Test
  void bad_percent_encoding_and_bytes_that_are_not_utf8_are_400() throws IOException {
    assertJsonError(open311.get("requests.json?status=%E4%B8"), 400, "query string: must be UTF-8");
    assertThat(raw("GET /open311/v2/requests.json?status=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400").contains("application/json")
        .contains("\"description\":\"query string: a % must be followed by two hexadecimal digits\"");
    assertJsonError(open311.send(HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28}))), 400,
        "body: must be UTF-8");
    assertJsonError(open311.get("services/%FF.json"), 400, "request: refused by the HTTP server");
  }

  @Test
  void a_huge_query_string_a_huge_parameter_and_too_many_parameters_are_4xx_errors() {
    Open311Fixture.Answer longValue = open311.get("requests.json?service_code=" + "0".repeat(30_000));
    assertJsonError(longValue, 400, "service_code: at most 20000 characters");
    Open311Fixture.Answer tooMany = open311.get("requests.json?" + "a=1&".repeat(400));
    assertJsonError(tooMany, 400, "parameters: at most 300");
    Open311Fixture.Answer tooLong = open311.get("requests.json?service_code=" + "0".repeat(70_000));
    assertThat(tooLong.status()).isBetween(400, 499);
    assertXmlError(tooLong, tooLong.status(), "request");
  }

  @Test
  void a_body_over_the_limit_is_413_as_an_open311_error() {
    String huge = "api_key=" + API_KEY + "&description=" + "x".repeat(1_100_000);
    // On a connection of its own: the server closes it after refusing the body unread.
    try (Open311Fixture own = new Open311Fixture()) {
      assertJsonError(own.postForm("requests.json", huge, "application/x-www-form-urlencoded"), 413,
          "the body is too large");
    }
  }

  @Test
  void a_huge_attribute_and_a_malformed_attribute_name_are_400() {
    String base = "api_key=" + API_KEY + "&service_code=040101&address_id=320106003001&phone=13912345678";
    assertJsonError(open311.postForm("requests.json", base + "&attribute[detail]=" + "y".repeat(2_001),
        "application/x-www-form-urlencoded"), 400, "attribute[detail]: at most 2000 characters");
    assertJsonError(open311.postForm("requests.json", base + "&attribute[a][b]=1",
        "application/x-www-form-urlencoded"), 400, "attribute: a name must be attribute[code]");
    assertJsonError(open311.postForm("requests.json", base + "&attribute[affected_households]=many",
        "application/x-www-form-urlencoded"), 400, "attribute[affected_households]: must be a decimal number");
  }

  @Test
  void a_malformed_multipart_body_is_400() {
    assertJsonError(open311.send(HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "multipart/form-data; boundary=XYZ")
        .POST(HttpRequest.BodyPublishers.ofString("--nope\r\nnot multipart"))), 400, "multipart");
  }

  @Test
  void a_request_line_jetty_refuses_before_the_endpoint_sees_it_is_still_an_open311_error() throws IOException {
    String answer = raw("GET /open311/v2/services.json?x=" + "a".repeat(80_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d .*");
    assertThat(answer).contains("<errors><error><code>4");
    String badVersion = raw("GET /open311/v2/services.json HTTP/9.9\r\nHost: x\r\n\r\n");
    assertThat(badVersion).as("Jetty's protocol answer, 505, in an Open311 body").startsWith("HTTP/1.1 505")
        .contains("<errors><error><code>505</code>");
    String noHost = raw("GET /open311/v2/services.json HTTP/1.1\r\n\r\n");
    assertThat(noHost).startsWith("HTTP/1.1 400").contains("[{\"code\":400,\"description\":");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", open311.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
