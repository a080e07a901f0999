package org.hotline12345.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Case numbers in a configurable format, and unguessable inquiry codes. */
class CaseNumbersTest {

  @Test
  void a_readable_case_number() {
    CaseNumberFormat format = CaseNumberFormat.of("NJ{yyyy}{MM}{dd}{seq:6}");
    assertThat(format.format(LocalDate.of(2024, 10, 8), 123)).isEqualTo(new CaseNumber("NJ20241008000123"));
    assertThat(CaseNumberFormat.of("{yy}-{seq:4}").format(LocalDate.of(2024, 1, 2), 7).value()).isEqualTo("24-0007");
  }

  @Test
  void bad_formats_and_sequences_are_refused() {
    assertThatThrownBy(() -> CaseNumberFormat.of("NJ{yyyy}")).hasMessageContaining("needs a {seq:N} field");
    assertThatThrownBy(() -> CaseNumberFormat.of("NJ{week}{seq:4}")).hasMessageContaining("unknown field");
    assertThatThrownBy(() -> CaseNumberFormat.of("{seq:2}{seq:3}")).hasMessageContaining("twice");
    assertThatThrownBy(() -> CaseNumberFormat.of("{seq:3}").format(LocalDate.of(2024, 1, 1), 1000))
        .hasMessageContaining("sequence must be 1 to 3 digits");
  }

  @Test
  void the_daily_numbering_starts_again_each_day_in_the_zone() {
    CaseNumbering numbering = CaseNumbering.daily(CaseNumberFormat.of("{yyyy}{MM}{dd}{seq:4}"), ZoneId.of("Asia/Shanghai"));
    assertThat(numbering.next(Instant.parse("2024-03-11T15:59:00Z")).value()).isEqualTo("202403110001");
    assertThat(numbering.next(Instant.parse("2024-03-11T15:59:30Z")).value()).isEqualTo("202403110002");
    assertThat(numbering.next(Instant.parse("2024-03-11T16:00:00Z")).value()).isEqualTo("202403120001");
  }

  @Test
  void inquiry_codes_are_twelve_unambiguous_characters_and_do_not_repeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = InquiryCode.random().value();
      assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{12}");
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
    assertThat(InquiryCode.parse("abcd-efgh 2345").value()).isEqualTo("ABCDEFGH2345");
    assertThatThrownBy(() -> InquiryCode.parse("ABCDEFGH234O")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void every_sequence_in_range_formats_to_a_number_that_reads_back(@ForAll @LongRange(min = 1, max = 999_999) long seq) {
    CaseNumber number = CaseNumberFormat.of("SY{yyyy}{seq:6}").format(LocalDate.of(2025, 5, 5), seq);
    assertThat(Long.parseLong(number.value().substring(6))).isEqualTo(seq);
    assertThat(InquiryCode.random(new SplittableRandom(seq)).value()).hasSize(12);
  }
}
