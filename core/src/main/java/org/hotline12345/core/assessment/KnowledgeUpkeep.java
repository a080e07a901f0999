package org.hotline12345.core.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeEntry;

/**
 * Each department's knowledge-base upkeep (知识库维护) for a period: of the knowledge entries it
 * owns (维护单位), how many are not due for review, and which are. The rules module's {@code
 * QaKnowledgeBase} gives the entries ({@code entries()}) and its review interval; a host with
 * its own knowledge base gives the counts.
 *
 * <pre>{@code
 * KnowledgeUpkeep upkeep = KnowledgeUpkeep.of(kb.entries(), LocalDate.of(2025, 9, 30), kb.reviewInterval());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KnowledgeUpkeep {

  private static final KnowledgeUpkeep NONE = new KnowledgeUpkeep(Map.of(), Map.of());

  private final Map<DepartmentId, Tally> tallies;
  private final Map<DepartmentId, List<String>> due;

  private KnowledgeUpkeep(Map<DepartmentId, Tally> tallies, Map<DepartmentId, List<String>> due) {
    this.tallies = tallies;
    this.due = due;
  }

  /**
   * No upkeep known: every department's {@link Indicator#KNOWLEDGE_UPKEEP} has no data.
   *
   * @return the empty upkeep
   */
  public static KnowledgeUpkeep none() {
    return NONE;
  }

  /**
   * The upkeep of a knowledge base's entries on a day: an entry is kept when it is not {@linkplain
   * KnowledgeEntry#isReviewDue due for review} on that day.
   *
   * @param entries the entries, each counted for its owner
   * @param asOf the day, usually the period's last
   * @param reviewInterval how often entries are reviewed, for example a year
   * @return the upkeep
   * @throws NullPointerException if an argument or an entry is null
   */
  public static KnowledgeUpkeep of(Collection<KnowledgeEntry> entries, LocalDate asOf, Period reviewInterval) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reviewInterval, "reviewInterval");
    Map<DepartmentId, int[]> counts = new HashMap<>();
    Map<DepartmentId, List<String>> due = new HashMap<>();
    for (KnowledgeEntry entry : entries) {
      Objects.requireNonNull(entry, "entries must not hold null");
      int[] count = counts.computeIfAbsent(entry.owner(), d -> new int[2]);
      count[1]++;
      if (entry.isReviewDue(asOf, reviewInterval)) {
        due.computeIfAbsent(entry.owner(), d -> new ArrayList<>()).add(entry.id());
      } else {
        count[0]++;
      }
    }
    Map<DepartmentId, Tally> tallies = new HashMap<>();
    counts.forEach((d, c) -> tallies.put(d, new Tally(c[0], c[1], c[1], 0)));
    Map<DepartmentId, List<String>> dueCopy = new HashMap<>();
    due.forEach((d, ids) -> dueCopy.put(d, List.copyOf(ids)));
    return new KnowledgeUpkeep(Map.copyOf(tallies), Map.copyOf(dueCopy));
  }

  /**
   * This upkeep with a department's counts given by the host, replacing any it had.
   *
   * @param department the department
   * @param kept the entries not due for review, 0 to {@code owned}
   * @param owned the entries it owns, 0 or more
   * @return the upkeep
   * @throws NullPointerException if department is null
   * @throws IllegalArgumentException if a count is negative or kept exceeds owned
   */
  public KnowledgeUpkeep withCounts(DepartmentId department, int kept, int owned) {
    Objects.requireNonNull(department, "department");
    if (kept < 0 || owned < 0 || kept > owned) {
      throw new IllegalArgumentException("kept and owned: 0 <= kept <= owned, were " + kept + " and " + owned);
    }
    Map<DepartmentId, Tally> tallies = new HashMap<>(this.tallies);
    tallies.put(department, new Tally(kept, owned, owned, 0));
    Map<DepartmentId, List<String>> due = new HashMap<>(this.due);
    due.remove(department);
    return new KnowledgeUpkeep(Map.copyOf(tallies), Map.copyOf(due));
  }

  /**
   * A department's upkeep: kept over owned.
   *
   * @param department the department
   * @return the tally, {@link Tally#NONE} if it owns no entry
   * @throws NullPointerException if department is null
   */
  public Tally tallyOf(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return tallies.getOrDefault(department, Tally.NONE);
  }

  /**
   * The ids of a department's entries due for review: the drill-down of its upkeep. Empty for
   * counts given by the host.
   *
   * @param department the department
   * @return the entry ids, in the order given
   * @throws NullPointerException if department is null
   */
  public List<String> dueEntries(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return due.getOrDefault(department, List.of());
  }

  /**
   * The departments that own entries.
   *
   * @return the departments
   */
  public Set<DepartmentId> departments() {
    return tallies.keySet();
  }

  @Override
  public String toString() {
    return "KnowledgeUpkeep[" + tallies.size() + " department(s)]";
  }
}
