package org.hotline12345.examples.la311;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;

/**
 * What an import did, accounting for every row read: each was imported (a new case, or one
 * imported before under the same request number) or refused with its reason; {@code imported()
 * + refused() == read()} always. Volumes count the imported rows by channel, appeal type,
 * request type and agency. Request sources that fell back to {@link Channel#OTHER} are counted
 * by their text, shown only when it looks like a channel's name (letters, spaces, {@code ' -}, at
 * most 40 characters), otherwise as {@value #UNSHOWN}. No address or other personal data is
 * held.
 */
public final class ImportSummary {

  /** The most refusals kept in full; the others are counted by column. */
  public static final int MAX_REFUSALS_KEPT = 1_000;

  /** How a fallback's text is shown when it does not look like a channel's name. */
  public static final String UNSHOWN = "(a value not shown)";

  private static final Pattern LABEL = Pattern.compile("[\\p{L} '-]{0,40}");

  private final String source;
  private long read;
  private long created;
  private long alreadyPresent;
  private long refused;
  private final List<Refusal> refusals = new ArrayList<>();
  private final Map<String, Long> refusedByColumn = new TreeMap<>();
  private final Map<String, Long> channelFallbacks = new TreeMap<>();
  private final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
  private final Map<AppealType, Long> byType = new EnumMap<>(AppealType.class);
  private final Map<String, Long> byRequestType = new TreeMap<>();
  private final Map<String, Long> byAgency = new TreeMap<>();
  private final java.util.SortedMap<java.time.LocalDate, Long> perDay = new TreeMap<>();
  private final Map<Channel, java.util.SortedMap<java.time.LocalDate, Long>> perDayByChannel = new EnumMap<>(Channel.class);
  private final Map<AppealType, java.util.SortedMap<java.time.LocalDate, Long>> perDayByType = new EnumMap<>(AppealType.class);
  private final Map<String, java.util.SortedMap<java.time.LocalDate, Long>> perDayByRequestType = new TreeMap<>();

