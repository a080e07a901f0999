package org.hotline12345.examples.la311;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hotline12345.core.assessment.AssessmentPeriod;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.assessment.Indicator;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.assessment.Scorecards;
import org.hotline12345.core.assessment.Tally;
import org.hotline12345.core.department.DepartmentId;

/**
 * The results of a replay, structured for a report to consume and printable as a summary: the
 * import's accounting and volumes ({@link #summary()}: by channel, appeal type, request type
 * and agency), the on-time figures of each agency and sub-unit ({@link #agencies()}, {@link
 * #subUnits()}), and the core's scorecards ({@link #agencyScorecards()}, {@link
 * #subUnitScorecards()}). Holds no personal data.
 */
public final class La311Results {

  /**
   * One department's on-time figures in the period.
   *
   * @param department the agency or sub-unit
   * @param name its name
   * @param group the group it is ranked in (for a sub-unit, its agency's id)
   * @param judged the cases judged for the fair on-time rate: closed in the period, or open and overdue at its end
   * @param onTime of those, resolved by their deadline
   * @param resolved the cases resolved in the period (the naive rate's denominator)
   * @param fairRate onTime / judged, if any was judged
   * @param naiveRate onTime / resolved, if any was resolved
   * @param score the scheme's score, if scored
   * @param rank the rank in the group, if scored
   */
  public record OnTime(DepartmentId department, String name, String group, long judged, long onTime, long resolved,
      OptionalDouble fairRate, OptionalDouble naiveRate, OptionalDouble score, OptionalInt rank) {

    static OnTime of(Scorecard card, Map<DepartmentId, String> names) {
      Tally fair = card.tally(Indicator.ON_TIME);
      Tally naive = card.tally(Indicator.ON_TIME_NAIVE);
      return new OnTime(card.department(), names.getOrDefault(card.department(), card.department().value()),
          card.group(), Math.round(fair.denominator()), Math.round(fair.numerator()), Math.round(naive.denominator()),
          fair.rate(), naive.rate(), card.score(), card.rank());
    }
  }

  private final ImportSummary summary;
  private final int serviceLevelDays;
  private final AssessmentScheme scheme;
  private final AssessmentPeriod period;
  private final Scorecards agencyScorecards;
  private final Scorecards subUnitScorecards;
  private final List<OnTime> agencies;
  private final List<OnTime> subUnits;
  private final Map<DepartmentId, String> names;
  private final Assessed assessed;

  /**
   * The core's assessments behind the scorecards, and the cases they read, for a report that
   * drills down ({@code Assessment.drillDown}) or explains a case ({@code Assessment.explain}).
   *
   * @param agencies the agencies' assessment
   * @param agencyCases the period's cases, each department's part counted for its agency
   * @param subUnits the sub-units' assessment
   * @param subUnitCases the period's cases as stored
   */
  public record Assessed(org.hotline12345.core.assessment.Assessment agencies,
      Iterable<org.hotline12345.core.assessment.AssessedCase> agencyCases,
      org.hotline12345.core.assessment.Assessment subUnits,
      Iterable<org.hotline12345.core.assessment.AssessedCase> subUnitCases) {}

  La311Results(ImportSummary summary, int serviceLevelDays, AssessmentScheme scheme, AssessmentPeriod period,
      Scorecards agencyScorecards, Scorecards subUnitScorecards, Map<DepartmentId, String> names, Assessed assessed) {
    this.assessed = Objects.requireNonNull(assessed, "assessed");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.serviceLevelDays = serviceLevelDays;
    this.scheme = scheme;
    this.period = period;
    this.agencyScorecards = agencyScorecards;
    this.subUnitScorecards = subUnitScorecards;
    this.agencies = ranked(agencyScorecards, names);
    this.subUnits = ranked(subUnitScorecards, names);
    this.names = Map.copyOf(names);
  }

  /**
   * The core's assessments and the cases they read (each iteration reads the store again).
   *
   * @return the assessments
   */
  public Assessed assessed() {
    return assessed;
  }

  /**
   * The names of the agencies and sub-units, by id.
   *
   * @return the names
   */
  public Map<DepartmentId, String> names() {
    return names;
  }

