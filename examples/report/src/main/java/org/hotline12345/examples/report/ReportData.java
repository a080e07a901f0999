package org.hotline12345.examples.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the report shows, free of personal data: build it with {@link #builder()}, then
 * {@link HtmlReport#write}. Only the title and the volumes are required; a section left out
 * (routing quality, the board, the assessment, deadlines) is left out of the page, and {@link
 * TableSection}s follow the report's own sections.
 */
public final class ReportData {

  private final String title;
  private final String subtitle;
  private final ZoneId zone;
  private final Map<String, Agency> agencies;
  private final List<KeyFigure> figures;
  private final Volumes volumes;
  private final Optional<RoutingQuality> routing;
  private final Optional<Board> board;
  private final Optional<ScorecardSection> scorecards;
  private final List<ExplainedDeadline> deadlines;
  private final List<TableSection> tables;
  private final List<String> notes;

  private ReportData(Builder b) {
    this.title = Checks.text(b.title, "title");
    this.subtitle = Objects.requireNonNullElse(b.subtitle, "");
    this.zone = Objects.requireNonNull(b.zone, "zone");
    this.agencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.agencies));
    this.figures = List.copyOf(b.figures);
    this.volumes = Objects.requireNonNull(b.volumes, "volumes");
    this.routing = Optional.ofNullable(b.routing);
    this.board = Optional.ofNullable(b.board);
    this.scorecards = Optional.ofNullable(b.scorecards);
    this.deadlines = List.copyOf(b.deadlines);
    this.tables = List.copyOf(b.tables);
    this.notes = List.copyOf(b.notes);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the page's title */
  public String title() {
    return title;
  }

  /** @return the line under the title, empty for none */
  public String subtitle() {
    return subtitle;
  }

  /** @return the zone instants are shown in */
  public ZoneId zone() {
    return zone;
  }

  /** @return the agencies by id, in the order given */
  public Map<String, Agency> agencies() {
    return agencies;
  }

  /**
   * The display name of an agency.
   *
   * @param id its id
   * @return its name, or the id itself when the agency was not given
   */
  public String agencyName(String id) {
    Agency a = agencies.get(id);
    return a == null ? id : a.name();
  }

  /** @return the headline numbers */
  public List<KeyFigure> figures() {
    return figures;
  }

  /** @return the volumes */
  public Volumes volumes() {
    return volumes;
  }

  /** @return routing quality, if given */
  public Optional<RoutingQuality> routing() {
    return routing;
  }

  /** @return the supervision board, if given */
  public Optional<Board> board() {
    return board;
  }

  /** @return the assessment, if given */
  public Optional<ScorecardSection> scorecards() {
    return scorecards;
  }

  /** @return the explained deadlines */
  public List<ExplainedDeadline> deadlines() {
    return deadlines;
  }

  /** @return the table sections, in the order added */
  public List<TableSection> tables() {
    return tables;
  }

  /** @return notes shown at the foot of the page, one paragraph each */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "ReportData[" + title + ", " + agencies.size() + " agencies, " + volumes.days().size() + " days]";
  }

  /** Builds {@link ReportData}; not thread-safe. */
  public static final class Builder {
    private String title;
    private String subtitle;
    private ZoneId zone = ZoneId.of("UTC");
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final List<KeyFigure> figures = new ArrayList<>();
    private Volumes volumes;
    private RoutingQuality routing;
    private Board board;
    private ScorecardSection scorecards;
    private final List<ExplainedDeadline> deadlines = new ArrayList<>();
    private final List<TableSection> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder() {}

    /**
     * @param title the page's title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * @param subtitle the line under the title
     * @return this builder
     */
    public Builder subtitle(String subtitle) {
      this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
      return this;
    }

    /**
     * @param zone the zone instants are shown in; UTC unless set
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Adds agencies; a later one of the same id replaces an earlier one.
     *
     * @param more the agencies
     * @return this builder
     */
    public Builder agencies(List<Agency> more) {
      for (Agency a : Checks.list(more, "agencies")) {
        agencies.put(a.id(), a);
      }
      return this;
    }

    /**
     * Adds a headline number.
     *
     * @param figure the number
     * @return this builder
     * @throws IllegalArgumentException if a number of the same id was added
     */
    public Builder figure(KeyFigure figure) {
      Objects.requireNonNull(figure, "figure");
      if (figures.stream().anyMatch(f -> f.id().equals(figure.id()))) {
        throw new IllegalArgumentException("figure: id " + figure.id() + " is given twice");
      }
      figures.add(figure);
      return this;
    }

    /**
     * @param volumes the volumes (required)
     * @return this builder
     */
    public Builder volumes(Volumes volumes) {
      this.volumes = Objects.requireNonNull(volumes, "volumes");
      return this;
    }

    /**
     * @param routing routing quality
     * @return this builder
     */
    public Builder routing(RoutingQuality routing) {
      this.routing = Objects.requireNonNull(routing, "routing");
      return this;
    }

    /**
     * @param board the supervision board
     * @return this builder
     */
    public Builder board(Board board) {
      this.board = Objects.requireNonNull(board, "board");
      return this;
    }

    /**
     * @param scorecards the assessment
     * @return this builder
     */
    public Builder scorecards(ScorecardSection scorecards) {
      this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
      return this;
    }

    /**
     * Adds an explained deadline.
     *
     * @param deadline the deadline explained
     * @return this builder
     */
    public Builder deadline(ExplainedDeadline deadline) {
      deadlines.add(Objects.requireNonNull(deadline, "deadline"));
      return this;
    }

    /**
     * Adds a table section, shown after the report's own sections.
     *
     * @param table the section
     * @return this builder
     * @throws IllegalArgumentException if a section of the same id was added
     */
    public Builder table(TableSection table) {
      Objects.requireNonNull(table, "table");
      if (tables.stream().anyMatch(t -> t.id().equals(table.id()))) {
        throw new IllegalArgumentException("table: id " + table.id() + " is given twice");
      }
      tables.add(table);
      return this;
    }

    /**
     * Adds a note for the foot of the page.
     *
     * @param note one paragraph
     * @return this builder
     */
    public Builder note(String note) {
      notes.add(Checks.text(note, "note"));
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws NullPointerException if the title or the volumes are missing
     */
    public ReportData build() {
      if (title == null) {
        throw new NullPointerException("title: required; set it with title(...)");
      }
      if (volumes == null) {
        throw new NullPointerException("volumes: required; set them with volumes(...)");
      }
      return new ReportData(this);
    }
  }
}
