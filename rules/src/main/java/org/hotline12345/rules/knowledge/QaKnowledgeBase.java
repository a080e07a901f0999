package org.hotline12345.rules.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.WorkingCalendars;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;
import org.hotline12345.core.knowledge.KnowledgeBase;
import org.hotline12345.core.knowledge.KnowledgeEntry;

/**
 * A knowledge base (知识库) over a question-and-answer file that a hotline's knowledge team keeps
 * in a spreadsheet: it finds the entries that may answer a consultation (咨询) by the entries'
 * keywords and by how alike the appeal is to each entry's question, so that triage can answer
 * directly (直接办结). Built with {@link #builder()}; the sample of a Nanjing-like city is
 * {@link #preset()}.
 *
 * <h2>The file</h2>
 * CSV or TSV (a spreadsheet's "CSV UTF-8" or tab-separated text), read strictly as UTF-8 (a
 * byte-order mark at the start is allowed), with the SDK's one reader: one entry a line, fields
 * in double quotes where they hold the separator or a quote ({@code ""} inside), no line breaks
 * inside a field, blank lines and lines starting with {@code #} skipped. The header names the
 * columns, in any order, ignoring case:
 * <table>
 *   <caption>Columns of a question-and-answer file</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>{@code id}</td><td>the entry's stable id, unique in the file, 1 to 64 of
 *     {@code A-Z a-z 0-9 . _ : -}; it names the entry in every explanation</td></tr>
 *   <tr><td>{@code question}</td><td>the question as citizens ask it, up to 500 characters,
 *     with at least one letter or digit; no two questions alike once width, case, spaces and
 *     punctuation are set aside</td></tr>
 *   <tr><td>{@code answer}</td><td>the answer given to the citizen, not blank, up to 5,000
 *     characters, one line</td></tr>
 *   <tr><td>{@code keywords}</td><td>the words that find the entry, separated by {@code ;} (as
 *     the category file's keywords are), each up to 100 characters; may be empty. A keyword
 *     holding {@code 、}, {@code ，}, {@code ,}, {@code ；} or {@code |} is refused: it was
 *     meant as two</td></tr>
 *   <tr><td>{@code owner}</td><td>the id of the department that keeps the entry true (维护单位);
 *     with a directory given, a department of it, active</td></tr>
 *   <tr><td>{@code reviewed_on}</td><td>when the owner last checked the entry, as
 *     {@code 2025-06-30}</td></tr>
 *   <tr><td>{@code category}</td><td>optional column: the category code of the taxonomy (with a
 *     taxonomy given, one of it); may be empty</td></tr>
 * </table>
 * Directives, each at most once, anywhere in the file, are comment lines of the form
 * {@code #@name value} (a {@code :} after the name is allowed; separators a spreadsheet writes
 * for the row's empty cells are ignored):
 * <ul>
 *   <li>{@code #@id nanjing-qa}: the knowledge base's id, the rule set of every explanation;
 *       otherwise the file's name without its extension;</li>
 *   <li>{@code #@version 2025.2}: its version; otherwise {@code sha256:} and the first twelve hex
 *       digits of a digest of the entries and the review interval, which changes exactly when
 *       they do;</li>
 *   <li>{@code #@review-interval P1Y}: how long a review holds, an ISO-8601 period such as
 *       {@code P6M}; otherwise {@link #DEFAULT_REVIEW_INTERVAL}.</li>
 * </ul>
 * What the {@link Builder} is given wins over a directive. A file that breaks a rule fails with
 * the SDK's {@link FileFormatException}, naming the file, the line, the column of the field and
 * the rule, for example {@code qa.csv:2:44: reviewed_on '2025/9/5' is not a date of the form
 * 2025-06-30}; nothing of a file that fails is kept.
 * <pre>
 * #@id nanjing-qa
 * #@version 2025.2
 * id,question,answer,keywords,owner,reviewed_on,category
 * gjj-001,购买自住住房怎么提取住房公积金？,可凭购房合同……办理提取。,公积金提取;购房提取,nj.gjj,2025-08-01,
 * sw-001,家里突然停水了怎么办？,先查看计划停水通知……,停水;没水,nj.water,2025-09-05,040101
 * </pre>
 *
 * <h2>The score</h2>
 * A lookup reads the appeal's content once through one keyword automaton over every entry's
 * keywords, and compares its character bigrams (字符二元组, after folding width and case and
 * dropping spaces and punctuation, as {@link org.hotline12345.rules.text.CharacterNgrams}
 * does) with each question's through an index from bigram to entries, so that only entries
 * sharing a keyword or a bigram with the appeal are scored. For an entry:
 * <ul>
 *   <li>keywords: {@code k = 1 - ∏(1 - 0.5 / n)} over the entry's keywords found in the
 *       content, where {@code n} is the number of entries that have the keyword: one keyword of
 *       its own gives 0.5, two give 0.75, a keyword that three entries share gives 0.17.
 *       Keywords match exactly as written; an occurrence inside the occurrence of a longer
 *       keyword (of any entry) does not count, so {@code 停电} in {@code 计划停电} counts only
 *       for the longer keyword;</li>
 *   <li>similarity: {@code s = (c + d) / 2}, the mean of how much of the question the content
 *       holds ({@code c = common / |question|}) and of the Dice similarity
 *       ({@code d = 2 common / (|question| + |content|)}), over distinct bigrams; 1 exactly when
 *       the content has the question's bigrams and no other;</li>
 *   <li>score: {@code 1 - (1 - k)(1 - s)}, from 0 to 1: either kind of evidence alone can make
 *       it high, and both together make it higher. An appeal whose content is an entry's
 *       question, retyped or not, scores 1 for that entry and less for every other.</li>
 * </ul>
 * Hits come best first: by score, then similarity, then entry id, so equal scores always come in
 * the same order. The appeal's category is not used. Each hit's {@code why} names the entry, its
 * owner, the keywords that counted, the similarity and the score, and whether the entry is due
 * for review on the day the appeal was received (in {@link #zone()}), as in
 * {@code entry gjj-001 (owner nj.gjj): keywords 公积金提取; question similarity 0.52; score 0.76};
 * it never quotes the appeal.
 *
 * <h2>Review (复核)</h2>
 * An entry is due for review once more than {@link #reviewInterval()} has passed since
 * {@code reviewed_on} ({@link KnowledgeEntry#isReviewDue}). A lookup still finds it and says so
 * in {@code why}; {@link org.hotline12345.rules.triage.DirectAnswerStep} does not answer with
 * it. {@link #dueForReview} lists what each owner has to review, as an assessment of the upkeep
 * of the knowledge base (Shandong's, for one) counts it.
 *
 * <p>Immutable and thread-safe. Neither the knowledge base nor its messages keep or show an
 * appeal's text; {@code toString} shows the id, the version and the size.
 */
