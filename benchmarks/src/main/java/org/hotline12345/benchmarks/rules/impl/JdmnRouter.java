package org.hotline12345.benchmarks.rules.impl;

import com.gs.dmn.DMNModelRepository;
import com.gs.dmn.ast.TDecision;
import com.gs.dmn.ast.TDefinitions;
import com.gs.dmn.dialect.JavaTimeDMNDialectDefinition;
import com.gs.dmn.log.NopBuildLogger;
import com.gs.dmn.runtime.JavaTimeDMNBaseDecision;
import com.gs.dmn.runtime.interpreter.DMNInterpreter;
import com.gs.dmn.runtime.interpreter.EvaluationContext;
import com.gs.dmn.runtime.interpreter.Result;
import com.gs.dmn.serialization.DefaultTypeDeserializationConfigurer;
import com.gs.dmn.transformation.FileTransformer;
import com.gs.dmn.transformation.InputParameters;
import com.gs.dmn.transformation.NopDMNTransformer;
import com.gs.dmn.transformation.lazy.NopLazyEvaluationDetector;
import com.gs.dmn.transformation.template.TreeTemplateProvider;
import com.gs.dmn.validation.NopDMNValidator;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hotline12345.benchmarks.rules.CatalogueRouter;
import org.hotline12345.benchmarks.rules.CatalogueSource;
import org.hotline12345.benchmarks.rules.DispatchCatalogue;
import org.hotline12345.benchmarks.rules.DmnCatalogueWriter;

/**
 * jDMN ({@code com.goldmansachs.jdmn:jdmn-core}) as it is meant to be used for speed: its
 * translator turns the catalogue's DMN 1.3 file into Java source (one class per decision, one
 * method per rule, evaluated in row order until one matches under FIRST), and the source is
 * compiled with {@code javax.tools} and loaded. Loading measures all three steps: translate,
 * compile, load.
 *
 * <p>The generated decision class is called through a small adapter compiled with it, so that
 * a decision is one plain method call, as in an application that compiled the generated code
 * into its own build. The translation's options: the standard {@code java.time} dialect, no
 * validators, no XSD validation of the file.
 *
 * <p>The translation fails for large tables: it writes the loop over the rules as one method,
 * which the Java class file limit of 64 KB of bytecode a method caps at somewhat over two
 * thousand rows ("code too large"). {@link #MAX_ROWS} is the largest size loaded here.
 */
public final class JdmnRouter {

  /** The most rows for which the generated decision class compiles. */
  public static final int MAX_ROWS = 2_000;

  private static final String PACKAGE = "jdmn.dispatch";
  private static final String ADAPTER = "GeneratedRouter";
  private static final String ADAPTER_SOURCE = String.join("\n",
      "package " + PACKAGE + ";",
      "",
      "/** Calls the decision class jDMN generated for the catalogue. */",
      "public final class " + ADAPTER + " implements "
          + CatalogueRouter.class.getName() + " {",
      "  private final Dispatch decision = new Dispatch();",
      "  private final com.gs.dmn.runtime.ExecutionContext context =",
      "      new com.gs.dmn.runtime.ExecutionContext();",
      "",
      "  @Override",
      "  public String route(String category, String area) {",
      "    return decision.apply(area, category, context);",
      "  }",
      "}",
      "");

  private JdmnRouter() {}

  /**
   * The catalogue's DMN file, to be translated, compiled and loaded.
   *
   * @param catalogue the catalogue
   * @return the source
   * @throws IllegalArgumentException when the catalogue has more than {@link #MAX_ROWS} rows
   */
  public static CatalogueSource translated(DispatchCatalogue catalogue) {
    if (catalogue.size() > MAX_ROWS) {
      throw new IllegalArgumentException("jDMN's generated decision does not compile for "
          + catalogue.size() + " rows (a Java method is limited to 64 KB of bytecode); at most "
          + MAX_ROWS + " rows are loaded");
    }
    String dmn = catalogue.toDmn();
    return () -> load(dmn);
  }

  /**
   * The catalogue's DMN file, to be read by jDMN's interpreter, which evaluates the decision
   * table from its parsed model on every decision: the only way jDMN runs a table larger than
   * {@link #MAX_ROWS} rows.
   *
   * @param catalogue the catalogue
   * @return the source
   */
  public static CatalogueSource interpreted(DispatchCatalogue catalogue) {
    String dmn = catalogue.toDmn();
    return () -> new Interpreted(dmn);
  }

