package org.hotline12345.examples.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void text_that_would_close_the_script_element_is_escaped() {
    String json = Json.write(List.of("</script><script>alert(1)</script>", "a & b", "line\u2028break"));

    assertThat(json).doesNotContain("<", ">", "&", "\u2028");
    assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\","
        + "\"a \\u0026 b\",\"line\\u2028break\"]");
  }

  @Test
  void maps_keep_their_order_and_numbers_print_plainly() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1L);
    m.put("a", 82.5);
    m.put("c", List.of(true, "x\"y"));
    m.put("d", null);

    assertThat(Json.write(m)).isEqualTo("{\"b\":1,\"a\":82.5,\"c\":[true,\"x\\\"y\"],\"d\":null}");
  }

  @Test
  void a_number_that_is_not_finite_is_refused() {
    assertThatThrownBy(() -> Json.write(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void numbers_have_at_most_four_places_and_no_trailing_zeros() {
    assertThat(Formats.number(100.0)).isEqualTo("100");
    assertThat(Formats.number(51.66666666)).isEqualTo("51.6667");
    assertThat(Formats.number(0.0)).isEqualTo("0");
    assertThat(Formats.percent(0.9245)).isEqualTo("92.5%");
    assertThat(Formats.count(3000)).isEqualTo("3,000");
  }
}
