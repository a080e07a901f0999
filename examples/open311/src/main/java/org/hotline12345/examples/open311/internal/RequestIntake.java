package org.hotline12345.examples.open311.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AppealLimits;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.appeal.AttachmentRef;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.category.AttributeViolation;
import org.hotline12345.core.category.Category;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.service.Submission;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.examples.open311.internal.Document.Fields;
import org.hotline12345.examples.open311.internal.Document.Items;

/**
 * {@code POST requests}: a GeoReport v2 service request becomes an appeal (诉求) submitted to
 * the {@link HotlineService} by the system actor, through the configured channel and as the
 * configured appeal type. The citizen's name and phone go into the appeal, where the core seals
 * them; e-mail, device and account ids are read (an e-mail must look like one) but not kept,
 * because the appeal has no place for them. A citizen without a phone number is anonymous (匿名):
 * the platform cannot call them back.
 */
public final class RequestIntake {

  /** The longest description GeoReport v2 allows. */
  static final int MAX_DESCRIPTION = 4_000;
  /** The longest idempotency key (the {@code Idempotency-Key} header). */
  static final int MAX_IDEMPOTENCY_KEY = 100;

  private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]*)\\](\\[\\])?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
  private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]{1," + MAX_IDEMPOTENCY_KEY + "}");

  /** What the intake needs of the endpoint's configuration. */
  public record Settings(HotlineService hotline, ServiceCatalog catalog, Optional<AreaHierarchy> areas,
      Channel channel, AppealType type, AppealCheck check, Clock clock, RequestViews views) {}

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestIntake.class);

  private final Settings settings;

  /**
   * An intake.
   *
   * @param settings the endpoint's configuration
   */
  public RequestIntake(Settings settings) {
    this.settings = settings;
  }

  /**
   * Submits a request.
   *
   * @param params the parameters, api_key and jurisdiction_id already checked
   * @param idempotencyKey the client's {@code Idempotency-Key}, if sent
   * @param client a tag of the client's API key, so that two clients' idempotency keys never meet
   * @return {@code service_requests}/{@code request} with the case number
   * @throws Open311Failure 400 naming every parameter and rule broken
   */
  public Document submit(Params params, Optional<String> idempotencyKey, String client) {
    List<String> errors = new ArrayList<>();
    Optional<Category> category = params.single("service_code").flatMap(code -> {
      Optional<Category> found = settings.catalog().find(code);
      if (found.isEmpty()) {
        errors.add("service_code: no such service; GET services lists them");
      }
      return found;
    });
    if (params.single("service_code").isEmpty()) {
      errors.add("service_code: required");
    }
    Location location = location(params, errors);
    Map<String, String> attributes = attributes(params, errors);
    category.ifPresent(c -> checkAttributes(c, attributes, errors));
    Optional<String> description = text(params, "description", MAX_DESCRIPTION, errors);
    Citizen citizen = citizen(params, errors);
    text(params, "email", 320, errors).filter(e -> !EMAIL.matcher(e).matches())
        .ifPresent(e -> errors.add("email: must be an e-mail address such as name@example.org"));
    text(params, "device_id", 200, errors);
    text(params, "account_id", 200, errors);
    Optional<AttachmentRef> media = media(params, errors);
    idempotencyKey.filter(k -> !VISIBLE_ASCII.matcher(k).matches()).ifPresent(k -> errors.add(
        "Idempotency-Key: 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters"));
    if (!errors.isEmpty()) {
      throw Open311Failure.badRequest(errors);
    }
    Category service = category.orElseThrow();
    Appeal.Builder builder = Appeal.builder()
        .channel(settings.channel()).type(settings.type())
        .category(service.getCode())
        .content(description.orElse(service.getName()))
        .location(location)
        .citizen(citizen)
        .attributes(attributes)
        .receivedAt(settings.clock().instant());
    media.ifPresent(builder::addAttachments);
    idempotencyKey.ifPresent(k -> builder.externalId("open311:" + client + ":" + k));
    Appeal appeal = build(builder);
    List<String> violations = settings.check().violations(appeal);
    if (!violations.isEmpty()) {
      throw Open311Failure.badRequest(violations.stream().map(RequestIntake::open311Names).toList());
    }
    Submission submitted;
    try {
      submitted = settings.hotline().submit(appeal, Actor.system());
    } catch (CaseRuleException refused) {
      throw Open311Failure.badRequest("request: refused by the platform's rules (" + refused.rule() + ")");
    }
    submitted.automationStopped().ifPresent(why -> LOG.warn("Open311 request {}: {}", submitted.registered().number(),
        why));
    Case c = submitted.registered();
    return new Document("service_requests", new Items("request", List.of(new Fields()
        .put("service_request_id", c.number().value())
        .put("service_notice", notice(c, submitted.isRepeat()))
        .put("account_id", null))));
  }

  private Appeal build(Appeal.Builder builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException broken) {
      // The limits checked above make this rare; the message names fields and rules, never values.
      throw Open311Failure.badRequest("request: " + broken.getMessage());
    }
  }

  private String notice(Case c, boolean repeat) {
    StringBuilder b = new StringBuilder(c.status().chinese());
    c.lead().flatMap(settings.views()::agencyName).ifPresent(name -> b.append("，承办单位：").append(name));
    c.deadline(Stage.RESOLUTION).ifPresent(d -> b.append("，办结期限：").append(d.lastDay()).append("（含）"));
    if (repeat) {
      b.append("（重复提交，已登记为同一工单）");
    }
    return b.toString();
  }

  private Location location(Params params, List<String> errors) {
    Location.Builder location = Location.builder();
    Optional<String> lat = params.single("lat");
    Optional<String> lon = params.single("long");
    boolean located = false;
    if (lat.isPresent() != lon.isPresent()) {
      errors.add((lat.isPresent() ? "long" : "lat") + ": required with " + (lat.isPresent() ? "lat" : "long"));
    } else if (lat.isPresent()) {
      Optional<Double> la = degrees("lat", lat.get(), 90, errors);
      Optional<Double> lo = degrees("long", lon.get(), 180, errors);
      if (la.isPresent() && lo.isPresent()) {
        location.coordinates(new Coordinates(la.get(), lo.get()));
      }
      located = true;
    }
    Optional<String> address = text(params, "address_string", AppealLimits.MAX_ADDRESS_LENGTH, errors);
    address.ifPresent(location::address);
    located |= address.isPresent();
    Optional<String> addressId = params.single("address_id", AppealLimits.MAX_AREA_CODE_LENGTH);
    if (addressId.isPresent()) {
      located = true;
      Optional<org.hotline12345.core.appeal.Area> area = settings.areas().flatMap(a -> a.find(addressId.get()));
      if (area.isEmpty()) {
        errors.add("address_id: not an area code of this jurisdiction");
      }
      area.ifPresent(location::area);
    }
    if (!located) {
      errors.add("lat, long, address_string, address_id: a location is required: lat and long, address_string"
          + " or address_id");
    }
    return location.build();
  }

  private static Optional<Double> degrees(String name, String text, int bound, List<String> errors) {
    if (NUMBER.matcher(text).matches()) {
      double value = new BigDecimal(text).doubleValue();
      if (value >= -bound && value <= bound) {
        return Optional.of(value);
      }
    }
    errors.add(name + ": must be a decimal number of degrees (WGS 84) from -" + bound + " to " + bound);
    return Optional.empty();
  }

  private Map<String, String> attributes(Params params, List<String> errors) {
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.all().entrySet()) {
      if (!e.getKey().startsWith("attribute[")) {
        continue;
      }
      Matcher m = ATTRIBUTE.matcher(e.getKey());
      if (!m.matches() || m.group(1).isBlank() || m.group(1).length() > AppealLimits.MAX_ATTRIBUTE_KEY_LENGTH) {
        errors.add("attribute: a name must be attribute[code] or attribute[code][] with a code of 1 to "
            + AppealLimits.MAX_ATTRIBUTE_KEY_LENGTH + " characters");
        continue;
      }
      e.getValue().stream().map(String::strip).filter(v -> !v.isEmpty())
          .forEach(v -> chosen.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(v));
    }
    Map<String, String> values = new LinkedHashMap<>();
    chosen.forEach((code, list) -> {
      String joined = String.join(",", list.stream().distinct().toList());
      if (joined.length() > AppealLimits.MAX_ATTRIBUTE_VALUE_LENGTH) {
        errors.add("attribute[" + Params.safeName(code) + "]: at most " + AppealLimits.MAX_ATTRIBUTE_VALUE_LENGTH
            + " characters");
      } else {
        values.put(code, joined);
      }
    });
    if (values.size() > AppealLimits.MAX_ATTRIBUTES) {
      errors.add("attribute: at most " + AppealLimits.MAX_ATTRIBUTES + " attributes");
      values.clear();
    }
    return values;
  }

  private void checkAttributes(Category service, Map<String, String> values, List<String> errors) {
    for (AttributeViolation v : settings.catalog().check(service, values)) {
      String name = AttributeViolation.MALFORMED_CODE.equals(v.attribute()) ? "attribute"
          : "attribute[" + Params.safeName(v.attribute()) + "]";
      errors.add(name + ": " + v.rule());
    }
  }

  private static Citizen citizen(Params params, List<String> errors) {
    Optional<String> first = text(params, "first_name", AppealLimits.MAX_NAME_LENGTH, errors);
    Optional<String> last = text(params, "last_name", AppealLimits.MAX_NAME_LENGTH, errors);
    Optional<String> phone = text(params, "phone", AppealLimits.MAX_PHONE_LENGTH, errors);
    if (phone.isEmpty()) {
      // Not reachable by phone: anonymous, and no name is kept for a citizen nobody may contact.
      return Citizen.anonymous();
    }
    Citizen.Builder citizen = Citizen.builder().phone(phone.get());
    name(first, last).filter(n -> n.length() <= AppealLimits.MAX_NAME_LENGTH).ifPresent(citizen::name);
    return citizen.build();
  }

  /** Family name first when either part is written in Chinese characters, as Chinese names are. */
  private static Optional<String> name(Optional<String> first, Optional<String> last) {
    if (first.isEmpty() || last.isEmpty()) {
      return first.or(() -> last);
    }
    boolean chinese = (first.get() + last.get()).codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    return Optional.of(chinese ? last.get() + first.get() : first.get() + " " + last.get());
  }

  private static Optional<AttachmentRef> media(Params params, List<String> errors) {
    Optional<String> url = text(params, "media_url", AppealLimits.MAX_ATTACHMENT_REFERENCE_LENGTH, errors);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.get());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        String type = URLConnection.guessContentTypeFromName(uri.getPath() == null ? "" : uri.getPath());
        return Optional.of(new AttachmentRef(url.get(), type == null ? "application/octet-stream" : type));
      }
    } catch (URISyntaxException malformed) {
      // refused below
    }
    errors.add("media_url: must be an absolute http or https URL");
    return Optional.empty();
  }

  private static Optional<String> text(Params params, String name, int max, List<String> errors) {
    try {
      return params.single(name, max);
    } catch (Open311Failure e) {
      errors.add(e.errors().get(0).description());
      return Optional.empty();
    }
  }

  /** A violation of the appeal check ({@code citizen.phone: ...}) named by the Open311 parameter. */
  private static String open311Names(String violation) {
    String[][] names = {{"citizen.phone", "phone"}, {"citizen.name", "first_name, last_name"},
        {"citizen.reachable", "phone"}, {"content", "description"}, {"location.address", "address_string"},
        {"location", "lat, long, address_string, address_id"}, {"attachments", "media_url"},
        {"attributes", "attribute"}};
    for (String[] n : names) {
      if (violation.startsWith(n[0])) {
        return n[1] + violation.substring(n[0].length());
      }
    }
    return violation;
  }
}