public final class QaKnowledgeBase implements KnowledgeBase {

  /** How long a review holds unless the builder or the file says otherwise: a year. */
  public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofYears(1);

  /** The id of a knowledge base built from entries with no id given. */
  public static final String DEFAULT_ID = "knowledge-base";

  /** The most entries a knowledge base holds. */
  public static final int MAX_ENTRIES = 100_000;

  /** The largest file read, in bytes (64 MiB). */
  public static final int MAX_FILE_BYTES = 64 << 20;

  /** The most characters of an id or a version (as an explanation's rule set holds). */
  public static final int MAX_NAME_LENGTH = 100;

  /** Where the preset lives, in this module. */
  static final String PRESET_RESOURCE = "/org/hotline12345/rules/presets/knowledge-base-nanjing.csv";

  private static final int MAX_KEYWORDS_SHOWN = 10;

  private final String id;
  private final String version;
  private final Period reviewInterval;
  private final ZoneId zone;
  private final QaIndex index;
  private final Map<String, KnowledgeEntry> byId;

  QaKnowledgeBase(String id, String version, Period reviewInterval, ZoneId zone, QaIndex index) {
    this.id = id;
    this.version = version;
    this.reviewInterval = reviewInterval;
    this.zone = zone;
    this.index = index;
    Map<String, KnowledgeEntry> ids = new HashMap<>();
    for (KnowledgeEntry entry : index.entries()) {
      ids.put(entry.id(), entry);
    }
    this.byId = Map.copyOf(ids);
  }

  /**
   * The sample knowledge base of a Nanjing-like city, with the default settings: some thirty
   * common consultations (social insurance 社保, the housing provident fund 公积金, household
   * registration 户籍, school enrolment 入学, water and power cuts 停水停电, medical insurance
   * 医保, bus cards, waste sorting, marriage registration), owned by departments with ids such as
   * {@code nj.gjj} and {@code nj.water}. A city copies the file
   * ({@code org/hotline12345/rules/presets/knowledge-base-nanjing.csv} in this jar), edits it and
   * reads its own with {@link Builder#read(Path)}; to check the sample against a directory, use
   * {@link Builder#preset()}.
   *
   * @return the preset, a shared instance
   */
  public static QaKnowledgeBase preset() {
    return Preset.INSTANCE;
  }

