package org.hotline12345.examples.open311.internal;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.util.MultipartUtil;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hotline12345.core.category.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint's one handler: it reads the resource and its format from the path under the base
 * path, checks {@code jurisdiction_id} and, for {@code POST requests}, {@code api_key}, and
 * answers in the format asked for; every failure is an Open311 error document with a 4xx status
 * (a 500 only for a fault of the server itself, without details).
 */
public final class Dispatch {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);
  /** The most bytes of one field of a multipart body. */
  private static final int MAX_PART = Params.MAX_VALUE_LENGTH * 4;

  /** The configuration the handler reads. */
  public record Settings(String basePath, String jurisdiction, List<byte[]> apiKeys, ServiceCatalog catalog,
      RequestIntake intake, RequestQuery query, long maxBody, String changeset) {}

  private final Settings settings;

  /**
   * A handler.
   *
   * @param settings the endpoint's configuration
   */
  public Dispatch(Settings settings) {
    this.settings = settings;
  }

  /**
   * The largest body read.
   *
   * @return bytes
   */
  public long maxBody() {
    return settings.maxBody();
  }

  /** A resource named by a path: its parts before the extension, and the extension. */
  record Resource(List<String> segments, Format format) {}

  /**
   * Handles a request under the base path.
   *
   * @param ctx the request
   */
  public void handle(Context ctx) {
    Format format = formatOf(ctx.req().getRequestURI());
    try {
      Resource r = resource(ctx.req().getRequestURI());
      format = r.format();
      answer(ctx, format, route(ctx, r));
    } catch (Open311Failure f) {
      fail(ctx, format, f);
    } catch (HttpResponseException e) {
      fail(ctx, format, Open311Failure.of(e.getStatus() >= 400 && e.getStatus() < 500 ? e.getStatus() : 400,
          "request: " + (e.getStatus() == 413 ? "the body is too large (at most " + settings.maxBody()
              + " bytes)" : "refused by the server (" + e.getStatus() + ")")));
    } catch (RuntimeException e) {
      LOG.error("Open311 request failed: {} {}", ctx.method(), e.getClass().getName(), e);
      answer(ctx, format, 500, errors(Open311Failure.of(500, "the server failed; the request was not processed"
          + " completely, try again later")));
    }
  }

  private Document route(Context ctx, Resource r) {
    HandlerType method = ctx.method();
    List<String> s = r.segments();
    boolean services = s.get(0).equals("services");
    boolean requests = s.get(0).equals("requests");
    if (s.equals(List.of("discovery"))) {
      if (method != HandlerType.GET) {
        ctx.header("Allow", "GET");
        throw Open311Failure.of(405, "method: " + method + " is not offered here");
      }
      return discovery(ctx);
    }
    if (s.size() > 2 || (!services && !requests)) {
      throw Open311Failure.notFound("resource: no such resource; GeoReport v2 offers services, requests and"
          + " discovery");
    }
    boolean post = method == HandlerType.POST;
    if (method != HandlerType.GET && !(post && requests && s.size() == 1)) {
      ctx.header("Allow", requests && s.size() == 1 ? "GET, POST" : "GET");
      throw Open311Failure.of(405, "method: " + method + " is not offered here");
    }
    Params params = new Params().addEncoded(ctx.queryString(), "query string");
    if (post) {
      readBody(ctx, params);
    }
    checkJurisdiction(params);
    if (post) {
      String client = checkApiKey(params);
      return settings.intake().submit(params, Optional.ofNullable(ctx.header("Idempotency-Key"))
          .map(String::strip).filter(k -> !k.isEmpty()), client);
    }
    if (services) {
      if (s.size() == 1) {
        return settings.catalog().services();
      }
      Category c = settings.catalog().find(s.get(1))
          .orElseThrow(() -> Open311Failure.notFound("service_code: no such service; GET services lists them"));
      return settings.catalog().definition(c);
    }
    return s.size() == 1 ? settings.query().search(params) : settings.query().one(s.get(1));
  }

  /**
   * The service discovery document GeoReport v2 asks servers to offer: this one endpoint, its
   * specification, its URL as the client reached it, and its formats.
   */
  private Document discovery(Context ctx) {
    String url = ctx.scheme() + "://" + Optional.ofNullable(ctx.host()).orElse("localhost") + settings.basePath();
    Document.Fields endpoint = new Document.Fields()
        .put("specification", "http://wiki.open311.org/GeoReport_v2")
        .put("url", url)
        .put("changeset", settings.changeset())
        .put("type", "production")
        .put("formats", new Document.Items("format", List.of(Format.XML.contentType().split(";")[0],
            Format.JSON.contentType().split(";")[0])));
    return new Document("discovery", new Document.Fields()
        .put("changeset", settings.changeset())
        .put("contact", null)
        .put("key_service", null)
        .put("endpoints", new Document.Items("endpoint", List.of(endpoint))));
  }

  private void checkJurisdiction(Params params) {
    Optional<String> given = params.single("jurisdiction_id");
    if (given.isPresent() && !given.get().equals(settings.jurisdiction())) {
      throw Open311Failure.notFound("jurisdiction_id: not served here; this endpoint serves "
          + settings.jurisdiction());
    }
  }

  /** Checks the key; returns a tag of it (the first 12 hex digits of its SHA-256), never the key. */
  private String checkApiKey(Params params) {
    Optional<String> key;
    try {
      key = params.single("api_key");
    } catch (Open311Failure twice) {
      throw Open311Failure.of(403, "api_key: given twice with different values");
    }
    if (key.isEmpty()) {
      throw Open311Failure.of(403, "api_key: required to post a request");
    }
    byte[] given = key.get().getBytes(StandardCharsets.UTF_8);
    boolean known = false;
    for (byte[] k : settings.apiKeys()) {
      known |= MessageDigest.isEqual(k, given);
    }
    if (!known) {
      throw Open311Failure.of(403, "api_key: not a valid key");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(given);
      return java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The body as parameters: multipart fields, or a form, UTF-8 whatever the Content-Type says. */
  private void readBody(Context ctx, Params params) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      ctx.req().setAttribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, new MultipartConfigElement(
          System.getProperty("java.io.tmpdir"), settings.maxBody(), settings.maxBody(), (int) settings.maxBody()));
      try {
        for (Part part : ctx.req().getParts()) {
          if (part.getSubmittedFileName() != null) {
            continue; // a file (a photo): GeoReport v2 takes media by media_url; not kept
          }
          params.add(part.getName(), Params.utf8(read(part), Params.safeName(part.getName())));
        }
      } catch (IOException | jakarta.servlet.ServletException | IllegalStateException e) {
        throw Open311Failure.badRequest("body: not a well-formed multipart/form-data body within "
            + settings.maxBody() + " bytes");
      }
      return;
    }
    byte[] body = ctx.bodyAsBytes();
    String text = Params.utf8(body, "body").strip();
    if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<")) {
      throw Open311Failure.badRequest("body: must be form-encoded (application/x-www-form-urlencoded) or"
          + " multipart/form-data, as GeoReport v2 posts requests");
    }
    params.addEncoded(text, "body");
  }

  private static byte[] read(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_PART) {
          throw Open311Failure.badRequest(Params.safeName(part.getName()) + ": at most "
              + Params.MAX_VALUE_LENGTH + " characters");
        }
      }
      return out.toByteArray();
    }
  }

  /** The resource under the base path: segments percent-decoded, then the extension. */
  private Resource resource(String rawPath) {
    String rest = rawPath.length() > settings.basePath().length() ? rawPath.substring(settings.basePath().length())
        : "";
    if (!rawPath.startsWith(settings.basePath()) || !rest.startsWith("/") || rest.length() == 1) {
      throw Open311Failure.notFound("resource: no such resource; GeoReport v2 lives under " + settings.basePath());
    }
    String[] raw = rest.substring(1).split("/", -1);
    String last = raw[raw.length - 1];
    int dot = last.lastIndexOf('.');
    if (dot < 0) {
      throw Open311Failure.notFound("format: add .xml or .json to the resource, for example services.xml");
    }
    Format format = Format.of(last.substring(dot + 1)).orElseThrow(() -> Open311Failure.notFound(
        "format: only .xml and .json are offered"));
    raw[raw.length - 1] = last.substring(0, dot);
    List<String> segments = new java.util.ArrayList<>();
    for (String r : raw) {
      String decoded = PathText.decode(r);
      if (decoded.isEmpty()) {
        throw Open311Failure.notFound("resource: no such resource (an empty path segment)");
      }
      segments.add(decoded);
    }
    return new Resource(segments, format);
  }

  /**
   * The format a path asks for, as far as it can be told; XML (the format GeoReport v2
   * requires) otherwise.
   *
   * @param rawPath the path
   * @return the format
   */
  public static Format formatOf(String rawPath) {
    if (rawPath == null) {
      return Format.XML;
    }
    int dot = rawPath.lastIndexOf('.');
    int slash = rawPath.lastIndexOf('/');
    return dot > slash ? Format.of(rawPath.substring(dot + 1)).orElse(Format.XML) : Format.XML;
  }

  private static void answer(Context ctx, Format format, Document document) {
    answer(ctx, format, 200, document);
  }

  private static void answer(Context ctx, Format format, int status, Document document) {
    ctx.status(status).contentType(format.contentType()).result(document.write(format));
  }

  /**
   * Answers a failure in the format.
   *
   * @param ctx the request
   * @param format the format
   * @param failure the failure
   */
  public static void fail(Context ctx, Format format, Open311Failure failure) {
    answer(ctx, format, failure.status(), errors(failure));
  }

  /**
   * The error document of a failure.
   *
   * @param failure the failure
   * @return {@code errors}/{@code error}
   */
  public static Document errors(Open311Failure failure) {
    List<Document.Fields> items = failure.errors().stream()
        .map(e -> new Document.Fields().put("code", e.code()).put("description", e.description())).toList();
    return new Document("errors", new Document.Items("error", items));
  }
}