  ImportSummary(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  void imported(La311Request r, boolean isNew, String agency) {
    read++;
    if (isNew) {
      created++;
    } else {
      alreadyPresent++;
    }
    byChannel.merge(r.channel(), 1L, Long::sum);
    byType.merge(La311Mapping.appealType(r.requestType()), 1L, Long::sum);
    byRequestType.merge(r.requestType(), 1L, Long::sum);
    byAgency.merge(agency, 1L, Long::sum);
    java.time.LocalDate day = r.created().atZone(La311Dates.ZONE).toLocalDate();
    perDay.merge(day, 1L, Long::sum);
    perDayByChannel.computeIfAbsent(r.channel(), k -> new TreeMap<>()).merge(day, 1L, Long::sum);
    perDayByType.computeIfAbsent(La311Mapping.appealType(r.requestType()), k -> new TreeMap<>()).merge(day, 1L,
        Long::sum);
    perDayByRequestType.computeIfAbsent(r.requestType(), k -> new TreeMap<>()).merge(day, 1L, Long::sum);
    if (r.channelFallback()) {
      String label = r.source().isEmpty() ? "(empty)" : LABEL.matcher(r.source()).matches() ? r.source() : UNSHOWN;
      channelFallbacks.merge(label, 1L, Long::sum);
    }
  }

  void refused(Refusal r) {
    read++;
    refused++;
    if (refusals.size() < MAX_REFUSALS_KEPT) {
      refusals.add(r);
    }
    refusedByColumn.merge(r.column(), 1L, Long::sum);
  }

  /**
   * The file's name.
   *
   * @return the name
   */
  public String source() {
    return source;
  }

  /**
   * The rows read.
   *
   * @return the count, {@code imported() + refused()}
   */
  public long read() {
    return read;
  }

  /**
   * The rows imported: new cases and those imported before.
   *
   * @return the count
   */
  public long imported() {
    return created + alreadyPresent;
  }

  /**
   * The rows that became new cases.
   *
   * @return the count
   */
  public long created() {
    return created;
  }

  /**
   * The rows whose request number was imported before (by an earlier run): left as they were.
   *
   * @return the count
   */
  public long alreadyPresent() {
    return alreadyPresent;
  }

  /**
   * The rows refused.
   *
   * @return the count
   */
  public long refused() {
    return refused;
  }

  /**
   * The first {@value #MAX_REFUSALS_KEPT} refusals, in row order.
   *
   * @return the refusals
   */
  public List<Refusal> refusals() {
    return Collections.unmodifiableList(refusals);
  }

  /**
   * The refusals counted by the column at fault.
   *
   * @return the counts, by column name
   */
  public Map<String, Long> refusedByColumn() {
    return Collections.unmodifiableMap(refusedByColumn);
  }

  /**
   * The request sources that no mapping named, imported as {@link Channel#OTHER}.
   *
   * @return the counts, by source text (or {@value #UNSHOWN})
   */
  public Map<String, Long> channelFallbacks() {
    return Collections.unmodifiableMap(channelFallbacks);
  }

  /**
   * How many fell back to {@link Channel#OTHER}.
   *
   * @return the count
   */
  public long channelFallbackCount() {
    return channelFallbacks.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Imported rows by channel.
   *
   * @return the counts
   */
  public Map<Channel, Long> byChannel() {
    return Collections.unmodifiableMap(byChannel);
  }

  /**
   * Imported rows by appeal type.
   *
   * @return the counts
   */
  public Map<AppealType, Long> byAppealType() {
    return Collections.unmodifiableMap(byType);
  }

  /**
   * Imported rows by request type (category), as the export names it.
   *
   * @return the counts
   */
  public Map<String, Long> byRequestType() {
    return Collections.unmodifiableMap(byRequestType);
  }

  /**
   * Imported rows by agency id.
   *
   * @return the counts
   */
  public Map<String, Long> byAgency() {
    return Collections.unmodifiableMap(byAgency);
  }

  /**
   * Imported rows by the day they were created (Pacific time), days without any left out.
   *
   * @return the counts, by day
   */
  public java.util.SortedMap<java.time.LocalDate, Long> perDay() {
    return Collections.unmodifiableSortedMap(perDay);
  }

  /**
   * Imported rows by channel and day of creation, for a report's series.
   *
   * @return the counts, by channel, then by day
   */
  public Map<Channel, java.util.SortedMap<java.time.LocalDate, Long>> perDayByChannel() {
    return Collections.unmodifiableMap(perDayByChannel);
  }

  /**
   * Imported rows by appeal type and day of creation.
   *
   * @return the counts, by type, then by day
   */
  public Map<AppealType, java.util.SortedMap<java.time.LocalDate, Long>> perDayByAppealType() {
    return Collections.unmodifiableMap(perDayByType);
  }

  /**
   * Imported rows by request type (category) and day of creation.
   *
   * @return the counts, by request type, then by day
   */
  public Map<String, java.util.SortedMap<java.time.LocalDate, Long>> perDayByRequestType() {
    return Collections.unmodifiableMap(perDayByRequestType);
  }

  /**
   * The summary in a few lines, with at most {@code maxRefusals} refusals listed.
   *
   * @param maxRefusals how many refusals to list
   * @return the text
   */
  public String toText(int maxRefusals) {
    StringBuilder b = new StringBuilder();
    b.append(source).append(": ").append(read).append(" rows read, ").append(imported()).append(" imported (")
        .append(created).append(" new, ").append(alreadyPresent).append(" imported before), ").append(refused)
        .append(" refused\n");
    if (!refusedByColumn.isEmpty()) {
      b.append("refused by column: ").append(refusedByColumn).append('\n');
    }
    refusals.stream().limit(maxRefusals).forEach(r -> b.append("  ").append(r).append('\n'));
    if (refused > Math.min(maxRefusals, refusals.size())) {
      b.append("  ... and ").append(refused - Math.min(maxRefusals, refusals.size())).append(" more\n");
    }
    b.append("channel fallbacks (imported as OTHER): ").append(channelFallbackCount())
        .append(channelFallbacks.isEmpty() ? "" : " " + channelFallbacks).append('\n');
    Map<String, Long> channels = new LinkedHashMap<>();
    byChannel.forEach((c, n) -> channels.put(c.name(), n));
    b.append("by channel: ").append(channels).append('\n');
    return b.toString();
  }

  @Override
  public String toString() {
    return "ImportSummary[" + source + ": " + read + " read, " + imported() + " imported, " + refused + " refused]";
  }
}
