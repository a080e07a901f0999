package org.hotline12345.rules.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotline12345.calendar.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlTreeReaderTest {

  @Test
  void everyElementKnowsTheLineAndColumnOfItsOpeningBracket() {
    String xml = "<?xml version=\"1.0\"?>\r\n"
        + "<d xmlns=\"urn:x\">\n"
        + "  <rule id=\"R1\" note='a > b'>&lt;= 3 中文</rule>\n"
        + "  <!-- a comment with <rule> in it -->  <rule\n"
        + "     id=\"R2\"/><rule id=\"R3\">x<![CDATA[<y>]]>z</rule>\n"
        + "</d>";

    XmlElement root = XmlTreeReader.read(xml, "t.dmn");

    assertThat(root.line()).isEqualTo(2);
    assertThat(root.column()).isEqualTo(1);
    assertThat(root.children()).extracting(XmlElement::line, XmlElement::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 3),
            org.assertj.core.groups.Tuple.tuple(4, 41),
            org.assertj.core.groups.Tuple.tuple(5, 15));
    assertThat(root.children().get(0).text()).isEqualTo("<= 3 中文");
    assertThat(root.children().get(0).attribute("note")).contains("a > b");
    assertThat(root.children().get(2).text()).isEqualTo("x<y>z");
    assertThat(root.children().get(1).is("urn:x", "rule")).isTrue();
  }

  @Test
  void anExternalEntityIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "city-secret");
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE definitions [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
        + "<definitions><name>&xxe;</name></definitions>";

    assertThatThrownBy(() -> XmlTreeReader.read(xml.getBytes(StandardCharsets.UTF_8), "xxe.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(1);
          assertThat(e.reason()).contains("<!DOCTYPE").contains("not allowed");
          assertThat(e.getMessage()).doesNotContain("city-secret");
        });
  }

  @Test
  void anEntityExpansionBombIsRefused() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n <!ENTITY a \"aaaaaaaaaa\">\n"
        + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        + " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n<d>&c;</d>";

    assertThatThrownBy(() -> XmlTreeReader.read(xml, "bomb.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class,
            e -> assertThat(e.reason()).contains("<!DOCTYPE"));
  }

  @Test
  void anUndeclaredEntityIsNotWellFormed() {
    assertThatThrownBy(() -> XmlTreeReader.read("<d>\n  &nbsp;</d>", "e.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.reason()).startsWith("not well-formed XML").contains("nbsp");
        });
  }

  @Test
  void brokenXmlNamesTheLine() {
    assertThatThrownBy(() -> XmlTreeReader.read("<d>\n<a>\n</d>", "broken.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("broken.dmn");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.reason()).startsWith("not well-formed XML");
        });
  }

  @Test
  void theDeclaredEncodingIsUsedAndABadByteIsNamedWithItsLine() {
    Charset gbk = Charset.forName("GBK");
    byte[] bytes = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<d>噪音投诉</d>".getBytes(gbk);
    assertThat(XmlTreeReader.read(bytes, "gbk.dmn").text()).isEqualTo("噪音投诉");

    byte[] utf8 = "<?xml version=\"1.0\"?>\n<d>\n噪音</d>".getBytes(StandardCharsets.UTF_8);
    byte[] broken = utf8.clone();
    broken[broken.length - 6] = (byte) 0xFF;
    assertThatThrownBy(() -> XmlTreeReader.read(broken, "bad.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.reason()).contains("is not valid UTF-8");
        });
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] body = "<d>x</d>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    XmlElement root = XmlTreeReader.read(bytes, "bom.dmn");

    assertThat(root.text()).isEqualTo("x");
    assertThat(root.column()).isEqualTo(1);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String xml = "<a>".repeat(XmlTreeReader.MAX_DEPTH + 1) + "</a>".repeat(XmlTreeReader.MAX_DEPTH
        + 1);
    assertThatThrownBy(() -> XmlTreeReader.read(xml, "deep.dmn"))
        .isInstanceOfSatisfying(FileFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(3 * XmlTreeReader.MAX_DEPTH + 1);
        });
  }
}
