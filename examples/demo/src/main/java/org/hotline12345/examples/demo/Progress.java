package org.hotline12345.examples.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the terminal: redrawn in place on a terminal, and on anything else (a file,
 * a pipe, a CI log) degraded to a plain line at every tenth of the way, so logs stay readable.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private int shownPercent = -1;
  private int shownTenth = -1;

  private Progress(PrintStream out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  /**
   * A bar for a phase of the run.
   *
   * @param out where to draw it
   * @param terminal whether {@code out} is an interactive terminal
   * @param label the phase, for example {@code 模拟 simulating 2025-10}
   * @return the bar
   */
  static Progress of(PrintStream out, boolean terminal, String label) {
    return new Progress(out, terminal, label);
  }

  /** A bar that shows nothing. */
  static Progress silent() {
    return new Progress(null, false, "");
  }

  /**
   * Shows how far the phase is.
   *
   * @param fraction 0 to 1
   * @param detail a short note, for example the simulated day
   */
  void update(double fraction, String detail) {
    if (out == null) {
      return;
    }
    int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
    if (terminal) {
      if (percent == shownPercent) {
        return;
      }
      shownPercent = percent;
      int filled = percent * WIDTH / 100;
      out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %s", label, "█".repeat(filled),
          "░".repeat(WIDTH - filled), percent, detail));
      out.flush();
    } else {
      int tenth = percent / 10;
      if (tenth == shownTenth) {
        return;
      }
      shownTenth = tenth;
      out.println(String.format(Locale.ROOT, "%s: %d%% %s", label, tenth * 10, detail));
    }
  }

  /** Ends the bar's line. */
  void done() {
    if (out != null && terminal) {
      out.println();
    }
  }
}
