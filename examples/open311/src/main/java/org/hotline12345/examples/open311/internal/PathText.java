package org.hotline12345.examples.open311.internal;

import java.io.ByteArrayOutputStream;

/** A path segment percent-decoded as UTF-8 ({@code +} stays a plus sign in a path). */
final class PathText {

  private PathText() {}

  /**
   * Decodes a segment.
   *
   * @param segment the raw segment
   * @return the text
   * @throws Open311Failure 404 if it is not well-formed UTF-8 percent-encoding
   */
  static String decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
            || Character.digit(segment.charAt(i + 2), 16) < 0) {
          throw Open311Failure.notFound("resource: a % in the path must be followed by two hexadecimal digits");
        }
        bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    try {
      return Params.utf8(bytes.toByteArray(), "path");
    } catch (Open311Failure notUtf8) {
      throw Open311Failure.notFound("resource: the path must be UTF-8");
    }
  }
}
