package org.hotline12345.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One small simulated October 2025 (a few hundred appeals) on embedded H2, run once per test JVM
 * and shared by the tests that look at it, under {@code target/small-month}.
 */
final class SmallMonth {

  static final long SEED = 20251001L;
  static final int SIZE = 250;
  static final Path ROOT = Path.of("target", "small-month");

  /** The size of the tiny month run twice (same seed, two databases). */
  static final int TINY = 120;

  private static DemoResult result;
  private static DemoResult tiny;

  private SmallMonth() {}

  static Demo.Options options(Path data, Path out, int size) {
    return new Demo.Options(SEED, size, YearMonth.of(2025, 10), data, out, true, Optional.empty(), "postgres", "");
  }

  static synchronized DemoResult result() {
    if (result == null) {
      try {
        Files.createDirectories(ROOT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      result = Demo.run(options(ROOT.resolve("data"), ROOT.resolve("report"), SIZE), null, false);
    }
    return result;
  }

  /** A tiny month of {@link #TINY} appeals on H2, to compare with another run of the same seed. */
  static synchronized DemoResult tiny() {
    if (tiny == null) {
      Path root = ROOT.resolve("tiny");
      tiny = Demo.run(options(root.resolve("data"), root.resolve("report"), TINY), null, false);
    }
    return tiny;
  }

  static Path data() {
    result();
    return ROOT.resolve("data");
  }

  static Path report() {
    return result().report();
  }
}
