package org.hotline12345.core.internal.assessment;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.hotline12345.core.assessment.Adjustment;
import org.hotline12345.core.assessment.AssessmentAppeal;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.LedgerEntry;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.assessment.Term;
import org.hotline12345.core.assessment.TermScore;
import org.hotline12345.core.assessment.Veto;
import org.hotline12345.core.assessment.VetoReason;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Json;

/**
 * The text of an assessment ledger and of scorecards: compact JSON with a version, stable wire
 * names for entry kinds, and constant names for indicators and reasons.
 */
public final class LedgerText {

  private LedgerText() {}

  /**
   * A ledger as read: its scheme's id and version, its period, its entries (not checked yet).
   *
   * @param schemeId the scheme's id
   * @param schemeVersion the scheme's version
   * @param period the period
   * @param entries the entries
   */
  public record Read(String schemeId, String schemeVersion, AssessmentPeriod period, List<LedgerEntry> entries) {}

  /**
   * Writes a ledger.
   *
   * @param scheme the scheme
   * @param period the period
   * @param entries the entries
   * @return the text
   */
  public static String write(AssessmentScheme scheme, AssessmentPeriod period, List<LedgerEntry> entries) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1L);
    m.put("scheme", scheme.id());
    m.put("version", scheme.version());
    m.put("period", period(period));
    List<Object> list = new ArrayList<>();
    entries.forEach(e -> list.add(entry(e)));
    m.put("entries", list);
    return Json.write(m);
  }

  /**
   * Reads a ledger's text.
   *
   * @param text the text
   * @return what it holds
   * @throws IllegalArgumentException if it is not a ledger
   */
  @SuppressWarnings("unchecked")
  public static Read read(String text) {
    try {
      Map<String, Object> m = (Map<String, Object>) Json.read(text);
      List<LedgerEntry> entries = new ArrayList<>();
      for (Object o : (List<Object>) m.get("entries")) {
        entries.add(entry((Map<String, Object>) o));
      }
      return new Read(str(m, "scheme"), str(m, "version"), period((Map<String, Object>) m.get("period")),
          List.copyOf(entries));
    } catch (ClassCastException | NullPointerException | DateTimeException e) {
      throw new IllegalArgumentException("ledger: not what AssessmentLedger.write() writes ("
          + e.getClass().getSimpleName() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ledger: not what AssessmentLedger.write() writes: " + e.getMessage(), e);
    }
  }

  /**
   * Writes scorecards.
   *
   * @param cards the scorecards
   * @return the text
   */
  public static String writeScorecards(Scorecards cards) {
    return Json.write(scorecards(cards));
  }

  /**
   * Reads scorecards.
   *
   * @param text the text
   * @return the scorecards
   * @throws IllegalArgumentException if it is not scorecards
   */
  @SuppressWarnings("unchecked")
  public static Scorecards readScorecards(String text) {
    try {
      return scorecards((Map<String, Object>) Json.read(text));
    } catch (ClassCastException | NullPointerException | DateTimeException e) {
      throw new IllegalArgumentException("scorecards: not what Scorecards.write() writes ("
          + e.getClass().getSimpleName() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scorecards: not what Scorecards.write() writes: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- entries

  private static Map<String, Object> entry(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", e.sequence());
    m.put("kind", e.kind().wireName());
    m.put("at", e.at().toString());
    m.put("by", actor(e.by()));
    switch (e.kind()) {
      case ADJUSTED -> {
        Adjustment a = ((LedgerEntry.Adjusted) e).adjustment();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("kind", a.kind().name());
        x.put("department", a.department().value());
        x.put("points", a.points());
        x.put("item", a.item());
        x.put("reason", a.reason().text());
        a.caseId().ifPresent(c -> x.put("case", c.value()));
        m.put("adjustment", x);
      }
      case VETOED -> {
        Veto v = ((LedgerEntry.Vetoed) e).veto();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("department", v.department().value());
        x.put("reason", v.reason().name());
        x.put("note", v.note().text());
        v.caseId().ifPresent(c -> x.put("case", c.value()));
        m.put("veto", x);
      }
      case APPEAL_FILED -> {
        AssessmentAppeal a = ((LedgerEntry.AppealFiled) e).appeal();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("department", a.department().value());
        x.put("case", a.caseId().value());
        x.put("indicators", a.indicators().stream().map(i -> (Object) i.name()).toList());
        x.put("reason", a.reason().text());
        m.put("appeal", x);
      }
      case APPEAL_DECIDED -> {
        LedgerEntry.AppealDecided d = (LedgerEntry.AppealDecided) e;
        m.put("appeal", d.appeal());
        m.put("accepted", d.accepted());
        m.put("reason", d.reason().text());
      }
      case REVOKED -> {
        LedgerEntry.Revoked r = (LedgerEntry.Revoked) e;
        m.put("entry", r.entry());
        m.put("reason", r.reason().text());
      }
      case PUBLISHED -> m.put("scorecards", scorecards(((LedgerEntry.Published) e).scorecards()));
      default -> throw new IllegalArgumentException("unknown entry kind " + e.kind());
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static LedgerEntry entry(Map<String, Object> m) {
    long seq = (Long) m.get("seq");
    Instant at = Instant.parse(str(m, "at"));
    Actor by = actor((Map<String, Object>) m.get("by"));
    return switch (LedgerEntry.Kind.ofWireName(str(m, "kind"))) {
      case ADJUSTED -> {
        Map<String, Object> x = (Map<String, Object>) m.get("adjustment");
        yield new LedgerEntry.Adjusted(seq, at, by, new Adjustment(Adjustment.Kind.valueOf(str(x, "kind")),
            DepartmentId.of(str(x, "department")), (Double) x.get("points"), str(x, "item"),
            Remark.of(str(x, "reason")), caseOf(x)));
      }
      case VETOED -> {
        Map<String, Object> x = (Map<String, Object>) m.get("veto");
        yield new LedgerEntry.Vetoed(seq, at, by, new Veto(DepartmentId.of(str(x, "department")),
            VetoReason.valueOf(str(x, "reason")), Remark.of(str(x, "note")), caseOf(x)));
      }
      case APPEAL_FILED -> {
        Map<String, Object> x = (Map<String, Object>) m.get("appeal");
        Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
        ((List<Object>) x.get("indicators")).forEach(i -> indicators.add(Indicator.valueOf((String) i)));
        yield new LedgerEntry.AppealFiled(seq, at, by, new AssessmentAppeal(DepartmentId.of(str(x, "department")),
            CaseId.of(str(x, "case")), indicators, Remark.of(str(x, "reason"))));
      }
      case APPEAL_DECIDED -> new LedgerEntry.AppealDecided(seq, at, by, (Long) m.get("appeal"),
          (Boolean) m.get("accepted"), Remark.of(str(m, "reason")));
      case REVOKED -> new LedgerEntry.Revoked(seq, at, by, (Long) m.get("entry"), Remark.of(str(m, "reason")));
      case PUBLISHED -> new LedgerEntry.Published(seq, at, by, scorecards((Map<String, Object>) m.get("scorecards")));
    };
  }

  private static Optional<CaseId> caseOf(Map<String, Object> x) {
    return Optional.ofNullable((String) x.get("case")).map(CaseId::of);
  }

  private static Map<String, Object> actor(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("role", a.role().name());
    a.department().ifPresent(d -> m.put("department", d.value()));
    return m;
  }

  private static Actor actor(Map<String, Object> m) {
    return new Actor(str(m, "id"), Actor.Role.valueOf(str(m, "role")),
        Optional.ofNullable((String) m.get("department")).map(DepartmentId::of));
  }

  private static Map<String, Object> period(AssessmentPeriod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("start", p.start().toString());
    m.put("end", p.end().toString());
    return m;
  }

  private static AssessmentPeriod period(Map<String, Object> m) {
    return new AssessmentPeriod(str(m, "name"), Instant.parse(str(m, "start")), Instant.parse(str(m, "end")));
  }

  // ---------------------------------------------------------------- scorecards

  private static Map<String, Object> scorecards(Scorecards s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1L);
    m.put("scheme", s.schemeId());
    m.put("version", s.schemeVersion());
    m.put("period", period(s.period()));
    m.put("asOf", s.asOf().toString());
    m.put("ledger", s.ledgerSequence());
    m.put("cases", s.casesRead());
    List<Object> cards = new ArrayList<>();
    s.all().forEach(c -> cards.add(card(c)));
    m.put("cards", cards);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Scorecards scorecards(Map<String, Object> m) {
    List<Scorecard> cards = new ArrayList<>();
    for (Object o : (List<Object>) m.get("cards")) {
      cards.add(card((Map<String, Object>) o));
    }
    return Scorecards.of(str(m, "scheme"), str(m, "version"), period((Map<String, Object>) m.get("period")),
        Instant.parse(str(m, "asOf")), (Long) m.get("ledger"), (Long) m.get("cases"), cards);
  }

  private static Map<String, Object> card(Scorecard c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("department", c.department().value());
    m.put("group", c.group());
    Map<String, Object> tallies = new LinkedHashMap<>();
    c.tallies().forEach((indicator, t) -> {
      if (!t.equals(Tally.NONE)) {
        tallies.put(indicator.name(), List.of(t.numerator(), t.denominator(), (long) t.cases(), (long) t.excluded()));
      }
    });
    m.put("tallies", tallies);
    m.put("base", c.base());
    List<Object> terms = new ArrayList<>();
    for (TermScore t : c.terms()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("kind", t.term().kind().name());
      x.put("indicator", t.term().indicator().name());
      x.put("points", t.term().points());
      x.put("target", t.term().target());
      x.put("perPercent", t.term().pointsPerPercent());
      t.rate().ifPresent(r -> x.put("rate", r));
      x.put("earned", t.points());
      terms.add(x);
    }
    m.put("terms", terms);
    m.put("deduction", c.deduction());
    m.put("bonus", c.bonus());
    m.put("vetoed", c.vetoed());
    c.scoreBeforeVeto().ifPresent(s -> m.put("before", s));
    c.score().ifPresent(s -> m.put("score", s));
    c.rank().ifPresent(r -> m.put("rank", (long) r));
    m.put("entries", new ArrayList<Object>(c.entries()));
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Scorecard card(Map<String, Object> m) {
    Map<Indicator, Tally> tallies = new EnumMap<>(Indicator.class);
    ((Map<String, Object>) m.get("tallies")).forEach((name, v) -> {
      List<Object> t = (List<Object>) v;
      tallies.put(Indicator.valueOf(name), new Tally((Double) t.get(0), (Double) t.get(1),
          ((Long) t.get(2)).intValue(), ((Long) t.get(3)).intValue()));
    });
    List<TermScore> terms = new ArrayList<>();
    for (Object o : (List<Object>) m.get("terms")) {
      Map<String, Object> x = (Map<String, Object>) o;
      Term term = new Term(Term.Kind.valueOf(str(x, "kind")), Indicator.valueOf(str(x, "indicator")),
          (Double) x.get("points"), (Double) x.get("target"), (Double) x.get("perPercent"));
      terms.add(new TermScore(term, optional((Double) x.get("rate")), (Double) x.get("earned")));
    }
    List<Long> entries = new ArrayList<>();
    ((List<Object>) m.get("entries")).forEach(e -> entries.add((Long) e));
    Long rank = (Long) m.get("rank");
    return new Scorecard(DepartmentId.of(str(m, "department")), str(m, "group"), tallies, (Double) m.get("base"),
        terms, (Double) m.get("deduction"), (Double) m.get("bonus"), (Boolean) m.get("vetoed"),
        optional((Double) m.get("before")), optional((Double) m.get("score")),
        rank == null ? OptionalInt.empty() : OptionalInt.of(rank.intValue()), entries);
  }

  private static OptionalDouble optional(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("expected text at '" + key + "'");
    }
    return s;
  }
}
