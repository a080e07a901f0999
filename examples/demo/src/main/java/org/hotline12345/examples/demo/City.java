package org.hotline12345.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.WorkingCalendar;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.appeal.AreaHierarchy;
import org.hotline12345.core.assessment.AssessmentScheme;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.service.Automation;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.rules.classification.KeywordClassifier;
import org.hotline12345.rules.duplicates.DuplicateFinder;
import org.hotline12345.rules.inputs.CaseInputs;
import org.hotline12345.rules.knowledge.QaKnowledgeBase;
import org.hotline12345.rules.routing.TableRouter;
import org.hotline12345.rules.table.DecisionTable;
import org.hotline12345.rules.table.DecisionTables;
import org.hotline12345.rules.table.LiveTable;
import org.hotline12345.rules.table.References;
import org.hotline12345.rules.table.TableSchema;
import org.hotline12345.rules.timelimit.TableTimeLimits;
import org.hotline12345.rules.triage.AcceptanceRules;
import org.hotline12345.rules.triage.DirectAnswerStep;
import org.hotline12345.rules.triage.TriagePipeline;

/**
 * The demo city's reference data and rules, read from the demo's resources through the SDK's
 * public {@code readCsv} APIs as a host reads its own files: the department directory, areas,
 * taxonomy, dispatch catalogue (派单目录), acceptance table, time limits, knowledge base (知识库)
 * and assessment scheme (考核方案). Starts from the presets of {@code hotline-rules}.
 */
final class City {

  /** The platform's calendar id, as the directory's rows name it. */
  static final String CALENDAR = "cn-mainland";
  static final ZoneId ZONE = WorkingCalendars.CHINA_ZONE;
  private static final String FOLDER = "/org/hotline12345/examples/demo/city/";

  final DepartmentDirectory directory;
  final AreaHierarchy areas;
  final CategoryTaxonomy taxonomy;
  final References references;
  final DecisionTable routing;
  final DecisionTable acceptance;
  final TableTimeLimits timeLimits;
  final QaKnowledgeBase knowledgeBase;
  final AssessmentScheme scheme;
  final WorkingCalendar calendar = WorkingCalendars.chinaMainland();

  private City() {
    directory = read("departments.csv", r -> DepartmentDirectory.readCsv(r, "departments.csv"));
    areas = read("areas.csv", r -> AreaHierarchy.readCsv(r, "areas.csv"));
    try (Reader categories = reader("categories.csv"); Reader attributes = reader("attributes-cn.csv")) {
      taxonomy = CategoryTaxonomy.readCsv(categories, attributes, "categories.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    references = References.none().withDirectory(directory).withTaxonomy(taxonomy).withAreas(areas);
    routing = table("routing.csv", TableRouter.schema(List.of()));
    acceptance = table("acceptance-cn.csv", AcceptanceRules.schema(List.of()));
    timeLimits = TableTimeLimits.of(table("time-limits-nanjing.csv", TableTimeLimits.SCHEMA)).withAreas(areas);
    try (InputStream in = open("knowledge-base-nanjing.csv")) {
      knowledgeBase = QaKnowledgeBase.builder().directory(directory).taxonomy(taxonomy).zone(ZONE)
          .read(in, "knowledge-base-nanjing.csv", QaKnowledgeBase.Format.CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    scheme = read("scheme.csv", r -> AssessmentScheme.readCsv(r, "scheme.csv"));
  }

  /**
   * Reads the city's files.
   *
   * @return the city
   */
  static City load() {
    return new City();
  }

  /** The lifecycle: the city's directory, taxonomy, calendar, time limits and case numbers. */
  CaseLifecycle lifecycle(HotlineStore store) {
    return CaseLifecycle.builder()
        .directory(directory).taxonomy(taxonomy)
        .calendars(Map.of(CALENDAR, calendar)).platformCalendar(CALENDAR)
        .timeLimits(timeLimits)
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.none())
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}"), ZONE,
            store::nextSequenceValue))
        .build();
  }

  /**
   * The hotline service with the rules on intake (Automation.AUTOMATIC): classification by
   * keywords, the standard triage (emergencies, incomplete elements, repeats of the same caller,
   * direct answers from the knowledge base, the acceptance table) and the dispatch catalogue.
   */
  HotlineService service(HotlineStore store, java.time.Clock clock) {
    CaseLifecycle lifecycle = lifecycle(store);
    CaseInputs inputs = CaseInputs.in(ZONE).withAreas(areas).withTaxonomy(taxonomy);
    AcceptanceRules acceptanceRules = AcceptanceRules.of(LiveTable.of(acceptance, references), lifecycle, inputs,
        Duration.ofDays(30));
    DuplicateFinder duplicates = DuplicateFinder.builder().ruleSet("demo-duplicates", "2025.10")
        .criteria(java.util.Set.of(org.hotline12345.rules.duplicates.DuplicateMatch.Criterion.SAME_CALLER_SIMILAR_TEXT)).build();
    return HotlineService.builder()
        .store(store).lifecycle(lifecycle).clock(clock)
        .classifier(KeywordClassifier.of(taxonomy, "demo-2025.10"), 0.5)
        .triage(TriagePipeline.standard(lifecycle, acceptanceRules, Optional.of(duplicates),
            Optional.of(DirectAnswerStep.of(knowledgeBase))))
        .router(TableRouter.of(LiveTable.of(routing, references), inputs))
        // Demo-only secrets: a host keeps its own in a vault, never in code.
        .callerKeySecret("hotline-demo caller key".getBytes(StandardCharsets.UTF_8))
        .keyEncryptionKey(demoKey())
        .automation(Automation.AUTOMATIC)
        .build();
  }

  private static byte[] demoKey() {
    byte[] key = new byte[32];
    byte[] seed = "hotline-demo key encryption key".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < key.length; i++) {
      key[i] = seed[i % seed.length];
    }
    return key;
  }

  private DecisionTable table(String name, TableSchema schema) {
    try (InputStream in = open(name)) {
      return DecisionTables.readCsv(in, name, schema, references).table();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Parser<T> {
    T parse(Reader reader) throws IOException;
  }

  private static <T> T read(String name, Parser<T> parser) {
    try (Reader r = reader(name)) {
      return parser.parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String name) {
    return new InputStreamReader(open(name), StandardCharsets.UTF_8);
  }

  private static InputStream open(String name) {
    InputStream in = City.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("the demo's city file " + name + " is missing from its resources");
    }
    return in;
  }
}
