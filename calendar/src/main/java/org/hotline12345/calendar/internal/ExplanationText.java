package org.hotline12345.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.hotline12345.calendar.DeadlineExplanation;
import org.hotline12345.calendar.DeadlineExplanation.Day;
import org.hotline12345.calendar.DeadlineExplanation.DayKind;
import org.hotline12345.calendar.TimeLimit;

/**
 * Writes a {@link DeadlineExplanation} as one paragraph, in Chinese or English: the start and
 * the limit, the days counted and skipped (consecutive days of one kind as a range), make-up
 * working days, a roll-over, extensions, pauses that moved nothing, the provisional years, and
 * when the deadline falls. The words of each language are in {@link Words}.
 */
public final class ExplanationText {

  /** The most characters of one reason a paragraph shows. */
  public static final int MAX_REASON = 200;

  private final DeadlineExplanation e;
  private final Words w;
  private final boolean dayBased;

  private ExplanationText(DeadlineExplanation explanation, Words words) {
    this.e = explanation;
    this.w = words;
    this.dayBased = explanation.deadline().limit().unit().isDayBased();
  }

  /**
   * The paragraph.
   *
   * @param explanation the explanation
   * @param chinese true for Chinese, false for English
   * @return the paragraph
   * @throws NullPointerException if explanation is null
   */
  public static String write(DeadlineExplanation explanation, boolean chinese) {
    Objects.requireNonNull(explanation, "explanation");
    Words words = chinese ? new ChineseWords(explanation.start().getYear())
        : new EnglishWords(explanation.start().getYear());
    return new ExplanationText(explanation, words).paragraph();
  }

  private String paragraph() {
    List<String> sentences = new ArrayList<>();
    TimeLimit limit = e.deadline().limit();
    TimeLimit total = e.deadline().totalLimit();
    sentences.add(w.started(e.start(), limit, total.equals(limit) ? null : total, dayBased));
    sentences.add(countedAndSkipped());
    rollOver().ifPresent(sentences::add);
    if (!e.extensions().isEmpty()) {
      sentences.add(extensions());
    }
    for (DeadlineExplanation.Pause p : e.pauses()) {
      if (!dayBased || !p.movedTheDeadline()) {
        sentences.add(w.pause(p.interval().from().atZone(e.start().getZone()),
            p.interval().to().atZone(e.start().getZone()), reasons(p.reasons()), dayBased, p.timeSkipped()));
      }
    }
    if (e.isProvisional()) {
      sentences.add(w.provisional(List.copyOf(e.provisionalYears())));
    }
    sentences.add(w.due(e.dueAt(), e.deadline().lastDay(), dueKind()));
    return w.sentences(sentences);
  }

  private Words.Due dueKind() {
    if (!dayBased) {
      return Words.Due.INSTANT;
    }
    return e.deadline().totalLimit().dayEnd() == TimeLimit.DayEnd.CLOSE_OF_BUSINESS
        ? Words.Due.CLOSE_OF_BUSINESS : Words.Due.END_OF_DAY;
  }

  private String countedAndSkipped() {
    List<Day> counted = e.days().stream().filter(d -> d.kind().isCounted()).toList();
    String countedText;
    if (dayBased) {
      countedText = w.ranges(pairs(runs(counted, (a, b) -> true)));
    } else {
      List<String> parts = new ArrayList<>();
      for (List<Day> run : runs(counted, (a, b) -> a.timeCounted().equals(b.timeCounted()))) {
        parts.add(w.timeOn(run.get(0).timeCounted().orElse(Duration.ZERO), range(run), run.size() > 1));
      }
      countedText = w.list(parts);
    }
    java.util.Map<String, List<LocalDate>> byFestival = new java.util.LinkedHashMap<>();
    for (Day d : counted) {
      if (d.kind() == DayKind.COUNTED_MAKE_UP) {
        byFestival.computeIfAbsent(d.note().map(w::festival).orElse(""), f -> new ArrayList<>()).add(d.date());
      }
    }
    List<String> makeUps = new ArrayList<>();
    byFestival.forEach((festival, dates) -> makeUps.add(w.makeUps(dates, festival)));
    List<String> skipped = new ArrayList<>();
    List<Day> skippedDays = e.days().stream().filter(d -> d.kind().name().startsWith("SKIPPED_")).toList();
    for (List<Day> run : runs(skippedDays, (a, b) -> a.kind() == b.kind() && a.note().equals(b.note()))) {
      Day first = run.get(0);
      String why = switch (first.kind()) {
        case SKIPPED_WEEKEND -> w.weekend(run.size() == 1 ? first.date() : null, run.size());
        case SKIPPED_HOLIDAY -> w.holiday(first.note().map(w::festival).orElse(""));
        case SKIPPED_PAUSED -> w.paused(first.note().map(ExplanationText::oneLine));
        default -> w.outsideOfficeHours();
      };
      skipped.add(w.range(range(run)) + w.aside(why));
    }
    return w.countedAndSkipped(countedText, makeUps, skipped);
  }