  /** jDMN's interpreter over the parsed model. */
  private static final class Interpreted implements CatalogueRouter {

    private final DMNInterpreter<?, ?, ?, ?, ?> interpreter;
    private final TDecision decision;

    Interpreted(String dmn) {
      JavaTimeDMNDialectDefinition dialect = new JavaTimeDMNDialectDefinition();
      InputParameters parameters = parameters();
      TDefinitions model = dialect.createDMNSerializer(new NopBuildLogger(), parameters)
          .readModel(new StringReader(dmn));
      DMNModelRepository repository = new DMNModelRepository(model);
      this.interpreter = dialect.createDMNInterpreter(repository, parameters);
      this.decision = (TDecision) repository.findDRGElementByName(
          repository.getRootDefinitions(), DmnCatalogueWriter.DECISION_ID);
    }

    @Override
    public String route(String category, String area) {
      Map<String, Object> inputs = new HashMap<>(4);
      inputs.put(DmnCatalogueWriter.CATEGORY, category);
      inputs.put(DmnCatalogueWriter.AREA, area);
      return (String) Result.value(interpreter.evaluateDecision(
          DmnCatalogueWriter.MODEL_NAMESPACE, DmnCatalogueWriter.DECISION_ID,
          EvaluationContext.makeDecisionEvaluationContext(decision, inputs)));
    }
  }

  private static CatalogueRouter load(String dmn) {
    Path work = null;
    try {
      work = Files.createTempDirectory("jdmn-dispatch-");
      Path input = Files.createDirectories(work.resolve("dmn"));
      Files.writeString(input.resolve("dispatch.dmn"), dmn, StandardCharsets.UTF_8);
      Path sources = work.resolve("java");
      translator().transform(input, sources);
      Files.writeString(sources.resolve(PACKAGE.replace('.', '/')).resolve(ADAPTER + ".java"),
          ADAPTER_SOURCE, StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(work.resolve("classes"));
      compile(sources, classes);
      return instantiate(classes);
    } catch (IOException e) {
      throw new UncheckedIOException("jDMN's translation could not be written or read", e);
    } finally {
      if (work != null) {
        deleteQuietly(work);
      }
    }
  }

  private static FileTransformer translator() {
    return new JavaTimeDMNDialectDefinition().createDMNToNativeTransformer(
        new NopDMNValidator(), new NopDMNTransformer(), new TreeTemplateProvider(),
        new NopLazyEvaluationDetector(), new DefaultTypeDeserializationConfigurer(), parameters(),
        new NopBuildLogger());
  }

  private static InputParameters parameters() {
    return new InputParameters(Map.of(
        "dmnVersion", "1.3",
        "modelVersion", "1.0",
        "platformVersion", "9.0.0",
        "javaRootPackage", PACKAGE,
        "xsdValidation", "false"));
  }

  private static void compile(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("jDMN's translation needs a JDK: no Java compiler in "
          + System.getProperty("java.home"));
    }
    List<File> sourceFiles;
    try (Stream<Path> files = Files.walk(sources)) {
      sourceFiles = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile)
          .collect(Collectors.toList());
    }
    List<String> options = List.of("-proc:none", "-nowarn", "-g:none", "-encoding", "UTF-8",
        "-classpath", classpath(), "-d", classes.toString());
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(errors, files, null, options, null,
          files.getJavaFileObjectsFromFiles(sourceFiles)).call();
      if (!compiled) {
        String message = errors.toString();
        throw new IllegalStateException("jDMN's generated source does not compile: "
            + message.substring(0, Math.min(2_000, message.length())));
      }
    }
  }

  /** The class path the generated source compiles against: jDMN's runtime and this module. */
  private static String classpath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(CatalogueRouter.class, JavaTimeDMNBaseDecision.class,
        javax.annotation.Generated.class,
        com.fasterxml.jackson.annotation.JsonGetter.class)) {
      URL location = type.getProtectionDomain().getCodeSource().getLocation();
      try {
        entries.add(Path.of(location.toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("unexpected class path entry " + location, e);
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static CatalogueRouter instantiate(Path classes) throws IOException {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        JdmnRouter.class.getClassLoader());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString().replace(File.separatorChar, '.')
              .replaceAll("\\.class$", ""))
          .collect(Collectors.toList());
    }
    try {
      for (String name : names) {
        Class.forName(name, true, loader);
      }
      return (CatalogueRouter) Class.forName(PACKAGE + "." + ADAPTER, true, loader)
          .getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("jDMN's compiled decision could not be loaded", e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
