package org.hotline12345.examples.open311;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.examples.open311.internal.Dispatch;
import org.hotline12345.examples.open311.internal.JettyErrors;
import org.hotline12345.examples.open311.internal.Open311Failure;
import org.hotline12345.examples.open311.internal.RequestIntake;
import org.hotline12345.examples.open311.internal.RequestQuery;
import org.hotline12345.examples.open311.internal.RequestViews;
import org.hotline12345.examples.open311.internal.ServiceCatalog;
import org.hotline12345.examples.open311.internal.W3cTime;

/**
 * An Open311 GeoReport v2 endpoint over a {@link HotlineService}: the taxonomy's categories as
 * services ({@code GET services}, {@code GET services/{code}} with their attributes), appeals
 * submitted as service requests ({@code POST requests}, with an API key), and cases published
 * through their public view only ({@code GET requests} with the spec's filters,
 * {@code GET requests/{id}}), in XML and JSON by the resource's extension
 * ({@code services.xml}, {@code requests.json}), and the service discovery document
 * ({@code discovery.json}). See {@code docs/open311.md}.
 *
 * <pre>{@code
 * Open311Endpoint endpoint = Open311Endpoint.builder()
 *     .hotline(hotline).taxonomy(Presets.taxonomy()).areas(Presets.areas())
 *     .jurisdiction("nanjing.example").apiKey("a key the city gave the client")
 *     .zone(WorkingCalendars.CHINA_ZONE).clock(clock)
 *     .build();
 * try (Open311Endpoint.Running server = endpoint.start("127.0.0.1", 8311)) {
 *   System.out.println(server.baseUri()); // http://127.0.0.1:8311/open311/v2/
 * }
 * }</pre>
 *
 * <p>A host with its own Javalin application mounts the routes with {@link #addTo}. Immutable
 * and thread-safe once built.
 */
public final class Open311Endpoint {

  /** The base path unless set otherwise. */
  public static final String DEFAULT_BASE_PATH = "/open311/v2";
  /** The largest request body, in bytes, unless set otherwise. */
  public static final long DEFAULT_MAX_BODY = 1_000_000;
  /** The size of request headers and the request line Jetty accepts (a long query string fits). */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
  private static final Pattern JURISDICTION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final Dispatch dispatch;
  private final String basePath;

