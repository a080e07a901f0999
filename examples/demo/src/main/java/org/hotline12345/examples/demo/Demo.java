package org.hotline12345.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.MovableClock;
import org.hotline12345.core.assessment.Scorecard;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.hotline12345.examples.report.HtmlReport;
import org.hotline12345.persistence.CaseSearch;
import org.hotline12345.persistence.PageRequest;

/**
 * The demo's run, without the command line: open the store (embedded H2 in the data directory,
 * or PostgreSQL), simulate the month unless the store holds it already, then read the month back
 * and write the report.
 *
 * <p>A second run on the same data directory reopens the database: the month is there, so it is
 * not simulated again; the report is written afresh from what is stored. {@code fresh} deletes
 * the embedded database first and simulates again.
 */
final class Demo {

  /** The embedded database's files in the data directory, and the note of what was simulated. */
  private static final List<String> FILES = List.of("hotline.mv.db", "hotline.trace.db", "demo-run.properties");

  /**
   * How to run.
   *
   * @param seed the seed: the same seed simulates the same month
   * @param size how many appeals, from the lead-in week to the month's end
   * @param month the month assessed
   * @param data the embedded database's directory
   * @param out the report's directory
   * @param fresh whether to delete the embedded database first
   * @param postgresUrl a PostgreSQL JDBC URL to use instead of the embedded database
   * @param postgresUser its user
   * @param postgresPassword its password, empty for none
   */
  record Options(long seed, int size, YearMonth month, Path data, Path out, boolean fresh,
      Optional<String> postgresUrl, String postgresUser, String postgresPassword) {

    /** Checks the options. */
    Options {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(postgresUrl, "postgresUrl");
      if (size < 1 || size > 1_000_000) {
        throw new IllegalArgumentException("--size: 1 to 1,000,000 appeals, was " + size);
      }
      if (month.getYear() < 2008 || month.getYear() > 2026) {
        throw new IllegalArgumentException("--month: a month of 2008 to 2026, the years whose official holiday"
            + " schedule ships with the SDK, was " + month);
      }
      if (fresh && postgresUrl.isPresent()) {
        throw new IllegalArgumentException("--fresh deletes the embedded database only; for PostgreSQL give an empty"
            + " schema instead (add ?currentSchema=NAME to the URL)");
      }
    }
  }

  private Demo() {}

  /**
   * The first simulated day: the Monday of the week before the month, so that the lead-in shows
   * how the month began (for October 2025, Monday 22 September, with the make-up working day of
   * Sunday 28 September).
   */
  static LocalDate firstDay(YearMonth month) {
    return month.atDay(1).minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static List<SimulatedDay> days(City city, YearMonth month) {
    List<SimulatedDay> days = new ArrayList<>();
    for (LocalDate d = firstDay(month); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      days.add(SimulatedDay.of(city.calendar, d, YearMonth.from(d).equals(month)));
    }
    return days;
  }

  /**
   * Runs the demo.
   *
   * @param o the options
   * @param progress where the progress bar goes, or null for none
   * @param terminal whether that is an interactive terminal
   * @return the result
   */
  static DemoResult run(Options o, PrintStream progress, boolean terminal) {
    City city = City.load();
    List<SimulatedDay> days = days(city, o.month());
    Instant start = days.get(0).date().atStartOfDay(City.ZONE).toInstant();
    Instant end = o.month().plusMonths(1).atDay(1).atStartOfDay(City.ZONE).toInstant();
    try (JdbcHotlineStore store = open(o)) {
      MovableClock clock = MovableClock.at(start, City.ZONE);
      HotlineService hotline = city.service(store, clock);
      boolean held = !store.cases().search(CaseSearch.builder().registeredFrom(start).registeredBefore(end).build(),
          PageRequest.first(1)).items().isEmpty();
      int generated = 0;
      java.util.Map<String, Integer> refusals = java.util.Map.of();
      if (!held) {
        List<AppealSpec> appeals = new AppealGenerator(city, o.seed()).generate(days, o.size());
        generated = appeals.size();
        Progress bar = progress == null ? Progress.silent()
            : Progress.of(progress, terminal, "模拟 simulating " + o.month());
        Simulation.Stats stats = new Simulation(city, hotline, clock, o.seed()).run(appeals, o.seed(), start, end,
            f -> bar.update(f, clock.instant().atZone(City.ZONE).toLocalDate().toString()));
        bar.done();
        refusals = stats.refusals();
        note(o, generated);
      } else {
        clock.setTo(end);
      }
      MonthReport.Result month = MonthReport.build(city, hotline, store, o.month(), days, start, end);
      Path page = HtmlReport.write(month.data(), o.out());
      List<Scorecard> scored = month.cards().all().stream().filter(Scorecard::isScored)
          .sorted(Comparator.comparingDouble((Scorecard c) -> -c.score().getAsDouble())
              .thenComparing(c -> c.department().value()))
          .toList();
      List<String> best = scored.stream().limit(3).map(c -> named(city, c)).toList();
      List<String> worst = new ArrayList<>(scored.stream().skip(Math.max(0, scored.size() - 3)).map(c -> named(city, c))
          .toList());
      java.util.Collections.reverse(worst);
      return new DemoResult(!held, generated, month.appeals(), month.byStatus(), month.dispatched(), month.returns(),
          month.onTime().rate(), month.satisfaction().rate(), month.openAtEnd(), month.red(), best, worst, refusals,
          month.cards(), page);
    }
  }

  private static String named(City city, Scorecard c) {
    String name = city.directory.find(c.department()).map(d -> d.getName()).orElse(c.department().value());
    return name + " " + new java.math.BigDecimal(c.score().getAsDouble()).setScale(1, java.math.RoundingMode.HALF_UP)
        .toPlainString() + "（" + c.group() + "第" + c.rank().getAsInt() + "名）";
  }

  private static JdbcHotlineStore open(Options o) {
    if (o.postgresUrl().isPresent()) {
      return JdbcHotlineStore.open(o.postgresUrl().get(), o.postgresUser(), o.postgresPassword());
    }
    try {
      Files.createDirectories(o.data());
      if (o.fresh()) {
        for (String name : FILES) {
          Files.deleteIfExists(o.data().resolve(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the data directory " + o.data() + " cannot be prepared", e);
    }
    return JdbcHotlineStore.openEmbedded(o.data());
  }

  /** Notes in the data directory what was simulated, for a person looking at it later. */
  private static void note(Options o, int generated) {
    if (o.postgresUrl().isPresent()) {
      return;
    }
    String text = "# What the hotline demo simulated into this database\nmonth=" + o.month() + "\nseed=" + o.seed()
        + "\nappeals=" + generated + "\n";
    try {
      Files.writeString(o.data().resolve("demo-run.properties"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