  private static final class Preset {
    static final QaKnowledgeBase INSTANCE = builder().preset();
  }

  /**
   * Starts a builder, with the defaults: id and version from the file or the entries, review
   * interval from the file or {@link #DEFAULT_REVIEW_INTERVAL}, zone {@code Asia/Shanghai}, no
   * directory and no taxonomy to check against.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The entries that may answer the appeal, best first (see "The score" in the class
   * description); only entries with a score above 0.
   *
   * @param appeal the appeal; its content is read, not kept
   * @param limit the most hits, 1 or more
   * @return the hits, unmodifiable; empty when no entry shares a keyword or a bigram with it
   * @throws NullPointerException if appeal is null
   * @throws IllegalArgumentException if limit is less than 1
   */
  @Override
  public List<Hit> lookup(Appeal appeal, int limit) {
    Objects.requireNonNull(appeal, "appeal");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    LocalDate received = LocalDate.ofInstant(appeal.getReceivedAt(), zone);
    List<Hit> hits = new ArrayList<>();
    for (QaIndex.Scored scored : index.best(appeal.getContent(), limit)) {
      hits.add(new Hit(scored.entry(), scored.score(), why(scored, received)));
    }
    return List.copyOf(hits);
  }

  private String why(QaIndex.Scored scored, LocalDate received) {
    KnowledgeEntry entry = scored.entry();
    StringBuilder why = new StringBuilder("entry ").append(entry.id())
        .append(" (owner ").append(entry.owner().value()).append("): ");
    List<String> keywords = scored.keywords();
    if (keywords.isEmpty()) {
      why.append("no keyword");
    } else {
      why.append(keywords.size() == 1 ? "keyword " : "keywords ");
      for (int i = 0; i < Math.min(keywords.size(), MAX_KEYWORDS_SHOWN); i++) {
        why.append(i == 0 ? "" : ", ").append(Texts.escape(keywords.get(i)));
      }
      if (keywords.size() > MAX_KEYWORDS_SHOWN) {
        why.append(" and ").append(keywords.size() - MAX_KEYWORDS_SHOWN).append(" more");
      }
    }
    why.append("; question similarity ").append(twoPlaces(scored.similarity()))
        .append("; score ").append(twoPlaces(scored.score()));
    if (isReviewDue(entry, received)) {
      why.append("; due for review since ").append(reviewDueSince(entry))
          .append(" (reviewed ").append(entry.reviewedOn()).append(")");
    }
    return why.toString();
  }

  /**
   * A number from 0 to 1 with two decimals, as explanations show scores.
   *
   * @param value the number
   * @return for example {@code 0.76}
   */
  static String twoPlaces(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Whether an entry is due for review on a day: reviewed longer than the review interval
   * before it.
   *
   * @param entry the entry, of this knowledge base or not
   * @param today the day to judge on
   * @return true if due
   * @throws NullPointerException if an argument is null
   */
  public boolean isReviewDue(KnowledgeEntry entry, LocalDate today) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(today, "today");
    return entry.isReviewDue(today, reviewInterval);
  }

  /**
   * The first day an entry is due for review: the day after its review interval ends.
   *
   * @param entry the entry, of this knowledge base or not
   * @return {@code reviewedOn + interval + 1 day}
   * @throws NullPointerException if entry is null
   */
  public LocalDate reviewDueSince(KnowledgeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return entry.reviewedOn().plus(reviewInterval).plusDays(1);
  }

  /**
   * The entries due for review on a day, by owner and then id: each department's list of what
   * it has to check.
   *
   * @param today the day to judge on
   * @return the entries due, unmodifiable; empty if none
   * @throws NullPointerException if today is null
   */
  public List<KnowledgeEntry> dueForReview(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return index.entries().stream()
        .filter(entry -> isReviewDue(entry, today))
        .sorted(Comparator.comparing((KnowledgeEntry entry) -> entry.owner().value())
            .thenComparing(KnowledgeEntry::id))
        .toList();
  }

  /**
   * The entry of an id.
   *
   * @param entryId the id
   * @return the entry, or empty if there is none of that id
   * @throws NullPointerException if entryId is null
   */
  public Optional<KnowledgeEntry> find(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return Optional.ofNullable(byId.get(entryId));
  }

