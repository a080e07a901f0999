package org.hotline12345.rules.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.rules.text.CharacterNgrams;
import org.hotline12345.rules.text.KeywordMatcher;

/**
 * The settings of a {@link QaKnowledgeBase.Builder} and the rules every entry must keep, from a
 * file or given directly; package-private.
 *
 * @param id the id given, over the file's directive
 * @param version the version given, over the file's directive
 * @param reviewInterval the interval given, over the file's directive
 * @param zone the zone
 * @param directory the directory owners must be active departments of, if any
 * @param taxonomy the taxonomy categories must be in, if any
 */
record QaLoad(Optional<String> id, Optional<String> version, Optional<Period> reviewInterval,
    ZoneId zone, Optional<DepartmentDirectory> directory, Optional<CategoryTaxonomy> taxonomy) {

  /** Characters that show a keyword cell was meant as several keywords. */
  private static final String NOT_IN_KEYWORDS = "、，,；|";

  /**
   * A problem with one field of an entry.
   *
   * @param column the file's column of the field
   * @param reason what is wrong
   */
  record Problem(String column, String reason) {}

  /**
   * Checks an id or a version: plain one-line text, not blank, at most
   * {@value QaKnowledgeBase#MAX_NAME_LENGTH} UTF-16 units.
   */
  static String requireName(String field, String value) {
    Objects.requireNonNull(value, field);
    Optional<String> problem = nameProblem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(field + " " + problem.get());
    }
    return value;
  }

  /** What is wrong with an id or a version, if anything. */
  static Optional<String> nameProblem(String value) {
    if (Texts.isBlank(value) || value.length() > QaKnowledgeBase.MAX_NAME_LENGTH
        || Texts.firstNonPlain(value) >= 0) {
      return Optional.of(Texts.quote(value) + " must be 1 to " + QaKnowledgeBase.MAX_NAME_LENGTH
          + " characters of plain one-line text, not blank");
    }
    return Optional.empty();
  }

  /** What is wrong with a review interval, if anything. */
  static Optional<String> intervalProblem(Period interval) {
    if (interval.isZero() || interval.isNegative()) {
      return Optional.of(interval + " must be positive, as P1Y or P6M");
    }
    return Optional.empty();
  }

  /** Reads a file's bytes. */
  QaKnowledgeBase read(byte[] content, String source, QaKnowledgeBase.Format format) {
    return QaFile.read(this, content, source, format);
  }

  /** Builds from entries given directly. */
  QaKnowledgeBase build(List<KnowledgeEntry> entries) {
    if (entries.isEmpty() || entries.size() > QaKnowledgeBase.MAX_ENTRIES) {
      throw new IllegalArgumentException("entries must hold 1 to " + QaKnowledgeBase.MAX_ENTRIES
          + " entries, held " + entries.size());
    }
    Accepted accepted = new Accepted(this);
    for (int i = 0; i < entries.size(); i++) {
      KnowledgeEntry entry = entries.get(i);
      Optional<Problem> problem = accepted.add(entry, index -> "entries[" + index + "]");
      if (problem.isPresent()) {
        throw new IllegalArgumentException("entries[" + i + "] (id " + Texts.quote(entry.id())
            + "): " + problem.get().reason());
      }
    }
    keywordCountProblem(entries).ifPresent(problem -> {
      throw new IllegalArgumentException("entries " + problem);
    });
    return finish(accepted, QaKnowledgeBase.DEFAULT_ID, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The knowledge base, once every entry is known good: the id, version and interval given,
   * else those of the file's directives, else the defaults.
   */
  QaKnowledgeBase finish(Accepted accepted, String defaultId, Optional<String> fileId,
      Optional<String> fileVersion, Optional<Period> fileInterval) {
    Period interval = reviewInterval.or(() -> fileInterval)
        .orElse(QaKnowledgeBase.DEFAULT_REVIEW_INTERVAL);
    String theVersion = version.or(() -> fileVersion)
        .orElseGet(() -> fingerprint(accepted.entries, interval));
    return new QaKnowledgeBase(id.or(() -> fileId).orElse(defaultId), theVersion, interval, zone,
        new QaIndex(accepted.entries, accepted.profiles));
  }

  /**
   * What is wrong with one entry by itself, if anything: keywords, a question with nothing to
   * compare (its profile is empty), an owner or a category the directory or taxonomy lacks.
   */
  private Optional<Problem> problem(KnowledgeEntry entry, CharacterNgrams question) {
    for (String keyword : entry.keywords()) {
      Optional<String> problem = keywordProblem(keyword);
      if (problem.isPresent()) {
        return Optional.of(new Problem("keywords", problem.get()));
      }
    }
    if (question.size() == 0) {
      return Optional.of(new Problem("question", "question has nothing but spaces and"
          + " punctuation to compare appeals with"));
    }
    if (directory.isPresent()) {
      DepartmentDirectory departments = directory.get();
      String owner = Texts.quote(entry.owner().value());
      if (!departments.contains(entry.owner())) {
        return Optional.of(new Problem("owner", "owner " + owner + " is not in the department"
            + " directory"));
      }
      if (!departments.isActive(entry.owner())) {
        return Optional.of(new Problem("owner", "owner " + owner + " is not active in the"
            + " department directory; give the entry to a department that is"));
      }
    }
    if (taxonomy.isPresent() && entry.category().isPresent()
        && !taxonomy.get().contains(entry.category().get())) {
      return Optional.of(new Problem("category", "category "
          + Texts.quote(entry.category().get().value()) + " is not in the taxonomy"));
    }
    return Optional.empty();
  }

  /** What is wrong with one keyword, if anything. */
  static Optional<String> keywordProblem(String keyword) {
    String shown = Texts.quote(keyword);
    if (Texts.isBlank(keyword) || Texts.firstNonPlain(keyword) >= 0
        || keyword.length() > KeywordMatcher.MAX_KEYWORD_LENGTH) {
      return Optional.of("keyword " + shown + " must be 1 to " + KeywordMatcher.MAX_KEYWORD_LENGTH
          + " characters of plain one-line text, not blank");
    }
    for (int i = 0; i < NOT_IN_KEYWORDS.length(); i++) {
      char c = NOT_IN_KEYWORDS.charAt(i);
      if (keyword.indexOf(c) >= 0) {
        return Optional.of("keyword " + shown + " holds '" + c + "'; separate keywords with ';'");
      }
    }
    return Optional.empty();
  }

  /** Whether the entries hold more distinct keywords than one automaton takes. */
  static Optional<String> keywordCountProblem(List<KnowledgeEntry> entries) {
    Set<String> distinct = new HashSet<>();
    for (KnowledgeEntry entry : entries) {
      distinct.addAll(entry.keywords());
    }
    return distinct.size() <= KeywordMatcher.MAX_KEYWORDS ? Optional.empty()
        : Optional.of("hold " + distinct.size() + " distinct keywords; at most "
            + KeywordMatcher.MAX_KEYWORDS + " are allowed");
  }

  /**
   * {@code sha256:} and the first twelve hex digits of the SHA-256 digest of the entries' fields
   * and the review interval: the same for the same content, however the file is laid out.
   */
  static String fingerprint(List<KnowledgeEntry> entries, Period interval) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder text = new StringBuilder("review-interval ").append(interval).append('\n');
    for (KnowledgeEntry entry : entries) {
      text.append(entry.id()).append('\0').append(entry.question()).append('\0')
          .append(entry.answer()).append('\0').append(String.join("\u0001", entry.keywords()))
          .append('\0').append(entry.category().map(c -> c.value()).orElse("")).append('\0')
          .append(entry.owner().value()).append('\0').append(entry.reviewedOn()).append('\n');
      digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
      text.setLength(0);
    }
    digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }

  /**
   * The entries found good so far, with their question profiles, and their ids and profiles to
   * find an entry that repeats an earlier one.
   */
  static final class Accepted {
    private final QaLoad load;
    private final List<KnowledgeEntry> entries = new ArrayList<>();
    private final List<CharacterNgrams> profiles = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<CharacterNgrams, Integer> questions = new HashMap<>();

    Accepted(QaLoad load) {
      this.load = load;
    }

    /**
     * Adds the next entry if it is good by itself and repeats no earlier one's id or question;
     * otherwise the problem, and nothing is added.
     *
     * @param where names an earlier entry by its index, for example {@code line 5}
     */
    Optional<Problem> add(KnowledgeEntry entry, IntFunction<String> where) {
      CharacterNgrams profile = QaIndex.profile(entry.question());
      Optional<Problem> problem = load.problem(entry, profile);
      if (problem.isPresent()) {
        return problem;
      }
      Integer sameId = ids.get(entry.id());
      if (sameId != null) {
        return Optional.of(new Problem("id", "id " + Texts.quote(entry.id())
            + " is already used at " + where.apply(sameId) + "; ids must be unique"));
      }
      Integer sameQuestion = questions.get(profile);
      if (sameQuestion != null) {
        return Optional.of(new Problem("question", "question is the same as that of entry "
            + Texts.quote(entries.get(sameQuestion).id()) + " at " + where.apply(sameQuestion)
            + " once width, case, spaces and punctuation are set aside; merge the two entries or"
            + " tell their questions apart"));
      }
      ids.put(entry.id(), entries.size());
      questions.put(profile, entries.size());
      entries.add(entry);
      profiles.add(profile);
      return Optional.empty();
    }

    /** The entries added, in order. */
    List<KnowledgeEntry> entries() {
      return entries;
    }
  }
}
