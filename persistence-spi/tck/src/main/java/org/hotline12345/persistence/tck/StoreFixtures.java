package org.hotline12345.persistence.tck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.persistence.OutboxMessage;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredDepartment;
import org.hotline12345.persistence.StoredEvent;

/**
 * Test data for the contract: cases, events, outbox messages and departments with plain
 * defaults, and instants with a microsecond fraction (the precision every store keeps), so
 * that a store that drops the fraction fails at once. Hosts may use it in tests of their own.
 *
 * <pre>{@code
 * StoredCase dispatched = StoreFixtures.aCase("case-000001")
 *     .status("DISPATCHED").lead("dept-gulou").nextAlarmAt(StoreFixtures.minutes(120))
 *     .version(2).build();
 * List<StoredEvent> events = StoreFixtures.eventsOf(dispatched); // sequences 1 and 2
 * }</pre>
 */
public final class StoreFixtures {

  /** The instant the fixtures count from: a Monday morning, with a microsecond fraction. */
  public static final Instant BASE = Instant.parse("2024-03-04T01:02:03.123456Z");

  private StoreFixtures() {}

  /**
   * An instant a number of minutes after {@link #BASE}, keeping its microsecond fraction.
   *
   * @param minutes the minutes, negative for before
   * @return the instant
   */
  public static Instant minutes(long minutes) {
    return BASE.plus(Duration.ofMinutes(minutes));
  }

  /**
   * A case id of the fixed shape {@code case-000042}, which sorts the same way in every
   * collation.
   *
   * @param n the number, 0 to 999,999
   * @return the id
   */
  public static String caseId(int n) {
    return String.format("case-%06d", n);
  }

  /**
   * A builder for a registered, open case at version 1: number {@code N-<id>}, inquiry code
   * hash {@code hashOf("Q-<id>")}, status {@code REGISTERED}, a {@code COMPLAINT} by {@code
   * PHONE}, registered (and last changed) at {@link #BASE}, and no category, area, departments,
   * deadlines, facts or closing instant.
   *
   * @param caseId the case id
   * @return the builder
   */
  public static CaseBuilder aCase(String caseId) {
    return new CaseBuilder(Objects.requireNonNull(caseId, "caseId"));
  }

  /**
   * A builder for the next version of a case: all its fields, and its version plus one.
   *
   * @param current the case as stored
   * @return the builder
   */
  public static CaseBuilder nextVersionOf(StoredCase current) {
    return new CaseBuilder(current).version(current.version() + 1);
  }