  private Open311Endpoint(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.hotline == null) {
      missing.add("hotline");
    }
    if (b.taxonomy == null) {
      missing.add("taxonomy");
    }
    if (b.jurisdiction == null) {
      missing.add("jurisdiction");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Open311Endpoint needs " + String.join(", ", missing)
          + "; set them on the builder");
    }
    if (b.apiKeys.isEmpty()) {
      throw new IllegalStateException("Open311Endpoint needs at least one apiKey: POST requests require one");
    }
    this.basePath = b.basePath;
    ServiceCatalog catalog = new ServiceCatalog(b.taxonomy);
    RequestViews views = new RequestViews(catalog, b.hotline.lifecycle().directory(), new W3cTime(b.zone));
    RequestIntake intake = new RequestIntake(new RequestIntake.Settings(b.hotline, catalog,
        Optional.ofNullable(b.areas), b.channel, b.type, b.check, b.clock, views));
    RequestQuery query = new RequestQuery(b.hotline, catalog, views, b.clock);
    List<byte[]> keys = b.apiKeys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    this.dispatch = new Dispatch(new Dispatch.Settings(b.basePath, b.jurisdiction, keys, catalog, intake, query,
        b.maxBody, views.time().format(b.clock.instant())));
  }

  /**
   * Starts a builder; hotline, taxonomy, jurisdiction and at least one API key are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base path the resources live under.
   *
   * @return for example {@code /open311/v2}
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Mounts the endpoint's routes on a host's Javalin configuration: every method on every path
   * under the base path. The host keeps its own error pages elsewhere; {@link #start} also
   * answers paths outside the base path, and Jetty's own refusals, as Open311 errors.
   *
   * @param config the host's configuration
   * @throws NullPointerException if config is null
   */
  public void addTo(JavalinConfig config) {
    Objects.requireNonNull(config, "config");
    Handler handler = dispatch::handle;
    for (String path : List.of(basePath, basePath + "/<rest>")) {
      config.routes.get(path, handler);
      config.routes.post(path, handler);
      config.routes.put(path, handler);
      config.routes.patch(path, handler);
      config.routes.delete(path, handler);
    }
  }

  /**
   * Starts a server of its own on Jetty.
   *
   * @param host the address to listen on, for example {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws NullPointerException if host is null
   * @throws IllegalArgumentException if the port is out of range
   */
  public Running start(String host, int port) {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = dispatch.maxBody();
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      addTo(config);
      // Javalin's own answers (a path outside the base path, a method no route takes) as Open311 errors.
      config.routes.error(404, ctx -> {
        if (!isOpen311(ctx.res().getContentType())) {
          Dispatch.fail(ctx, Dispatch.formatOf(ctx.req().getRequestURI()),
              Open311Failure.notFound("resource: no such resource; GeoReport v2 lives under " + basePath));
        }
      });
      config.routes.error(405, ctx -> {
        if (!isOpen311(ctx.res().getContentType())) {
          Dispatch.fail(ctx, Dispatch.formatOf(ctx.req().getRequestURI()),
              Open311Failure.of(405, "method: not offered here"));
        }
      });
    });
    app.start(host, port);
    return new Running(app, host, basePath);
  }

  private static boolean isOpen311(String contentType) {
    return contentType != null && (contentType.startsWith("text/xml") || contentType.startsWith("application/json"));
  }

  /** A running server; closing it stops it. */
  public static final class Running implements AutoCloseable {
    private final Javalin app;
    private final URI baseUri;

    private Running(Javalin app, String host, String basePath) {
      this.app = app;
      String h = host.contains(":") ? "[" + host + "]" : host;
      this.baseUri = URI.create("http://" + h + ":" + app.port() + basePath + "/");
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
      return app.port();
    }

    /**
     * Where the resources are: append {@code services.xml}, {@code requests.json}, ...
     *
     * @return for example {@code http://127.0.0.1:8311/open311/v2/}
     */
    public URI baseUri() {
      return baseUri;
    }

    /** Stops the server. */
    @Override
    public void close() {
      app.stop();
    }

    @Override
    public String toString() {
      return "Open311Endpoint.Running[" + baseUri + "]";
    }
  }

  /** Builds an {@link Open311Endpoint}; not thread-safe. */
  public static final class Builder {
    private HotlineService hotline;
    private CategoryTaxonomy taxonomy;
    private AreaHierarchy areas;
    private String jurisdiction;
    private final List<String> apiKeys = new ArrayList<>();
    private String basePath = DEFAULT_BASE_PATH;
    private Channel channel = Channel.WEB;
    private AppealType type = AppealType.HELP;
    private AppealCheck check = AppealCheck.none();
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private long maxBody = DEFAULT_MAX_BODY;

    private Builder() {}

    /**
     * The service requests go to and cases come from. Required.
     *
     * @param hotline the service
     * @return this builder
     */
    public Builder hotline(HotlineService hotline) {
      this.hotline = Objects.requireNonNull(hotline, "hotline");
      return this;
    }

    /**
     * The taxonomy published as services, the same the lifecycle checks categories with. Required.
     *
     * @param taxonomy the taxonomy
     * @return this builder
     */
    public Builder taxonomy(CategoryTaxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * The areas whose codes a client may send as {@code address_id}; without them,
     * {@code address_id} is refused.
     *
     * @param areas the area hierarchy
     * @return this builder
     */
    public Builder areas(AreaHierarchy areas) {
      this.areas = Objects.requireNonNull(areas, "areas");
      return this;
    }

    /**
     * The {@code jurisdiction_id} this endpoint serves. Required. A request may leave
     * {@code jurisdiction_id} out (the endpoint serves one jurisdiction); another one is
     * answered 404.
     *
     * @param jurisdiction 1 to 100 ASCII letters, digits or {@code . _ : -}, for example
     *     {@code nanjing.example}
     * @return this builder
     * @throws IllegalArgumentException if malformed
     */
    public Builder jurisdiction(String jurisdiction) {
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      if (!JURISDICTION.matcher(jurisdiction).matches()) {
        throw new IllegalArgumentException("jurisdiction must be 1 to 100 ASCII letters, digits or . _ : -");
      }
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * An API key a client may post requests with; call once for each client. At least one.
     *
     * @param apiKey at least 8 visible ASCII characters, at most 200
     * @return this builder
     * @throws IllegalArgumentException if malformed (the message never shows the key)
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      if (!apiKey.matches("[\\x21-\\x7e]{8,200}")) {
        throw new IllegalArgumentException("apiKey must be 8 to 200 visible ASCII characters");
      }
      this.apiKeys.add(apiKey);
      return this;
    }

    /**
     * The path the resources live under.
     *
     * @param basePath for example {@code /open311/v2}; {@value #DEFAULT_BASE_PATH} if not set
     * @return this builder
     * @throws IllegalArgumentException if not segments of unreserved characters, each after a slash
     */
    public Builder basePath(String basePath) {
      Objects.requireNonNull(basePath, "basePath");
      if (!BASE_PATH.matcher(basePath).matches()) {
        throw new IllegalArgumentException("basePath must be /segment[/segment...] of letters, digits and . _ ~ -");
      }
      this.basePath = basePath;
      return this;
    }

    /**
     * The channel appeals arrive through; {@link Channel#WEB} if not set.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * The type of the appeals (GeoReport v2 has none); {@link AppealType#HELP} (求助) if not set.
     *
     * @param type the type; not {@link AppealType#REPORT}, whose intake needs more than Open311 carries
     * @return this builder
     * @throws IllegalArgumentException for a report
     */
    public Builder appealType(AppealType type) {
      Objects.requireNonNull(type, "type");
      if (type == AppealType.REPORT) {
        throw new IllegalArgumentException("type: a report (举报) is not taken through Open311");
      }
      this.type = type;
      return this;
    }

    /**
     * The check of appeals' essential elements before they are submitted (a phone number of the
     * right form, ...), answered 400 naming the parameter; {@link AppealCheck#none()} if not set.
     *
     * @param check for example {@code AppealCheck.jakarta(validator)}
     * @return this builder
     */
    public Builder appealCheck(AppealCheck check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * The clock appeals are received by and the default window of {@code GET requests} ends at:
     * the service's own clock. {@link Clock#systemUTC()} if not set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The zone dates are written in (with its offset, {@code +08:00}) and dates without an
     * offset are read in; {@code Asia/Shanghai} if not set.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The largest request body; {@value #DEFAULT_MAX_BODY} bytes if not set.
     *
     * @param bytes 1,000 to 100,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxBody(long bytes) {
      if (bytes < 1_000 || bytes > 100_000_000) {
        throw new IllegalArgumentException("maxBody must be 1000 to 100000000 bytes, was " + bytes);
      }
      this.maxBody = bytes;
      return this;
    }

    /**
     * Builds the endpoint.
     *
     * @return the endpoint
     * @throws IllegalStateException if a required setting is missing
     */
    public Open311Endpoint build() {
      return new Open311Endpoint(this);
    }
  }

  @Override
  public String toString() {
    return "Open311Endpoint[" + basePath + "]";
  }
}
