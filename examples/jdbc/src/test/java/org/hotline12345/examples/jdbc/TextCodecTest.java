package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCodecTest {

  private static final String ALPHABET = "\u0000\u0001\u0002ab\u00ff市😀";

  @Test
  void plainTextIsStoredAsItIs() {
    String text = "工单 N-2024-0001 \\ \"x\"";
    assertThat(TextCodec.encode(text)).isSameAs(text);
    assertThat(TextCodec.decode(text)).isSameAs(text);
  }

  @Test
  void nulAndTheEscapeAreEscapedAndComeBack() {
    assertThat(TextCodec.encode("\u0000")).isEqualTo("\u0001\u0001");
    assertThat(TextCodec.encode("\u0001")).isEqualTo("\u0001\u0002");
    assertThat(TextCodec.encode("a\u0000\u0001\u0002")).doesNotContain("\u0000");
    assertThat(TextCodec.decode(TextCodec.encode("a\u0000\u0001\u0002"))).isEqualTo("a\u0000\u0001\u0002");
  }

  @Test
  void randomTextRoundTripsAndKeepsItsOrder() {
    Random random = new Random(12345);
    for (int i = 0; i < 5_000; i++) {
      String a = randomText(random);
      String b = randomText(random);
      String encodedA = TextCodec.encode(a);
      String encodedB = TextCodec.encode(b);
      assertThat(encodedA).doesNotContain("\u0000");
      assertThat(TextCodec.decode(encodedA)).isEqualTo(a);
      assertThat(Integer.signum(encodedA.compareTo(encodedB)))
          .as("order of %s and %s", a, b)
          .isEqualTo(Integer.signum(a.compareTo(b)));
    }
  }

  @Test
  void storedTextWithAStrayEscapeIsRefused() {
    assertThatThrownBy(() -> TextCodec.decode("a\u0001")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TextCodec.decode("a\u0001x")).isInstanceOf(IllegalStateException.class);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(6);
    for (int i = 0; i < length; i++) {
      int at = random.nextInt(ALPHABET.length());
      text.append(ALPHABET.charAt(at));
    }
    return text.toString();
  }
}