  private java.util.Optional<String> rollOver() {
    List<Day> rolled = e.days().stream().filter(d -> d.kind() == DayKind.ROLLED_OVER).toList();
    if (rolled.isEmpty()) {
      return java.util.Optional.empty();
    }
    LocalDate lastCounted = rolled.get(0).date().minusDays(1);
    return java.util.Optional.of(w.rollOver(lastCounted, e.deadline().lastDay()));
  }

  private String extensions() {
    List<String> parts = new ArrayList<>();
    for (DeadlineExplanation.Extension x : e.extensions()) {
      List<Day> added = e.days().stream().filter(d -> d.kind().isCounted() && d.extension() == x.number()).toList();
      parts.add(w.extension(x.amount(), x.reason().map(ExplanationText::oneLine),
          dayBased ? w.ranges(pairs(runs(added, (a, b) -> true))) : null));
    }
    return w.extensions(parts);
  }

  private static java.util.Optional<String> reasons(List<String> reasons) {
    if (reasons.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> shown = new ArrayList<>();
    reasons.forEach(r -> shown.add(oneLine(r)));
    return java.util.Optional.of(String.join("; ", shown));
  }

  /**
   * A date and time as the paragraph writes it, with the weekday and the year:
   * {@code 15:20 on Monday 13 October 2025}, {@code 2025年10月13日（星期一）15:20}.
   *
   * @param t the date and time, in the zone to show it in
   * @param chinese true for Chinese, false for English
   * @return the text
   * @throws NullPointerException if t is null
   */
  public static String dateTime(ZonedDateTime t, boolean chinese) {
    Objects.requireNonNull(t, "t");
    return (chinese ? new ChineseWords(t.getYear()) : new EnglishWords(t.getYear())).fullDateTime(t);
  }

  /**
   * A reason as the paragraph shows it: on one line (white space and control characters as
   * single spaces) and cut after {@value #MAX_REASON} characters.
   *
   * @param reason the reason as recorded
   * @return the reason on one line
   * @throws NullPointerException if reason is null
   */
  public static String oneLine(String reason) {
    Objects.requireNonNull(reason, "reason");
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < reason.length(); ) {
      int cp = reason.codePointAt(i);
      i += Character.charCount(cp);
      if (Texts.isInvisible(cp) || Character.isWhitespace(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    String text = out.toString();
    int count = text.codePointCount(0, text.length());
    return count <= MAX_REASON ? text : text.substring(0, text.offsetByCodePoints(0, MAX_REASON)) + "…";
  }

  private static LocalDate[] range(List<Day> run) {
    return new LocalDate[] {run.get(0).date(), run.get(run.size() - 1).date()};
  }

  /** Days cut into runs of consecutive dates whose neighbours the predicate joins. */
  private static List<List<Day>> runs(List<Day> days, BiPredicate<Day, Day> joins) {
    List<List<Day>> runs = new ArrayList<>();
    List<Day> current = new ArrayList<>();
    for (Day d : days) {
      if (!current.isEmpty()) {
        Day last = current.get(current.size() - 1);
        if (!last.date().plusDays(1).equals(d.date()) || !joins.test(last, d)) {
          runs.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(d);
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    return runs;
  }

  /** Ranges of dates as {@code [first, last]} pairs, for {@link Words#ranges}. */
  static List<LocalDate[]> pairs(List<List<Day>> runs) {
    List<LocalDate[]> out = new ArrayList<>();
    runs.forEach(r -> out.add(range(r)));
    return out;
  }

  /** The time of day of an instant, as a clerk reads it: {@code 10:00}, or {@code 10:00:30}. */
  static String clock(ZonedDateTime t) {
    return t.getSecond() == 0 && t.getNano() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
        : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
  }
}
