package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runnable server: its options, and an H2 file that a second run reopens. */
class Open311ServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private static Open311Server parsed(String... args) {
    Open311Server server = new Open311Server();
    new CommandLine(server).parseArgs(args);
    return server;
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void help_lists_every_option() {
    StringWriter out = new StringWriter();
    int code = new CommandLine(new Open311Server()).setOut(new PrintWriter(out)).execute("--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("--port", "--host", "--jurisdiction", "--api-key", "--h2", "--base-path",
        "--caller-secret", "Open311 GeoReport v2");
  }

  @Test
  void a_request_posted_to_a_server_on_an_h2_file_is_found_after_a_restart(@TempDir Path folder) throws Exception {
    String[] args = {"--port", "0", "--api-key", "restart-test-key", "--h2", folder.toString(), "--jurisdiction",
        "nj.test", "--caller-secret", "a caller secret of the test"};
    String id;
    try (Open311Server.Running first = parsed(args).open()) {
      URI base = first.endpoint().baseUri();
      HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("requests.json"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(Open311Fixture.encode(Map.of("api_key", "restart-test-key",
              "jurisdiction_id", "nj.test", "service_code", "010302", "address_id", "320106001",
              "phone", "13912345678", "description", "垃圾桶满了没人清运")))).build());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
      id = Open311Fixture.JSON.readTree(posted.body()).get(0).get("service_request_id").asText();
    }
    assertThat(Files.list(folder)).isNotEmpty();

    try (Open311Server.Running second = parsed(args).open()) {
      HttpResponse<String> found = send(HttpRequest.newBuilder(second.endpoint().baseUri()
          .resolve("requests/" + id + ".json?jurisdiction_id=nj.test")).GET().build());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      JsonNode request = Open311Fixture.JSON.readTree(found.body()).get(0);
      assertThat(request.get("service_code").asText()).isEqualTo("010302");
      assertThat(request.get("address").asText()).isEqualTo("宁海路街道");
      assertThat(found.body()).doesNotContain("垃圾桶满了").doesNotContain("13912345678");
    }
  }

  @Test
  void a_short_caller_secret_and_a_short_api_key_are_refused_naming_the_option() {
    assertThatThrownBy(() -> parsed("--port", "0", "--api-key", "long-enough-key", "--caller-secret", "short").open())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--caller-secret");
    assertThatThrownBy(() -> parsed("--port", "0", "--api-key", "short").open())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey must be 8 to 200");
  }
}
