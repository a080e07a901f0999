package org.hotline12345.rules.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hotline12345.calendar.internal.CsvReader;

/**
 * Service requests of the City of Los Angeles 311 service (MyLA311) in the city's own export
 * format (33 columns, public records from its open data portal), as far as routing needs them:
 * what a hotline knows when a request arrives (when, what, through which channel, where by
 * administrative area and map grid) and, for scoring, who handled it. Addresses, coordinates
 * and everything decided later (status, closing, actions taken) are not read.
 *
 * <p>Columns are found by their header names, ignoring case, in any order. A request that lacks
 * what mining needs (a creation date that parses, a request type, the sub-unit in
 * {@code AssignTo}, a council district and a neighbourhood council) is skipped and counted by
 * its first missing field.
 */
final class La311Requests {

  /** Pacific time, the zone of the export's dates. */
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US).withZone(LOS_ANGELES);

  private static final List<String> NEEDED = List.of("CreatedDate", "RequestType", "AssignTo", "CD", "NC");

  private static final List<String> OTHERS = List.of("SRNumber", "UpdatedDate", "ActionTaken",
      "Owner", "Status", "RequestSource", "MobileOS", "Anonymous", "ServiceDate", "ClosedDate",
      "AddressVerified", "ApproximateAddress", "Address", "HouseNumber", "Direction", "StreetName",
      "Suffix", "ZipCode", "Latitude", "Longitude", "Location", "TBMPage", "TBMColumn", "TBMRow",
      "APC", "CDMember", "NCName", "PolicePrecinct");

  /**
   * One request.
   *
   * @param srNumber the request's number
   * @param created when it was created, Pacific time
   * @param requestType the category, for example {@code Bulky Items}
   * @param owner the agency responsible, for example {@code BOS} (sanitation)
   * @param assignTo the agency's sub-unit that handled it, for example {@code EV} (East Valley)
   * @param channel the request source, for example {@code Call}
   * @param councilDistrict the council district, 1 to 15
   * @param neighbourhoodCouncil the neighbourhood council's code
   * @param zipCode the ZIP code, or empty
   * @param mapPage the Thomas Guide map page, or empty
   * @param mapCell the map grid cell on that page (column letter and row digit), or empty
   * @param policePrecinct the police precinct (LAPD division), or empty
   * @param planningArea the area planning commission (APC), or empty
   */
  record Request(String srNumber, ZonedDateTime created, String requestType, String owner,
      String assignTo, String channel, String councilDistrict, String neighbourhoodCouncil,
      String zipCode, String mapPage, String mapCell, String policePrecinct, String planningArea) {}

  private static La311Requests sample;

  private final List<Request> requests;
  private final Map<String, Integer> skipped;

  private La311Requests(List<Request> requests, Map<String, Integer> skipped) {
    this.requests = List.copyOf(requests);
    this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /**
   * The sample of the test resources, {@code la311-2017-12-sample.csv.gz}, read once.
   *
   * @return the sample
   */
  static synchronized La311Requests sample() {
    if (sample == null) {
      String name = "la311-2017-12-sample.csv.gz";
      try (InputStream in = new GZIPInputStream(La311Requests.class.getResourceAsStream(name))) {
        sample = read(in, name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  /**
   * Reads an export.
   *
   * @param csv the UTF-8 bytes; not closed
   * @param source the name for messages
   * @return the requests kept and the count of those skipped
   */
  static La311Requests read(InputStream csv, String source) {
    List<Request> kept = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (CsvReader.Row row : CsvReader.withColumns(NEEDED, OTHERS).read(csv, source)) {
      String missing = NEEDED.stream().filter(c -> row.get(c).isEmpty()).findFirst().orElse(null);
      ZonedDateTime created = null;
      if (missing == null) {
        try {
          created = ZonedDateTime.parse(row.get("CreatedDate"), DATE);
        } catch (DateTimeParseException e) {
          missing = "CreatedDate";
        }
      }
      if (missing != null) {
        skipped.merge(missing, 1, Integer::sum);
        continue;
      }
      kept.add(new Request(row.get("SRNumber"), created, row.get("RequestType"), row.get("Owner"),
          row.get("AssignTo"), row.get("RequestSource"), row.get("CD"), row.get("NC"),
          row.get("ZipCode"), row.get("TBMPage"), mapCell(row.get("TBMColumn"), row.get("TBMRow")),
          row.get("PolicePrecinct"), row.get("APC")));
    }
    return new La311Requests(kept, skipped);
  }

  private static String mapCell(String column, String row) {
    return column.isEmpty() || row.isEmpty() ? "" : column + row;
  }

  /** The requests kept, in file order. */
  List<Request> requests() {
    return requests;
  }

  /** The requests skipped, counted by the first needed field each lacked. */
  Map<String, Integer> skipped() {
    return skipped;
  }
}
