package org.hotline12345.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: its help, and bad options refused with a message naming the option. */
class DemoCommandTest {

  @Test
  void help_lists_every_option() {
    StringWriter out = new StringWriter();
    CommandLine cli = DemoCommand.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("--seed", "--size", "--month", "--data", "--out", "--fresh", "--postgres",
        "demo-data", "2025-10");
  }

  @Test
  void a_month_that_does_not_read_is_refused_naming_the_option() {
    StringWriter err = new StringWriter();
    CommandLine cli = DemoCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("--month", "October", "--data", "target/never", "--out", "target/never-report");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--month: a month as yyyy-MM, was 'October'");
  }

  @Test
  void fresh_with_postgresql_is_refused_before_anything_is_opened() {
    StringWriter err = new StringWriter();
    CommandLine cli = DemoCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("--fresh", "--postgres", "jdbc:postgresql://127.0.0.1:1/none");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--fresh deletes the embedded database only");
  }
}