  /**
   * Every entry, in the order of the file or of the entries given.
   *
   * @return the entries, unmodifiable
   */
  public List<KnowledgeEntry> entries() {
    return index.entries();
  }

  /**
   * The number of entries.
   *
   * @return at least 1
   */
  public int size() {
    return index.entries().size();
  }

  /**
   * The knowledge base's id: the rule set named by the explanations of its answers.
   *
   * @return the id, 1 to {@value #MAX_NAME_LENGTH} characters of plain text
   */
  public String id() {
    return id;
  }

  /**
   * The knowledge base's version, named by the explanations of its answers.
   *
   * @return the version, 1 to {@value #MAX_NAME_LENGTH} characters of plain text
   */
  public String version() {
    return version;
  }

  /**
   * How long a review holds.
   *
   * @return a positive period
   */
  public Period reviewInterval() {
    return reviewInterval;
  }

  /**
   * The zone in which the day an appeal was received is taken, to judge review.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The id, the version and the size; never a question, an answer or an appeal.
   *
   * @return for example {@code QaKnowledgeBase[nanjing-qa v2025.2, 31 entries, review P1Y]}
   */
  @Override
  public String toString() {
    return "QaKnowledgeBase[" + Texts.escape(id) + " v" + Texts.escape(version) + ", " + size()
        + " entries, review " + reviewInterval + "]";
  }

  /** The two forms of a question-and-answer file. */
  public enum Format {
    /** Comma-separated values ({@code .csv}). */
    CSV(','),
    /** Tab-separated values ({@code .tsv} or {@code .tab}). */
    TSV('\t');

    private final char separator;

    Format(char separator) {
      this.separator = separator;
    }

    /**
     * The field separator.
     *
     * @return {@code ','} or {@code '\t'}
     */
    public char separator() {
      return separator;
    }

