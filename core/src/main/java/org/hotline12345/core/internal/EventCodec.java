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
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseChange;
import org.hotline12345.core.casefile.CaseEvent;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.EventKind;
import org.hotline12345.core.casefile.Explanation;
import org.hotline12345.core.casefile.HistoricalCase;
import org.hotline12345.core.casefile.InquiryCodeHash;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.RecomputedDeadline;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.casefile.StageDeadline;
import org.hotline12345.core.casefile.SupervisionKind;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.supervision.Addressee;
import org.hotline12345.core.supervision.EscalationStep;
import org.hotline12345.core.supervision.Light;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.persistence.StoredEvent;

/**
 * Case events to and from the SPI's {@link StoredEvent}: the type is the kind's stable
 * {@linkplain EventKind#wireName() wire name}, the payload JSON holds the schema version
 * the actor, the change and, for a rule's decision, the explanation; the stored event's
 * {@code schemaVersion} is {@link #SCHEMA_VERSION}. Decoding what encoding wrote gives an equal
 * event.
 */
public final class EventCodec {

  /**
   * The version of the payload's shape, stored with every event. Decoding reads every
   * version up to this one: a field added later is optional and takes its default when an
   * older event lacks it; unknown fields are ignored.
   */
  public static final int SCHEMA_VERSION = 1;

  private EventCodec() {}

  /**
   * Encodes an event.
   *
   * @param event the event
   * @return the stored form
   */
  public static StoredEvent encode(CaseEvent event) {
    return encode(event, Sealer.PLAIN);
  }

