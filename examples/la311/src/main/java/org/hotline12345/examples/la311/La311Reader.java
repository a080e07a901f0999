package org.hotline12345.examples.la311;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.HistoricalCase;

/**
 * Reads an LA 311 export (RFC 4180 CSV, UTF-8) row by row with Apache Commons CSV, giving each
 * row to a {@link Sink} as a {@link La311Request} or a {@link Refusal}: a bad row is explained,
 * never a crash, and every row read is given once. Columns are found by header name ({@link
 * La311Column}); the others are never looked at. Blank lines are not rows.
 *
 * <p>A row is refused when it runs over more than one line (an export's fields hold no line
 * break: a quote left open joins the rows after it into one), when it has another number of
 * fields than the header (a comma or quote out of place, which would shift every column after
 * it), when a column read holds bytes that
 * are not UTF-8, a control character or more than {@value #MAX_TEXT} characters, when a
 * required value is empty, a date is in no known form ({@link La311Dates}) or outside 1900 to
 * 9998, the status is unknown, a closed request has no ClosedDate or one before CreatedDate,
 * an open one has a ClosedDate, or a council district or neighbourhood council is not a number.
 * A quoted field left open swallows the rows up to the next quote into its row, which is then
 * refused (they are not counted as rows: the reader cannot tell them apart); if the CSV cannot
 * be read on at all, the row where it stopped is refused and reading ends.
 */
public final class La311Reader {

  /** The longest text read from a column. */
  public static final int MAX_TEXT = 200;

  private static final Pattern DATE_SHAPED = Pattern.compile("[0-9/:. TtZzAaPpMm+-]{1,40}");
  private static final Pattern NUMBER = Pattern.compile("0*([0-9]{1,4})(\\.0+)?");

  /** Where the rows go. */
  public interface Sink {
    /**
     * A row that reads.
     *
     * @param request the row
     */
    void request(La311Request request);

    /**
     * A row that does not.
     *
     * @param refusal why
     */
    void refused(Refusal refusal);
  }

  private La311Reader() {}

