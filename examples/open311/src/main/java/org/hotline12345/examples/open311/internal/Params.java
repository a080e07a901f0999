package org.hotline12345.examples.open311.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request: the query string and the body read together, every byte decoded
 * as UTF-8 whatever the Content-Type says (GeoReport v2 requires UTF-8). A parameter given in
 * both, or twice, keeps every value in order (query string first); a single-valued parameter
 * given twice with different values is refused rather than one of them silently taken.
 */
public final class Params {

  /** The most parameters one request may carry. */
  public static final int MAX_PARAMETERS = 300;
  /** The longest parameter name. */
  public static final int MAX_NAME_LENGTH = 200;
  /** The longest parameter value (an appeal's content is at most 20,000 characters). */
  public static final int MAX_VALUE_LENGTH = 20_000;

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private int count;

  /**
   * Adds the parameters of an {@code application/x-www-form-urlencoded} text: a query string
   * or a form body ({@code +} is a space, {@code %XX} a byte of UTF-8).
   *
   * @param encoded the text, undecoded; null or empty adds nothing
   * @param where {@code query string} or {@code body}, for messages
   * @return this
   * @throws Open311Failure 400 if it is not well-formed or breaks a limit
   */
  public Params addEncoded(String encoded, String where) {
    if (encoded == null || encoded.isEmpty()) {
      return this;
    }
    for (String pair : encoded.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), where);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), where);
      add(name, value);
    }
    return this;
  }

  /**
   * Adds one decoded parameter.
   *
   * @param name the name
   * @param value the value
   * @return this
   * @throws Open311Failure 400 if a limit is broken
   */
  public Params add(String name, String value) {
    if (++count > MAX_PARAMETERS) {
      throw Open311Failure.badRequest("parameters: at most " + MAX_PARAMETERS + " in one request");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw Open311Failure.badRequest("parameters: a name is at most " + MAX_NAME_LENGTH + " characters");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw Open311Failure.badRequest(safeName(name) + ": at most " + MAX_VALUE_LENGTH + " characters");
    }
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  /**
   * A single-valued parameter, stripped; a blank one counts as absent.
   *
   * @param name the name
   * @return the value, or empty
   * @throws Open311Failure 400 if given more than once with different values
   */
  public Optional<String> single(String name) {
    List<String> all = values.getOrDefault(name, List.of());
    List<String> distinct = all.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    if (distinct.size() > 1) {
      throw Open311Failure.badRequest(name + ": given more than once with different values");
    }
    return distinct.stream().findFirst();
  }

  /**
   * A single-valued parameter no longer than a limit.
   *
   * @param name the name
   * @param maxLength the most characters
   * @return the value, or empty
   * @throws Open311Failure 400 if longer, or given twice with different values
   */
  public Optional<String> single(String name, int maxLength) {
    Optional<String> value = single(name);
    if (value.isPresent() && value.get().length() > maxLength) {
      throw Open311Failure.badRequest(name + ": at most " + maxLength + " characters");
    }
    return value;
  }

  /**
   * Every parameter, by name, in the order first seen.
   *
   * @return the values by name; unmodifiable view
   */
  public Map<String, List<String>> all() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** A parameter name fit for a message: printable ASCII, at most 80 characters. */
  static String safeName(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length() && b.length() < 80; i++) {
      char c = name.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString();
  }

  /** Percent-decoding to bytes, then strict UTF-8. */
  private static String decode(String text, String where) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw Open311Failure.badRequest(where + ": a % must be followed by two hexadecimal digits");
        }
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    return utf8(bytes.toByteArray(), where);
  }

  /**
   * Bytes as strict UTF-8.
   *
   * @param bytes the bytes
   * @param where what they are, for the message
   * @return the text
   * @throws Open311Failure 400 if they are not UTF-8
   */
  static String utf8(byte[] bytes, String where) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Open311Failure.badRequest(where + ": must be UTF-8 (GeoReport v2 reads every text as UTF-8)");
    }
  }
}
