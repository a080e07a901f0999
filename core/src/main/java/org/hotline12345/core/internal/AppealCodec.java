package org.hotline12345.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.AttachmentRef;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.appeal.Enterprise;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.appeal.Urgency;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;

/** Appeals to and from JSON values, for the event codec. */
final class AppealCodec {

  private AppealCodec() {}

  /**
   * Encodes an appeal: what statistics and rules need stays readable (channel, type,
   * category, area, coordinates, urgency, instants, flags, the accused department); the
   * personal part (content, address, the citizen's name, phone and ID number, the enterprise's
   * name and code, the external id, attachments and attribute values) is one text sealed with
   * the case's key.
   */
  static Map<String, Object> encode(Appeal a, Sealer sealer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channel", a.getChannel().name());
    m.put("type", a.getType().name());
    a.getCategory().ifPresent(c -> m.put("category", c.value()));
    Map<String, Object> location = new LinkedHashMap<>();
    a.getLocation().getArea().ifPresent(x -> location.put("area", Map.of("code", x.code(), "name", x.name())));
    a.getLocation().getCoordinates().ifPresent(c -> location.put("coordinates", List.of(c.latitude(), c.longitude())));
    m.put("location", location);
    Map<String, Object> citizen = new LinkedHashMap<>();
    citizen.put("anonymous", a.getCitizen().isAnonymous());
    citizen.put("confidential", a.getCitizen().isConfidential());
    m.put("citizen", citizen);
    m.put("enterprise", a.getEnterprise().isPresent());
    m.put("receivedAt", a.getReceivedAt().toString());
    m.put("urgency", a.getUrgency().name());
    a.getAccusedDepartment().ifPresent(d -> m.put("accusedDepartment", d.value()));
    m.put("personal", sealer.seal(Json.write(personal(a))));
    return m;
  }

  private static Map<String, Object> personal(Appeal a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("content", a.getContent());
    a.getLocation().getAddress().ifPresent(x -> m.put("address", x));
    Citizen c = a.getCitizen();
    c.getName().ifPresent(n -> m.put("name", n));
    c.getPhone().ifPresent(p -> m.put("phone", p));
    c.getIdNumber().ifPresent(i -> m.put("idNumber", i));
    a.getEnterprise().ifPresent(e -> {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("name", e.getName());
      e.getCreditCode().ifPresent(x -> em.put("creditCode", x));
      m.put("enterprise", em);
    });
    a.getExternalId().ifPresent(e -> m.put("externalId", e));
    List<Object> attachments = new ArrayList<>();
    for (AttachmentRef r : a.getAttachments()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("reference", r.reference());
      rm.put("mediaType", r.mediaType());
      attachments.add(rm);
    }
    m.put("attachments", attachments);
    m.put("attributes", new LinkedHashMap<String, Object>(a.getAttributes()));
    return m;
  }

  /**
   * Decodes an appeal. Once the case's key is destroyed, the content and the enterprise's
   * name read as {@link Sealer#ERASED} and the other personal fields are absent.
   */
  @SuppressWarnings("unchecked")
  static Appeal decode(Map<String, Object> m, Sealer sealer) {
    Map<String, Object> c = (Map<String, Object>) m.get("citizen");
    Map<String, Object> l = (Map<String, Object>) m.get("location");
    String opened = sealer.open((String) m.get("personal"));
    Map<String, Object> p = opened.equals(Sealer.ERASED) ? Map.of("content", Sealer.ERASED)
        : (Map<String, Object>) Json.read(opened);
    Appeal.Builder b = Appeal.builder()
        .channel(Channel.valueOf((String) m.get("channel")))
        .type(AppealType.valueOf((String) m.get("type")))
        .content((String) p.get("content"))
        .receivedAt(Instant.parse((String) m.get("receivedAt")))
        .urgency(Urgency.valueOf((String) m.get("urgency")));
    if (m.containsKey("category")) {
      b.category(CategoryCode.of((String) m.get("category")));
    }
    Location.Builder lb = Location.builder();
    if (p.containsKey("address")) {
      lb.address((String) p.get("address"));
    }
    if (l.containsKey("area")) {
      Map<String, Object> a = (Map<String, Object>) l.get("area");
      lb.area(new Area((String) a.get("code"), (String) a.get("name")));
    }
    if (l.containsKey("coordinates")) {
      List<Object> xy = (List<Object>) l.get("coordinates");
      lb.coordinates(new Coordinates(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()));
    }
    b.location(lb.build());
    Citizen.Builder cb = Citizen.builder()
        .anonymous((Boolean) c.get("anonymous"))
        .confidential((Boolean) c.get("confidential"));
    if (p.containsKey("name")) {
      cb.name((String) p.get("name"));
    }
    if (p.containsKey("phone")) {
      cb.phone((String) p.get("phone"));
    }
    if (p.containsKey("idNumber")) {
      cb.idNumber((String) p.get("idNumber"));
    }
    b.citizen(cb.build());
    if (Boolean.TRUE.equals(m.get("enterprise"))) {
      Map<String, Object> e = (Map<String, Object>) p.getOrDefault("enterprise", Map.of("name", Sealer.ERASED));
      Enterprise.Builder eb = Enterprise.builder().name((String) e.get("name"));
      if (e.containsKey("creditCode")) {
        eb.creditCode((String) e.get("creditCode"));
      }
      b.enterprise(eb.build());
    }
    if (p.containsKey("externalId")) {
      b.externalId((String) p.get("externalId"));
    }
    for (Object o : (List<Object>) p.getOrDefault("attachments", List.of())) {
      Map<String, Object> r = (Map<String, Object>) o;
      b.addAttachments(new AttachmentRef((String) r.get("reference"), (String) r.get("mediaType")));
    }
    ((Map<String, Object>) p.getOrDefault("attributes", Map.of())).forEach((k, v) -> b.putAttributes(k, (String) v));
    if (m.containsKey("accusedDepartment")) {
      b.accusedDepartment(DepartmentId.of((String) m.get("accusedDepartment")));
    }
    return b.build();
  }
}
