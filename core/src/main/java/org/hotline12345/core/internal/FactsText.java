package org.hotline12345.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.casefile.CallbackResult;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.casefile.CaseFacts.DepartmentFacts;
import org.hotline12345.core.casefile.CaseFacts.StageFact;
import org.hotline12345.core.casefile.Satisfaction;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;

/**
 * A fast reader of the facts text exactly as {@link CaseFacts#write()} writes it: the keys in
 * its order, no white space, instants as {@link Instant#toString()} prints them. Anything else
 * (an older or hand-made text, an escape in a string) makes it answer {@code null}, and the
 * caller reads the text the general way, which accepts any JSON of the same content or says
 * what is wrong. Assessment reads a month of millions of cases through it: no maps of JSON
 * values, and instants parsed from their digits.
 */
public final class FactsText {

  private FactsText() {}

  /**
   * Reads facts written by {@link CaseFacts#write()}.
   *
   * @param text the text
   * @param ids department ids already made, by value, to reuse and add to; or null
   * @return the facts, or null if the text is not exactly in the written form
   */
  public static CaseFacts read(String text, Map<String, DepartmentId> ids) {
    try {
      Parser p = new Parser(text, ids);
      CaseFacts facts = p.facts();
      return p.at == text.length() ? facts : null;
    } catch (RuntimeException e) {
      // Not the written form, or not valid: the general reader decides and explains.
      return null;
    }
  }

  /** One pass over a text; throws on the first deviation. */
  private static final class Parser {
    private final String text;
    private final Map<String, DepartmentId> ids;
    private int at;

    Parser(String text, Map<String, DepartmentId> ids) {
      this.text = text;
      this.ids = ids;
    }

    CaseFacts facts() {
      expect("{\"v\":1,\"reopens\":");
      int reopens = integer();
      Optional<CallbackResult> callback = Optional.empty();
      if (take(",\"callback\":{\"at\":")) {
        Instant when = instant();
        expect(",\"resolved\":");
        boolean resolved = bool();
        expect(",\"satisfaction\":");
        Satisfaction satisfaction = Satisfaction.valueOf(string());
        expect("}");
        callback = Optional.of(new CallbackResult(when, resolved, satisfaction));
      }
      expect(",\"departments\":[");
      List<DepartmentFacts> departments = new ArrayList<>(2);
      if (!take("]")) {
        do {
          departments.add(department());
        } while (take(","));
        expect("]");
      }
      boolean truncated = take(",\"truncated\":true");
      expect("}");
      return new CaseFacts(reopens, callback, departments, truncated);
    }

    private DepartmentFacts department() {
      expect("{\"id\":");
      String id = string();
      DepartmentId department = ids == null ? DepartmentId.of(id) : ids.computeIfAbsent(id, DepartmentId::of);
      expect(",\"lead\":");
      boolean lead = bool();
      expect(",\"at\":");
      Instant assigned = instant();
      Optional<Instant> signed = take(",\"signed\":") ? Optional.of(instant()) : Optional.empty();
      Optional<Instant> returned = take(",\"returned\":") ? Optional.of(instant()) : Optional.empty();
      expect(",\"stages\":{");
      Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
      if (!take("}")) {
        do {
          Stage stage = Stage.valueOf(string());
          expect(":[");
          Instant due = instant();
          Optional<Instant> met = take(",") ? Optional.of(instant()) : Optional.empty();
          expect("]");
          stages.put(stage, new StageFact(due, met));
        } while (take(","));
        expect("}");
      }
      expect(",\"extensions\":");
      int extensions = integer();
      int denied = take(",\"denied\":") ? integer() : 0;
      expect("}");
      return new DepartmentFacts(department, lead, assigned, signed, returned, stages, extensions, denied);
    }

    private boolean take(String token) {
      if (text.startsWith(token, at)) {
        at += token.length();
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!take(token)) {
        throw new IllegalArgumentException("expected " + token + " at " + at);
      }
    }

    private int integer() {
      int start = at;
      long value = 0;
      while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - start < 9) {
        value = value * 10 + (text.charAt(at++) - '0');
      }
      if (at == start) {
        throw new IllegalArgumentException("expected a number at " + at);
      }
      return (int) value;
    }

    private boolean bool() {
      if (take("true")) {
        return true;
      }
      expect("false");
      return false;
    }

    /** A string without escapes. */
    private String string() {
      expect("\"");
      int end = text.indexOf('"', at);
      if (end < 0 || text.indexOf('\\', at) >= 0 && text.indexOf('\\', at) < end) {
        throw new IllegalArgumentException("not a plain string at " + at);
      }
      String s = text.substring(at, end);
      at = end + 1;
      return s;
    }

    /** An instant as {@code Instant.toString()} prints one of years 0000 to 9999. */
    private Instant instant() {
      expect("\"");
      int year = digits(4);
      expect("-");
      int month = digits(2);
      expect("-");
      int day = digits(2);
      expect("T");
      int hour = digits(2);
      expect(":");
      int minute = digits(2);
      expect(":");
      int second = digits(2);
      int nanos = 0;
      if (take(".")) {
        int start = at;
        while (at < text.length() && at - start < 9 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
          nanos = nanos * 10 + (text.charAt(at++) - '0');
        }
        if (at == start) {
          throw new IllegalArgumentException("expected fraction digits at " + at);
        }
        for (int i = at - start; i < 9; i++) {
          nanos *= 10;
        }
      }
      expect("Z\"");
      if (hour > 23 || minute > 59 || second > 59) {
        throw new IllegalArgumentException("not a time at " + at);
      }
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    private int digits(int n) {
      int value = 0;
      for (int i = 0; i < n; i++) {
        char c = at < text.length() ? text.charAt(at) : 'x';
        if (c < '0' || c > '9') {
          throw new IllegalArgumentException("expected a digit at " + at);
        }
        value = value * 10 + (c - '0');
        at++;
      }
      return value;
    }
  }
}