  /**
   * A stand-in for the hash of an inquiry code, as the core would store it: the lowercase hex
   * SHA-256 of the text.
   *
   * @param text the text, for example the code
   * @return 64 hex digits
   */
  public static String hashOf(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A stand-in for a caller key, as the core would store it: {@link #hashOf} the caller's name.
   *
   * @param caller a name for the caller, for example {@code "caller-a"}
   * @return 64 hex digits
   */
  public static String callerKey(String caller) {
    return hashOf("caller:" + caller);
  }

  /**
   * The events of a new case: sequences 1 to its version.
   *
   * @param stored the case
   * @return the events
   */
  public static List<StoredEvent> eventsOf(StoredCase stored) {
    return events(stored.caseId(), 1, stored.version());
  }

  /**
   * The events of a case with sequences {@code from} to {@code to}, inclusive.
   *
   * @param caseId the case
   * @param from the first sequence, 1 or more
   * @param to the last sequence
   * @return the events, empty if {@code to < from}
   */
  public static List<StoredEvent> events(String caseId, long from, long to) {
    List<StoredEvent> events = new ArrayList<>();
    for (long sequence = from; sequence <= to; sequence++) {
      events.add(event(caseId, sequence));
    }
    return events;
  }

  /**
   * An event with a type and a small JSON payload derived from its case and sequence.
   *
   * @param caseId the case
   * @param sequence the sequence, 1 or more
   * @return the event
   */
  public static StoredEvent event(String caseId, long sequence) {
    return event(caseId, sequence, sequence == 1 ? "Registered" : "Progressed",
        "{\"caseId\":\"" + caseId + "\",\"sequence\":" + sequence + "}");
  }

  /**
   * An event with a given type and payload, schema version 1, occurring {@code sequence}
   * minutes after {@link #BASE}.
   *
   * @param caseId the case
   * @param sequence the sequence, 1 or more
   * @param type the type
   * @param payload the payload
   * @return the event
   */
  public static StoredEvent event(String caseId, long sequence, String type, String payload) {
    return new StoredEvent(caseId, sequence, type, 1, minutes(sequence), payload);
  }

  /**
   * An outbox message about a case, with topic {@code case.changed}, created at {@link #BASE}.
   *
   * @param id the message id
   * @param caseId the case
   * @return the message
   */
  public static OutboxMessage message(String id, String caseId) {
    return new OutboxMessage(id, "case.changed", caseId, "{\"caseId\":\"" + caseId + "\"}", BASE);
  }

  /**
   * An active street office under {@code dept-district}, on the {@code cn} calendar, named
   * after its id, with no aliases.
   *
   * @param id the department id
   * @return the department
   */
  public static StoredDepartment department(String id) {
    return new StoredDepartment(id, "Office " + id, "STREET", Optional.of("dept-district"), true, "cn", List.of());
  }

  /**
   * Builds {@link StoredCase} values for tests over {@link StoredCase.Builder}, with the
   * defaults of {@link #aCase} and shortcuts (a closed case, a flag alone); the last event's
   * instant follows the registration unless set. Every setter returns the builder.
   */
  public static final class CaseBuilder {
    private final StoredCase.Builder row;
    private Instant registeredAt;
    private Instant lastEventAt;

    private CaseBuilder(String caseId) {
      this.row = StoredCase.builder().caseId(caseId).caseNumber("N-" + caseId).inquiryCodeHash(hashOf("Q-" + caseId))
          .status("REGISTERED").open(true).appealType("COMPLAINT").channel("PHONE").version(1);
      this.registeredAt = BASE;
    }

    private CaseBuilder(StoredCase c) {
      this.row = c.toBuilder();
      this.registeredAt = c.registeredAt();
      this.lastEventAt = c.lastEventAt();
    }

    /**
     * Sets the case number.
     *
     * @param caseNumber the number
     * @return this builder
     */
    public CaseBuilder number(String caseNumber) {
      row.caseNumber(caseNumber);
      return this;
    }

    /**
     * Sets the inquiry code hash to {@link #hashOf} the code.
     *
     * @param code the code whose hash the case holds
     * @return this builder
     */
    public CaseBuilder inquiryCode(String code) {
      row.inquiryCodeHash(hashOf(code));
      return this;
    }

    /**
     * Sets the status name; the case stays open or closed as it was.
     *
     * @param status the status
     * @return this builder
     */
    public CaseBuilder status(String status) {
      row.status(status);
      return this;
    }

    /**
     * Sets the appeal type and channel.
     *
     * @param appealType the appeal type
     * @param channel the channel
     * @return this builder
     */
    public CaseBuilder appeal(String appealType, String channel) {
      row.appealType(appealType).channel(channel);
      return this;
    }

    /**
     * Makes the case open, with no closing instant.
     *
     * @return this builder
     */
    public CaseBuilder open() {
      row.open(true).closedAt(Optional.empty());
      return this;
    }

    /**
     * Closes the case at an instant, with status {@code CLOSED}, no next alarm and no watched
     * deadline.
     *
     * @param at when it closed
     * @return this builder
     */
    public CaseBuilder closedAt(Instant at) {
      row.open(false).status("CLOSED").closedAt(at).nextAlarmAt(Optional.empty());
      return unwatched();
    }

    /**
     * Sets the open flag alone, leaving status and instants as they are (for cases a store
     * must treat by the flag, whatever the other fields say).
     *
     * @param open whether the case is open
     * @return this builder
     */
    public CaseBuilder openFlag(boolean open) {
      row.open(open);
      return this;
    }

    /**
     * Sets the lead department.
     *
     * @param departmentId the department id
     * @return this builder
     */
    public CaseBuilder lead(String departmentId) {
      row.leadDepartment(departmentId);
      return this;
    }

    /**
     * Removes the lead department.
     *
     * @return this builder
     */
    public CaseBuilder noLead() {
      row.leadDepartment(Optional.empty());
      return this;
    }

    /**
     * Sets the assisting departments.
     *
     * @param departmentIds the department ids, in order
     * @return this builder
     */
    public CaseBuilder assisting(String... departmentIds) {
      row.assistingDepartments(List.of(departmentIds));
      return this;
    }

    /**
     * Sets the category code.
     *
     * @param category the code
     * @return this builder
     */
    public CaseBuilder category(String category) {
      row.category(category);
      return this;
    }

    /**
     * Sets the area code.
     *
     * @param area the code
     * @return this builder
     */
    public CaseBuilder area(String area) {
      row.area(area);
      return this;
    }

    /**
     * Sets the caller key to {@link #callerKey(String)} of the caller, or removes it.
     *
     * @param caller a name for the caller, or null for none
     * @return this builder
     */
    public CaseBuilder caller(String caller) {
      row.callerKey(Optional.ofNullable(caller).map(StoreFixtures::callerKey));
      return this;
    }

    /**
     * Sets the next alarm, or removes it.
     *
     * @param at the instant, or null for none
     * @return this builder
     */
    public CaseBuilder nextAlarmAt(Instant at) {
      row.nextAlarmAt(Optional.ofNullable(at));
      return this;
    }

    /**
     * Sets the watched deadline of the supervision board (红黄牌看板): its stage, when it turns
     * yellow, and when it is due.
     *
     * @param stage the stage, for example {@code SIGN_FOR}
     * @param yellowAt when it turns yellow, not after {@code dueAt}
     * @param dueAt when it is due (red from then on)
     * @return this builder
     */
    public CaseBuilder watched(String stage, Instant yellowAt, Instant dueAt) {
      row.watchedStage(stage).yellowAt(yellowAt).watchedDueAt(dueAt);
      return this;
    }

    /**
     * Removes the watched deadline.
     *
     * @return this builder
     */
    public CaseBuilder unwatched() {
      row.watchedStage(Optional.empty()).yellowAt(Optional.empty()).watchedDueAt(Optional.empty());
      return this;
    }

    /**
     * Sets the resolution deadline, or removes it.
     *
     * @param at the deadline, or null for none
     * @return this builder
     */
    public CaseBuilder resolutionDueAt(Instant at) {
      row.resolutionDueAt(Optional.ofNullable(at));
      return this;
    }

    /**
     * Sets whether the resolution deadline was met.
     *
     * @param met whether it was met on time
     * @return this builder
     */
    public CaseBuilder resolutionMet(boolean met) {
      row.resolutionMet(met);
      return this;
    }

    /**
     * Sets the facts for assessment.
     *
     * @param facts the facts
     * @return this builder
     */
    public CaseBuilder facts(String facts) {
      row.facts(facts);
      return this;
    }

    /**
     * Sets the registration instant.
     *
     * @param at the instant
     * @return this builder
     */
    public CaseBuilder registeredAt(Instant at) {
      this.registeredAt = Objects.requireNonNull(at, "registeredAt");
      return this;
    }

    /**
     * Sets the instant of the last event; unless set, the registration instant.
     *
     * @param at the instant
     * @return this builder
     */
    public CaseBuilder lastEventAt(Instant at) {
      this.lastEventAt = Objects.requireNonNull(at, "lastEventAt");
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the version, 1 or more
     * @return this builder
     */
    public CaseBuilder version(long version) {
      row.version(version);
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the case
     */
    public StoredCase build() {
      Instant last = lastEventAt == null || lastEventAt.isBefore(registeredAt) ? registeredAt : lastEventAt;
      return row.registeredAt(registeredAt).lastEventAt(last).build();
    }
  }
}
