package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hotline12345.core.appeal.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad row is counted and explained (row, column, reason), never a crash, and never quotes an address. */
class BadRowsTest {

  @TempDir
  Path dir;

  private static final String HEADER = "SRNumber,CreatedDate,ClosedDate,Status,Owner,AssignTo,RequestType,RequestSource,"
      + "CD,NC,NCName,Address";

  private static String row(String sr, String created, String closed, String status, String source, String cd,
      String address) {
    return String.join(",", sr, created, closed, status, "BOS", "EV", "Bulky Items", source, cd, "26",
        "SHERMAN OAKS NC", address) + "\n";
  }

  @Test
  void each_bad_row_is_refused_with_its_row_column_and_reason_and_the_good_ones_import() throws IOException {
    String text = HEADER + "\n"
        + row("1-1", "12/27/2017 09:10:31 PM", "01/04/2018 01:19:26 PM", "Closed", "Self Service", "4", "\"1 ELM ST\"")
        + row("1-2", "12/32/2017 09:10:31 PM", "", "Open", "Call", "4", "\"2 ELM ST\"")
        + row("1-3", "12/27/2017 09:10:31 PM", "", "Closed", "Call", "4", "\"3 ELM ST\"")
        + row("1-4", "12/27/2017 09:10:31 PM", "01/04/2018 01:19:26 PM", "Open", "Call", "4", "\"4 ELM ST\"")
        + row("1-5", "12/27/2017 09:10:31 PM", "", "Teleported", "Call", "4", "\"5 ELM ST\"")
        + row("1-6", "12/27/2017 09:10:31 PM", "01/04/2018 01:19:26 PM", "Closed", "Call", "thirteen", "\"6 ELM ST\"")
        + "1-7,12/27/2017 09:10:31 PM,,Open,BOS,EV,Bulky Items,Call,4,26,SHERMAN OAKS NC,7 ELM ST, APT 2\n"
        + row("1-8", "12/27/2017 09:10:31 PM", "12/26/2017 09:10:31 PM", "Closed", "Call", "4", "\"8 ELM ST\"")
        + row("1 9", "12/27/2017 09:10:31 PM", "", "Open", "Call", "4", "\"9 ELM ST\"")
        + row("1-1", "12/28/2017 09:10:31 PM", "", "Open", "Call", "4", "\"10 ELM ST\"")
        + row("1-11", "12/27/2017 09:10:31 PM", "", "Open", "Carrier Pigeon", "4", "\"11 ELM ST\"")
        + row("1-12", "12/27/2017 09:10:31 PM", "", "Open", "12 ELM ST", "4", "\"12 ELM ST\"");
    byte[] bytes = (text + "1-13,12/27/2017 09:10:31 PM,,Open,BOS,EV,Bulky Items,Call,4,26,SHERMAN OAKS NC,\"13 ELM ST\"\n")
        .getBytes(StandardCharsets.UTF_8);
    // Row 13's AssignTo holds a byte that is not UTF-8.
    byte[] broken = new String(bytes, StandardCharsets.ISO_8859_1).replace("1-13,12/27/2017 09:10:31 PM,,Open,BOS,EV",
        "1-13,12/27/2017 09:10:31 PM,,Open,BOS,E\u00ffV").getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("bad.csv"), broken);

    La311Replay replay = La311Import.builder().clock(Samples.CLOCK).build().run(file);

    ImportSummary s = replay.summary();
    assertThat(s.read()).isEqualTo(13);
    assertThat(s.imported()).isEqualTo(3);
    assertThat(s.refused()).isEqualTo(10);
    assertThat(s.refusals()).extracting(Object::toString).containsExactly(
        "row 2 (line 3), CreatedDate: '12/32/2017 09:10:31 PM' is not a date of a known form (MM/dd/yyyy hh:mm:ss AM,"
            + " or ISO such as 2017-12-31T23:59:58)",
        "row 3 (line 4), ClosedDate: is empty for a request whose Status is closed",
        "row 4 (line 5), ClosedDate: is set on a request whose Status is open",
        "row 5 (line 6), Status: is not a known status (Closed, Cancelled, Referred Out, Open, Pending, In Progress,"
            + " Forwarded)",
        "row 6 (line 7), CD: is not a council district's number",
        "row 7 (line 8), (row): has 13 fields where the header has 12 (a comma or a quote out of place?)",
        "row 8 (line 9), ClosedDate: is before CreatedDate",
        "row 9 (line 10), SRNumber: must be at most 64 characters without spaces",
        "row 10 (line 11), SRNumber: repeats the request of row 1",
        "row 13 (line 14), AssignTo: holds bytes that are not UTF-8");
    assertThat(s.channelFallbacks()).containsEntry("Carrier Pigeon", 1L).containsEntry(ImportSummary.UNSHOWN, 1L);
    assertThat(s.byChannel()).containsEntry(Channel.OTHER, 2L);
    String everything = s.toText(100) + s.refusals() + La311Assessment.of(replay).assess().toText();
    assertThat(everything).doesNotContain("ELM ST", "APT");
    assertThat(s.imported() + s.refused()).isEqualTo(s.read());
  }

  @Test
  void an_unclosed_quote_swallows_the_rest_into_one_refused_row_and_every_row_read_is_counted() {
    String text = HEADER + "\n"
        + row("1-1", "12/27/2017 09:10:31 PM", "", "Open", "Call", "4", "\"1 ELM ST\"")
        + row("1-2", "12/27/2017 09:10:31 PM", "", "Open", "Call", "4", "\"2 ELM ST")
        + row("1-3", "12/27/2017 09:10:31 PM", "", "Open", "Call", "4", "\"3 ELM ST\"");

    La311Replay replay = La311Import.builder().clock(Samples.CLOCK).build().run(Samples.write(dir, "open.csv", text));

    ImportSummary s = replay.summary();
    assertThat(s.read()).isEqualTo(2);
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.refusals()).extracting(Refusal::column).containsExactly(Refusal.WHOLE_ROW);
    assertThat(s.refusals().get(0)).hasToString("row 2 (line 3), (row): runs from line 3 to line 4: a quote left"
        + " open joins lines, or a field holds a line break");
  }

  @Test
  void a_csv_that_cannot_be_read_on_stops_with_one_refused_row() {
    List<Refusal> refused = new java.util.ArrayList<>();
    long rows = La311Reader.read(new java.io.StringReader(HEADER + "\n"
        + row("1-1", "12/27/2017 09:10:31 PM", "", "Open", "Call", "4", "x")), "x.csv", new La311Reader.Sink() {
          @Override
          public void request(La311Request request) {
          }

          @Override
          public void refused(Refusal refusal) {
            refused.add(refusal);
          }
        });
    assertThat(rows).isEqualTo(1);
    assertThat(refused).isEmpty();
  }
}
