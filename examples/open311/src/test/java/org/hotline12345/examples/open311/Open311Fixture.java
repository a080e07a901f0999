package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.Presets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A running endpoint on the presets over the in-memory store, on 127.0.0.1 and a free port, with
 * a clock at Wednesday 1 October 2025, 09:00 Beijing time; and a client that speaks to it over
 * real HTTP (java.net.http), reading XML with the JDK's DOM and JSON with Jackson.
 */
final class Open311Fixture implements AutoCloseable {

  static final String API_KEY = "test-client-key-1";
  static final String JURISDICTION = "nanjing.example";
  /** 2025-10-01T09:00:00+08:00. */
  static final Instant T0 = Instant.parse("2025-10-01T01:00:00Z");
  static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";

  final MovableClock clock = MovableClock.at(T0, WorkingCalendars.CHINA_ZONE);
  final InMemoryStore store = new InMemoryStore();
  final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
  final HotlineService hotline;
  final Open311Endpoint.Running server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  Open311Fixture() {
    AppealCheck check = AppealCheck.jakarta(validators.getValidator());
    hotline = Open311Server.presetService(store, clock, check,
        "the test platform's caller secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server = Open311Endpoint.builder()
        .hotline(hotline).taxonomy(Presets.taxonomy()).areas(Presets.areas())
        .jurisdiction(JURISDICTION).apiKey(API_KEY).apiKey("second-client-key")
        .appealCheck(check).clock(clock).zone(WorkingCalendars.CHINA_ZONE)
        .build().start("127.0.0.1", 0);
  }

  /** An HTTP answer. */
  record Answer(int status, String contentType, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    Document xml() {
      assertThat(contentType).startsWith("text/xml");
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      } catch (Exception e) {
        throw new AssertionError("not XML: " + text(), e);
      }
    }

    JsonNode json() {
      assertThat(contentType).startsWith("application/json");
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }
  }

  URI uri(String resource) {
    return server.baseUri().resolve(resource);
  }

  Answer get(String resource) {
    return send(HttpRequest.newBuilder(uri(resource)).GET());
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer postForm(String resource, Map<String, String> form) {
    return postForm(resource, encode(form), "application/x-www-form-urlencoded");
  }

  Answer postForm(String resource, String body, String contentType) {
    return send(HttpRequest.newBuilder(uri(resource)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  static String encode(Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }

  /** A street-stall request (占道经营) in 狮子桥社区 with coordinates, a named citizen and a phone. */
  static Map<String, String> stallRequest() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", API_KEY);
    form.put("jurisdiction_id", JURISDICTION);
    form.put("service_code", "010301");
    form.put("lat", "32.0581234");
    form.put("long", "118.7834567");
    form.put("address_id", "320106003001");
    form.put("address_string", "鼓楼区湖南路88号");
    form.put("first_name", "五");
    form.put("last_name", "王");
    form.put("phone", "13912345678");
    form.put("email", "wangwu@example.org");
    form.put("description", "小区门口有人占道摆摊，堵住了消防通道");
    return form;
  }

  /** Posts a request and returns its service_request_id. */
  String submit(Map<String, String> form) {
    Answer a = postForm("requests.json", form);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.json().get(0).get("service_request_id").asText();
  }

  /** The child elements of an element, by name, in order. */
  static List<Element> children(Node parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The names of an element's child elements, in order. */
  static List<String> childNames(Node parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getTagName());
      }
    }
    return names;
  }

  /** The text of the one child element of the name. */
  static String text(Node parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("one <" + name + "> in <" + parent.getNodeName() + ">").hasSize(1);
    return found.get(0).getTextContent();
  }

  /** Checks an Open311 error document: the status, XML errors/error with code and description. */
  static void assertXmlError(Answer a, int status, String descriptionPart) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    Element root = a.xml().getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("errors");
    List<Element> errors = children(root, "error");
    assertThat(errors).isNotEmpty();
    for (Element e : errors) {
      assertThat(childNames(e)).containsExactly("code", "description");
      assertThat(text(e, "code")).isEqualTo(String.valueOf(status));
    }
    assertThat(errors).extracting(e -> text(e, "description")).anySatisfy(d -> assertThat(d).contains(descriptionPart));
  }

  /** Checks a JSON error document: the status, an array of {code, description}. */
  static void assertJsonError(Answer a, int status, String descriptionPart) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    JsonNode errors = a.json();
    assertThat(errors.isArray()).isTrue();
    assertThat(errors.size()).isPositive();
    List<String> descriptions = new ArrayList<>();
    for (JsonNode e : errors) {
      assertThat(e.get("code").asInt()).isEqualTo(status);
      descriptions.add(e.get("description").asText());
    }
    assertThat(descriptions).anySatisfy(d -> assertThat(d).contains(descriptionPart));
  }

  @Override
  public void close() {
    server.close();
    validators.close();
  }
}
