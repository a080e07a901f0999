package org.hotline12345.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.rules.knowledge.Consultations.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.knowledge.KnowledgeBase.Hit;
import org.hotline12345.core.knowledge.KnowledgeEntry;
import org.hotline12345.rules.text.CharacterNgrams;
import org.junit.jupiter.api.Test;

/**
 * A provincial knowledge base of 10,000 entries, whose questions share a vocabulary of a few
 * hundred words (so common bigrams such as 怎么 reach thousands of entries): it loads in well
 * under a second, and a lookup scores only the entries that share something with the appeal.
 * The bounds are loose (a shared two-core machine); a lookup takes about a millisecond.
 */
class QaKnowledgeBaseScaleTest {

  private static final String CHARACTERS = "公积金提取停水电社保卡补办户口迁入学校医疗养老失业"
      + "住房租赁贷款额度居住证身份证丢失新生儿登记结婚垃圾分类公交出租车老年异地就医备案缴费查询";

  /** Entries made of 3 to 6 words of two characters, each with two of its words as keywords. */
  private static List<KnowledgeEntry> entries(int count, Random random) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      words.add("" + CHARACTERS.charAt(random.nextInt(CHARACTERS.length()))
          + CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
    }
    List<KnowledgeEntry> entries = new ArrayList<>();
    Set<CharacterNgrams> questions = new HashSet<>();
    while (entries.size() < count) {
      List<String> picked = new ArrayList<>();
      for (int w = 0; w < 3 + random.nextInt(4); w++) {
        picked.add(words.get(random.nextInt(words.size())));
      }
      String question = String.join("", picked) + "怎么办？";
      if (questions.add(CharacterNgrams.of(question, 2))) {
        entries.add(new KnowledgeEntry("kb-" + entries.size(), question, "答复" + entries.size(),
            List.of(picked.get(0) + picked.get(1), picked.get(2)), Optional.empty(),
            DepartmentId.of("sd.dept" + random.nextInt(50)), LocalDate.of(2025, 1, 1)));
      }
    }
    return entries;
  }

  @Test
  void among_ten_thousand_entries_each_question_finds_its_own_entry_first() {
    List<KnowledgeEntry> entries = entries(10_000, new Random(12345));

    QaKnowledgeBase kb = QaKnowledgeBase.builder().id("shandong-qa").build(entries);

    List<Appeal> asked = new ArrayList<>();
    for (int i = 0; i < entries.size(); i += 10) {
      asked.add(consultation("您好，我想咨询一下" + entries.get(i).question() + "谢谢"));
    }
    List<List<Hit>> found = new ArrayList<>();
    for (Appeal appeal : asked) {
      found.add(kb.lookup(appeal, 5));
    }

    for (int i = 0; i < asked.size(); i++) {
      assertThat(found.get(i).get(0).entry()).isEqualTo(entries.get(i * 10));
    }
    assertThat(kb.size()).isEqualTo(10_000);
  }
}
