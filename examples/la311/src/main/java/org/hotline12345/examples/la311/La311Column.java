package org.hotline12345.examples.la311;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an LA 311 export the import reads, by their canonical names. A header names a
 * column whatever its case, quoting, spaces or underscores ({@code SRNumber}, {@code srnumber},
 * {@code "SR Number"}, {@code sr_number} are one column); columns may come in any order, and every
 * other column is ignored unread (the address, the coordinates, the council member's name...).
 */
public enum La311Column {
  /** The request's number: the source key and case number. */
  SR_NUMBER("SRNumber", true),
  /** When the request was created. */
  CREATED_DATE("CreatedDate", true),
  /** When it was closed; empty while open. */
  CLOSED_DATE("ClosedDate", true),
  /** Closed, Cancelled, Referred Out, Open... */
  STATUS("Status", true),
  /** The agency responsible. */
  OWNER("Owner", true),
  /** The request type: the category. */
  REQUEST_TYPE("RequestType", true),
  /** The channel. */
  REQUEST_SOURCE("RequestSource", true),
  /** The agency's sub-unit that handled it. */
  ASSIGN_TO("AssignTo", false),
  /** The council district, 1 to 15. */
  CD("CD", false),
  /** The neighbourhood council's number. */
  NC("NC", false),
  /** The neighbourhood council's name. */
  NC_NAME("NCName", false),
  /** The date the service was scheduled for: kept as the original due time. */
  SERVICE_DATE("ServiceDate", false);

  private final String canonical;
  private final boolean required;

  La311Column(String canonical, boolean required) {
    this.canonical = canonical;
    this.required = required;
  }

  /**
   * The name as the city's export spells it.
   *
   * @return for example {@code ClosedDate}
   */
  public String canonical() {
    return canonical;
  }

  /**
   * Whether an export without it is refused.
   *
   * @return true for a required column
   */
  public boolean isRequired() {
    return required;
  }

  /** A header name as compared: lower case, letters and digits only. */
  static String normalized(String header) {
    StringBuilder b = new StringBuilder(header.length());
    header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * The column a header names, if the import reads it.
   *
   * @param header a header as the file has it (a surrounding byte-order mark or spaces included)
   * @return the column, or empty for a column the import ignores
   */
  public static Optional<La311Column> named(String header) {
    String n = normalized(header);
    for (La311Column c : values()) {
      if (normalized(c.canonical).equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Where each column read stands in a header.
   *
   * @param header the header's names, in order
   * @param source the file's name, for the message
   * @return the index of each column found
   * @throws La311FormatException naming every required column missing and every column named
   *     twice, and the file
   */
  static Map<La311Column, Integer> locate(List<String> header, String source) {
    Map<La311Column, Integer> at = new EnumMap<>(La311Column.class);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      Optional<La311Column> c = named(header.get(i));
      if (c.isPresent() && at.putIfAbsent(c.get(), i) != null) {
        problems.add("column " + c.get().canonical + " is named twice (columns " + (at.get(c.get()) + 1) + " and "
            + (i + 1) + ")");
      }
    }
    List<String> missing = new ArrayList<>();
    for (La311Column c : values()) {
      if (c.required && !at.containsKey(c)) {
        missing.add(c.canonical);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(0, "required column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing from the header (names are matched ignoring case,"
          + " quotes, spaces and underscores)");
    }
    if (!problems.isEmpty()) {
      throw new La311FormatException(source + ":1: " + String.join("; ", problems));
    }
    return at;
  }
}
