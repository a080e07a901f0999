package org.hotline12345.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) for the page tests: found on the machine, or
 * installed with apt-get when the tests run as root (as in CI); each run with a fresh profile and
 * no network but the page's own files. Shared with the demo's and the LA 311 replay's page tests
 * through this module's test jar.
 */
public final class Chromium {

  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--virtual-time-budget=10000");

  private static Optional<Path> found;
  private static String why = "";

  private Chromium() {}

  /** The browser, installing it first if it is missing and that is possible. */
  public static synchronized Optional<Path> find() {
    if (found == null) {
      found = lookUp();
      if (found.isEmpty()) {
        install();
        found = lookUp();
      }
    }
    return found;
  }

  /** Why the browser is missing, for the skip message. */
  public static String whyMissing() {
    return "chromium is not installed and could not be installed (" + why + "); install Debian's chromium"
        + " (apt-get install -y chromium) to run the page tests";
  }

  private static Optional<Path> lookUp() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  private static void install() {
    if (!"root".equals(System.getProperty("user.name"))) {
      why = "not root, so apt-get cannot install it";
      return;
    }
    try {
      Process p = new ProcessBuilder("bash", "-c",
          "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        why = "apt-get did not finish in 15 minutes";
      } else if (p.exitValue() != 0) {
        why = "apt-get failed with exit code " + p.exitValue();
      }
    } catch (IOException e) {
      why = "apt-get could not be started: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      why = "interrupted";
    }
  }

  /** The page's DOM after its scripts ran (the charts drew in virtual time). */
  public static String dumpDom(Path browser, Path page) throws IOException, InterruptedException {
    return run(browser, page, List.of("--dump-dom"));
  }

  /** A screenshot of the page, {@code width} by {@code height}. */
  public static void screenshot(Path browser, Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(browser, page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars"));
  }

  private static String run(Path browser, Path page, List<String> extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("hotline-chromium-");
    try {
      List<String> command = new ArrayList<>();
      command.add(browser.toString());
      command.addAll(FLAGS);
      command.add("--user-data-dir=" + profile);
      command.addAll(extra);
      command.add(page.toAbsolutePath().toUri().toString());
      Path out = profile.resolve("stdout.txt");
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not finish in 3 minutes: " + command);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A profile left in the temp directory does no harm.
    }
  }
}