  /**
   * Reads a file; bytes that are not UTF-8 are read as U+FFFD and refuse the row if they fall in
   * a column read.
   *
   * @param file the export
   * @param sink where the rows go
   * @return the number of rows read, each given to the sink once
   * @throws La311FormatException if the header lacks a required column or names one twice
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static long read(Path file, Sink sink) {
    Objects.requireNonNull(file, "file");
    try (Reader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
      return read(text, String.valueOf(file.getFileName()), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }

  /**
   * Reads an export from text.
   *
   * @param text the export
   * @param source its name, for messages
   * @param sink where the rows go
   * @return the number of rows read, each given to the sink once
   * @throws La311FormatException if the header lacks a required column or names one twice
   */
  public static long read(Reader text, String source, Sink sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setLenientEof(true)
        .setTrailingData(true).get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(text).setFormat(format).get();
    } catch (IOException | UncheckedIOException e) {
      throw new La311FormatException(source + ": cannot be read as CSV (" + e.getClass().getSimpleName() + ")");
    }
    Iterator<CSVRecord> it = parser.iterator();
    List<String> header = new ArrayList<>();
    try {
      if (!it.hasNext()) {
        throw new La311FormatException(source + ": empty, without a header");
      }
      it.next().forEach(header::add);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new La311FormatException(source + ":1: the header cannot be read as CSV");
    }
    if (!header.isEmpty()) {
      header.set(0, header.get(0).replace("\uFEFF", ""));
    }
    Map<La311Column, Integer> columns = La311Column.locate(header, source);
    long rows = 0;
    while (true) {
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!it.hasNext()) {
          return rows;
        }
        record = it.next();
      } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
        rows++;
        sink.refused(new Refusal(rows, line, Refusal.WHOLE_ROW, "the CSV cannot be read on from here ("
            + e.getClass().getSimpleName() + "); the rest of the file was not read"));
        return rows;
      }
      rows++;
      long lastLine = parser.getCurrentLineNumber();
      try {
        sink.request(new Row(record, columns, header.size(), rows, line, lastLine).request());
      } catch (Refused r) {
        sink.refused(new Refusal(rows, line, r.column, r.getMessage()));
      }
    }
  }

  /** A refusal on its way out of a row's reading. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    Refused(La311Column column, String reason) {
      this(column.canonical(), reason);
    }

    Refused(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  /** One record being read. */
  private record Row(CSVRecord record, Map<La311Column, Integer> columns, int width, long row, long line,
      long lastLine) {

    La311Request request() {
      if (lastLine > line) {
        throw new Refused(Refusal.WHOLE_ROW, "runs from line " + line + " to line " + lastLine
            + ": a quote left open joins lines, or a field holds a line break");
      }
      if (record.size() != width) {
        throw new Refused(Refusal.WHOLE_ROW, "has " + record.size() + " fields where the header has " + width
            + " (a comma or a quote out of place?)");
      }
      String sr = required(La311Column.SR_NUMBER);
      if (sr.length() > 64 || sr.chars().anyMatch(Character::isWhitespace)) {
        throw new Refused(La311Column.SR_NUMBER, "must be at most 64 characters without spaces");
      }
      Instant created = date(La311Column.CREATED_DATE).orElseThrow(() -> new Refused(La311Column.CREATED_DATE,
          "is empty"));
      String status = required(La311Column.STATUS);
      HistoricalCase.Outcome outcome = La311Mapping.outcome(status).orElseThrow(() -> new Refused(La311Column.STATUS,
          "is not a known status (" + La311Mapping.knownStatuses() + ")"));
      Optional<Instant> closed = date(La311Column.CLOSED_DATE);
      if (outcome.isClosed() && closed.isEmpty()) {
        throw new Refused(La311Column.CLOSED_DATE, "is empty for a request whose Status is closed");
      }
      if (!outcome.isClosed() && closed.isPresent()) {
        throw new Refused(La311Column.CLOSED_DATE, "is set on a request whose Status is open");
      }
      if (closed.isPresent() && closed.get().isBefore(created)) {
        boolean midnight = closed.get().atZone(La311Dates.ZONE).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            && closed.get().atZone(La311Dates.ZONE).toLocalDate().equals(created.atZone(La311Dates.ZONE).toLocalDate());
        throw new Refused(La311Column.CLOSED_DATE, "is before CreatedDate"
            + (midnight ? " (midnight of the day it was created: a date without its time?)" : ""));
      }
      String owner = required(La311Column.OWNER);
      Optional<String> assignTo = optional(La311Column.ASSIGN_TO);
      String type = required(La311Column.REQUEST_TYPE);
      String source = optional(La311Column.REQUEST_SOURCE).orElse("");
      Optional<Channel> channel = La311Mapping.channel(source);
      Optional<Integer> cd = number(La311Column.CD, "a council district");
      Optional<Integer> nc = number(La311Column.NC, "a neighbourhood council");
      Optional<String> ncName = optional(La311Column.NC_NAME);
      if (ncName.filter(n -> n.length() > 100).isPresent()) {
        throw new Refused(La311Column.NC_NAME, "is longer than 100 characters");
      }
      Optional<Instant> service = date(La311Column.SERVICE_DATE);
      return new La311Request(row, line, sr, created, closed, outcome, owner, assignTo, type, source,
          channel.orElse(Channel.OTHER), channel.isEmpty(), cd, nc, ncName, service);
    }

    private Optional<String> optional(La311Column column) {
      Integer index = columns.get(column);
      if (index == null) {
        return Optional.empty();
      }
      String value = record.get(index).trim();
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.length() > MAX_TEXT) {
        throw new Refused(column, "is longer than " + MAX_TEXT + " characters");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\uFFFD') {
          throw new Refused(column, "holds bytes that are not UTF-8");
        }
        if (Character.isISOControl(c)) {
          throw new Refused(column, "holds a control character (a line break?)");
        }
        if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(++i)))) {
          throw new Refused(column, "holds an unpaired surrogate");
        }
      }
      return Optional.of(value);
    }

    private String required(La311Column column) {
      return optional(column).orElseThrow(() -> new Refused(column, "is empty"));
    }

    private Optional<Instant> date(La311Column column) {
      Optional<String> text = optional(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<Instant> parsed = La311Dates.parse(text.get());
      if (parsed.isEmpty()) {
        boolean shown = DATE_SHAPED.matcher(text.get()).matches();
        throw new Refused(column, (shown ? "'" + text.get() + "' is" : "is") + " not a date of a known form"
            + " (MM/dd/yyyy hh:mm:ss AM, or ISO such as 2017-12-31T23:59:58)");
      }
      if (parsed.get().isBefore(HistoricalCase.EARLIEST) || parsed.get().isAfter(HistoricalCase.LATEST)) {
        throw new Refused(column, "is outside the years 1900 to 9998");
      }
      return parsed;
    }

    private Optional<Integer> number(La311Column column, String what) {
      Optional<String> text = optional(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      java.util.regex.Matcher m = NUMBER.matcher(text.get());
      if (!m.matches()) {
        throw new Refused(column, "is not " + what + "'s number");
      }
      return Optional.of(Integer.parseInt(m.group(1)));
    }
  }
}
