package org.hotline12345.examples.open311.internal;

import java.util.Locale;
import java.util.Optional;

/** The formats of an Open311 answer, chosen by the resource's extension ({@code services.xml}). */
public enum Format {
  /** {@code .xml}, the format GeoReport v2 requires; also the format of errors about formats. */
  XML("xml", "text/xml; charset=utf-8"),
  /** {@code .json}. */
  JSON("json", "application/json; charset=utf-8");

  private final String extension;
  private final String contentType;

  Format(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /**
   * The extension, without the dot.
   *
   * @return {@code xml} or {@code json}
   */
  public String extension() {
    return extension;
  }

  /**
   * The Content-Type of an answer in this format.
   *
   * @return the media type with its charset
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The format of an extension, ignoring case.
   *
   * @param extension the extension, without the dot
   * @return the format, or empty if none has it
   */
  public static Optional<Format> of(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.extension.equals(lower)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
