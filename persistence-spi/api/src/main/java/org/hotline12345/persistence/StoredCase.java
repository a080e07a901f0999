package org.hotline12345.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A case as the store keeps it (工单行): its keys, its version, and the columns the queries
 * filter and sort on. The case itself is rebuilt from its {@linkplain StoredEvent events}; the
 * row is what the core computed from them at the version, and the store gives it back exactly.
 * Immutable; built with {@link #builder()}, changed with {@link #toBuilder()}.
 *
 * <pre>{@code
 * StoredCase row = StoredCase.builder()
 *     .caseId("c-7f3a").caseNumber("NJ20241008000123").inquiryCodeHash(hash)
 *     .status("DISPATCHED").open(true).appealType("COMPLAINT").channel("PHONE")
 *     .category("0103").area("320106001").leadDepartment("nj.gulou")
 *     .registeredAt(registered).lastEventAt(dispatched).nextAlarmAt(signForDue)
 *     .resolutionDueAt(resolutionDue).version(3)
 *     .build();
 * StoredCase closed = row.toBuilder().status("CLOSED").open(false).closedAt(now)
 *     .nextAlarmAt(Optional.empty()).version(9).build();
 * }</pre>
 *
 * <p>Required: case id, case number, inquiry code hash, status, open, appeal type, channel,
 * registered at, last event at, version; {@link Builder#build()} names every one missing. The
 * others are optional (absent unless set; the assisting departments empty). Keys follow the
 * alphabets and lengths of {@link Keys}; optional text is never empty. The watched deadline of
 * the supervision board ({@link #watchedStage()}, {@link #watchedDueAt()}, {@link #yellowAt()})
 * is set whole or not at all.
 *
 * <p>Neither the inquiry code hash nor the caller key is printed by {@link #toString()}: both
 * are keys to one person's cases.
 */
public final class StoredCase {

  /** The longest {@link #facts()}, in UTF-16 code units. */
  public static final int MAX_FACTS_LENGTH = 16_000;
  /** The most {@link #assistingDepartments()}. */
  public static final int MAX_ASSISTING_DEPARTMENTS = 64;

  private final String caseId;
  private final String caseNumber;
  private final String inquiryCodeHash;
  private final String status;
  private final boolean open;
  private final String appealType;
  private final String channel;
  private final Optional<String> category;
  private final Optional<String> area;
  private final Optional<String> leadDepartment;
  private final List<String> assistingDepartments;
  private final Instant registeredAt;
  private final Instant lastEventAt;
  private final Optional<Instant> nextAlarmAt;
  private final Optional<Instant> resolutionDueAt;
  private final Optional<Boolean> resolutionMet;
  private final Optional<Instant> closedAt;
  private final Optional<String> facts;
  private final Optional<String> callerKey;
  private final Optional<String> watchedStage;
  private final Optional<Instant> watchedDueAt;
  private final Optional<Instant> yellowAt;
  private final long version;

  private StoredCase(Builder b) {
    this.caseId = b.caseId;
    this.caseNumber = b.caseNumber;
    this.inquiryCodeHash = b.inquiryCodeHash;
    this.status = b.status;
    this.open = b.open;
    this.appealType = b.appealType;
    this.channel = b.channel;
    this.category = b.category;
    this.area = b.area;
    this.leadDepartment = b.leadDepartment;
    this.assistingDepartments = List.copyOf(b.assistingDepartments);
    this.registeredAt = b.registeredAt;
    this.lastEventAt = b.lastEventAt;
    this.nextAlarmAt = b.nextAlarmAt;
    this.resolutionDueAt = b.resolutionDueAt;
    this.resolutionMet = b.resolutionMet;
    this.closedAt = b.closedAt;
    this.facts = b.facts;
    this.callerKey = b.callerKey;
    this.watchedStage = b.watchedStage;
    this.watchedDueAt = b.watchedDueAt;
    this.yellowAt = b.yellowAt;
    this.version = b.version;
  }

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every field of this case, to build a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The case id, unique: an id of {@link Keys} (1 to 64 of {@code A-Z a-z 0-9 . _ : -}).
   *
   * @return the case id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The readable case number (工单编号), unique: 1 to 64 characters without whitespace, control
   * or format characters.
   *
   * @return the case number
   */
  public String caseNumber() {
    return caseNumber;
  }

  /**
   * A hash of the citizen's inquiry code (查询码), unique: the store never sees the code. 32 to
   * 128 characters of the id alphabet; the core writes lowercase hex.
   *
   * @return the hash
   */
  public String inquiryCodeHash() {
    return inquiryCodeHash;
  }

  /**
   * The lifecycle status's name, for example {@code DISPATCHED}: an id.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * Whether the case is open: the one authoritative open/closed encoding, which the queries
   * go by whatever the status and instants say.
   *
   * @return true if open
   */
  public boolean open() {
    return open;
  }

  /**
   * The appeal type's name (诉求类型), for example {@code COMPLAINT}: an id.
   *
   * @return the appeal type
   */
  public String appealType() {
    return appealType;
  }

  /**
   * The channel's name (渠道), for example {@code PHONE}: an id.
   *
   * @return the channel
   */
  public String channel() {
    return channel;
  }

  /**
   * The category code (分类), once classified: a directory key.
   *
   * @return the category, or empty
   */
  public Optional<String> category() {
    return category;
  }

  /**
   * The area code (行政区划) of the matter, if known: a directory key.
   *
   * @return the area, or empty
   */
  public Optional<String> area() {
    return area;
  }

  /**
   * The lead department's id (主办单位), while one is assigned: a directory key.
   *
   * @return the lead department, or empty
   */
  public Optional<String> leadDepartment() {
    return leadDepartment;
  }

  /**
   * The assisting departments' ids (协办单位), in the order the core gave them: directory keys,
   * no two equal, at most {@link #MAX_ASSISTING_DEPARTMENTS}.
   *
   * @return the assisting departments, possibly empty; unmodifiable
   */
  public List<String> assistingDepartments() {
    return assistingDepartments;
  }

  /**
   * When the case was registered.
   *
   * @return the instant
   */
  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * When its last event happened: not before {@link #registeredAt()}.
   *
   * @return the instant
   */
  public Instant lastEventAt() {
    return lastEventAt;
  }

  /**
   * The instant at which supervision must next look at the case (下次督办时间), computed by the
   * core: the sweep's key ({@link CaseQueries#dueBefore}). A closed case is never swept,
   * whatever this says.
   *
   * @return the instant, or empty for none
   */
  public Optional<Instant> nextAlarmAt() {
    return nextAlarmAt;
  }

  /**
   * The resolution deadline (办理时限), once dispatched: assessment's key.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> resolutionDueAt() {
    return resolutionDueAt;
  }

  /**
   * Whether the resolution deadline was met, once known.
   *
   * @return true if met on time, false if missed, empty while not known
   */
  public Optional<Boolean> resolutionMet() {
    return resolutionMet;
  }

  /**
   * When the case was closed, if it was.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> closedAt() {
    return closedAt;
  }

  /**
   * What assessment (考核) needs of the case, as opaque text the core writes and reads (1 to
   * {@link #MAX_FACTS_LENGTH} characters), so that a period can be scored from the rows alone,
   * without replaying events. Stores keep it as they keep payloads.
   *
   * @return the facts, or empty
   */
  public Optional<String> facts() {
    return facts;
  }

  /**
   * Who appealed, as a keyed hash the core computes from the caller's phone number (the store
   * never sees the number): equal for two cases exactly when the core took them for the same
   * caller, so that {@link CaseQueries#recent} can find a caller's earlier appeals (how often
   * the same caller appealed; near-identical appeals to merge, 并案). Absent for an anonymous
   * appeal, one without a phone number, a case whose personal data was erased, and every case
   * of a host that did not configure caller keys. 32 to 128 characters of the id alphabet; the
   * core writes lowercase hex.
   *
   * @return the caller key, or empty
   */
  public Optional<String> callerKey() {
    return callerKey;
  }

  /**
   * The stage of the case's most pressing watched deadline (督办环节), for the supervision board
   * (红黄牌看板), for example {@code SIGN_FOR} or {@code RESOLUTION}: an id of {@link Keys}. The
   * core writes it, with {@link #watchedDueAt()} and {@link #yellowAt()}, from its supervision
   * policy at every change of the case; the three are present together or absent together, and
   * a closed case has none (the board's queries ignore a closed case whatever it still says).
   * Served by {@link CaseQueries#watchCounts} and {@link CaseQueries#watched}.
   *
   * @return the stage, or empty when no deadline of the case is watched
   */
  public Optional<String> watchedStage() {
    return watchedStage;
  }

  /**
   * The due instant of the watched deadline ({@link #watchedStage()}): from this instant on the
   * case shows red (overdue, 红牌). Present exactly when the stage is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> watchedDueAt() {
    return watchedDueAt;
  }

  /**
   * When the watched deadline turns yellow (黄牌) under the supervision policy, as the core
   * computed it (for example when 80 % of the limit is used on the handling department's
   * calendar): the case shows yellow from here until {@link #watchedDueAt()}, green before.
   * Not after the due instant; present exactly when the stage is.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> yellowAt() {
    return yellowAt;
  }

  /**
   * The sequence number of the case's last event, 1 or more.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof StoredCase that
        && open == that.open && version == that.version
        && caseId.equals(that.caseId) && caseNumber.equals(that.caseNumber)
        && inquiryCodeHash.equals(that.inquiryCodeHash) && status.equals(that.status)
        && appealType.equals(that.appealType) && channel.equals(that.channel)
        && category.equals(that.category) && area.equals(that.area)
        && leadDepartment.equals(that.leadDepartment) && assistingDepartments.equals(that.assistingDepartments)
        && registeredAt.equals(that.registeredAt) && lastEventAt.equals(that.lastEventAt)
        && nextAlarmAt.equals(that.nextAlarmAt) && resolutionDueAt.equals(that.resolutionDueAt)
        && resolutionMet.equals(that.resolutionMet) && closedAt.equals(that.closedAt) && facts.equals(that.facts)
        && callerKey.equals(that.callerKey) && watchedStage.equals(that.watchedStage)
        && watchedDueAt.equals(that.watchedDueAt) && yellowAt.equals(that.yellowAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, caseNumber, inquiryCodeHash, status, open, appealType, channel, category, area,
        leadDepartment, assistingDepartments, registeredAt, lastEventAt, nextAlarmAt, resolutionDueAt, resolutionMet,
        closedAt, facts, callerKey, watchedStage, watchedDueAt, yellowAt, version);
  }

  /**
   * The case's columns, without the inquiry code hash, the caller key and the facts.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StoredCase[caseId=" + caseId + ", caseNumber=" + Printable.escape(caseNumber) + ", status=" + status
        + ", open=" + open + ", appealType=" + appealType + ", channel=" + channel
        + ", category=" + category.orElse("none") + ", area=" + area.orElse("none")
        + ", leadDepartment=" + leadDepartment.orElse("none") + ", assistingDepartments=" + assistingDepartments
        + ", registeredAt=" + registeredAt + ", lastEventAt=" + lastEventAt
        + ", nextAlarmAt=" + nextAlarmAt.map(Instant::toString).orElse("none")
        + ", resolutionDueAt=" + resolutionDueAt.map(Instant::toString).orElse("none")
        + ", resolutionMet=" + resolutionMet.map(String::valueOf).orElse("unknown")
        + ", closedAt=" + closedAt.map(Instant::toString).orElse("none")
        + ", facts=" + facts.map(f -> f.length() + " chars").orElse("none")
        + ", watchedStage=" + watchedStage.orElse("none")
        + ", watchedDueAt=" + watchedDueAt.map(Instant::toString).orElse("none")
        + ", yellowAt=" + yellowAt.map(Instant::toString).orElse("none") + ", version=" + version + "]";
  }

  /**
   * Builds a {@link StoredCase}. Setters refuse null with the field's name; {@link #build()}
   * checks every field at once and names every one missing or invalid. Not thread-safe.
   */
  public static final class Builder {
    private String caseId;
    private String caseNumber;
    private String inquiryCodeHash;
    private String status;
    private Boolean open;
    private String appealType;
    private String channel;
    private Optional<String> category = Optional.empty();
    private Optional<String> area = Optional.empty();
    private Optional<String> leadDepartment = Optional.empty();
    private List<String> assistingDepartments = List.of();
    private Instant registeredAt;
    private Instant lastEventAt;
    private Optional<Instant> nextAlarmAt = Optional.empty();
    private Optional<Instant> resolutionDueAt = Optional.empty();
    private Optional<Boolean> resolutionMet = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private Optional<String> facts = Optional.empty();
    private Optional<String> callerKey = Optional.empty();
    private Optional<String> watchedStage = Optional.empty();
    private Optional<Instant> watchedDueAt = Optional.empty();
    private Optional<Instant> yellowAt = Optional.empty();
    private Long version;

    private Builder() {}

    private Builder(StoredCase c) {
      caseId = c.caseId;
      caseNumber = c.caseNumber;
      inquiryCodeHash = c.inquiryCodeHash;
      status = c.status;
      open = c.open;
      appealType = c.appealType;
      channel = c.channel;
      category = c.category;
      area = c.area;
      leadDepartment = c.leadDepartment;
      assistingDepartments = c.assistingDepartments;
      registeredAt = c.registeredAt;
      lastEventAt = c.lastEventAt;
      nextAlarmAt = c.nextAlarmAt;
      resolutionDueAt = c.resolutionDueAt;
      resolutionMet = c.resolutionMet;
      closedAt = c.closedAt;
      facts = c.facts;
      callerKey = c.callerKey;
      watchedStage = c.watchedStage;
      watchedDueAt = c.watchedDueAt;
      yellowAt = c.yellowAt;
      version = c.version;
    }

    /**
     * Sets the case id (required).
     *
     * @param caseId an id of {@link Keys}
     * @return this builder
     */
    public Builder caseId(String caseId) {
      this.caseId = Objects.requireNonNull(caseId, "caseId");
      return this;
    }

    /**
     * Sets the case number (required).
     *
     * @param caseNumber 1 to 64 characters without whitespace, control or format characters
     * @return this builder
     */
    public Builder caseNumber(String caseNumber) {
      this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
      return this;
    }

    /**
     * Sets the inquiry code hash (required).
     *
     * @param inquiryCodeHash 32 to 128 characters of the id alphabet
     * @return this builder
     */
    public Builder inquiryCodeHash(String inquiryCodeHash) {
      this.inquiryCodeHash = Objects.requireNonNull(inquiryCodeHash, "inquiryCodeHash");
      return this;
    }

    /**
     * Sets the status name (required).
     *
     * @param status an id
     * @return this builder
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets whether the case is open (required).
     *
     * @param open true if open
     * @return this builder
     */
    public Builder open(boolean open) {
      this.open = open;
      return this;
    }

    /**
     * Sets the appeal type's name (required).
     *
     * @param appealType an id
     * @return this builder
     */
    public Builder appealType(String appealType) {
      this.appealType = Objects.requireNonNull(appealType, "appealType");
      return this;
    }

    /**
     * Sets the channel's name (required).
     *
     * @param channel an id
     * @return this builder
     */
    public Builder channel(String channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the category code.
     *
     * @param category a directory key
     * @return this builder
     */
    public Builder category(String category) {
      return category(Optional.of(Objects.requireNonNull(category, "category")));
    }

    /**
     * Sets or clears the category code.
     *
     * @param category a directory key, or empty
     * @return this builder
     */
    public Builder category(Optional<String> category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the area code.
     *
     * @param area a directory key
     * @return this builder
     */
    public Builder area(String area) {
      return area(Optional.of(Objects.requireNonNull(area, "area")));
    }

    /**
     * Sets or clears the area code.
     *
     * @param area a directory key, or empty
     * @return this builder
     */
    public Builder area(Optional<String> area) {
      this.area = Objects.requireNonNull(area, "area");
      return this;
    }

    /**
     * Sets the lead department.
     *
     * @param leadDepartment a directory key
     * @return this builder
     */
    public Builder leadDepartment(String leadDepartment) {
      return leadDepartment(Optional.of(Objects.requireNonNull(leadDepartment, "leadDepartment")));
    }

    /**
     * Sets or clears the lead department.
     *
     * @param leadDepartment a directory key, or empty
     * @return this builder
     */
    public Builder leadDepartment(Optional<String> leadDepartment) {
      this.leadDepartment = Objects.requireNonNull(leadDepartment, "leadDepartment");
      return this;
    }

    /**
     * Sets the assisting departments, replacing any set before.
     *
     * @param assistingDepartments directory keys, no two equal, at most {@link #MAX_ASSISTING_DEPARTMENTS}
     * @return this builder
     */
    public Builder assistingDepartments(List<String> assistingDepartments) {
      Objects.requireNonNull(assistingDepartments, "assistingDepartments");
      List<String> copy = new ArrayList<>(assistingDepartments.size());
      for (String department : assistingDepartments) {
        copy.add(Objects.requireNonNull(department, "assistingDepartments element"));
      }
      this.assistingDepartments = List.copyOf(copy);
      return this;
    }

    /**
     * Sets the registration instant (required).
     *
     * @param registeredAt the instant
     * @return this builder
     */
    public Builder registeredAt(Instant registeredAt) {
      this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
      return this;
    }

    /**
     * Sets the instant of the last event (required).
     *
     * @param lastEventAt the instant, not before the registration
     * @return this builder
     */
    public Builder lastEventAt(Instant lastEventAt) {
      this.lastEventAt = Objects.requireNonNull(lastEventAt, "lastEventAt");
      return this;
    }

    /**
     * Sets the next alarm instant.
     *
     * @param nextAlarmAt the instant
     * @return this builder
     */
    public Builder nextAlarmAt(Instant nextAlarmAt) {
      return nextAlarmAt(Optional.of(Objects.requireNonNull(nextAlarmAt, "nextAlarmAt")));
    }

    /**
     * Sets or clears the next alarm instant.
     *
     * @param nextAlarmAt the instant, or empty
     * @return this builder
     */
    public Builder nextAlarmAt(Optional<Instant> nextAlarmAt) {
      this.nextAlarmAt = Objects.requireNonNull(nextAlarmAt, "nextAlarmAt");
      return this;
    }

    /**
     * Sets the resolution deadline.
     *
     * @param resolutionDueAt the instant
     * @return this builder
     */
    public Builder resolutionDueAt(Instant resolutionDueAt) {
      return resolutionDueAt(Optional.of(Objects.requireNonNull(resolutionDueAt, "resolutionDueAt")));
    }

    /**
     * Sets or clears the resolution deadline.
     *
     * @param resolutionDueAt the instant, or empty
     * @return this builder
     */
    public Builder resolutionDueAt(Optional<Instant> resolutionDueAt) {
      this.resolutionDueAt = Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
      return this;
    }

    /**
     * Sets whether the resolution deadline was met.
     *
     * @param resolutionMet true if met on time, false if missed
     * @return this builder
     */
    public Builder resolutionMet(boolean resolutionMet) {
      return resolutionMet(Optional.of(resolutionMet));
    }

    /**
     * Sets or clears whether the resolution deadline was met.
     *
     * @param resolutionMet true if met on time, false if missed, empty while not known
     * @return this builder
     */
    public Builder resolutionMet(Optional<Boolean> resolutionMet) {
      this.resolutionMet = Objects.requireNonNull(resolutionMet, "resolutionMet");
      return this;
    }

    /**
     * Sets the closing instant.
     *
     * @param closedAt the instant
     * @return this builder
     */
    public Builder closedAt(Instant closedAt) {
      return closedAt(Optional.of(Objects.requireNonNull(closedAt, "closedAt")));
    }

    /**
     * Sets or clears the closing instant.
     *
     * @param closedAt the instant, or empty
     * @return this builder
     */
    public Builder closedAt(Optional<Instant> closedAt) {
      this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
      return this;
    }

    /**
     * Sets the facts for assessment.
     *
     * @param facts 1 to {@link #MAX_FACTS_LENGTH} characters of well-formed text
     * @return this builder
     */
    public Builder facts(String facts) {
      return facts(Optional.of(Objects.requireNonNull(facts, "facts")));
    }

    /**
     * Sets or clears the facts for assessment.
     *
     * @param facts 1 to {@link #MAX_FACTS_LENGTH} characters of well-formed text, or empty
     * @return this builder
     */
    public Builder facts(Optional<String> facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Sets the caller key.
     *
     * @param callerKey 32 to 128 characters of the id alphabet: a keyed hash of the caller
     * @return this builder
     */
    public Builder callerKey(String callerKey) {
      return callerKey(Optional.of(Objects.requireNonNull(callerKey, "callerKey")));
    }

    /**
     * Sets or clears the caller key.
     *
     * @param callerKey 32 to 128 characters of the id alphabet, or empty
     * @return this builder
     */
    public Builder callerKey(Optional<String> callerKey) {
      this.callerKey = Objects.requireNonNull(callerKey, "callerKey");
      return this;
    }

    /**
     * Sets the stage of the watched deadline; set {@link #watchedDueAt} and {@link #yellowAt}
     * with it.
     *
     * @param watchedStage an id, for example {@code SIGN_FOR}
     * @return this builder
     */
    public Builder watchedStage(String watchedStage) {
      return watchedStage(Optional.of(Objects.requireNonNull(watchedStage, "watchedStage")));
    }

    /**
     * Sets or clears the stage of the watched deadline.
     *
     * @param watchedStage an id, or empty
     * @return this builder
     */
    public Builder watchedStage(Optional<String> watchedStage) {
      this.watchedStage = Objects.requireNonNull(watchedStage, "watchedStage");
      return this;
    }

    /**
     * Sets the due instant of the watched deadline.
     *
     * @param watchedDueAt the instant
     * @return this builder
     */
    public Builder watchedDueAt(Instant watchedDueAt) {
      return watchedDueAt(Optional.of(Objects.requireNonNull(watchedDueAt, "watchedDueAt")));
    }

    /**
     * Sets or clears the due instant of the watched deadline.
     *
     * @param watchedDueAt the instant, or empty
     * @return this builder
     */
    public Builder watchedDueAt(Optional<Instant> watchedDueAt) {
      this.watchedDueAt = Objects.requireNonNull(watchedDueAt, "watchedDueAt");
      return this;
    }

    /**
     * Sets the instant the watched deadline turns yellow.
     *
     * @param yellowAt the instant, not after the due instant
     * @return this builder
     */
    public Builder yellowAt(Instant yellowAt) {
      return yellowAt(Optional.of(Objects.requireNonNull(yellowAt, "yellowAt")));
    }

    /**
     * Sets or clears the instant the watched deadline turns yellow.
     *
     * @param yellowAt the instant, not after the due instant, or empty
     * @return this builder
     */
    public Builder yellowAt(Optional<Instant> yellowAt) {
      this.yellowAt = Objects.requireNonNull(yellowAt, "yellowAt");
      return this;
    }

    /**
     * Sets the version (required).
     *
     * @param version the last event's sequence, 1 or more
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the case
     * @throws IllegalStateException naming every required field not set
     * @throws IllegalArgumentException naming every field that breaks its rule (alphabet,
     *     length, empty optional text, duplicate assisting department, version below 1, last
     *     event before registration, a watched deadline with some of its three fields and not the
     *     others, a yellow instant after the watched due instant)
     */
    public StoredCase build() {
      List<String> missing = new ArrayList<>();
      addIfMissing(missing, "caseId", caseId);
      addIfMissing(missing, "caseNumber", caseNumber);
      addIfMissing(missing, "inquiryCodeHash", inquiryCodeHash);
      addIfMissing(missing, "status", status);
      addIfMissing(missing, "open", open);
      addIfMissing(missing, "appealType", appealType);
      addIfMissing(missing, "channel", channel);
      addIfMissing(missing, "registeredAt", registeredAt);
      addIfMissing(missing, "lastEventAt", lastEventAt);
      addIfMissing(missing, "version", version);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a StoredCase needs " + String.join(", ", missing) + "; not set");
      }
      List<String> broken = new ArrayList<>();
      check(broken, () -> Keys.requireId("caseId", caseId));
      check(broken, () -> Keys.requireCaseNumber("caseNumber", caseNumber));
      check(broken, () -> Keys.requireId("inquiryCodeHash", inquiryCodeHash, Keys.MIN_INQUIRY_CODE_HASH_LENGTH,
          Keys.MAX_INQUIRY_CODE_HASH_LENGTH));
      check(broken, () -> Keys.requireId("status", status));
      check(broken, () -> Keys.requireId("appealType", appealType));
      check(broken, () -> Keys.requireId("channel", channel));
      category.ifPresent(c -> check(broken, () -> Keys.requireDirectoryKey("category", c)));
      area.ifPresent(a -> check(broken, () -> Keys.requireDirectoryKey("area", a)));
      leadDepartment.ifPresent(d -> check(broken, () -> Keys.requireDirectoryKey("leadDepartment", d)));
      checkAssisting(broken);
      facts.ifPresent(f -> check(broken, () -> Keys.requireText("facts", f, 1, MAX_FACTS_LENGTH)));
      callerKey.ifPresent(k -> check(broken, () -> Keys.requireId("callerKey", k, Keys.MIN_CALLER_KEY_LENGTH,
          Keys.MAX_CALLER_KEY_LENGTH)));
      if (version < 1) {
        broken.add("version must be 1 or more, was " + version);
      }
      if (lastEventAt.isBefore(registeredAt)) {
        broken.add("lastEventAt (" + lastEventAt + ") must not be before registeredAt (" + registeredAt + ")");
      }
      checkWatched(broken);
      if (!broken.isEmpty()) {
        throw new IllegalArgumentException("StoredCase " + (broken.stream().anyMatch(m -> m.startsWith("caseId"))
            ? "" : caseId + " ") + "refused: " + String.join("; ", broken));
      }
      return new StoredCase(this);
    }

    /** The watched deadline: its three fields all present or all absent, yellow not after due. */
    private void checkWatched(List<String> broken) {
      watchedStage.ifPresent(s -> check(broken, () -> Keys.requireId("watchedStage", s)));
      List<String> present = new ArrayList<>();
      List<String> absent = new ArrayList<>();
      (watchedStage.isPresent() ? present : absent).add("watchedStage");
      (watchedDueAt.isPresent() ? present : absent).add("watchedDueAt");
      (yellowAt.isPresent() ? present : absent).add("yellowAt");
      if (!present.isEmpty() && !absent.isEmpty()) {
        broken.add("watchedStage, watchedDueAt and yellowAt must be all present or all absent; "
            + String.join(" and ", present) + " present, " + String.join(" and ", absent) + " absent");
      } else if (yellowAt.isPresent() && yellowAt.get().isAfter(watchedDueAt.get())) {
        broken.add("yellowAt (" + yellowAt.get() + ") must not be after watchedDueAt (" + watchedDueAt.get() + ")");
      }
    }

    private void checkAssisting(List<String> broken) {
      if (assistingDepartments.size() > MAX_ASSISTING_DEPARTMENTS) {
        broken.add("assistingDepartments must hold at most " + MAX_ASSISTING_DEPARTMENTS + " departments, held "
            + assistingDepartments.size());
        return;
      }
      HashSet<String> seen = new HashSet<>();
      for (int i = 0; i < assistingDepartments.size(); i++) {
        String department = assistingDepartments.get(i);
        String field = "assistingDepartments[" + i + "]";
        check(broken, () -> Keys.requireDirectoryKey(field, department));
        if (!seen.add(department)) {
          broken.add(field + " repeats an earlier assisting department");
        }
      }
    }

    private static void addIfMissing(List<String> missing, String field, Object value) {
      if (value == null) {
        missing.add(field);
      }
    }

    private static void check(List<String> broken, Supplier<String> rule) {
      try {
        rule.get();
      } catch (IllegalArgumentException e) {
        broken.add(e.getMessage());
      }
    }
  }
}