  /** Best first: by group, rank (unscored last), then id. */
  private static List<OnTime> ranked(Scorecards cards, Map<DepartmentId, String> names) {
    List<OnTime> list = new ArrayList<>();
    cards.all().forEach(c -> list.add(OnTime.of(c, names)));
    list.sort((a, b) -> {
      int g = a.group().compareTo(b.group());
      if (g != 0) {
        return g;
      }
      int r = Integer.compare(a.rank().orElse(Integer.MAX_VALUE), b.rank().orElse(Integer.MAX_VALUE));
      return r != 0 ? r : a.department().value().compareTo(b.department().value());
    });
    return Collections.unmodifiableList(list);
  }

  /**
   * What the import did, with the volumes.
   *
   * @return the summary
   */
  public ImportSummary summary() {
    return summary;
  }

  /**
   * The service level.
   *
   * @return the working days to resolve
   */
  public int serviceLevelDays() {
    return serviceLevelDays;
  }

  /**
   * The scheme scored by.
   *
   * @return the scheme
   */
  public AssessmentScheme scheme() {
    return scheme;
  }

  /**
   * The period assessed.
   *
   * @return the period
   */
  public AssessmentPeriod period() {
    return period;
  }

  /**
   * The agencies' scorecards, ranked together in {@link La311Assessment#AGENCIES}.
   *
   * @return the scorecards
   */
  public Scorecards agencyScorecards() {
    return agencyScorecards;
  }

  /**
   * The sub-units' scorecards, each ranked within its agency.
   *
   * @return the scorecards
   */
  public Scorecards subUnitScorecards() {
    return subUnitScorecards;
  }

  /**
   * The agencies' on-time figures, best first.
   *
   * @return the figures
   */
  public List<OnTime> agencies() {
    return agencies;
  }

  /**
   * The sub-units' on-time figures, by agency, best first.
   *
   * @return the figures
   */
  public List<OnTime> subUnits() {
    return subUnits;
  }

  /**
   * The summary as printed at the end of a replay.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(summary.toText(10));
    b.append("by request type: ").append(summary.byRequestType()).append('\n');
    b.append("\nAssessment ").append(period.name()).append(", ").append(scheme.name()).append(" (")
        .append(scheme.id()).append("), on the US federal holiday calendar in Pacific time\n");
    b.append(String.format(Locale.ROOT, "%-4s %-52s %8s %8s %8s %9s %8s%n", "rank", "agency", "judged", "on time",
        "fair %", "naive %", "score"));
    for (OnTime a : agencies) {
      b.append(line(a));
    }
    b.append("\nSub-units, ranked within their agency:\n");
    String group = null;
    for (OnTime s : subUnits) {
      if (!s.group().equals(group)) {
        group = s.group();
        b.append(group).append('\n');
      }
      b.append(line(s));
    }
    return b.toString();
  }

  private static String line(OnTime o) {
    String name = o.name().length() > 52 ? o.name().substring(0, 51) + "…" : o.name();
    return String.format(Locale.ROOT, "%-4s %-52s %8d %8d %8s %9s %8s%n",
        o.rank().isPresent() ? String.valueOf(o.rank().getAsInt()) : "-", name, o.judged(), o.onTime(),
        percent(o.fairRate()), percent(o.naiveRate()),
        o.score().isPresent() ? String.format(Locale.ROOT, "%.2f", o.score().getAsDouble()) : "-");
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f", 100 * rate.getAsDouble()) : "-";
  }

  /**
   * Writes the results into a directory: {@code summary.txt} ({@link #toText()}), {@code
   * refusals.csv} (row, line, column, reason of the refusals kept), {@code agency-scorecards.json}
   * and {@code subunit-scorecards.json} ({@link Scorecards#write()}).
   *
   * @param dir the directory, created if missing
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      StringBuilder csv = new StringBuilder("row,line,column,reason\n");
      for (Refusal r : summary.refusals()) {
        csv.append(r.row()).append(',').append(r.line()).append(',').append(quoted(r.column())).append(',')
            .append(quoted(r.reason())).append('\n');
      }
      List<Path> files = List.of(dir.resolve("summary.txt"), dir.resolve("refusals.csv"),
          dir.resolve("agency-scorecards.json"), dir.resolve("subunit-scorecards.json"));
      Files.writeString(files.get(0), toText(), StandardCharsets.UTF_8);
      Files.writeString(files.get(1), csv, StandardCharsets.UTF_8);
      Files.writeString(files.get(2), agencyScorecards.write(), StandardCharsets.UTF_8);
      Files.writeString(files.get(3), subUnitScorecards.write(), StandardCharsets.UTF_8);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results into " + dir, e);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String toString() {
    return "La311Results[" + summary + ", " + period + ", " + agencies.size() + " agencies]";
  }
}
