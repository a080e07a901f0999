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

  static Map<String, Object> encode(Appeal a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channel", a.getChannel().name());
    m.put("type", a.getType().name());
    a.getCategory().ifPresent(c -> m.put("category", c.value()));
    m.put("content", a.getContent());
    m.put("location", location(a.getLocation()));
    m.put("citizen", citizen(a.getCitizen()));
    a.getEnterprise().ifPresent(e -> {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("name", e.getName());
      e.getCreditCode().ifPresent(c -> em.put("creditCode", c));
      m.put("enterprise", em);
    });
    m.put("receivedAt", a.getReceivedAt().toString());
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
    m.put("urgency", a.getUrgency().name());
    a.getAccusedDepartment().ifPresent(d -> m.put("accusedDepartment", d.value()));
    return m;
  }

  private static Map<String, Object> location(Location l) {
    Map<String, Object> m = new LinkedHashMap<>();
    l.getAddress().ifPresent(a -> m.put("address", a));
    l.getArea().ifPresent(a -> m.put("area", Map.of("code", a.code(), "name", a.name())));
    l.getCoordinates().ifPresent(c -> m.put("coordinates", List.of(c.latitude(), c.longitude())));
    return m;
  }

  private static Map<String, Object> citizen(Citizen c) {
    Map<String, Object> m = new LinkedHashMap<>();
    c.getName().ifPresent(n -> m.put("name", n));
    c.getPhone().ifPresent(p -> m.put("phone", p));
    c.getIdNumber().ifPresent(i -> m.put("idNumber", i));
    m.put("anonymous", c.isAnonymous());
    m.put("confidential", c.isConfidential());
    return m;
  }

  @SuppressWarnings("unchecked")
  static Appeal decode(Map<String, Object> m) {
    Appeal.Builder b = Appeal.builder()
        .channel(Channel.valueOf((String) m.get("channel")))
        .type(AppealType.valueOf((String) m.get("type")))
        .content((String) m.get("content"))
        .location(location((Map<String, Object>) m.get("location")))
        .citizen(citizen((Map<String, Object>) m.get("citizen")))
        .receivedAt(Instant.parse((String) m.get("receivedAt")))
        .urgency(Urgency.valueOf((String) m.get("urgency")));
    if (m.containsKey("category")) {
      b.category(CategoryCode.of((String) m.get("category")));
    }
    if (m.containsKey("enterprise")) {
      Map<String, Object> e = (Map<String, Object>) m.get("enterprise");
      Enterprise.Builder eb = Enterprise.builder().name((String) e.get("name"));
      if (e.containsKey("creditCode")) {
        eb.creditCode((String) e.get("creditCode"));
      }
      b.enterprise(eb.build());
    }
    if (m.containsKey("externalId")) {
      b.externalId((String) m.get("externalId"));
    }
    for (Object o : (List<Object>) m.get("attachments")) {
      Map<String, Object> r = (Map<String, Object>) o;
      b.addAttachments(new AttachmentRef((String) r.get("reference"), (String) r.get("mediaType")));
    }
    ((Map<String, Object>) m.get("attributes")).forEach((k, v) -> b.putAttributes(k, (String) v));
    if (m.containsKey("accusedDepartment")) {
      b.accusedDepartment(DepartmentId.of((String) m.get("accusedDepartment")));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static Location location(Map<String, Object> m) {
    Location.Builder b = Location.builder();
    if (m.containsKey("address")) {
      b.address((String) m.get("address"));
    }
    if (m.containsKey("area")) {
      Map<String, Object> a = (Map<String, Object>) m.get("area");
      b.area(new Area((String) a.get("code"), (String) a.get("name")));
    }
    if (m.containsKey("coordinates")) {
      List<Object> c = (List<Object>) m.get("coordinates");
      b.coordinates(new Coordinates(((Number) c.get(0)).doubleValue(), ((Number) c.get(1)).doubleValue()));
    }
    return b.build();
  }

  private static Citizen citizen(Map<String, Object> m) {
    Citizen.Builder b = Citizen.builder()
        .anonymous((Boolean) m.get("anonymous"))
        .confidential((Boolean) m.get("confidential"));
    if (m.containsKey("name")) {
      b.name((String) m.get("name"));
    }
    if (m.containsKey("phone")) {
      b.phone((String) m.get("phone"));
    }
    if (m.containsKey("idNumber")) {
      b.idNumber((String) m.get("idNumber"));
    }
    return b.build();
  }
}