  /**
   * Encodes an event, sealing its personal data (the appeal's personal part, every free text)
   * with the case's key.
   *
   * @param event the event
   * @param sealer the case's sealer
   * @return the stored form
   */
  public static StoredEvent encode(CaseEvent event, Sealer sealer) {
    Map<String, Object> payload = new LinkedHashMap<>();
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("id", event.actor().id());
    actor.put("role", event.actor().role().name());
    event.actor().department().ifPresent(d -> actor.put("department", d.value()));
    payload.put("actor", actor);
    payload.put("change", change(event.change(), sealer));
    event.explanation().ifPresent(x -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("ruleSet", x.ruleSet());
      e.put("version", x.version());
      x.row().ifPresent(r -> e.put("row", r));
      e.put("text", x.text());
      payload.put("explanation", e);
    });
    return new StoredEvent(event.caseId().value(), event.sequence(), event.kind().wireName(), SCHEMA_VERSION,
        event.at(), Json.write(payload));
  }

  /**
   * Decodes an event.
   *
   * @param stored the stored form
   * @return the event
   * @throws IllegalArgumentException if the payload is not what {@link #encode} writes
   */
  public static CaseEvent decode(StoredEvent stored) {
    return decode(stored, Sealer.PLAIN);
  }

  /**
   * Decodes an event, opening its sealed texts with the case's key; with the key destroyed,
   * they read as {@link Sealer#ERASED}.
   *
   * @param stored the stored form
   * @param sealer the case's sealer
   * @return the event
   * @throws IllegalArgumentException if the payload is not what {@link #encode} writes
   */
  @SuppressWarnings("unchecked")
  public static CaseEvent decode(StoredEvent stored, Sealer sealer) {
    try {
      Map<String, Object> payload = (Map<String, Object>) Json.read(stored.payload());
      Map<String, Object> a = (Map<String, Object>) payload.get("actor");
      Actor actor = new Actor((String) a.get("id"), Actor.Role.valueOf((String) a.get("role")),
          Optional.ofNullable((String) a.get("department")).map(DepartmentId::of));
      EventKind kind = EventKind.ofWireName(stored.type()).orElseThrow(() -> new IllegalArgumentException(
          "event " + stored.caseId() + "#" + stored.sequence() + " is of an unknown kind '" + stored.type()
          + "', written by a later version of the SDK"));
      CaseChange change = change(kind, (Map<String, Object>) payload.get("change"), sealer);
      Optional<Explanation> explanation = Optional.ofNullable((Map<String, Object>) payload.get("explanation"))
          .map(e -> new Explanation(str(e, "ruleSet"), str(e, "version"), Optional.ofNullable((String) e.get("row")),
              str(e, "text")));
      return new CaseEvent(CaseId.of(stored.caseId()), stored.sequence(), actor, stored.occurredAt(), change,
          explanation);
    } catch (ClassCastException | NullPointerException | IllegalStateException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("event " + stored.caseId() + "#" + stored.sequence() + " of type "
          + stored.type() + " has a payload the core did not write", e);
    }
  }

  // ---------------------------------------------------------------- changes

  private static Map<String, Object> change(CaseChange change, Sealer sealer) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (change instanceof CaseChange.Registered r) {
      m.put("number", r.number().value());
      m.put("inquiryCodeHash", r.inquiryCodeHash().value());
      m.put("appeal", AppealCodec.encode(r.appeal(), sealer));
    } else if (change instanceof CaseChange.NotAccepted n) {
      m.put("reasonCode", n.reason().code());
      m.put("reasonLabel", n.reason().label());
      m.put("note", sealer.seal(n.note().text()));
    } else if (change instanceof CaseChange.ReferredToEmergency r) {
      m.put("line", r.line().code());
      m.put("lineNumber", r.line().number());
      m.put("lineName", r.line().name());
      m.put("note", sealer.seal(r.note().text()));
    } else if (change instanceof CaseChange.AnsweredDirectly a) {
      m.put("answer", sealer.seal(a.answer().text()));
    } else if (change instanceof CaseChange.MergedInto mi) {
      m.put("target", mi.target().value());
    } else if (change instanceof CaseChange.DuplicateAbsorbed d) {
      m.put("source", d.source().value());
      List<Object> appeals = new ArrayList<>();
      d.appeals().forEach(a -> appeals.add(AppealCodec.encode(a, sealer)));
      m.put("appeals", appeals);
    } else if (change instanceof CaseChange.ReturnRequested r) {
      m.put("department", r.department().value());
      m.put("reason", sealer.seal(r.reason().text()));
    } else if (change instanceof CaseChange.ReturnDenied r) {
      m.put("department", r.department().value());
      m.put("reason", sealer.seal(r.reason().text()));
    } else if (change instanceof CaseChange.Dispatched d) {
      dispatched(d, m);
    } else if (change instanceof CaseChange.SignedFor s) {
      m.put("department", s.department().value());
    } else if (change instanceof CaseChange.Returned r) {
      m.put("department", r.department().value());
      m.put("reason", sealer.seal(r.reason().text()));
      r.redispatch().ifPresent(d -> {
        Map<String, Object> dm = new LinkedHashMap<>();
        dispatched(d, dm);
        m.put("redispatch", dm);
      });
    } else if (change instanceof CaseChange.ContactRecorded c) {
      m.put("department", c.department().value());
      m.put("note", sealer.seal(c.note().text()));
    } else if (change instanceof CaseChange.ExtensionRequested r) {
      m.put("department", r.department().value());
      m.put("amount", r.amount().toString());
      m.put("reason", sealer.seal(r.reason().text()));
    } else if (change instanceof CaseChange.ExtensionApproved a) {
      m.put("resolution", deadline(a.resolution()));
    } else if (change instanceof CaseChange.ExtensionDenied d) {
      m.put("reason", sealer.seal(d.reason().text()));
    } else if (change instanceof CaseChange.ClockPaused p) {
      m.put("reason", sealer.seal(p.reason().text()));
    } else if (change instanceof CaseChange.ClockResumed r) {
      m.put("deadlines", deadlines(r.deadlines()));
    } else if (change instanceof CaseChange.Replied r) {
      m.put("department", r.department().value());
      m.put("result", sealer.seal(r.result().text()));
      m.put("resolved", r.resolved());
    } else if (change instanceof CaseChange.ReplyReviewed r) {
      m.put("approved", r.approved());
      m.put("note", sealer.seal(r.note().text()));
      r.callback().ifPresent(c -> m.put("callback", deadline(c)));
    } else if (change instanceof CaseChange.CalledBack c) {
      m.put("at", c.result().at().toString());
      m.put("resolved", c.result().resolved());
      m.put("satisfaction", c.result().satisfaction().name());
      m.put("note", sealer.seal(c.note().text()));
    } else if (change instanceof CaseChange.Reopened r) {
      m.put("reason", sealer.seal(r.reason().text()));
      Map<String, Object> dm = new LinkedHashMap<>();
      dispatched(r.redispatch(), dm);
      m.put("redispatch", dm);
    } else if (change instanceof CaseChange.Closed c) {
      m.put("note", sealer.seal(c.note().text()));
    } else if (change instanceof CaseChange.Classified c) {
      m.put("category", c.category().value());
    } else if (change instanceof CaseChange.Supervised s) {
      m.put("kind", s.measure().name());
      m.put("note", sealer.seal(s.note().text()));
    } else if (change instanceof CaseChange.DeadlinesRecomputed r) {
      List<Object> recomputed = new ArrayList<>();
      for (RecomputedDeadline x : r.deadlines()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("deadline", deadline(x.deadline()));
        rm.put("previousDueAt", x.previousDueAt().toString());
        rm.put("previousLastDay", x.previousLastDay().toString());
        recomputed.add(rm);
      }
      m.put("deadlines", recomputed);
    } else if (change instanceof CaseChange.Imported i) {
      imported(i, m, sealer);
    } else if (change instanceof CaseChange.SupervisionStepTaken t) {
      m.put("stage", t.stage().name());
      m.put("step", t.step().name());
      m.put("addressee", t.addressee().name());
      m.put("light", t.light().name());
      m.put("dueAt", t.dueAt().toString());
    }
    return m;
  }

  // ---------------------------------------------------------------- import of history

  private static void imported(CaseChange.Imported i, Map<String, Object> m, Sealer sealer) {
    m.put("number", i.number().value());
    m.put("inquiryCodeHash", i.inquiryCodeHash().value());
    m.put("sourceKey", i.sourceKey());
    m.put("appeal", AppealCodec.encode(i.appeal(), sealer));
    Map<String, Object> dm = new LinkedHashMap<>();
    dispatched(i.dispatch(), dm);
    m.put("dispatch", dm);
    m.put("outcome", i.outcome().name());
    i.closedAt().ifPresent(t -> m.put("closedAt", t.toString()));
    i.originalDueAt().ifPresent(t -> m.put("originalDueAt", t.toString()));
    m.put("importedAt", i.importedAt().toString());
  }

  @SuppressWarnings("unchecked")
  private static CaseChange.Imported imported(Map<String, Object> m, Sealer sealer) {
    return new CaseChange.Imported(new CaseNumber(str(m, "number")), new InquiryCodeHash(str(m, "inquiryCodeHash")),
        str(m, "sourceKey"), AppealCodec.decode((Map<String, Object>) m.get("appeal"), sealer),
        dispatched((Map<String, Object>) m.get("dispatch")), HistoricalCase.Outcome.valueOf(str(m, "outcome")),
        Optional.ofNullable((String) m.get("closedAt")).map(Instant::parse),
        Optional.ofNullable((String) m.get("originalDueAt")).map(Instant::parse), Instant.parse(str(m, "importedAt")));
  }

  @SuppressWarnings("unchecked")
  private static CaseChange change(EventKind kind, Map<String, Object> m, Sealer sealer) {
    switch (kind) {
      case REGISTERED:
        return new CaseChange.Registered(new CaseNumber(str(m, "number")), new InquiryCodeHash(str(m, "inquiryCodeHash")),
            AppealCodec.decode((Map<String, Object>) m.get("appeal"), sealer));
      case ACCEPTED:
        return new CaseChange.Accepted();
      case NOT_ACCEPTED:
        return new CaseChange.NotAccepted(new NotAcceptedReason(str(m, "reasonCode"), str(m, "reasonLabel")),
            remark(m, "note", sealer));
      case REFERRED_TO_EMERGENCY:
        return new CaseChange.ReferredToEmergency(emergencyLine(m), remark(m, "note", sealer));
      case ANSWERED_DIRECTLY:
        return new CaseChange.AnsweredDirectly(remark(m, "answer", sealer));
      case MERGED_INTO:
        return new CaseChange.MergedInto(CaseId.of(str(m, "target")));
      case DUPLICATE_ABSORBED:
        List<Appeal> appeals = new ArrayList<>();
        ((List<Object>) m.get("appeals")).forEach(x -> appeals.add(AppealCodec.decode((Map<String, Object>) x, sealer)));
        return new CaseChange.DuplicateAbsorbed(CaseId.of(str(m, "source")), appeals);
      case RETURN_REQUESTED:
        return new CaseChange.ReturnRequested(DepartmentId.of(str(m, "department")), remark(m, "reason", sealer));
      case RETURN_DENIED:
        return new CaseChange.ReturnDenied(DepartmentId.of(str(m, "department")), remark(m, "reason", sealer));
      case DISPATCHED:
        return dispatched(m);
      case SIGNED_FOR:
        return new CaseChange.SignedFor(DepartmentId.of(str(m, "department")));
      case RETURNED:
        return new CaseChange.Returned(DepartmentId.of(str(m, "department")), remark(m, "reason", sealer),
            Optional.ofNullable((Map<String, Object>) m.get("redispatch")).map(EventCodec::dispatched));
      case CONTACT_RECORDED:
        return new CaseChange.ContactRecorded(DepartmentId.of(str(m, "department")), remark(m, "note", sealer));
      case EXTENSION_REQUESTED:
        return new CaseChange.ExtensionRequested(DepartmentId.of(str(m, "department")),
            TimeLimit.parse(str(m, "amount")), remark(m, "reason", sealer));
      case EXTENSION_APPROVED:
        return new CaseChange.ExtensionApproved(deadline((Map<String, Object>) m.get("resolution")));
      case EXTENSION_DENIED:
        return new CaseChange.ExtensionDenied(remark(m, "reason", sealer));
      case CLOCK_PAUSED:
        return new CaseChange.ClockPaused(remark(m, "reason", sealer));
      case CLOCK_RESUMED:
        return new CaseChange.ClockResumed(readDeadlines((List<Object>) m.get("deadlines")));
      case REPLIED:
        return new CaseChange.Replied(DepartmentId.of(str(m, "department")), remark(m, "result", sealer),
            (Boolean) m.get("resolved"));
      case REPLY_REVIEWED:
        return new CaseChange.ReplyReviewed((Boolean) m.get("approved"), remark(m, "note", sealer),
            Optional.ofNullable((Map<String, Object>) m.get("callback")).map(EventCodec::deadline));
      case CALLED_BACK:
        return new CaseChange.CalledBack(new CallbackResult(Instant.parse(str(m, "at")), (Boolean) m.get("resolved"),
            Satisfaction.valueOf(str(m, "satisfaction"))), remark(m, "note", sealer));
      case REOPENED:
        return new CaseChange.Reopened(remark(m, "reason", sealer), dispatched((Map<String, Object>) m.get("redispatch")));
      case CLOSED:
        return new CaseChange.Closed(remark(m, "note", sealer));
      case CLASSIFIED:
        return new CaseChange.Classified(org.hotline12345.core.category.CategoryCode.of(str(m, "category")));
      case PERSONAL_DATA_ERASED:
        return new CaseChange.PersonalDataErased();
      case SUPERVISED:
        return new CaseChange.Supervised(SupervisionKind.valueOf(str(m, "kind")), remark(m, "note", sealer));
      case DEADLINES_RECOMPUTED:
        List<RecomputedDeadline> recomputed = new ArrayList<>();
        for (Object x : (List<Object>) m.get("deadlines")) {
          Map<String, Object> rm = (Map<String, Object>) x;
          recomputed.add(new RecomputedDeadline(deadline((Map<String, Object>) rm.get("deadline")),
              Instant.parse(str(rm, "previousDueAt")), LocalDate.parse(str(rm, "previousLastDay"))));
        }
        return new CaseChange.DeadlinesRecomputed(recomputed);
      case IMPORTED:
        return imported(m, sealer);
      case SUPERVISION_STEP_TAKEN:
        return new CaseChange.SupervisionStepTaken(Stage.valueOf(str(m, "stage")),
            EscalationStep.valueOf(str(m, "step")), Addressee.valueOf(str(m, "addressee")),
            Light.valueOf(str(m, "light")), Instant.parse(str(m, "dueAt")));
      default:
        throw new IllegalArgumentException("unknown event kind " + kind);
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

  /** A line as written; one written before lines were data carries its code alone, a preset's. */
  private static EmergencyLine emergencyLine(Map<String, Object> m) {
    String code = str(m, "line");
    if (m.containsKey("lineNumber")) {
      return new EmergencyLine(code, str(m, "lineNumber"), str(m, "lineName"));
    }
    return EmergencyLine.CHINA.stream().filter(l -> l.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("emergency line " + code + " is not a preset"));
  }

  private static String str(Map<String, Object> m, String key) {
    Object value = m.get(key);
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("payload field '" + key + "' is missing or not text");
    }
    return s;
  }

  private static Remark remark(Map<String, Object> m, String key, Sealer sealer) {
    return new Remark(sealer.open(str(m, key)));
  }
}
