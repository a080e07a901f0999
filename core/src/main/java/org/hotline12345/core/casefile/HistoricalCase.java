package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.department.DepartmentId;

/**
 * A case as another system recorded it (历史工单): what happened, for an import of history
 * ({@link CaseLifecycle#importCase}), not the workflow replayed command by command. It holds
 * no personal data: no citizen, no address, no free text; the imported case's citizen is
 * anonymous and its appeal's content is {@link #CONTENT}.
 *
 * <pre>{@code
 * HistoricalCase sr = HistoricalCase.builder()
 *     .sourceKey("1-870704831")
 *     .receivedAt(Instant.parse("2017-12-28T07:59:58Z"))
 *     .channel(Channel.PHONE).type(AppealType.HELP)
 *     .category(CategoryCode.of("bulky-items"))
 *     .area(new Area("CD-13", "Council District 13"))
 *     .lead(DepartmentId.of("BOS.NC"))
 *     .outcome(HistoricalCase.Outcome.RESOLVED)
 *     .closedAt(Instant.parse("2018-01-03T18:11:23Z"))
 *     .build();
 * }</pre>
 *
 * <p>The builder refuses a missing source key, receipt time, channel, type, lead or outcome,
 * naming every missing one ({@link IllegalStateException}), and a value that breaks a rule,
 * naming the field and the rule, never the value ({@link IllegalArgumentException}): a source
 * key blank, over {@value #MAX_SOURCE_KEY_LENGTH} characters or holding a control character or
 * an unpaired surrogate; an instant outside {@link #EARLIEST} to {@link #LATEST}; a closing time
 * missing for a closed outcome, present for an open one, or before the receipt; the lead among
 * the assisting departments, or an assisting department twice.
 */
public final class HistoricalCase {

  /** The longest source key, in UTF-16 code units: it goes into the store's intake key. */
  public static final int MAX_SOURCE_KEY_LENGTH = 200;

  /** The earliest instant an imported case may name: its deadlines need a day before it. */
  public static final Instant EARLIEST = Instant.parse("1900-01-02T00:00:00Z");

  /** The latest instant an imported case may name: its deadlines need room after it. */
  public static final Instant LATEST = Instant.parse("9998-12-31T00:00:00Z");

  /** The content of an imported case's appeal: the source system's text is not imported. */
  public static final String CONTENT = "(imported from history)";

  /** How the case ended in the source system, or that it has not. */
  public enum Outcome {
    /** Still open: the lead has it. */
    OPEN,
    /** Closed with the matter resolved (办结): the resolution stage was met when it closed. */
    RESOLVED,
    /** Closed without resolving it (cancelled, referred elsewhere, withdrawn): the resolution stage was never met. */
    CLOSED_UNRESOLVED;

    /**
     * Whether a case with this outcome is closed.
     *
     * @return false for {@link #OPEN}
     */
    public boolean isClosed() {
      return this != OPEN;
    }
  }

  private final String sourceKey;
  private final Instant receivedAt;
  private final Channel channel;
  private final AppealType type;
  private final Optional<CategoryCode> category;
  private final Optional<Area> area;
  private final DepartmentId lead;
  private final List<DepartmentId> assisting;
  private final Outcome outcome;
  private final Optional<Instant> closedAt;
  private final Optional<Instant> originalDueAt;
  private final Optional<CaseNumber> number;

