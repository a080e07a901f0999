package org.hotline12345.examples.demo;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal: on a terminal, the progressbar library's bar (me.tongfei,
 * redrawn in place with the elapsed time and an estimate of the time left); on anything else (a
 * file, a pipe, a CI log), a plain line at every tenth of the way, so logs stay readable.
 */
final class Progress {

  /** The bar counts per mille of the way. */
  private static final long STEPS = 1_000;
  /** The widest line the bar draws, whatever the terminal says. */
  private static final int WIDTH = 100;

  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private ProgressBar bar;
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
    double f = Math.max(0, Math.min(1, fraction));
    if (terminal) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(STEPS)
            .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200).hideEta()
            .setConsumer(new ConsoleProgressBarConsumer(out, WIDTH)).build();
      }
      bar.stepTo(Math.round(f * STEPS));
      bar.setExtraMessage(detail);
    } else {
      int tenth = (int) Math.floor(f * 100) / 10;
      if (tenth == shownTenth) {
        return;
      }
      shownTenth = tenth;
      out.println(String.format(Locale.ROOT, "%s: %d%% %s", label, tenth * 10, detail));
    }
  }

  /** Ends the bar: draws its last state and ends its line. */
  void done() {
    if (bar != null) {
      bar.close();
      bar = null;
      out.println();
    }
  }
}
