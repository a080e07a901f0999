package org.hotline12345.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the code example of the root README.md against this module's classes, and
 * checks that every {@code System.out.println(...); // expected} line prints what its comment
 * says. The README cannot rot.
 */
class ReadmeExampleTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");
  private static final Pattern EXPECTED = Pattern.compile("System\\.out\\.println\\(.*\\); // (.+)");

  @TempDir
  Path work;

  @Test
  void the_readme_example_compiles_runs_and_prints_what_its_comments_say() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find()).as("README.md has a ```java block").isTrue();
    String source = block.group(1);
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
    Path classes = Path.of("target", "classes").toAbsolutePath();
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process compile = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8",
        "-classpath", classes.toString(), "-d", work.toString(), file.toString())
        .redirectErrorStream(true).start();
    String errors = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compile.waitFor()).as("javac: %s", errors).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {work.toUri().toURL(), classes.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed).containsExactlyElementsOf(expected);
  }
}
