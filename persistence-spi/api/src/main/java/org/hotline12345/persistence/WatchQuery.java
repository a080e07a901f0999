package org.hotline12345.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CaseQueries#watched} looks for: the open cases on the supervision board
 * (红黄牌看板) at an instant, those with a {@linkplain StoredCase#watchedDueAt() watched deadline},
 * optionally of one lead department, of one stage, and in one band of lights. Immutable: made
 * with {@link #of(Instant)}, narrowed with the {@code with...} methods, each returning a changed
 * copy.
 *
 * <pre>{@code
 * // the whole platform's board at 09:00
 * WatchQuery board = WatchQuery.of(now);
 * // Gulou district's overdue cases (红牌) of the resolution stage
 * WatchQuery red = WatchQuery.of(now).withLeadDepartment("nj.gulou").withStage("RESOLUTION")
 *     .withBand(WatchQuery.Band.OVERDUE);
 * }</pre>
 *
 * <p>{@link #matches} is the query's definition; a store serves it from an index by watched due
 * instant (per lead department when one is given), never from a scan of every case.
 */
public final class WatchQuery {

  /**
   * The bands of the lights at the query's instant {@code now}, by the case's {@link
   * StoredCase#yellowAt()} and {@link StoredCase#watchedDueAt()}. Every watched case is in
   * exactly one of {@link #BEFORE_YELLOW}, {@link #YELLOW} and {@link #OVERDUE}.
   */
  public enum Band {
    /** Every watched case, whatever its light. */
    ALL,
    /** Green (绿灯): {@code now < yellowAt}. */
    BEFORE_YELLOW,
    /** Yellow (黄灯): {@code yellowAt <= now < watchedDueAt}. */
    YELLOW,
    /** Red (红灯), overdue: {@code watchedDueAt <= now}. */
    OVERDUE
  }

  private final Instant now;
  private final Optional<String> leadDepartment;
  private final Optional<String> stage;
  private final Band band;

  private WatchQuery(Instant now, Optional<String> leadDepartment, Optional<String> stage, Band band) {
    this.now = now;
    this.leadDepartment = leadDepartment;
    this.stage = stage;
    this.band = band;
  }

  /**
   * Every watched open case, of any lead department, stage and light, at an instant.
   *
   * @param now the instant the lights are read at
   * @return the query
   * @throws NullPointerException if now is null
   */
  public static WatchQuery of(Instant now) {
    return new WatchQuery(Objects.requireNonNull(now, "now"), Optional.empty(), Optional.empty(), Band.ALL);
  }

  /**
   * The instant the lights are read at.
   *
   * @return the instant
   */
  public Instant now() {
    return now;
  }

  /**
   * The lead department (主办单位) a case must have.
   *
   * @return its id, or empty for any (cases without a lead included)
   */
  public Optional<String> leadDepartment() {
    return leadDepartment;
  }

  /**
   * The watched stage a case must have.
   *
   * @return the stage, or empty for any
   */
  public Optional<String> stage() {
    return stage;
  }

  /**
   * The band of lights a case must be in.
   *
   * @return the band; {@link Band#ALL} unless narrowed
   */
  public Band band() {
    return band;
  }

  /**
   * A copy at another instant.
   *
   * @param now the instant
   * @return the query
   * @throws NullPointerException if now is null
   */
  public WatchQuery withNow(Instant now) {
    return new WatchQuery(Objects.requireNonNull(now, "now"), leadDepartment, stage, band);
  }

  /**
   * A copy narrowed to one lead department's cases.
   *
   * @param leadDepartment a directory key
   * @return the query
   * @throws NullPointerException if leadDepartment is null
   * @throws IllegalArgumentException if it is not a directory key
   */
  public WatchQuery withLeadDepartment(String leadDepartment) {
    return withLeadDepartment(Optional.of(Objects.requireNonNull(leadDepartment, "leadDepartment")));
  }

  /**
   * A copy narrowed to one lead department's cases, or widened to every department's.
   *
   * @param leadDepartment a directory key, or empty for any
   * @return the query
   * @throws NullPointerException if leadDepartment is null
   * @throws IllegalArgumentException if it is not a directory key
   */
  public WatchQuery withLeadDepartment(Optional<String> leadDepartment) {
    Objects.requireNonNull(leadDepartment, "leadDepartment");
    leadDepartment.ifPresent(d -> Keys.requireDirectoryKey("leadDepartment", d));
    return new WatchQuery(now, leadDepartment, stage, band);
  }

  /**
   * A copy narrowed to one watched stage.
   *
   * @param stage an id, for example {@code SIGN_FOR}
   * @return the query
   * @throws NullPointerException if stage is null
   * @throws IllegalArgumentException if it is not an id
   */
  public WatchQuery withStage(String stage) {
    return withStage(Optional.of(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * A copy narrowed to one watched stage, or widened to every stage.
   *
   * @param stage an id, or empty for any
   * @return the query
   * @throws NullPointerException if stage is null
   * @throws IllegalArgumentException if it is not an id
   */
  public WatchQuery withStage(Optional<String> stage) {
    Objects.requireNonNull(stage, "stage");
    stage.ifPresent(s -> Keys.requireId("stage", s));
    return new WatchQuery(now, leadDepartment, stage, band);
  }

  /**
   * A copy narrowed to one band of lights, or widened to all.
   *
   * @param band the band
   * @return the query
   * @throws NullPointerException if band is null
   */
  public WatchQuery withBand(Band band) {
    return new WatchQuery(now, leadDepartment, stage, Objects.requireNonNull(band, "band"));
  }

  /**
   * Whether a case matches: the query's definition, in Java. The case is {@linkplain
   * StoredCase#open() open} and has a watched deadline; its lead department and stage are those
   * asked, if asked; and its light at {@link #now()} is in the band.
   *
   * @param c the case
   * @return true if it matches every criterion
   * @throws NullPointerException if c is null
   */
  public boolean matches(StoredCase c) {
    Objects.requireNonNull(c, "c");
    if (!c.open() || c.watchedDueAt().isEmpty() || c.yellowAt().isEmpty()
        || leadDepartment.isPresent() && !c.leadDepartment().equals(leadDepartment)
        || stage.isPresent() && !c.watchedStage().equals(stage)) {
      return false;
    }
    Instant yellowAt = c.yellowAt().get();
    Instant dueAt = c.watchedDueAt().get();
    return switch (band) {
      case ALL -> true;
      case BEFORE_YELLOW -> now.isBefore(yellowAt);
      case YELLOW -> !now.isBefore(yellowAt) && now.isBefore(dueAt);
      case OVERDUE -> !now.isBefore(dueAt);
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WatchQuery that && now.equals(that.now) && leadDepartment.equals(that.leadDepartment)
        && stage.equals(that.stage) && band == that.band;
  }

  @Override
  public int hashCode() {
    return Objects.hash(now, leadDepartment, stage, band);
  }

  @Override
  public String toString() {
    return "WatchQuery[now=" + now + ", leadDepartment=" + leadDepartment.map(Printable::escape).orElse("any")
        + ", stage=" + stage.orElse("any") + ", band=" + band + "]";
  }
}
