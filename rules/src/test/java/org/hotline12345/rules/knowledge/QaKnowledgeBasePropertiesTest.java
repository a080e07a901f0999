package org.hotline12345.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hotline12345.rules.knowledge.Consultations.consultation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeBase.Hit;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.rules.text.CharacterNgrams;

/**
 * Invariants of lookups over knowledge bases made of a small vocabulary, so that keywords and
 * bigrams are shared often: scores from 0 to 1 best first within the limit, the same answer
 * whatever the order of the entries, an entry's own question finding it first, the index missing
 * no entry a brute-force scoring finds, files reading back what was written, and no explanation
 * showing the caller.
 */
class QaKnowledgeBasePropertiesTest {

  private static final String[] CHARACTERS =
      {"公", "积", "金", "提", "取", "停", "水", "电", "社", "保", "卡", "补", "办", "户", "口", "怎", "么"};
  private static final String[] NOISE = {"的", "了", "我", "，", "？", " ", "Ａ", "a"};
  private static final String[] KEYWORDS =
      {"公积金", "提取", "公积金提取", "停水", "停电", "社保卡", "补办", "户口", "怎么办"};

  @Provide
  Arbitrary<List<KnowledgeEntry>> entries() {
    Arbitrary<String> question = Arbitraries.of(CHARACTERS).list().ofMinSize(1).ofMaxSize(10)
        .map(chars -> String.join("", chars) + "？");
    Arbitrary<List<String>> keywords = Arbitraries.of(KEYWORDS).set().ofMaxSize(3).map(List::copyOf);
    Arbitrary<LocalDate> reviewed = Arbitraries.integers().between(0, 900)
        .map(days -> LocalDate.of(2023, 1, 1).plusDays(days));
    Arbitrary<KnowledgeEntry> entry = Combinators.combine(question, keywords, reviewed)
        .as((q, k, r) -> new KnowledgeEntry("tmp", q, "答复：" + q, k, Optional.empty(),
            DepartmentId.of("nj.gjj"), r));
    return entry.list().ofMinSize(1).ofMaxSize(15)
        .uniqueElements(e -> CharacterNgrams.of(e.question(), 2))
        .map(QaKnowledgeBasePropertiesTest::numbered);
  }

