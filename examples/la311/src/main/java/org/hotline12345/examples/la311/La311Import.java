package org.hotline12345.examples.la311;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.hotline12345.calendar.TimeLimit;
import org.hotline12345.core.appeal.AppealCheck;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CaseLifecycle;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseNumberFormat;
import org.hotline12345.core.casefile.CaseNumbering;
import org.hotline12345.core.casefile.CaseRuleException;
import org.hotline12345.core.casefile.EmergencyLine;
import org.hotline12345.core.casefile.HistoricalCase;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.service.HotlineService;
import org.hotline12345.core.timelimit.Stage;
import org.hotline12345.core.timelimit.TimeLimitPolicies;
import org.hotline12345.core.timelimit.TimeLimitTable;
import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;

/**
 * Imports an LA 311 export as history (历史导入): each request becomes a case through {@link
 * HotlineService#importCase}, with its original timestamps, its request number as source key
 * and case number, its agency's sub-unit as lead, its resolution deadline the service level
 * ({@value #DEFAULT_SERVICE_LEVEL_DAYS} working days unless set) on the US federal calendar in
 * Pacific time. It reads the file twice: first to gather the agencies, sub-units, request types
 * and areas it names ({@link La311Catalog}), then to import. A row is imported or refused,
 * never lost: see {@link ImportSummary}.
 *
 * <pre>{@code
 * La311Replay replay = La311Import.builder().serviceLevelDays(5).store(store).build().run(file);
 * La311Results results = La311Assessment.of(replay).assess();
 * }</pre>
 */
public final class La311Import {

  /** The service level unless set: 5 working days to resolve. */
  public static final int DEFAULT_SERVICE_LEVEL_DAYS = 5;

  /** The longest service level, in working days. */
  public static final int MAX_SERVICE_LEVEL_DAYS = 250;

  /** Who imports: the system. */
  static final Actor IMPORTER = Actor.system();

  private final int serviceLevelDays;
  private final HotlineStore store;
  private final Clock clock;
  private final LongConsumer progress;