  private HistoricalCase(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.sourceKey == null) {
      missing.add("sourceKey");
    }
    if (b.receivedAt == null) {
      missing.add("receivedAt");
    }
    if (b.channel == null) {
      missing.add("channel");
    }
    if (b.type == null) {
      missing.add("type");
    }
    if (b.lead == null) {
      missing.add("lead");
    }
    if (b.outcome == null) {
      missing.add("outcome");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("HistoricalCase needs " + String.join(", ", missing));
    }
    this.sourceKey = b.sourceKey;
    this.receivedAt = b.receivedAt;
    this.channel = b.channel;
    this.type = b.type;
    this.category = Optional.ofNullable(b.category);
    this.area = Optional.ofNullable(b.area);
    this.lead = b.lead;
    this.assisting = List.copyOf(b.assisting);
    this.outcome = b.outcome;
    this.closedAt = Optional.ofNullable(b.closedAt);
    this.originalDueAt = Optional.ofNullable(b.originalDueAt);
    this.number = Optional.ofNullable(b.number);
    check();
  }

  private void check() {
    List<String> broken = new ArrayList<>();
    String keyRule = sourceKeyRule(sourceKey);
    if (keyRule != null) {
      broken.add("sourceKey: " + keyRule);
    }
    inRange(broken, "receivedAt", receivedAt);
    closedAt.ifPresent(t -> inRange(broken, "closedAt", t));
    originalDueAt.ifPresent(t -> inRange(broken, "originalDueAt", t));
    if (outcome.isClosed() && closedAt.isEmpty()) {
      broken.add("closedAt: required for the outcome " + outcome);
    }
    if (!outcome.isClosed() && closedAt.isPresent()) {
      broken.add("closedAt: must be absent for the outcome OPEN");
    }
    if (closedAt.isPresent() && closedAt.get().isBefore(receivedAt)) {
      broken.add("closedAt: must not be before receivedAt");
    }
    Set<DepartmentId> seen = new HashSet<>();
    for (DepartmentId a : assisting) {
      if (a.equals(lead)) {
        broken.add("assisting: must not hold the lead");
      } else if (!seen.add(a)) {
        broken.add("assisting: must not hold a department twice");
      }
    }
    if (!broken.isEmpty()) {
      throw new IllegalArgumentException("HistoricalCase: " + String.join("; ", broken));
    }
  }

  private static void inRange(List<String> broken, String field, Instant t) {
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      broken.add(field + ": must lie from " + EARLIEST + " to " + LATEST);
    }
  }

  /** Why a source key is refused, or null: not blank, short, well-formed, no control characters. */
  static String sourceKeyRule(String key) {
    if (key.isEmpty() || key.length() > MAX_SOURCE_KEY_LENGTH) {
      return "must be 1 to " + MAX_SOURCE_KEY_LENGTH + " characters";
    }
    boolean visible = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isISOControl(c)) {
        return "must not hold a control character";
      }
      if (Character.isHighSurrogate(c) ? i + 1 >= key.length() || !Character.isLowSurrogate(key.charAt(++i))
          : Character.isLowSurrogate(c)) {
        return "must not hold an unpaired surrogate";
      }
      visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }
    return visible ? null : "must not be blank";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The key of the record in the source system (its request number): an import of the same
   * key again finds the case imported before.
   *
   * @return the key
   */
  public String sourceKey() {
    return sourceKey;
  }

  /**
   * When the source system received (created) the request: the case's registration instant and
   * the start of its resolution deadline.
   *
   * @return the instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The channel it came through.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Its type.
   *
   * @return the type
   */
  public AppealType type() {
    return type;
  }

  /**
   * Its category, if known.
   *
   * @return the category
   */
  public Optional<CategoryCode> category() {
    return category;
  }

  /**
   * Its area of the hierarchy, if known.
   *
   * @return the area
   */
  public Optional<Area> area() {
    return area;
  }

  /**
   * The lead department (主办单位) that handled it.
   *
   * @return the lead
   */
  public DepartmentId lead() {
    return lead;
  }

  /**
   * The assisting departments (协办单位).
   *
   * @return the departments, possibly none
   */
  public List<DepartmentId> assisting() {
    return assisting;
  }

  /**
   * How it ended, or that it is open.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * When it was closed, for a closed outcome.
   *
   * @return the instant, or empty while open
   */
  public Optional<Instant> closedAt() {
    return closedAt;
  }

  /**
   * The due instant the source system gave it, if it gave one: kept as a record; the imported
   * case's deadline is the lifecycle's own.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> originalDueAt() {
    return originalDueAt;
  }

  /**
   * The case number to give it; the lifecycle's numbering at {@link #receivedAt()} if empty.
   *
   * @return the number, or empty
   */
  public Optional<CaseNumber> number() {
    return number;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistoricalCase h && sourceKey.equals(h.sourceKey) && receivedAt.equals(h.receivedAt)
        && channel == h.channel && type == h.type && category.equals(h.category) && area.equals(h.area)
        && lead.equals(h.lead) && assisting.equals(h.assisting) && outcome == h.outcome
        && closedAt.equals(h.closedAt) && originalDueAt.equals(h.originalDueAt) && number.equals(h.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceKey, receivedAt, lead, outcome);
  }

  /** The source key (escaped), the lead, the outcome and the instants: nothing personal is held. */
  @Override
  public String toString() {
    return "HistoricalCase[" + org.hotline12345.core.internal.Texts.forDisplay(sourceKey, 60) + ", " + type + " via "
        + channel + ", received " + receivedAt + ", lead " + lead + ", " + outcome
        + closedAt.map(t -> " at " + t).orElse("") + "]";
  }

  /** Builds a {@link HistoricalCase}; not thread-safe. Each method returns the builder. */
  public static final class Builder {
    private String sourceKey;
    private Instant receivedAt;
    private Channel channel;
    private AppealType type;
    private CategoryCode category;
    private Area area;
    private DepartmentId lead;
    private final List<DepartmentId> assisting = new ArrayList<>();
    private Outcome outcome;
    private Instant closedAt;
    private Instant originalDueAt;
    private CaseNumber number;

    private Builder() {}

    /**
     * The key in the source system; <b>required</b>.
     *
     * @param key the key
     * @return this builder
     */
    public Builder sourceKey(String key) {
      this.sourceKey = Objects.requireNonNull(key, "sourceKey");
      return this;
    }

    /**
     * When the request was received; <b>required</b>.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder receivedAt(Instant at) {
      this.receivedAt = Objects.requireNonNull(at, "receivedAt");
      return this;
    }

    /**
     * The channel; <b>required</b>.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * The type; <b>required</b>.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(AppealType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * The category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(CategoryCode category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * The area.
     *
     * @param area the area
     * @return this builder
     */
    public Builder area(Area area) {
      this.area = Objects.requireNonNull(area, "area");
      return this;
    }

    /**
     * The lead department; <b>required</b>.
     *
     * @param lead the department
     * @return this builder
     */
    public Builder lead(DepartmentId lead) {
      this.lead = Objects.requireNonNull(lead, "lead");
      return this;
    }

    /**
     * Adds an assisting department.
     *
     * @param department the department
     * @return this builder
     */
    public Builder addAssisting(DepartmentId department) {
      assisting.add(Objects.requireNonNull(department, "assisting"));
      return this;
    }

    /**
     * How it ended; <b>required</b>.
     *
     * @param outcome the outcome
     * @return this builder
     */
    public Builder outcome(Outcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * When it closed; required for a closed outcome, refused for an open one.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder closedAt(Instant at) {
      this.closedAt = Objects.requireNonNull(at, "closedAt");
      return this;
    }

    /**
     * The due instant the source system gave it.
     *
     * @param at the instant
     * @return this builder
     */
    public Builder originalDueAt(Instant at) {
      this.originalDueAt = Objects.requireNonNull(at, "originalDueAt");
      return this;
    }

    /**
     * The case number to give it.
     *
     * @param number the number
     * @return this builder
     */
    public Builder number(CaseNumber number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws IllegalStateException naming every required field not set
     * @throws IllegalArgumentException naming every field that breaks a rule, and the rule
     */
    public HistoricalCase build() {
      return new HistoricalCase(this);
    }
  }
}