  /** The entries with ids e0, e1... in order. */
  private static List<KnowledgeEntry> numbered(List<KnowledgeEntry> entries) {
    List<KnowledgeEntry> numbered = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      KnowledgeEntry e = entries.get(i);
      numbered.add(new KnowledgeEntry("e" + i, e.question(), e.answer(), e.keywords(), e.category(),
          e.owner(), e.reviewedOn()));
    }
    return numbered;
  }

  @Provide
  Arbitrary<String> contents() {
    List<String> pieces = new ArrayList<>(List.of(CHARACTERS));
    pieces.addAll(List.of(NOISE));
    return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(30).map(p -> String.join("", p))
        .filter(text -> !text.isBlank());
  }

  private static QaKnowledgeBase kb(List<KnowledgeEntry> entries) {
    return QaKnowledgeBase.builder().build(entries);
  }

  @Property
  void scoresLieBetweenZeroAndOneBestFirstWithinTheLimit(@ForAll("entries") List<KnowledgeEntry> entries,
      @ForAll("contents") String content, @ForAll @IntRange(min = 1, max = 20) int limit) {
    List<Hit> hits = kb(entries).lookup(consultation(content), limit);

    assertThat(hits.size()).isLessThanOrEqualTo(Math.min(limit, entries.size()));
    assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isGreaterThan(0).isLessThanOrEqualTo(1));
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
    }
    assertThat(hits.stream().map(hit -> hit.entry().id()).distinct().count()).isEqualTo(hits.size());
  }

  @Property
  void lookupGivesTheSameHitsEveryTimeWhateverTheOrderOfTheEntries(
      @ForAll("entries") List<KnowledgeEntry> entries, @ForAll("contents") String content,
      @ForAll @IntRange(min = 1, max = 20) int limit, @ForAll long seed) {
    List<KnowledgeEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed));
    QaKnowledgeBase kb = kb(entries);

    List<Hit> hits = kb.lookup(consultation(content), limit);
    assertThat(kb.lookup(consultation(content), limit)).isEqualTo(hits);
    assertThat(kb(shuffled).lookup(consultation(content), limit)).isEqualTo(hits);
  }

  @Property
  void anEntrysOwnQuestionFindsThatEntryFirstWithScoreOne(@ForAll("entries") List<KnowledgeEntry> entries,
      @ForAll @IntRange(min = 0, max = 14) int pick, @ForAll boolean retyped) {
    KnowledgeEntry entry = entries.get(pick % entries.size());
    String question = retyped ? " " + entry.question().replace("？", "?").replace("公", "公 ") + "！"
        : entry.question();

    List<Hit> hits = kb(entries).lookup(consultation(question), 3);

    assertThat(hits.get(0).entry()).isEqualTo(entry);
    assertThat(hits.get(0).score()).isEqualTo(1.0);
    assertThat(hits.subList(1, hits.size())).allSatisfy(hit -> assertThat(hit.score()).isLessThan(1));
  }

  @Property
  void theIndexMissesNoEntryThatScoringEveryEntryFinds(@ForAll("entries") List<KnowledgeEntry> entries,
      @ForAll("contents") String content) {
    Map<String, Double> expected = scoreEveryEntry(entries, content);

    List<Hit> hits = kb(entries).lookup(consultation(content), entries.size());

    Map<String, Double> found = hits.stream().collect(Collectors.toMap(h -> h.entry().id(), Hit::score));
    assertThat(found.keySet()).isEqualTo(expected.keySet());
    found.forEach((id, score) -> assertThat(score).isCloseTo(expected.get(id), within(1e-12)));
  }

  /**
   * The score of the class description, entry by entry, with keywords found by
   * {@link String#indexOf} and no index.
   */
  private static Map<String, Double> scoreEveryEntry(List<KnowledgeEntry> entries, String content) {
    Map<String, Integer> holders = new HashMap<>();
    for (KnowledgeEntry entry : entries) {
      for (String keyword : new HashSet<>(entry.keywords())) {
        holders.merge(keyword, 1, Integer::sum);
      }
    }
    List<int[]> spans = new ArrayList<>();
    List<String> spanKeywords = new ArrayList<>();
    for (String keyword : holders.keySet()) {
      for (int at = content.indexOf(keyword); at >= 0; at = content.indexOf(keyword, at + 1)) {
        spans.add(new int[] {at, at + keyword.length()});
        spanKeywords.add(keyword);
      }
    }
    Set<String> counted = new HashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      boolean inside = false;
      for (int j = 0; j < spans.size(); j++) {
        inside |= j != i && spans.get(j)[0] <= spans.get(i)[0] && spans.get(j)[1] >= spans.get(i)[1];
      }
      if (!inside) {
        counted.add(spanKeywords.get(i));
      }
    }
    Set<String> appeal = CharacterNgrams.of(content, 2).grams();
    Map<String, Double> scores = new HashMap<>();
    for (KnowledgeEntry entry : entries) {
      double missing = 1;
      for (String keyword : new LinkedHashSet<>(entry.keywords())) {
        if (counted.contains(keyword)) {
          missing *= 1 - 0.5 / holders.get(keyword);
        }
      }
      Set<String> question = CharacterNgrams.of(entry.question(), 2).grams();
      Set<String> common = new HashSet<>(question);
      common.retainAll(appeal);
      double similarity = common.isEmpty() ? 0 : ((double) common.size() / question.size()
          + 2.0 * common.size() / (question.size() + appeal.size())) / 2;
      double score = 1 - missing * (1 - similarity);
      if (score > 0) {
        scores.put(entry.id(), score);
      }
    }
    return scores;
  }

  @Property
  void aFileWrittenFromTheEntriesReadsBackTheSameEntriesAndVersion(
      @ForAll("entries") List<KnowledgeEntry> entries, @ForAll QaKnowledgeBase.Format format) {
    String separator = String.valueOf(format.separator());
    StringBuilder file = new StringBuilder("# written by a test\n")
        .append(String.join(separator, "id", "question", "answer", "keywords", "owner", "reviewed_on"))
        .append('\n');
    for (KnowledgeEntry e : entries) {
      file.append(String.join(separator, e.id(), quoted(e.question()), quoted(e.answer()),
          quoted(String.join(";", e.keywords())), e.owner().value(), e.reviewedOn().toString()))
          .append("\r\n");
    }
    QaKnowledgeBase read = QaKnowledgeBase.builder().read(new ByteArrayInputStream(
        file.toString().getBytes(StandardCharsets.UTF_8)), "written", format);

    assertThat(read.entries()).isEqualTo(entries);
    assertThat(read.version()).isEqualTo(kb(entries).version());
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Property
  void noExplanationOrMessageShowsTheCallersPhoneOrText(@ForAll("entries") List<KnowledgeEntry> entries,
      @ForAll("contents") String content) {
    String said = content + "，我的电话是" + Consultations.PHONE + "，我叫" + Consultations.NAME;
    QaKnowledgeBase kb = kb(entries);

    List<Hit> hits = kb.lookup(consultation(said), entries.size());

    assertThat(hits).allSatisfy(hit -> assertThat(hit.why())
        .doesNotContain(Consultations.PHONE, Consultations.NAME, said, content.length() > 5 ? content : "\u0000"));
    assertThat(kb.toString()).doesNotContain(Consultations.PHONE, said);
  }
}
