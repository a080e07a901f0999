package org.hotline12345.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.ClockPause;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.InquiryCode;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.casefile.SupervisionKind;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredEvent;

/**
 * Case events to and from the SPI's {@link StoredEvent}: the type is the change's simple name,
 * the payload JSON holds the actor and the change. Decoding what encoding wrote gives an equal
 * event.
 */
public final class EventCodec {

  private EventCodec() {}

  /**
   * Encodes an event.
   *
   * @param event the event
   * @return the stored form
   */
  public static StoredEvent encode(CaseEvent event) {
    Map<String, Object> payload = new LinkedHashMap<>();
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("id", event.actor().id());
    actor.put("role", event.actor().role().name());
    event.actor().department().ifPresent(d -> actor.put("department", d.value()));
    payload.put("actor", actor);
    payload.put("change", change(event.change()));
    return new StoredEvent(event.caseId().value(), event.sequence(), event.kind(), 1, event.at(), Json.write(payload));
  }

  /**
   * Decodes an event.
   *
   * @param stored the stored form
   * @return the event
   * @throws IllegalArgumentException if the payload is not what {@link #encode} writes
   */
  @SuppressWarnings("unchecked")
  public static CaseEvent decode(StoredEvent stored) {
    try {
      Map<String, Object> payload = (Map<String, Object>) Json.read(stored.payload());
      Map<String, Object> a = (Map<String, Object>) payload.get("actor");
      Actor actor = new Actor((String) a.get("id"), Actor.Role.valueOf((String) a.get("role")),
          Optional.ofNullable((String) a.get("department")).map(DepartmentId::of));
      CaseChange change = change(stored.type(), (Map<String, Object>) payload.get("change"));
      return new CaseEvent(CaseId.of(stored.caseId()), stored.sequence(), actor, stored.occurredAt(), change);
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("event " + stored.caseId() + "#" + stored.sequence() + " of type "
          + stored.type() + " has a payload the core did not write", e);
    }
  }

  // ---------------------------------------------------------------- changes

