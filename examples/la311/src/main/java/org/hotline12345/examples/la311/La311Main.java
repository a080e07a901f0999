package org.hotline12345.examples.la311;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The replay on the command line: imports an LA 311 export, assesses the agencies, prints the
 * summary and writes the HTML report ({@link La311Report}).
 *
 * <pre>
 * mvn -q -pl examples/la311 -am compile exec:java -Dexec.skip=true \
 *     -Dexec.mainClass=org.hotline12345.examples.la311.La311Main \
 *     -Dexec.args="--input ../shared/data/la311-2017-12-sample.csv --report la311-report"
 * </pre>
 *
 * Exit status 0 when the replay ran (whatever the rows refused), 1 when the file cannot be read
 * (a missing required column, say), 2 for a bad option.
 */
@Command(name = "la311-replay", mixinStandardHelpOptions = true, version = "hotline-la311 0.1.0",
    description = "Imports a MyLA311 service-request export as history and assesses LA's agencies.")
public final class La311Main implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "the export (CSV, UTF-8)")
  private Path input;

  @Option(names = "--service-level-days", paramLabel = "N", defaultValue = "5",
      description = "working days to resolve a request (default: ${DEFAULT-VALUE})")
  private int serviceLevelDays;

  @Option(names = "--h2", paramLabel = "DIR",
      description = "keep the cases in an embedded H2 database in this directory (default: in memory)")
  private Path h2;

  @Option(names = "--out", paramLabel = "DIR",
      description = "write summary.txt, refusals.csv and the scorecards (JSON) into this directory")
  private Path out;

  @Option(names = "--report", paramLabel = "DIR", defaultValue = "la311-report",
      description = "write the HTML report (index.html, charts bundled) into this directory (default: ${DEFAULT-VALUE})")
  private Path report;

  @Option(names = "--scheme", paramLabel = "FILE",
      description = "an assessment scheme file (docs/assessment.md); default: the fair on-time rate, 100 points")
  private Path scheme;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new La311Main()).execute(args));
  }

  /**
   * Runs the command with its output and errors going where given: for tests.
   *
   * @param out the standard output
   * @param err the standard error
   * @param args the arguments
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new La311Main());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (serviceLevelDays < 1 || serviceLevelDays > La311Import.MAX_SERVICE_LEVEL_DAYS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--service-level-days must be 1 to "
          + La311Import.MAX_SERVICE_LEVEL_DAYS + ", was " + serviceLevelDays);
    }
    if (!Files.isRegularFile(input)) {
      stderr.println("no such file: " + input);
      return 1;
    }
    JdbcHotlineStore jdbc = h2 == null ? null : JdbcHotlineStore.openEmbedded(h2);
    try {
      AssessmentScheme chosen = scheme == null ? null : AssessmentScheme.readCsv(scheme);
      La311Import.Builder importer = La311Import.builder().serviceLevelDays(serviceLevelDays)
          .progress(rows -> {
            stderr.print("\rimported " + rows + " rows");
            stderr.flush();
          });
      importer.store(jdbc == null ? new InMemoryStore() : jdbc);
      La311Replay replay = importer.build().run(input);
      stderr.println();
      La311Assessment assessment = La311Assessment.of(replay);
      if (chosen != null) {
        assessment = assessment.withScheme(chosen);
      }
      La311Results results = assessment.assess();
      stdout.print(results.toText());
      if (out != null) {
        results.writeTo(out).forEach(f -> stdout.println("wrote " + f));
      }
      stdout.println("report: " + La311Report.write(replay, results, report).toAbsolutePath());
      stdout.flush();
      return 0;
    } catch (La311FormatException | FileFormatException | UncheckedIOException e) {
      stderr.println(e.getMessage());
      return 1;
    } finally {
      if (jdbc != null) {
        jdbc.close();
      }
    }
  }
}