  private La311Import(Builder b) {
    this.serviceLevelDays = b.serviceLevelDays;
    this.store = b.store == null ? new InMemoryStore() : b.store;
    this.clock = b.clock;
    this.progress = b.progress;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an import; each method returns the builder. */
  public static final class Builder {
    private int serviceLevelDays = DEFAULT_SERVICE_LEVEL_DAYS;
    private HotlineStore store;
    private Clock clock = Clock.systemUTC();
    private LongConsumer progress = rows -> { };

    private Builder() {}

    /**
     * The service level: the working days a request has to be resolved in.
     *
     * @param days 1 to {@value #MAX_SERVICE_LEVEL_DAYS}
     * @return this builder
     * @throws IllegalArgumentException if days is out of range
     */
    public Builder serviceLevelDays(int days) {
      if (days < 1 || days > MAX_SERVICE_LEVEL_DAYS) {
        throw new IllegalArgumentException("serviceLevelDays: must be 1 to " + MAX_SERVICE_LEVEL_DAYS + ", was " + days);
      }
      this.serviceLevelDays = days;
      return this;
    }

    /**
     * The store; a new in-memory one unless set.
     *
     * @param store the store, for example {@code JdbcHotlineStore.openEmbedded(dir)}
     * @return this builder
     */
    public Builder store(HotlineStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The clock of the import's own instant; the system's unless set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Told the number of rows done, every 1,000 rows of the second pass and at its end.
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(LongConsumer progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Builds the import.
     *
     * @return the import
     */
    public La311Import build() {
      return new La311Import(this);
    }
  }

  /**
   * The time limits: the seeds' for every stage, resolution in the service level's working days.
   *
   * @param days the service level
   * @return the table
   */
  public static TimeLimitTable timeLimits(int days) {
    return TimeLimitPolicies.seeds().toBuilder().rule(Stage.RESOLUTION, TimeLimit.workingDays(days)).build();
  }

  /**
   * Imports a file.
   *
   * @param file the export
   * @return the replay: the summary, the catalog and the service over the store
   * @throws La311FormatException if the header lacks a required column or names one twice
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public La311Replay run(Path file) {
    Objects.requireNonNull(file, "file");
    La311Catalog catalog = new La311Catalog();
    La311Reader.read(file, new La311Reader.Sink() {
      @Override
      public void request(La311Request request) {
        catalog.add(request);
      }

      @Override
      public void refused(Refusal refusal) {
        // counted in the second pass
      }
    });
    CaseLifecycle lifecycle = CaseLifecycle.builder()
        .directory(catalog.directory())
        .calendars(Map.of(UsFederalHolidays.CALENDAR_ID, UsFederalHolidays.calendar()))
        .platformCalendar(UsFederalHolidays.CALENDAR_ID)
        .timeLimits(timeLimits(serviceLevelDays))
        .taxonomy(catalog.taxonomy())
        .notAcceptedReasons(NotAcceptedReason.SEEDS)
        .appealCheck(AppealCheck.none())
        .emergencyLines(List.of(EmergencyLine.NINE_ONE_ONE))
        .numbering(CaseNumbering.daily(CaseNumberFormat.of("LA{yyyy}{MM}{dd}{seq:6}"), La311Dates.ZONE,
            store::nextSequenceValue))
        .build();
    HotlineService service = HotlineService.builder().store(store).lifecycle(lifecycle).clock(clock).build();
    Pass pass = new Pass(String.valueOf(file.getFileName()), catalog, service);
    La311Reader.read(file, pass);
    progress.accept(pass.summary.read());
    return new La311Replay(pass.summary, catalog, service, store, serviceLevelDays, pass.first, pass.last);
  }

  /** The second pass: each row imported or refused. */
  private final class Pass implements La311Reader.Sink {
    final ImportSummary summary;
    final La311Catalog catalog;
    final HotlineService service;
    final Map<String, Long> seen = new HashMap<>();
    Instant first;
    Instant last;

    Pass(String source, La311Catalog catalog, HotlineService service) {
      this.summary = new ImportSummary(source);
      this.catalog = catalog;
      this.service = service;
    }

    @Override
    public void request(La311Request r) {
      Long before = seen.putIfAbsent(r.srNumber(), r.row());
      if (before != null) {
        refused(new Refusal(r.row(), r.line(), La311Column.SR_NUMBER.canonical(), "repeats the request of row " + before));
        return;
      }
      try {
        DepartmentId lead = catalog.lead(r);
        HistoricalCase.Builder h = HistoricalCase.builder().sourceKey(r.srNumber()).number(new CaseNumber(r.srNumber()))
            .receivedAt(r.created()).channel(r.channel()).type(La311Mapping.appealType(r.requestType()))
            .category(catalog.category(r)).lead(lead).outcome(r.outcome());
        catalog.area(r).ifPresent(h::area);
        r.closed().ifPresent(h::closedAt);
        r.serviceDate().ifPresent(h::originalDueAt);
        HistoricalCase record = h.build();
        boolean isNew = service.findByNumber(record.number().orElseThrow()).isEmpty();
        service.importCase(record, IMPORTER);
        summary.imported(r, isNew, catalog.agencyOf(lead).value());
        first = first == null || r.created().isBefore(first) ? r.created() : first;
        Instant end = r.closed().orElse(r.created());
        last = last == null || end.isAfter(last) ? end : last;
      } catch (RuntimeException e) {
        refused(new Refusal(r.row(), r.line(), columnOf(e), reasonOf(e)));
        return;
      }
      if (summary.read() % 1_000 == 0) {
        progress.accept(summary.read());
      }
    }

    @Override
    public void refused(Refusal refusal) {
      summary.refused(refusal);
    }
  }

  /** The column a refusal of the core names by its field. */
  private static String columnOf(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("receivedAt:")) {
      return La311Column.CREATED_DATE.canonical();
    }
    if (m.contains("closedAt:")) {
      return La311Column.CLOSED_DATE.canonical();
    }
    if (m.contains("originalDueAt:")) {
      return La311Column.SERVICE_DATE.canonical();
    }
    if (m.contains("category:")) {
      return La311Column.REQUEST_TYPE.canonical();
    }
    if (m.contains("lead:") || m.contains("assisting:")) {
      return La311Column.OWNER.canonical();
    }
    return Refusal.WHOLE_ROW;
  }

  /** The core's reason, on one line and short; it names fields and rules, never an address. */
  private static String reasonOf(RuntimeException e) {
    String what = e instanceof CaseRuleException rule ? rule.rule().name() : e.getClass().getSimpleName();
    String m = String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " ");
    return "refused by the SDK (" + what + "): " + (m.length() > 200 ? m.substring(0, 200) + "..." : m);
  }
}
