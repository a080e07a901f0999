package org.hotline12345.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hotline12345.core.casefile.CaseStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo's command line (picocli): {@code java -jar hotline-demo.jar [options]}. Runs a
 * simulated month of a Nanjing-style 12345 hotline and writes the report; see {@code --help}.
 */
@Command(name = "hotline-demo", mixinStandardHelpOptions = true, version = "hotline-demo 0.1.0",
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Simulates a month of a Nanjing-style 12345 hotline (政务服务便民热线) on an embedded H2 database: "
            + "generated appeals over the channels, triaged and routed by the rules, handled by the departments "
            + "(sign for, return, contact, extend, reply), called back, reopened and closed, with the supervision "
            + "sweep and the month's assessment; then writes an HTML report that opens offline.",
        "",
        "A second run on the same --data reopens the database and reports on the month it holds without "
            + "simulating again; --fresh deletes it and simulates afresh."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20251001", description = "Seed of the generated month: the same seed "
      + "gives the same numbers (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--size", paramLabel = "N", defaultValue = "3000", description = "Appeals to generate, from the lead-in week to "
      + "the month's end (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--month", paramLabel = "yyyy-MM", defaultValue = "2025-10", description = "The month to simulate and assess, yyyy-MM "
      + "(default: ${DEFAULT-VALUE}, with the National Day holiday and its make-up working days).")
  String month;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data", description = "Directory of the embedded H2 database "
      + "(default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-report", description = "Directory the report is written to "
      + "(default: ${DEFAULT-VALUE}); open its index.html.")
  Path out;

  @Option(names = "--fresh", description = "Delete the embedded database in --data first and simulate afresh.")
  boolean fresh;

  @Option(names = "--postgres", paramLabel = "URL", description = "Run on PostgreSQL instead, through the JDBC "
      + "adapter: a jdbc:postgresql:// URL (add ?currentSchema=NAME for a schema of its own).")
  String postgres;

  @Option(names = "--postgres-user", paramLabel = "USER", defaultValue = "postgres", description = "PostgreSQL user (default: "
      + "${DEFAULT-VALUE}).")
  String postgresUser;

  @Option(names = "--postgres-password", paramLabel = "PASSWORD", defaultValue = "", description = "PostgreSQL password (default: none;"
      + " or set PGPASSWORD).")
  String postgresPassword;

  @Option(names = "--no-progress", description = "Do not show the progress bar.")
  boolean noProgress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the demo from the command line.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, for tests and hosts that run the demo in their own process.
   *
   * @return the command line, with output in UTF-8
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new DemoCommand());
    cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cli;
  }

  @Override
  public Integer call() {
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--month: a month as yyyy-MM, was '" + month + "'");
    }
    String password = postgresPassword.isEmpty() ? Optional.ofNullable(System.getenv("PGPASSWORD")).orElse("")
        : postgresPassword;
    Demo.Options options;
    try {
      options = new Demo.Options(seed, size, yearMonth, data, out, fresh, Optional.ofNullable(postgres),
          postgresUser, password);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    DemoResult r = Demo.run(options, noProgress ? null : err, System.console() != null);
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8), options, r);
    return 0;
  }

  static void print(PrintStream out, Demo.Options o, DemoResult r) {
    out.println();
    out.println(r.simulated()
        ? "Simulated " + o.month() + " (seed " + o.seed() + "): " + r.generated() + " appeals generated."
        : "The database already holds " + o.month() + ": reporting on it without simulating again (--fresh to start"
            + " afresh).");
    out.println(String.format(Locale.ROOT, "  诉求 appeals            %,8d", r.appeals()));
    out.println(String.format(Locale.ROOT, "  派出工单 cases          %,8d   退单 returns %,d", r.dispatched(), r.returns()));
    Map<CaseStatus, Long> s = r.byStatus();
    out.println(String.format(Locale.ROOT, "  直接办结 answered %,d · 并案 merged %,d · 转紧急 referred %,d · 不予受理 not accepted %,d",
        s.getOrDefault(CaseStatus.ANSWERED_DIRECTLY, 0L), s.getOrDefault(CaseStatus.MERGED, 0L),
        s.getOrDefault(CaseStatus.REFERRED, 0L), s.getOrDefault(CaseStatus.NOT_ACCEPTED, 0L)));
    out.println(String.format(Locale.ROOT, "  办结 closed %,d · 月末在办 open at month end %,d (红灯 overdue %,d)",
        s.getOrDefault(CaseStatus.CLOSED, 0L), r.openAtEnd(), r.red()));
    out.println("  按时办结率 on-time rate  " + percent(r.onTime()) + "   满意率 satisfaction " + percent(r.satisfaction()));
    out.println("  最好 top:    " + String.join("; ", r.best()));
    out.println("  最差 bottom: " + String.join("; ", r.worst()));
    if (!r.refusals().isEmpty()) {
      out.println("  refused steps: " + r.refusals());
    }
    out.println("Report: " + r.report().toAbsolutePath().normalize().toUri());
  }

  private static String percent(java.util.OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "–";
  }
}
