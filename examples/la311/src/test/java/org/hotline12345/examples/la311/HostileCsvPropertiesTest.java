package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.persistence.memory.InMemoryStore;

/**
 * Hostile exports: rows mixing good values with stray quotes, commas, line breaks, control
 * characters, surrogates, wrong dates and missing fields. Whatever comes, nothing crashes, every
 * row read is imported or refused, and the secret planted in the address never shows.
 */
class HostileCsvPropertiesTest {

  private static final String SECRET = "742 EVERGREEN TERRACE";
  private static final String HEADER = "Address,SRNumber,CreatedDate,ClosedDate,Status,Owner,AssignTo,RequestType,"
      + "RequestSource,CD,NC,NCName";

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.oneOf(
        Arbitraries.of("12/27/2017 09:10:31 PM", "01/04/2018 01:19:26 PM", "2018-01-02T08:00:00", "", "Closed", "Open",
            "Cancelled", "BOS", "EV", "Bulky Items", "Call", "Mobile App", "13", "44", "NC", "\"quoted, comma\"",
            "\"", "\"\"", "\"open", "x\"y", "\r", "\n", "\u0000", "\uD800", "1-1", "1-2", "13/45/2017 25:61:00 PM",
            "-1", "99999", "9999-12-31T23:59:59", "1899-01-01T00:00:00", "\uFEFF"),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars(",\"\r\n ;\t").ofMaxLength(6));
  }

  @Provide
  Arbitrary<String> exports() {
    Arbitrary<String> goodRow = Arbitraries.integers().between(1, 50).map(i -> "\"" + SECRET + "\",1-" + i
        + ",12/27/2017 09:10:31 PM,01/04/2018 01:19:26 PM,Closed,BOS,EV,Bulky Items,Call,4,26,SHERMAN OAKS NC");
    Arbitrary<String> hostileRow = fields().list().ofMinSize(0).ofMaxSize(14)
        .map(f -> "\"" + SECRET + "\"," + String.join(",", f));
    Arbitrary<String> row = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, goodRow), net.jqwik.api.Tuple.of(2, hostileRow));
    Arbitrary<String> separator = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(row.list().ofMaxSize(20), separator).as((rows, sep) -> HEADER + sep
        + String.join(sep, rows) + (rows.isEmpty() ? "" : sep));
  }

  @Property(tries = 200)
  void every_row_read_is_imported_or_refused_and_the_address_never_shows(@ForAll("exports") String export) {
    List<La311Request> requests = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    long read = La311Reader.read(new StringReader(export), "hostile.csv", new La311Reader.Sink() {
      @Override
      public void request(La311Request request) {
        requests.add(request);
      }

      @Override
      public void refused(Refusal refusal) {
        refusals.add(refusal);
      }
    });

    assertThat(requests.size() + refusals.size()).isEqualTo(read);
    assertThat(refusals).allSatisfy(r -> assertThat(r.toString()).doesNotContain(SECRET).doesNotContain("EVERGREEN"));
    assertThat(refusals).extracting(Refusal::row).doesNotHaveDuplicates();
  }

  @Property(tries = 40)
  void the_whole_import_accounts_for_every_row_and_shows_no_address(@ForAll("exports") String export) {
    java.nio.file.Path dir;
    java.nio.file.Path file;
    try {
      dir = java.nio.file.Files.createTempDirectory("hostile");
      // An unpaired surrogate becomes '?' on the way to bytes, as any writer of UTF-8 would make it.
      file = java.nio.file.Files.write(dir.resolve("hostile.csv"),
          export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    La311Replay replay = La311Import.builder().clock(Samples.CLOCK).store(new InMemoryStore()).build().run(file);
    La311Results results = La311Assessment.of(replay).assess();

    ImportSummary s = replay.summary();
    assertThat(s.imported() + s.refused()).isEqualTo(s.read());
    assertThat(s.toText(1_000) + results.toText()).doesNotContain(SECRET).doesNotContain("EVERGREEN");
    try {
      java.nio.file.Files.delete(file);
      java.nio.file.Files.delete(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
