package org.hotline12345.calendar.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hotline12345.calendar.FileFormatException;

/**
 * The lines of a text file, numbered from 1, for the file readers: bytes are decoded as UTF-8
 * strictly (a byte sequence that is not UTF-8 fails naming the line and column), characters
 * from a {@link Reader} are checked for unpaired surrogates, a byte-order mark at the start is
 * dropped, and a line longer than the cap fails before it is held in memory. Lines end at
 * {@code \n}; a {@code \r} before it is dropped. Not thread-safe; does not close its input.
 *
 * <p>Shared with the SDK's other modules (through the qualified export of this package) for
 * files whose shape {@link CsvReader} does not fit, such as decision tables with directives
 * before their header.
 */
public final class TextLines {

  private final String source;
  private final int maxLength;
  private final InputStream bytes;
  private final Reader chars;
  private final CharsetDecoder decoder;
  private byte[] buffer;
  private int number;

  private TextLines(String source, int maxLength, InputStream bytes, Reader chars) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
    this.source = source;
    this.maxLength = maxLength;
    this.bytes = bytes;
    this.chars = chars;
    this.decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.buffer = new byte[256];
  }

  /**
   * Lines of UTF-8 bytes.
   *
   * @param bytes the bytes; not closed
   * @param source the name for messages, for example the file name
   * @param maxLength the most characters a line may have, at least 1
   * @return the lines
   */
  public static TextLines of(InputStream bytes, String source, int maxLength) {
    InputStream buffered = bytes instanceof BufferedInputStream ? bytes : new BufferedInputStream(bytes);
    return new TextLines(source, maxLength, buffered, null);
  }

  /**
   * Lines of characters.
   *
   * @param chars the characters; not closed
   * @param source the name for messages, for example the file name
   * @param maxLength the most characters a line may have, at least 1
   * @return the lines
   */
  public static TextLines of(Reader chars, String source, int maxLength) {
    Reader buffered = chars instanceof BufferedReader ? chars : new BufferedReader(chars);
    return new TextLines(source, maxLength, null, buffered);
  }

  /**
   * The source name for messages.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The number of the line last returned by {@link #next()}, from 1.
   *
   * @return the line number, 0 before the first line
   */
  public int number() {
    return number;
  }

  /**
   * The next line without its line break, or null at the end.
   *
   * @return the line, or null
   * @throws FileFormatException if the line is too long or not well-formed text
   * @throws UncheckedIOException if the input fails
   */
  public String next() {
    try {
      String line = bytes != null ? nextDecoded() : nextChars();
      if (line != null && number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Texts.escape(source, 200), e);
    }
  }

  private FileFormatException tooLong() {
    return new FileFormatException(source, number, "the line is longer than " + maxLength
        + " characters");
  }

  private String nextChars() throws IOException {
    int c = chars.read();
    if (c == -1) {
      return null;
    }
    number++;
    StringBuilder line = new StringBuilder();
    while (c != -1 && c != '\n') {
      if (line.length() > maxLength) {
        throw tooLong();
      }
      line.append((char) c);
      c = chars.read();
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    if (line.length() > maxLength) {
      throw tooLong();
    }
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        throw new FileFormatException(source, number, line.codePointCount(0, i) + 1,
            "the text is not well-formed: an unpaired surrogate " + Texts.escape(String.valueOf(ch))
                + " (a half of a character) is not text");
      }
    }
    return line.toString();
  }

  private String nextDecoded() throws IOException {
    int b = bytes.read();
    if (b == -1) {
      return null;
    }
    number++;
    int limit = maxLength * 4 + 1;
    int length = 0;
    while (b != -1 && b != '\n') {
      if (length >= limit) {
        throw tooLong();
      }
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(limit, buffer.length * 2));
      }
      buffer[length++] = (byte) b;
      b = bytes.read();
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    ByteBuffer in = ByteBuffer.wrap(buffer, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      int column = Character.codePointCount(out, 0, out.length()) + 1;
      StringBuilder bad = new StringBuilder();
      for (int i = 0; i < Math.max(1, Math.min(4, result.length())); i++) {
        if (in.position() + i < length) {
          bad.append(i == 0 ? "" : " ").append(String.format("0x%02X", buffer[in.position() + i] & 0xFF));
        }
      }
      throw new FileFormatException(source, number, column, "the file is not valid UTF-8: the"
          + " bytes " + bad + " are not a UTF-8 character; save the file as UTF-8");
    }
    out.flip();
    if (out.length() > maxLength) {
      throw tooLong();
    }
    return out.toString();
  }
}
