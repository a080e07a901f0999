package org.hotline12345.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every code example of the root README.md against the SDK, and checks
 * that each {@code System.out.println(...); // expected} line prints what its comment says.
 * The README cannot rot.
 */
class ReadmeExamplesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");
  private static final Pattern EXPECTED = Pattern.compile("System\\.out\\.println\\(.*\\); // (.+)");

  @TempDir
  Path work;

  static List<String> examples() throws Exception {
    String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    assertThat(blocks).as("README.md has java examples").hasSizeGreaterThanOrEqualTo(2);
    return blocks;
  }

  @ParameterizedTest(name = "README example {index}")
  @MethodSource("examples")
  void compiles_runs_and_prints_what_its_comments_say(String source) throws Exception {
    Matcher name = CLASS_NAME.matcher(source);
    assertThat(name.find()).as("the example is a public class").isTrue();
    List<String> expected = new ArrayList<>();
    for (String line : source.split("\n")) {
      Matcher m = EXPECTED.matcher(line.strip());
      if (m.matches()) {
        expected.add(m.group(1).strip());
      }
    }
    assertThat(expected).as("lines with an expected output comment").isNotEmpty();

    Path file = work.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    String classpath = System.getProperty("java.class.path")
        + File.pathSeparator + System.getProperty("jdk.module.path", "");
    Process compile = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8",
        "-classpath", classpath, "-d", work.toString(), file.toString())
        .redirectErrorStream(true).start();
    String errors = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compile.waitFor()).as("javac: %s", errors).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
        ReadmeExamplesTest.class.getClassLoader())) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactlyElementsOf(expected);
  }
}
