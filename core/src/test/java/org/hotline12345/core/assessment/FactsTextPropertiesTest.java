package org.hotline12345.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hotline12345.core.casefile.CaseFacts;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.internal.FactsText;
import org.hotline12345.core.internal.Json;

/**
 * The fast reader of stored facts, which a scoring pass reads millions of, reads exactly what the
 * general reader reads: every written text on its fast path, any other form of the same JSON by
 * the general one.
 */
class FactsTextPropertiesTest {

  @Property(tries = 200)
  void written_facts_read_back_equal_on_the_fast_path(@ForAll @IntRange(min = 1, max = 30) int size,
      @ForAll long seed) {
    Map<String, DepartmentId> ids = new HashMap<>();
    for (AssessedCase c : RandomMonth.cases(size, seed)) {
      String text = c.facts().write();
      assertThat(FactsText.read(text, ids)).isEqualTo(c.facts());
      assertThat(CaseFacts.read(text)).isEqualTo(c.facts());
    }
    assertThat(ids.size()).isLessThanOrEqualTo(RandomMonth.POOL.size());
  }

  @Property(tries = 100)
  void the_same_json_in_another_form_leaves_the_fast_path_and_reads_equal(@ForAll @IntRange(min = 1, max = 10) int size,
      @ForAll long seed) {
    for (AssessedCase c : RandomMonth.cases(size, seed)) {
      String text = c.facts().write();
      String spaced = text.replace(",\"", ", \"");
      String reordered = Json.write(new java.util.TreeMap<>((Map<?, ?>) Json.read(text)));
      assertThat(FactsText.read(spaced, null)).isNull();
      assertThat(CaseFacts.read(spaced)).isEqualTo(c.facts());
      assertThat(CaseFacts.read(reordered)).isEqualTo(c.facts());
    }
  }
}
