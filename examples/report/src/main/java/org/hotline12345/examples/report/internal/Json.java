package org.hotline12345.examples.report.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, texts, numbers, booleans and null as JSON that is safe inside an HTML
 * {@code <script>} element: {@code <}, {@code >}, {@code &} and the line separators are escaped
 * as {@code \\uXXXX}, so no text can close the element or open a comment.
 */
public final class Json {

  private Json() {}

  /**
   * The JSON of a value.
   *
   * @param value a {@link Map} with text keys, a {@link List}, a {@link CharSequence}, a
   *     {@link Number}, a {@link Boolean}, an enum (its name) or null
   * @return the JSON text
   * @throws IllegalArgumentException for a value of another type, or a number that is not finite
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence text) {
      string(text, out);
    } else if (value instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      out.append(Formats.number(d));
    } else if (value instanceof Number n) {
      out.append(n.longValue());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        string(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no JSON for a " + value.getClass().getSimpleName());
    }
  }

  private static void string(CharSequence text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