  private static Map<String, Object> change(CaseChange change) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (change instanceof CaseChange.Registered r) {
      m.put("number", r.number().value());
      m.put("inquiryCode", r.inquiryCode().value());
      m.put("appeal", AppealCodec.encode(r.appeal()));
    } else if (change instanceof CaseChange.NotAccepted n) {
      m.put("reasonCode", n.reason().code());
      m.put("reasonLabel", n.reason().label());
      m.put("note", n.note().text());
    } else if (change instanceof CaseChange.ReferredToEmergency r) {
      m.put("line", r.line().name());
      m.put("note", r.note().text());
    } else if (change instanceof CaseChange.AnsweredDirectly a) {
      m.put("answer", a.answer().text());
    } else if (change instanceof CaseChange.MergedInto mi) {
      m.put("target", mi.target().value());
    } else if (change instanceof CaseChange.DuplicateAbsorbed d) {
      m.put("source", d.source().value());
      m.put("appeal", AppealCodec.encode(d.appeal()));
    } else if (change instanceof CaseChange.Dispatched d) {
      dispatched(d, m);
    } else if (change instanceof CaseChange.SignedFor s) {
      m.put("department", s.department().value());
    } else if (change instanceof CaseChange.Returned r) {
      m.put("department", r.department().value());
      m.put("reason", r.reason().text());
      r.redispatch().ifPresent(d -> {
        Map<String, Object> dm = new LinkedHashMap<>();
        dispatched(d, dm);
        m.put("redispatch", dm);
      });
    } else if (change instanceof CaseChange.ContactRecorded c) {
      m.put("department", c.department().value());
      m.put("note", c.note().text());
    } else if (change instanceof CaseChange.ExtensionRequested r) {
      m.put("department", r.department().value());
      m.put("amount", r.amount().toString());
      m.put("reason", r.reason().text());
    } else if (change instanceof CaseChange.ExtensionApproved a) {
      m.put("resolution", deadline(a.resolution()));
    } else if (change instanceof CaseChange.ExtensionDenied d) {
      m.put("reason", d.reason().text());
    } else if (change instanceof CaseChange.ClockPaused p) {
      m.put("reason", p.reason().text());
    } else if (change instanceof CaseChange.ClockResumed r) {
      m.put("deadlines", deadlines(r.deadlines()));
    } else if (change instanceof CaseChange.Replied r) {
      m.put("department", r.department().value());
      m.put("result", r.result().text());
      m.put("resolved", r.resolved());
    } else if (change instanceof CaseChange.ReplyReviewed r) {
      m.put("approved", r.approved());
      m.put("note", r.note().text());
      r.callback().ifPresent(c -> m.put("callback", deadline(c)));
    } else if (change instanceof CaseChange.CalledBack c) {
      m.put("at", c.result().at().toString());
      m.put("resolved", c.result().resolved());
      m.put("satisfaction", c.result().satisfaction().name());
      m.put("note", c.note().text());
    } else if (change instanceof CaseChange.Reopened r) {
      m.put("reason", r.reason().text());
      Map<String, Object> dm = new LinkedHashMap<>();
      dispatched(r.redispatch(), dm);
      m.put("redispatch", dm);
    } else if (change instanceof CaseChange.Closed c) {
      m.put("note", c.note().text());
    } else if (change instanceof CaseChange.Supervised s) {
      m.put("kind", s.kind().name());
      m.put("note", s.note().text());
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static CaseChange change(String type, Map<String, Object> m) {
    switch (type) {
      case "Registered":
        return new CaseChange.Registered(new CaseNumber(str(m, "number")), new InquiryCode(str(m, "inquiryCode")),
            AppealCodec.decode((Map<String, Object>) m.get("appeal")));
      case "Accepted":
        return new CaseChange.Accepted();
      case "NotAccepted":
        return new CaseChange.NotAccepted(new NotAcceptedReason(str(m, "reasonCode"), str(m, "reasonLabel")),
            remark(m, "note"));
      case "ReferredToEmergency":
        return new CaseChange.ReferredToEmergency(EmergencyLine.valueOf(str(m, "line")), remark(m, "note"));
      case "AnsweredDirectly":
        return new CaseChange.AnsweredDirectly(remark(m, "answer"));
      case "MergedInto":
        return new CaseChange.MergedInto(CaseId.of(str(m, "target")));
      case "DuplicateAbsorbed":
        return new CaseChange.DuplicateAbsorbed(CaseId.of(str(m, "source")),
            AppealCodec.decode((Map<String, Object>) m.get("appeal")));
      case "Dispatched":
        return dispatched(m);
      case "SignedFor":
        return new CaseChange.SignedFor(DepartmentId.of(str(m, "department")));
      case "Returned":
        return new CaseChange.Returned(DepartmentId.of(str(m, "department")), remark(m, "reason"),
            Optional.ofNullable((Map<String, Object>) m.get("redispatch")).map(EventCodec::dispatched));
      case "ContactRecorded":
        return new CaseChange.ContactRecorded(DepartmentId.of(str(m, "department")), remark(m, "note"));
      case "ExtensionRequested":
        return new CaseChange.ExtensionRequested(DepartmentId.of(str(m, "department")),
            TimeLimit.parse(str(m, "amount")), remark(m, "reason"));
      case "ExtensionApproved":
        return new CaseChange.ExtensionApproved(deadline((Map<String, Object>) m.get("resolution")));
      case "ExtensionDenied":
        return new CaseChange.ExtensionDenied(remark(m, "reason"));
      case "ClockPaused":
        return new CaseChange.ClockPaused(remark(m, "reason"));
      case "ClockResumed":
        return new CaseChange.ClockResumed(readDeadlines((List<Object>) m.get("deadlines")));
      case "Replied":
        return new CaseChange.Replied(DepartmentId.of(str(m, "department")), remark(m, "result"),
            (Boolean) m.get("resolved"));
      case "ReplyReviewed":
        return new CaseChange.ReplyReviewed((Boolean) m.get("approved"), remark(m, "note"),
            Optional.ofNullable((Map<String, Object>) m.get("callback")).map(EventCodec::deadline));
      case "CalledBack":
        return new CaseChange.CalledBack(new CallbackResult(Instant.parse(str(m, "at")), (Boolean) m.get("resolved"),
            Satisfaction.valueOf(str(m, "satisfaction"))), remark(m, "note"));
      case "Reopened":
        return new CaseChange.Reopened(remark(m, "reason"), dispatched((Map<String, Object>) m.get("redispatch")));
      case "Closed":
        return new CaseChange.Closed(remark(m, "note"));
      case "Supervised":
        return new CaseChange.Supervised(SupervisionKind.valueOf(str(m, "kind")), remark(m, "note"));
      default:
        throw new IllegalArgumentException("unknown event type " + type);
    }
  }

  private static void dispatched(CaseChange.Dispatched d, Map<String, Object> m) {
    m.put("lead", d.lead().value());
    m.put("assisting", ids(d.assisting()));
    m.put("candidates", ids(d.candidates()));
    m.put("overrideReturns", d.overrideReturns());
    m.put("level", (long) d.level());
    m.put("deadlines", deadlines(d.deadlines()));
  }

  @SuppressWarnings("unchecked")
  private static CaseChange.Dispatched dispatched(Map<String, Object> m) {
    return new CaseChange.Dispatched(DepartmentId.of(str(m, "lead")), departments((List<Object>) m.get("assisting")),
        departments((List<Object>) m.get("candidates")), (Boolean) m.get("overrideReturns"),
        ((Long) m.get("level")).intValue(), readDeadlines((List<Object>) m.get("deadlines")));
  }

  // ---------------------------------------------------------------- values

  private static List<Object> ids(List<DepartmentId> ids) {
    List<Object> out = new ArrayList<>();
    ids.forEach(id -> out.add(id.value()));
    return out;
  }

  private static List<DepartmentId> departments(List<Object> values) {
    List<DepartmentId> out = new ArrayList<>();
    values.forEach(v -> out.add(DepartmentId.of((String) v)));
    return out;
  }

  private static List<Object> deadlines(List<StageDeadline> deadlines) {
    List<Object> out = new ArrayList<>();
    deadlines.forEach(d -> out.add(deadline(d)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<StageDeadline> readDeadlines(List<Object> values) {
    List<StageDeadline> out = new ArrayList<>();
    values.forEach(v -> out.add(deadline((Map<String, Object>) v)));
    return out;
  }

  private static Map<String, Object> deadline(StageDeadline d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", d.stage().name());
    m.put("calendarId", d.calendarId());
    m.put("start", d.start().toString());
    m.put("limit", d.limit().toString());
    List<Object> extensions = new ArrayList<>();
    d.extensions().forEach(e -> extensions.add(e.toString()));
    m.put("extensions", extensions);
    List<Object> pauses = new ArrayList<>();
    d.pauses().forEach(p -> pauses.add(List.of(p.from().toString(), p.to().toString())));
    m.put("pauses", pauses);
    m.put("dueAt", d.dueAt().toString());
    m.put("lastDay", d.lastDay().toString());
    m.put("provisional", d.provisional());
    d.metAt().ifPresent(at -> m.put("metAt", at.toString()));
    return m;
  }

  @SuppressWarnings("unchecked")
  private static StageDeadline deadline(Map<String, Object> m) {
    List<TimeLimit> extensions = new ArrayList<>();
    ((List<Object>) m.get("extensions")).forEach(e -> extensions.add(TimeLimit.parse((String) e)));
    List<ClockPause> pauses = new ArrayList<>();
    for (Object p : (List<Object>) m.get("pauses")) {
      List<Object> pair = (List<Object>) p;
      pauses.add(new ClockPause(Instant.parse((String) pair.get(0)), Instant.parse((String) pair.get(1))));
    }
    return new StageDeadline(Stage.valueOf(str(m, "stage")), str(m, "calendarId"), Instant.parse(str(m, "start")),
        TimeLimit.parse(str(m, "limit")), extensions, pauses, Instant.parse(str(m, "dueAt")),
        LocalDate.parse(str(m, "lastDay")), (Boolean) m.get("provisional"),
        Optional.ofNullable((String) m.get("metAt")).map(Instant::parse));
  }

  private static String str(Map<String, Object> m, String key) {
    Object value = m.get(key);
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("payload field '" + key + "' is missing or not text");
    }
    return s;
  }

  private static Remark remark(Map<String, Object> m, String key) {
    return new Remark(str(m, key));
  }
}
