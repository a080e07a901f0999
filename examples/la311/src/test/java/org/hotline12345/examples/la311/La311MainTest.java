package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: in memory or on embedded H2 (a second run finds every request imported before). */
class La311MainTest {

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = La311Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void a_replay_in_memory_prints_the_summary_and_writes_the_results() throws Exception {
    Path input = Samples.write(dir, "la311.csv", LayoutsTest.LAYOUT_2017);
    Path out = dir.resolve("out");

    Run r = run("--input", input.toString(), "--service-level-days", "3", "--out", out.toString(), "--report",
        dir.resolve("report").toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("la311.csv: 3 rows read, 3 imported (3 new, 0 imported before), 0 refused",
        "resolved within 3 working days", "Bureau of Sanitation (BOS)").doesNotContain("BELLEVUE", "FLORALITA");
    assertThat(Files.readString(out.resolve("summary.txt"))).isEqualTo(r.out().substring(0,
        r.out().indexOf("wrote ")));
    assertThat(Files.readString(out.resolve("refusals.csv"))).isEqualTo("row,line,column,reason\n");
    assertThat(org.hotline12345.core.assessment.Scorecards.read(Files.readString(out.resolve("agency-scorecards.json")))
        .all()).hasSize(2);
    assertThat(r.out()).contains("report: " + dir.resolve("report").resolve("index.html").toAbsolutePath());
    assertThat(Files.readString(dir.resolve("report").resolve("index.html"))).contains("Bureau of Sanitation (BOS)")
        .doesNotContain("BELLEVUE", "FLORALITA");
  }

  @Test
  void a_replay_on_embedded_h2_run_twice_imports_each_request_once() {
    Path input = Samples.write(dir, "la311.csv", LayoutsTest.LAYOUT_2017);
    Path db = dir.resolve("db");

    String report = dir.resolve("report").toString();
    Run first = run("--input", input.toString(), "--h2", db.toString(), "--report", report);
    Run second = run("--input", input.toString(), "--h2", db.toString(), "--report", report);

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("3 rows read, 3 imported (3 new, 0 imported before)");
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).contains("3 rows read, 3 imported (0 new, 3 imported before)");
    assertThat(Files.exists(db.resolve("hotline.mv.db"))).isTrue();
  }

  @Test
  void a_file_without_a_required_column_a_missing_file_and_a_bad_option_fail_clearly() {
    Path broken = Samples.write(dir, "broken.csv", "SRNumber,CreatedDate\n1-1,12/31/2017 11:59:58 PM\n");

    Run missingColumns = run("--input", broken.toString());
    Run missingFile = run("--input", dir.resolve("nowhere.csv").toString());
    Run badOption = run("--input", broken.toString(), "--service-level-days", "0");
    Run help = run("--help");

    assertThat(missingColumns.status()).isEqualTo(1);
    assertThat(missingColumns.err()).contains("broken.csv:1: required columns ClosedDate, Status, Owner,"
        + " RequestType, RequestSource are missing");
    assertThat(missingFile.status()).isEqualTo(1);
    assertThat(missingFile.err()).contains("no such file");
    assertThat(badOption.status()).isEqualTo(2);
    assertThat(badOption.err()).contains("--service-level-days must be 1 to 250, was 0");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--input", "--service-level-days", "--h2", "--out", "--report",
        "default: la311-report");
  }
}
