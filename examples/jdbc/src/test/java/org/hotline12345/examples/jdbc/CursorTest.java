package org.hotline12345.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void anyCaseIdRoundTrips() {
    Cursor cursor = new Cursor(Cursor.DUE_BEFORE, -42, "c\u0000|😀\ud800");
    assertThat(Cursor.decode(cursor.encode(), Cursor.DUE_BEFORE)).isEqualTo(cursor);
    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aCursorOfAnotherQueryOrNoCursorIsRefused() {
    String cursor = new Cursor(Cursor.BY_STATUS, 1, "c1").encode();
    assertThatThrownBy(() -> Cursor.decode(cursor, Cursor.ASSESSMENT_CLOSED, Cursor.ASSESSMENT_DUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.decode("not a cursor!", Cursor.BY_STATUS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.decode("AQ", Cursor.BY_STATUS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
