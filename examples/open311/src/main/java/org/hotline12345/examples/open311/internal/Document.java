package org.hotline12345.examples.open311.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * An Open311 answer, written as JSON or as XML with Jackson's streaming generators. The two
 * formats of GeoReport v2 differ in shape: a list is a bare JSON array but, in XML, a wrapper
 * element holding one element per item ({@code services}/{@code service}); this class keeps the
 * list's two names ({@link Items}) and writes each format's shape.
 *
 * <p>Values are {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@link
 * BigDecimal} (written plain, never in exponent form), {@code null} (JSON {@code null}, an empty
 * XML element), a {@link Fields} object or an {@link Items} list.
 *
 * @param root the XML root element's name
 * @param body a {@link Fields} object or an {@link Items} list
 */
public record Document(String root, Object body) {

  private static final XmlFactory XML = XmlFactory.builder()
      .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final com.fasterxml.jackson.core.JsonFactory JSON = com.fasterxml.jackson.core.JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  /** Checks the fields. */
  public Document {
    Objects.requireNonNull(root, "root");
    if (!(body instanceof Fields) && !(body instanceof Items)) {
      throw new IllegalArgumentException("body: a Fields object or an Items list");
    }
  }

  /** An object: named values in order. */
  public static final class Fields {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * Adds a value.
     *
     * @param name the field's name
     * @param value the value, see {@link Document}
     * @return this object
     */
    public Fields put(String name, Object value) {
      values.put(name, value);
      return this;
    }

    Map<String, Object> values() {
      return values;
    }
  }

  /**
   * A list: a JSON array; in XML, elements named {@code item} (inside the element of the list's
   * own name, or the root).
   *
   * @param item the XML name of each item
   * @param items the items: {@link Fields} objects or scalars
   */
  public record Items(String item, List<?> items) {
    /** Checks and copies. */
    public Items {
      Objects.requireNonNull(item, "item");
      items = List.copyOf(items);
    }
  }

  /**
   * The document in a format, UTF-8.
   *
   * @param format the format
   * @return the bytes
   */
  public byte[] write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format == Format.JSON) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
          writeJson(g, body);
        }
      } else {
        try (ToXmlGenerator g = XML.createGenerator(out)) {
          g.initGenerator();
          g.setNextName(new QName(root));
          writeXmlBody(g, body);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeJson(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Fields f) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : f.values().entrySet()) {
        g.writeFieldName(e.getKey());
        writeJson(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Items list) {
      g.writeStartArray();
      for (Object item : list.items()) {
        writeJson(g, item);
      }
      g.writeEndArray();
    } else {
      writeScalar(g, value);
    }
  }

  /** The root element's content: an object's fields, or a list's items. */
  private static void writeXmlBody(ToXmlGenerator g, Object body) throws IOException {
    g.writeStartObject();
    if (body instanceof Fields f) {
      writeXmlFields(g, f);
    } else {
      writeXmlItems(g, (Items) body);
    }
    g.writeEndObject();
  }

  private static void writeXmlFields(ToXmlGenerator g, Fields f) throws IOException {
    for (Map.Entry<String, Object> e : f.values().entrySet()) {
      g.writeFieldName(e.getKey());
      Object value = e.getValue();
      if (value instanceof Fields nested) {
        g.writeStartObject();
        writeXmlFields(g, nested);
        g.writeEndObject();
      } else if (value instanceof Items list) {
        g.writeStartObject();
        writeXmlItems(g, list);
        g.writeEndObject();
      } else {
        writeScalar(g, value);
      }
    }
  }

  private static void writeXmlItems(ToXmlGenerator g, Items list) throws IOException {
    for (Object item : list.items()) {
      g.writeFieldName(list.item());
      if (item instanceof Fields f) {
        g.writeStartObject();
        writeXmlFields(g, f);
        g.writeEndObject();
      } else {
        writeScalar(g, item);
      }
    }
  }

  private static void writeScalar(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else {
      throw new IllegalArgumentException("a document holds no " + value.getClass().getSimpleName());
    }
  }
}
