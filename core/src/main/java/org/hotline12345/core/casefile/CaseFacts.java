package org.hotline12345.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.Json;
import org.hotline12345.core.timelimit.Stage;

/**
 * What assessment (考核) needs of a case beyond its row, kept on the row as text so that a
 * month of cases is scored in one pass over the store without replaying any case: for each
 * department that had the case, its own stage deadlines and whether it met them, its
 * extensions and its return; the reopen count and the last callback.
 *
 * <p>{@link #write()} gives the text the service stores in {@code StoredCase.facts}, at most
 * {@code StoredCase.MAX_FACTS_LENGTH} characters: a case handed between more departments than
 * fit keeps its latest ones and says so ({@link #truncated()}). {@link #read(String)} reads it
 * back equal.
 *
 * @param reopenCount how often the case was reopened (重办)
 * @param lastCallback the last callback (回访), if any
 * @param departments each department's part, in the order they got the case
 * @param truncated whether older departments were left out to fit
 */
public record CaseFacts(int reopenCount, Optional<CallbackResult> lastCallback, List<DepartmentFacts> departments,
    boolean truncated) {

  /** The longest text {@link #write()} gives: the store's limit on facts. */
  public static final int MAX_LENGTH = 16_000;

  /** Checks the fields and copies the list. */
  public CaseFacts {
    Objects.requireNonNull(lastCallback, "lastCallback");
    departments = List.copyOf(departments);
  }

  /**
   * One department's part in a case: as lead (主办) or assisting (协办), when it got the case,
   * signed for it, returned it, its own stage deadlines with when each was met, and the
   * extensions it was granted.
   *
   * @param department the department
   * @param lead whether it led
   * @param assignedAt when it got the case
   * @param signedAt when it signed for it (签收)
   * @param returnedAt when it returned it (退单)
   * @param stages its stage deadlines, for the lead
   * @param extensions the extensions granted to it
   * @param returnsDenied how often the platform denied its request to return the case (错误退单);
   *     0 in facts stored before this was recorded
   */
  public record DepartmentFacts(DepartmentId department, boolean lead, Instant assignedAt, Optional<Instant> signedAt,
      Optional<Instant> returnedAt, Map<Stage, StageFact> stages, int extensions, int returnsDenied) {

    /**
     * Checks the fields and copies the map.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a count is negative
     */
    public DepartmentFacts {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(assignedAt, "assignedAt");
      Objects.requireNonNull(signedAt, "signedAt");
      Objects.requireNonNull(returnedAt, "returnedAt");
      stages = stages.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(stages));
      if (extensions < 0 || returnsDenied < 0) {
        throw new IllegalArgumentException("extensions and returnsDenied must not be negative, were " + extensions
            + " and " + returnsDenied);
      }
    }

    /**
     * A department's part without denied returns: the shape before {@code returnsDenied} was
     * added.
     *
     * @param department the department
     * @param lead whether it led
     * @param assignedAt when it got the case
     * @param signedAt when it signed for it (签收)
     * @param returnedAt when it returned it (退单)
     * @param stages its stage deadlines, for the lead
     * @param extensions the extensions granted to it
     */
    public DepartmentFacts(DepartmentId department, boolean lead, Instant assignedAt, Optional<Instant> signedAt,
        Optional<Instant> returnedAt, Map<Stage, StageFact> stages, int extensions) {
      this(department, lead, assignedAt, signedAt, returnedAt, stages, extensions, 0);
    }
  }

  /**
   * A stage deadline as assessment sees it.
   *
   * @param dueAt when it was due
   * @param metAt when it was met, if it was
   */
  public record StageFact(Instant dueAt, Optional<Instant> metAt) {

    /** Checks the fields. */
    public StageFact {
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(metAt, "metAt");
    }

    /**
     * Whether it was met at or before its deadline.
     *
     * @return true if met on time
     */
    public boolean isMetOnTime() {
      return metAt.filter(at -> !at.isAfter(dueAt)).isPresent();
    }

    /**
     * Whether it is unmet and past due at an instant.
     *
     * @param now the instant
     * @return true if overdue
     */
    public boolean isOverdueAt(Instant now) {
      return metAt.isEmpty() && now.isAfter(dueAt);
    }
  }

  /**
   * The facts of a case.
   *
   * @param c the case
   * @return its facts
   * @throws NullPointerException if c is null
   */
  public static CaseFacts of(Case c) {
    return fitted(c).facts();
  }

  /**
   * The facts of a case as stored text: {@code of(c).write()}, serialised once.
   *
   * @param c the case
   * @return the text, at most {@link #MAX_LENGTH} characters
   * @throws NullPointerException if c is null
   */
  public static String textOf(Case c) {
    return fitted(c).text();
  }

  private record Fitted(CaseFacts facts, String text) {}

  /** The facts and their text, keeping the latest departments that fit. */
  private static Fitted fitted(Case c) {
    Objects.requireNonNull(c, "c");
    List<DepartmentFacts> departments = new ArrayList<>();
    for (Assignment a : c.assignments()) {
      Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
      a.deadlines().forEach((stage, d) -> stages.put(stage, new StageFact(d.dueAt(), d.metAt())));
      int extensions = Optional.ofNullable(a.deadlines().get(Stage.RESOLUTION)).map(d -> d.extensions().size()).orElse(0);
      departments.add(new DepartmentFacts(a.department(), a.lead(), a.assignedAt(), a.signedAt(), a.returnedAt(),
          stages, extensions, a.returnsDenied()));
    }
    Optional<CallbackResult> last = c.callbacks().isEmpty() ? Optional.empty()
        : Optional.of(c.callbacks().get(c.callbacks().size() - 1));
    CaseFacts facts = new CaseFacts(c.reopenCount(), last, departments, false);
    String text = facts.write();
    while (text.length() > MAX_LENGTH) {
      facts = new CaseFacts(facts.reopenCount, facts.lastCallback, facts.departments.subList(1, facts.departments.size()),
          true);
      text = facts.write();
    }
    return new Fitted(facts, text);
  }

  /**
   * The stored text.
   *
   * @return compact JSON
   */
  public String write() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1L);
    m.put("reopens", (long) reopenCount);
    lastCallback.ifPresent(cb -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("at", cb.at().toString());
      x.put("resolved", cb.resolved());
      x.put("satisfaction", cb.satisfaction().name());
      m.put("callback", x);
    });
    List<Object> ds = new ArrayList<>();
    for (DepartmentFacts d : departments) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", d.department().value());
      x.put("lead", d.lead());
      x.put("at", d.assignedAt().toString());
      d.signedAt().ifPresent(t -> x.put("signed", t.toString()));
      d.returnedAt().ifPresent(t -> x.put("returned", t.toString()));
      Map<String, Object> stages = new LinkedHashMap<>();
      d.stages().forEach((stage, f) -> {
        List<Object> pair = new ArrayList<>();
        pair.add(f.dueAt().toString());
        f.metAt().ifPresent(t -> pair.add(t.toString()));
        stages.put(stage.name(), pair);
      });
      x.put("stages", stages);
      x.put("extensions", (long) d.extensions());
      if (d.returnsDenied() > 0) {
        x.put("denied", (long) d.returnsDenied());
      }
      ds.add(x);
    }
    m.put("departments", ds);
    if (truncated) {
      m.put("truncated", true);
    }
    return Json.write(m);
  }

  /**
   * Reads the stored text back.
   *
   * @param text what {@link #write()} gave
   * @return the facts
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is not what {@link #write()} writes
   */
  public static CaseFacts read(String text) {
    Objects.requireNonNull(text, "text");
    CaseFacts fast = org.hotline12345.core.internal.FactsText.read(text, null);
    return fast != null ? fast : readJson(text);
  }

  /** Reads any JSON of the written content, the general and slower way, saying what is wrong. */
  @SuppressWarnings("unchecked")
  private static CaseFacts readJson(String text) {
    try {
      Map<String, Object> m = (Map<String, Object>) Json.read(text);
      Optional<CallbackResult> callback = Optional.ofNullable((Map<String, Object>) m.get("callback"))
          .map(x -> new CallbackResult(Instant.parse((String) x.get("at")), (Boolean) x.get("resolved"),
              Satisfaction.valueOf((String) x.get("satisfaction"))));
      List<DepartmentFacts> departments = new ArrayList<>();
      for (Object o : (List<Object>) m.get("departments")) {
        Map<String, Object> x = (Map<String, Object>) o;
        Map<Stage, StageFact> stages = new EnumMap<>(Stage.class);
        ((Map<String, Object>) x.get("stages")).forEach((stage, v) -> {
          List<Object> pair = (List<Object>) v;
          stages.put(Stage.valueOf(stage), new StageFact(Instant.parse((String) pair.get(0)),
              pair.size() > 1 ? Optional.of(Instant.parse((String) pair.get(1))) : Optional.empty()));
        });
        departments.add(new DepartmentFacts(DepartmentId.of((String) x.get("id")), (Boolean) x.get("lead"),
            Instant.parse((String) x.get("at")), Optional.ofNullable((String) x.get("signed")).map(Instant::parse),
            Optional.ofNullable((String) x.get("returned")).map(Instant::parse), stages,
            ((Long) x.get("extensions")).intValue(), ((Long) x.getOrDefault("denied", 0L)).intValue()));
      }
      return new CaseFacts(((Long) m.get("reopens")).intValue(), callback, departments,
          Boolean.TRUE.equals(m.get("truncated")));
    } catch (ClassCastException | NullPointerException | java.time.DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("facts: not what CaseFacts.write() writes (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  @Override
  public String toString() {
    return "CaseFacts[" + departments.size() + " department(s), " + reopenCount + " reopen(s)"
        + (truncated ? ", truncated" : "") + "]";
  }
}
