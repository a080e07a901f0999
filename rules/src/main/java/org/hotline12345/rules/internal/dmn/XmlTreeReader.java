package org.hotline12345.rules.internal.dmn;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.Texts;

/**
 * Reads an XML file into a tree of {@link XmlElement}s with the line and column of each
 * element's {@code <}, safely: a file with a document type declaration ({@code <!DOCTYPE}) is
 * refused, so no external entity, external DTD or entity expansion is ever read or expanded
 * (XXE-safe), and nothing is fetched from anywhere. The JDK's own StAX parser is used whatever
 * else is on the class path.
 *
 * <p>Every problem is a {@link FileFormatException} naming the source, the line and the column.
 */
public final class XmlTreeReader {

  /** The largest file read, in bytes. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** The deepest nesting of elements read. */
  public static final int MAX_DEPTH = 64;

  private static final Pattern ENCODING = Pattern.compile(
      "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

  private final String text;
  private final String source;
  private final int[] lineStarts;
  private int cursor;

  private XmlTreeReader(String text, String source) {
    this.text = text;
    this.source = source;
    this.lineStarts = lineStarts(text);
  }

  /**
   * Reads a file's bytes: the encoding comes from a byte-order mark, else from the XML
   * declaration, else UTF-8; bytes that are not valid in it are refused.
   *
   * @param bytes the file's bytes
   * @param source the file's name for messages
   * @return the root element
   * @throws FileFormatException if the file is not well-formed XML, has a DOCTYPE, is too
   *     large or too deep, or is not valid in its encoding
   */
  public static XmlElement read(byte[] bytes, String source) {
    if (bytes.length > MAX_BYTES) {
      throw new FileFormatException(source, 0, "the file has " + bytes.length + " bytes, more"
          + " than the " + MAX_BYTES + " a DMN file may have");
    }
    return read(decode(bytes, source), source);
  }

  /**
   * Reads a file's text (an encoding its XML declaration names is not used).
   *
   * @param text the file's text
   * @param source the file's name for messages
   * @return the root element
   * @throws FileFormatException if the file is not well-formed XML, has a DOCTYPE or is too
   *     deep
   */
  public static XmlElement read(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new XmlTreeReader(body, source).tree();
  }

  private static String decode(byte[] bytes, String source) {
    Charset charset;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      charset = declared(bytes, source);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = skip; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new FileFormatException(source, line, "byte " + (at + 1) + " is not valid "
          + charset.name() + "; save the file as " + charset.name()
          + " or declare its encoding in <?xml ... encoding=\"...\"?>");
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Charset declared(byte[] bytes, String source) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    Matcher matcher = ENCODING.matcher(head);
    if (!matcher.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = matcher.group(1);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new FileFormatException(source, 1, "the XML declaration names encoding "
          + Texts.quote(name) + ", which this Java runtime does not know");
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resources are not read: "
          + Texts.quote(String.valueOf(systemId)));
    });
    return factory;
  }

  private XmlElement tree() {
    XMLStreamReader reader;
    try {
      reader = factory().createXMLStreamReader(new StringReader(text));
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            int at = text.indexOf("<!DOCTYPE");
            throw error(at < 0 ? 0 : at, "a document type declaration (<!DOCTYPE ...>) is not"
                + " allowed: DTDs and entities are refused, so that no external entity is read");
          case XMLStreamConstants.START_ELEMENT:
            if (open.size() == MAX_DEPTH) {
              throw error(startOf(reader), "elements nest deeper than " + MAX_DEPTH);
            }
            XmlElement element = element(reader, open.peek());
            if (open.isEmpty()) {
              root = element;
            } else {
              open.peek().add(element);
            }
            open.push(element);
            break;
          case XMLStreamConstants.END_ELEMENT:
            open.pop();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!open.isEmpty()) {
              open.peek().appendText(reader.getText());
            }
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw error(reader.getLocation().getCharacterOffset(), "entity reference &"
                + reader.getLocalName() + "; is not allowed");
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw failure(e);
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing more to read
      }
    }
    if (root == null) {
      throw new FileFormatException(source, 0, "the file holds no XML element");
    }
    return root;
  }

  private XmlElement element(XMLStreamReader reader, XmlElement parent) {
    int[] position = position(startOf(reader));
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = reader.getAttributeNamespace(i);
      attributes.put(XmlElement.key(ns == null ? "" : ns, reader.getAttributeLocalName(i)),
          reader.getAttributeValue(i));
    }
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getNamespaceCount(); i++) {
      String prefix = reader.getNamespacePrefix(i);
      String uri = reader.getNamespaceURI(i);
      prefixes.put(prefix == null ? "" : prefix, uri == null ? "" : uri);
    }
    String ns = reader.getNamespaceURI();
    String prefix = reader.getPrefix();
    return new XmlElement(ns == null ? "" : ns, reader.getLocalName(),
        prefix == null ? "" : prefix, attributes, prefixes, parent, position[0], position[1]);
  }

  /**
   * The offset of the current start tag's {@code <}. The parser reports where it stopped
   * reading, somewhere after the tag; the tags are found instead by scanning the text forward
   * in document order, past comments, CDATA sections, processing instructions and end tags
   * (well-formed XML has no other {@code <}).
   */
  private int startOf(XMLStreamReader reader) {
    int i = cursor;
    while (i >= 0 && i < text.length()) {
      i = text.indexOf('<', i);
      if (i < 0) {
        break;
      }
      if (text.startsWith("<!--", i)) {
        i = skipPast("-->", i + 4);
      } else if (text.startsWith("<![CDATA[", i)) {
        i = skipPast("]]>", i + 9);
      } else if (text.startsWith("<?", i)) {
        i = skipPast("?>", i + 2);
      } else if (text.startsWith("<!", i) || text.startsWith("</", i)) {
        i += 2;
      } else {
        cursor = i + 1;
        return i;
      }
    }
    return Math.max(0, reader.getLocation().getCharacterOffset());
  }

  private int skipPast(String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The 1-based line and column (in Unicode characters) of an offset. */
  private int[] position(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new int[] {low + 1, text.codePointCount(lineStarts[low], at) + 1};
  }

  private FileFormatException error(int offset, String reason) {
    int[] position = position(offset);
    return new FileFormatException(source, position[0], position[1], reason);
  }

  private FileFormatException failure(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf("Message: ");
    String reason = "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message);
    Location location = e.getLocation();
    if (location == null || location.getLineNumber() < 1) {
      return new FileFormatException(source, 0, reason);
    }
    return new FileFormatException(source, location.getLineNumber(),
        Math.max(0, location.getColumnNumber()), reason);
  }
}
