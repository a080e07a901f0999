package org.hotline12345.examples.open311;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.service.Automation;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.examples.jdbc.JdbcHotlineStore;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;
import org.hotline12345.rules.Presets;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.routing.TableRouter;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.timelimit.TableTimeLimits;
import org.hotline12345.rules.triage.AcceptanceRules;
import org.hotline12345.rules.triage.TriagePipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs an {@link Open311Endpoint} on the rules module's Nanjing-style presets (directory, areas,
 * taxonomy with attributes, acceptance and routing tables, Nanjing time limits): requests are
 * triaged and dispatched as they arrive. The store is in memory unless {@code --h2} names a
 * folder for an H2 file, which a second run reopens.
 *
 * <pre>
 * mvn -B -ntp -q -pl examples/open311 exec:java -Dexec.args="--api-key my-client-key"
 * curl 'http://127.0.0.1:8311/open311/v2/services.json'
 * </pre>
 */
@Command(name = "open311-server", mixinStandardHelpOptions = true, version = "hotline-open311 0.1.0",
    description = "Serves Open311 GeoReport v2 (services, service definitions, POST and GET requests, XML and"
        + " JSON) over the Hotline SDK on Nanjing-style sample rules.")
public final class Open311Server implements Callable<Integer> {

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8311;

  @Option(names = "--jurisdiction", description = "The jurisdiction_id served (default: ${DEFAULT-VALUE}).")
  String jurisdiction = "nanjing.example";

  @Option(names = "--api-key", description = "An API key clients post requests with; repeat for several"
      + " clients. Without one, a random key is made and printed.")
  List<String> apiKeys = new ArrayList<>();

  @Option(names = "--h2", paramLabel = "FOLDER", description = "Keep cases in an H2 database file in this"
      + " folder (reopened by the next run); in memory if not given.")
  Path h2;

  @Option(names = "--base-path", description = "Path of the resources (default: ${DEFAULT-VALUE}).")
  String basePath = Open311Endpoint.DEFAULT_BASE_PATH;

  @Option(names = "--caller-secret", description = "The secret (at least 16 characters) under which the"
      + " platform recognises a caller's earlier appeals without keeping phone numbers; also read from the"
      + " environment variable HOTLINE_CALLER_SECRET. Without one, a random secret serves this run only.")
  String callerSecret = System.getenv("HOTLINE_CALLER_SECRET");

  /** A running server with its store; closing it stops both. */
  public static final class Running implements AutoCloseable {
    private final Open311Endpoint.Running server;
    private final HotlineStore store;
    private final ValidatorFactory validators;

    private Running(Open311Endpoint.Running server, HotlineStore store, ValidatorFactory validators) {
      this.server = server;
      this.store = store;
      this.validators = validators;
    }

    /**
     * The running endpoint.
     *
     * @return the endpoint's server
     */
    public Open311Endpoint.Running endpoint() {
      return server;
    }

    /** Stops the server, then closes the store. */
    @Override
    public void close() {
      server.close();
      if (store instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          throw new IllegalStateException("the store did not close: " + e.getClass().getSimpleName(), e);
        }
      }
      validators.close();
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    // Jetty's and Javalin's start-up lines are noise on a terminal; warnings and errors still show.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(new CommandLine(new Open311Server()).execute(args));
  }

  /**
   * Starts the server and waits until the process is stopped (Ctrl-C).
   *
   * @return 0
   * @throws InterruptedException if interrupted while waiting
   */
  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    if (apiKeys.isEmpty()) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      apiKeys.add(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
      out.println("No --api-key given; clients post with this one: api_key=" + apiKeys.get(0));
    }
    Running running = open();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "open311-shutdown"));
    out.println("Open311 GeoReport v2 for jurisdiction " + jurisdiction + " at " + running.endpoint().baseUri()
        + " (try " + running.endpoint().baseUri() + "services.json); store: "
        + (h2 == null ? "in memory" : "H2 in " + h2.toAbsolutePath()) + ". Ctrl-C stops it.");
    stopped.await();
    return 0;
  }

  /**
   * Opens the store and starts the endpoint with the options as set.
   *
   * @return the running server
   * @throws IllegalStateException if no API key is set
   */
  public Running open() {
    HotlineStore store = h2 == null ? new InMemoryStore() : JdbcHotlineStore.openEmbedded(h2);
    ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
    try {
      Clock clock = Clock.system(WorkingCalendars.CHINA_ZONE);
      byte[] secret;
      if (callerSecret == null) {
        secret = new byte[32];
        new SecureRandom().nextBytes(secret);
      } else if (callerSecret.length() < 16) {
        throw new IllegalArgumentException("--caller-secret must be at least 16 characters");
      } else {
        secret = callerSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      HotlineService hotline = presetService(store, clock, AppealCheck.jakarta(validators.getValidator()), secret);
      Open311Endpoint.Builder endpoint = Open311Endpoint.builder()
          .hotline(hotline).taxonomy(Presets.taxonomy()).areas(Presets.areas())
          .jurisdiction(jurisdiction).basePath(basePath)
          .appealCheck(AppealCheck.jakarta(validators.getValidator()))
          .clock(clock).zone(WorkingCalendars.CHINA_ZONE);
      apiKeys.forEach(endpoint::apiKey);
      return new Running(endpoint.build().start(host, port), store, validators);
    } catch (RuntimeException e) {
      if (store instanceof JdbcHotlineStore jdbc) {
        jdbc.close();
      }
      validators.close();
      throw e;
    }
  }

  /**
   * The service of the presets, as the README's "Rules in brief" wires it: the acceptance table,
   * the dispatch catalogue and Nanjing's time limits decide on intake.
   *
   * @param store the store
   * @param clock the clock
   * @param check the appeal check
   * @param callerSecret the caller key secret, at least 16 bytes
   * @return the service
   */
  static HotlineService presetService(HotlineStore store, Clock clock, AppealCheck check, byte[] callerSecret) {
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(Presets.directory()).taxonomy(Presets.taxonomy())
        .calendars(Map.of("cn-mainland", WorkingCalendars.chinaMainland()))
        .platformCalendar("cn-mainland")
        .timeLimits(TableTimeLimits.nanjing())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(check)
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"),
            WorkingCalendars.CHINA_ZONE, store::nextSequenceValue))
        .build();
    CaseInputs inputs = CaseInputs.in(WorkingCalendars.CHINA_ZONE)
        .withAreas(Presets.areas()).withTaxonomy(Presets.taxonomy());
    return HotlineService.builder()
        .store(store).lifecycle(lifecycle).clock(clock)
        .triage(TriagePipeline.standard(lifecycle, AcceptanceRules.chinaPreset(lifecycle),
            Optional.empty(), Optional.empty()))
        .router(TableRouter.of(LiveTable.of(TableRouter.nanjingPreset().table(), Presets.references()), inputs))
        .callerKeySecret(callerSecret)
        .automation(Automation.AUTOMATIC)
        .build();
  }
}