    /**
     * The format a file's name says: {@code .csv} is CSV, {@code .tsv} and {@code .tab} are TSV,
     * in any case.
     *
     * @param fileName the name, or a path
     * @return the format, or empty when the name says neither
     * @throws NullPointerException if fileName is null
     */
    public static Optional<Format> ofFileName(String fileName) {
      Objects.requireNonNull(fileName, "fileName");
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return Optional.of(CSV);
      }
      return name.endsWith(".tsv") || name.endsWith(".tab") ? Optional.of(TSV) : Optional.empty();
    }
  }

  /**
   * Builds a {@link QaKnowledgeBase} from a file or from entries, checked against a directory
   * and a taxonomy when given. Not thread-safe; each read is independent.
   */
  public static final class Builder {
    private String id;
    private String version;
    private Period reviewInterval;
    private ZoneId zone = WorkingCalendars.CHINA_ZONE;
    private DepartmentDirectory directory;
    private CategoryTaxonomy taxonomy;

    private Builder() {}

    /**
     * The id, over the file's {@code #@id} directive.
     *
     * @param id 1 to {@value #MAX_NAME_LENGTH} characters of plain text, not blank
     * @return this builder
     * @throws NullPointerException if id is null
     * @throws IllegalArgumentException if id is blank, too long or not plain one-line text
     */
    public Builder id(String id) {
      this.id = QaLoad.requireName("id", id);
      return this;
    }

    /**
     * The version, over the file's {@code #@version} directive.
     *
     * @param version 1 to {@value #MAX_NAME_LENGTH} characters of plain text, not blank
     * @return this builder
     * @throws NullPointerException if version is null
     * @throws IllegalArgumentException if version is blank, too long or not plain one-line text
     */
    public Builder version(String version) {
      this.version = QaLoad.requireName("version", version);
      return this;
    }

    /**
     * How long a review holds, over the file's {@code #@review-interval} directive.
     *
     * @param interval a positive period, for example {@code Period.ofMonths(6)}
     * @return this builder
     * @throws NullPointerException if interval is null
     * @throws IllegalArgumentException if the interval is zero or has a negative part
     */
    public Builder reviewInterval(Period interval) {
      Objects.requireNonNull(interval, "interval");
      QaLoad.intervalProblem(interval).ifPresent(problem -> {
        throw new IllegalArgumentException("interval " + problem);
      });
      this.reviewInterval = interval;
      return this;
    }

    /**
     * The zone in which the day an appeal was received is taken; {@code Asia/Shanghai} unless
     * set.
     *
     * @param zone the zone
     * @return this builder
     * @throws NullPointerException if zone is null
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The directory every owner must be an active department of.
     *
     * @param directory the directory
     * @return this builder
     * @throws NullPointerException if directory is null
     */
    public Builder directory(DepartmentDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The taxonomy every entry's category must be in.
     *
     * @param taxonomy the taxonomy
     * @return this builder
     * @throws NullPointerException if taxonomy is null
     */
    public Builder taxonomy(CategoryTaxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * Reads a file, CSV or TSV as its name says ({@link Format#ofFileName}); errors name the file
     * by its path.
     *
     * @param file the file
     * @return the knowledge base
     * @throws NullPointerException if file is null
     * @throws FileFormatException if the name says neither format, or the file breaks a rule
     * @throws UncheckedIOException if the file cannot be read
     */
    public QaKnowledgeBase read(Path file) {
      Objects.requireNonNull(file, "file");
      Format format = Format.ofFileName(file.getFileName() == null ? "" : file.getFileName().toString())
          .orElseThrow(() -> new FileFormatException(file.toString(), 0, "the name says neither CSV"
              + " nor TSV; name the file .csv or .tsv, or give the format"));
      return read(file, format);
    }

    /**
     * Reads a file in the given format; errors name the file by its path.
     *
     * @param file the file
     * @param format CSV or TSV
     * @return the knowledge base
     * @throws NullPointerException if an argument is null
     * @throws FileFormatException if the file breaks a rule
     * @throws UncheckedIOException if the file cannot be read
     */
    public QaKnowledgeBase read(Path file, Format format) {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(format, "format");
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, file.toString(), format);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + Texts.escape(file.toString(), 200), e);
      }
    }

    /**
     * Reads UTF-8 bytes in the given format.
     *
     * @param bytes the bytes, at most {@link #MAX_FILE_BYTES}; not closed
     * @param source the name for messages and the default id, for example the file name
     * @param format CSV or TSV
     * @return the knowledge base
     * @throws NullPointerException if an argument is null
     * @throws FileFormatException if the bytes break a rule
     * @throws UncheckedIOException if the stream fails
     */
    public QaKnowledgeBase read(InputStream bytes, String source, Format format) {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(format, "format");
      byte[] content;
      try {
        content = bytes.readNBytes(MAX_FILE_BYTES + 1);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + Texts.escape(source, 200), e);
      }
      if (content.length > MAX_FILE_BYTES) {
        throw new FileFormatException(source, 0, "the file is larger than " + MAX_FILE_BYTES
            + " bytes");
      }
      return settings().read(content, source, format);
    }

    /**
     * Reads the preset file of {@link QaKnowledgeBase#preset()} with this builder's settings, for
     * example to check its owners against a city's directory.
     *
     * @return the knowledge base
     * @throws FileFormatException if the preset breaks a rule of this builder (an owner not in
     *     its directory, say)
     */
    public QaKnowledgeBase preset() {
      try (InputStream in = QaKnowledgeBase.class.getResourceAsStream(PRESET_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the preset " + PRESET_RESOURCE
              + " is missing from the hotline-rules jar");
        }
        return read(in, PRESET_RESOURCE.substring(PRESET_RESOURCE.lastIndexOf('/') + 1), Format.CSV);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + PRESET_RESOURCE, e);
      }
    }

    /**
     * Builds a knowledge base of entries a host keeps elsewhere (a database, say), checked by
     * the rules of the file; the id is {@link #DEFAULT_ID} unless given.
     *
     * @param entries the entries, 1 to {@link #MAX_ENTRIES}, in order
     * @return the knowledge base
     * @throws NullPointerException if entries is null or holds a null
     * @throws IllegalArgumentException naming {@code entries[i]}, the field and the rule it
     *     breaks (a repeated id, a question alike another's, an owner not in the directory...)
     */
    public QaKnowledgeBase build(Collection<KnowledgeEntry> entries) {
      Objects.requireNonNull(entries, "entries");
      List<KnowledgeEntry> list = new ArrayList<>(entries.size());
      for (KnowledgeEntry entry : entries) {
        list.add(Objects.requireNonNull(entry, "entries must not contain null"));
      }
      return settings().build(list);
    }

    private QaLoad settings() {
      return new QaLoad(Optional.ofNullable(id), Optional.ofNullable(version),
          Optional.ofNullable(reviewInterval), zone, Optional.ofNullable(directory),
          Optional.ofNullable(taxonomy));
    }
  }
}
