package org.hotline12345.examples.la311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.HistoricalCase;
import org.hotline12345.core.department.DepartmentKind;

/**
 * How LA 311's values map to the SDK's: request sources to channels, statuses to outcomes,
 * request types to appeal types, and names to the keys of the directory, taxonomy and area
 * hierarchy. Every mapping is listed here and in {@code docs/la311.md}; a value none names is
 * never guessed silently: an unknown request source falls back to {@link Channel#OTHER} and is
 * counted as a fallback, an unknown status refuses the row.
 */
public final class La311Mapping {

  private static final Map<String, Channel> CHANNELS = Map.ofEntries(
      Map.entry("call", Channel.PHONE),
      Map.entry("voicemail", Channel.PHONE),
      Map.entry("queue initiated customer service", Channel.PHONE),
      Map.entry("mobile app", Channel.APP),
      Map.entry("app", Channel.APP),
      Map.entry("self service", Channel.WEB),
      Map.entry("web form", Channel.WEB),
      Map.entry("chat", Channel.WEB),
      Map.entry("email", Channel.EMAIL),
      Map.entry("e-mail", Channel.EMAIL),
      Map.entry("walk-in", Channel.WALK_IN),
      Map.entry("text", Channel.SMS),
      Map.entry("sms", Channel.SMS),
      // Explicitly "other": a city crew's own report, and a referral by a council office.
      Map.entry("driver self report", Channel.OTHER),
      Map.entry("council's office", Channel.OTHER));

  private static final Map<String, HistoricalCase.Outcome> STATUSES = Map.of(
      "closed", HistoricalCase.Outcome.RESOLVED,
      "cancelled", HistoricalCase.Outcome.CLOSED_UNRESOLVED,
      "canceled", HistoricalCase.Outcome.CLOSED_UNRESOLVED,
      "referred out", HistoricalCase.Outcome.CLOSED_UNRESOLVED,
      "open", HistoricalCase.Outcome.OPEN,
      "pending", HistoricalCase.Outcome.OPEN,
      "in progress", HistoricalCase.Outcome.OPEN,
      "forwarded", HistoricalCase.Outcome.OPEN);

  /** The agencies of the sample, by their codes; others are named by their code. */
  private static final Map<String, String> AGENCY_NAMES = Map.of(
      "BOS", "Bureau of Sanitation",
      "OCB", "Office of Community Beautification",
      "BSL", "Bureau of Street Lighting",
      "ITA", "Information Technology Agency",
      "LADWP", "Los Angeles Department of Water and Power",
      "BSS", "Bureau of Street Services",
      "LAPD", "Los Angeles Police Department",
      "LADBS", "Department of Building and Safety",
      "LADOT", "Department of Transportation",
      "EWD", "Economic and Workforce Development Department");

  private La311Mapping() {}

  /** A value as compared: trimmed, lower case, inner spaces collapsed. */
  static String key(String value) {
    return value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The channel of a request source: Call, Voicemail and Queue Initiated Customer Service are
   * {@link Channel#PHONE}; Mobile App {@link Channel#APP}; Self Service, Web Form and Chat
   * {@link Channel#WEB}; Email {@link Channel#EMAIL}; Walk-in {@link Channel#WALK_IN}; Text and
   * SMS {@link Channel#SMS}; Driver Self Report (a city crew's own report) and Council's Office
   * (a referral) {@link Channel#OTHER}. Case, spaces and quoting do not matter.
   *
   * @param source the RequestSource value
   * @return the channel, or empty for a value not listed (the import then uses
   *     {@link Channel#OTHER} and counts a fallback)
   */
  public static Optional<Channel> channel(String source) {
    return Optional.ofNullable(CHANNELS.get(key(source)));
  }

  /**
   * The outcome of a status: Closed is resolved; Cancelled (or Canceled) and Referred Out are
   * closed without resolution; Open, Pending, In Progress and Forwarded are open.
   *
   * @param status the Status value
   * @return the outcome, or empty for a status not listed (the row is refused)
   */
  public static Optional<HistoricalCase.Outcome> outcome(String status) {
    return Optional.ofNullable(STATUSES.get(key(status)));
  }

  /**
   * The statuses {@link #outcome} knows, for a refusal's message.
   *
   * @return the statuses
   */
  static String knownStatuses() {
    return "Closed, Cancelled, Referred Out, Open, Pending, In Progress, Forwarded";
  }

  /**
   * The appeal type of a request type: every 311 request is a request for help (求助), but
   * Feedback, a suggestion (建议).
   *
   * @param requestType the RequestType value
   * @return the type
   */
  public static AppealType appealType(String requestType) {
    return key(requestType).equals("feedback") ? AppealType.SUGGESTION : AppealType.HELP;
  }

  /**
   * An agency's name.
   *
   * @param code the Owner value, for example {@code BOS}
   * @return for example {@code Bureau of Sanitation}; the code itself for an agency not listed
   */
  public static String agencyName(String code) {
    return AGENCY_NAMES.getOrDefault(code.trim().toUpperCase(Locale.ROOT), code.trim());
  }

  /**
   * An agency's kind: the water and power department is a public utility, the others
   * municipal departments.
   *
   * @param code the Owner value
   * @return the kind
   */
  public static DepartmentKind agencyKind(String code) {
    return code.trim().equalsIgnoreCase("LADWP") ? DepartmentKind.PUBLIC_UTILITY : DepartmentKind.MUNICIPAL_DEPARTMENT;
  }

  /**
   * A name as a key of the directory, taxonomy or areas: ASCII letters and digits kept, every
   * run of other characters one {@code -}, cut to a length; {@code x} if nothing is left.
   * Two names may share a slug ({@code Metal/Household} and {@code Metal Household}): the
   * catalog then gives the later one {@link #withHash}.
   *
   * @param name the name, trimmed
   * @param lowerCase whether to lower the case (category codes) or keep it (agency codes)
   * @param maxLength the most characters
   * @return the slug, 1 to maxLength characters
   */
  static String slug(String name, boolean lowerCase, int maxLength) {
    String n = lowerCase ? name.toLowerCase(Locale.ROOT) : name;
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(cp);
        dash = false;
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    String clean = b.length() > maxLength ? b.substring(0, maxLength) : b.toString();
    while (clean.endsWith("-")) {
      clean = clean.substring(0, clean.length() - 1);
    }
    return clean.isEmpty() ? "x" : clean;
  }

  /**
   * A slug made unique by six hexadecimal digits of the name's hash.
   *
   * @param slug the slug
   * @param name the name it came from
   * @return the slug, a dash and the digits
   */
  static String withHash(String slug, String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return slug + "-" + HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
