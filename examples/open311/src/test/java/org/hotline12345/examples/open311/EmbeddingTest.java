package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.Presets;
import org.junit.jupiter.api.Test;

/** A host's own Javalin application with the endpoint mounted, a fault of the server, and the builder's checks. */
class EmbeddingTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final HotlineService hotline = Open311Server.presetService(new InMemoryStore(), Clock.systemUTC(),
      AppealCheck.none(), "an embedding test caller secret".getBytes(StandardCharsets.UTF_8));

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_host_mounts_the_routes_beside_its_own_and_keeps_them() throws Exception {
    Open311Endpoint endpoint = Open311Endpoint.builder().hotline(hotline).taxonomy(Presets.taxonomy())
        .jurisdiction("nj").apiKey("host-key-0001").basePath("/api/open311").build();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/health", ctx -> ctx.result("ok"));
      endpoint.addTo(config);
    }).start("127.0.0.1", 0);
    try {
      URI base = URI.create("http://127.0.0.1:" + app.port());
      assertThat(get(base.resolve("/health")).body()).isEqualTo("ok");
      HttpResponse<String> services = get(base.resolve("/api/open311/services.xml"));
      assertThat(services.statusCode()).isEqualTo(200);
      assertThat(services.body()).contains("<services><service><service_code>0101</service_code>");
      assertThat(get(base.resolve("/api/open311/nothing.json")).statusCode()).isEqualTo(404);
    } finally {
      app.stop();
    }
  }

  @Test
  void a_fault_of_the_server_is_a_500_error_document_that_tells_nothing_of_the_fault() throws Exception {
    Clock broken = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        if (Thread.currentThread().getName().contains("main")) {
          return Instant.parse("2025-10-01T01:00:00Z");
        }
        throw new IllegalStateException("the clock's secret internals");
      }
    };
    try (Open311Endpoint.Running server = Open311Endpoint.builder().hotline(hotline).taxonomy(Presets.taxonomy())
        .jurisdiction("nj").apiKey("host-key-0001").clock(broken).build().start("127.0.0.1", 0)) {
      HttpResponse<String> a = http.send(HttpRequest.newBuilder(server.baseUri().resolve("requests.xml"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("api_key=host-key-0001&service_code=010301&address_string=x"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(a.statusCode()).isEqualTo(500);
      assertThat(a.body()).contains("<errors><error><code>500</code><description>the server failed")
          .doesNotContain("secret").doesNotContain("IllegalState");
    }
  }

  @Test
  void the_builder_names_what_is_missing_or_malformed() {
    assertThatThrownBy(() -> Open311Endpoint.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("Open311Endpoint needs hotline, taxonomy, jurisdiction; set them on the builder");
    assertThatThrownBy(() -> Open311Endpoint.builder().hotline(hotline).taxonomy(Presets.taxonomy())
        .jurisdiction("nj").build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> Open311Endpoint.builder().jurisdiction("南京")).hasMessageContaining("jurisdiction must be");
    assertThatThrownBy(() -> Open311Endpoint.builder().basePath("open311/")).hasMessageContaining("basePath must be");
    assertThatThrownBy(() -> Open311Endpoint.builder().apiKey("secret key with spaces"))
        .hasMessage("apiKey must be 8 to 200 visible ASCII characters");
    assertThatThrownBy(() -> Open311Endpoint.builder().appealType(org.hotline12345.core.appeal.AppealType.REPORT))
        .hasMessageContaining("report");
  }
}
