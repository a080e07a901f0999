package org.hotline12345.examples.la311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.department.DepartmentId;
import org.hotline12345.core.timelimit.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every layout of LA's exports imports: the 33 columns of 2017, later ones with more columns,
 * lower-case or quoted headers in another order, ISO dates; a header without a required column
 * is one clear error.
 */
class LayoutsTest {

  @TempDir
  Path dir;

  private La311Replay run(String name, String text) {
    return La311Import.builder().clock(Samples.CLOCK).build().run(Samples.write(dir, name, text));
  }

  private static Instant pacific(String local) {
    return ZonedDateTime.parse(local + "[America/Los_Angeles]").toInstant();
  }

  private static Case only(La311Replay replay, String number) {
    return replay.service().findByNumber(new CaseNumber(number)).orElseThrow();
  }

  /** Three rows of the sample as the city wrote them in 2017. */
  static final String LAYOUT_2017 = Samples.HEADER_2017 + "\n"
      + "1-870704831,12/31/2017 11:59:58 PM,04/09/2018 09:25:28 AM,SR Created,BOS,Homeless Encampment,Closed,Call,,N,NC,"
      + "01/05/2018 12:00:00 AM,04/09/2018 09:18:35 AM,Y,N,\"2111 W BELLEVUE AVE, 90026\",2111,W,BELLEVUE,AVE,90026,"
      + "34.073216645,-118.266861909,\"(34.073216645, -118.266861909)\",634,D,1,East Los Angeles APC,13,Mitch O'Farrell,"
      + "44,GREATER ECHO PARK ELYSIAN NC,RAMPART\n"
      + "1-870699049,12/31/2017 11:50:59 PM,01/02/2018 08:28:48 PM,SR Created,BOS,Bulky Items,Closed,Mobile App,Android,N,"
      + "EV,01/02/2018 12:00:00 AM,01/02/2018 08:28:47 PM,Y,,\"10739 N FLORALITA AVE, 91040\",10739,N,FLORALITA,AVE,"
      + "91040,34.2645708471,-118.318591887,\"(34.2645708471, -118.318591887)\",503,F,3,North Valley APC,7,"
      + "Monica Rodriguez,10,SUNLAND-TUJUNGA NC,FOOTHILL\n"
      + "1-870562171,12/31/2017 01:26:44 PM,,SR Created,BSL,Multiple Streetlight Issue,Open,Self Service,,N,NORTH,,,Y,N,"
      + "\"9000 N SOME ST, 91352\",9000,N,SOME,ST,91352,34.2,-118.3,\"(34.2, -118.3)\",1,A,1,North Valley APC,6,"
      + "Nury Martinez,8,SUN VALLEY AREA NC,FOOTHILL\n";

  @Test
  void the_33_columns_of_2017_import_with_their_timestamps_departments_and_areas() {
    La311Replay replay = run("la311-2017.csv", LAYOUT_2017);

    assertThat(replay.summary().read()).isEqualTo(3);
    assertThat(replay.summary().imported()).isEqualTo(3);
    Case c = only(replay, "1-870704831");
    assertThat(c.registeredAt()).isEqualTo(pacific("2017-12-31T23:59:58-08:00"));
    assertThat(c.closedAt()).contains(pacific("2018-04-09T09:18:35-07:00"));
    assertThat(c.lead()).contains(DepartmentId.of("BOS.NC"));
    assertThat(c.appeal().getChannel()).isEqualTo(Channel.PHONE);
    assertThat(c.appeal().getLocation().getArea().orElseThrow().code()).isEqualTo("CD-13:NC-44");
    assertThat(c.appeal().getLocation().getAddress()).as("the address is never imported").isEmpty();
    assertThat(replay.catalog().areas().pathOf("CD-13:NC-44")).containsExactly("LA", "CD-13", "CD-13:NC-44");
    assertThat(replay.catalog().directory().find(DepartmentId.of("BOS.NC")).orElseThrow().getParent())
        .contains(DepartmentId.of("BOS"));
    assertThat(replay.catalog().taxonomy().find(org.hotline12345.core.category.CategoryCode.of("bulky-items")))
        .isPresent();
    assertThat(only(replay, "1-870562171").isOpen()).isTrue();
  }

  @Test
  void a_later_layout_with_more_columns_lower_case_quoted_reordered_headers_and_iso_dates_imports_the_same() {
    String later = "\"status\",\"srnumber\",\"createdbyuserorganization\",\"requesttype\",\"createddate\",\"owner\","
        + "\"closeddate\",\"requestsource\",\"assignto\",\"cd\",\"nc\",\"ncname\",\"address\",\"servicedate\","
        + "\"geolocation\"\n"
        + "Closed,1-870704831,BOS,Homeless Encampment,2017-12-31T23:59:58.000,BOS,2018-04-09T09:18:35.000,Call,NC,13.0,"
        + "44,GREATER ECHO PARK ELYSIAN NC,\"2111 W BELLEVUE AVE, 90026\",2018-01-05T00:00:00.000,\"POINT (1 2)\"\n"
        + "Closed,1-870699049,BOS,Bulky Items,2017-12-31 23:50:59,BOS,2018-01-02 20:28:47,Mobile App,EV,7,10,"
        + "SUNLAND-TUJUNGA NC,\"10739 N FLORALITA AVE, 91040\",,\n"
        + "Open,1-870562171,Self Service,Multiple Streetlight Issue,2017-12-31T21:26:44Z,BSL,,Self Service,NORTH,6,8,"
        + "SUN VALLEY AREA NC,,,\n";

    La311Replay before = run("la311-2017.csv", LAYOUT_2017);
    La311Replay after = run("la311-later.csv", later);

    assertThat(after.summary().read()).isEqualTo(3);
    assertThat(after.summary().imported()).isEqualTo(3);
    for (String number : List.of("1-870704831", "1-870699049", "1-870562171")) {
      Case a = only(after, number);
      Case b = only(before, number);
      assertThat(a.registeredAt()).as(number).isEqualTo(b.registeredAt());
      assertThat(a.closedAt()).as(number).isEqualTo(b.closedAt());
      assertThat(a.lead()).as(number).isEqualTo(b.lead());
      assertThat(a.appeal().getLocation().getArea()).as(number).isEqualTo(b.appeal().getLocation().getArea());
      assertThat(a.deadline(Stage.RESOLUTION)).as(number).isEqualTo(b.deadline(Stage.RESOLUTION));
    }
  }

  @Test
  void windows_line_ends_and_a_byte_order_mark_read_the_same() {
    La311Replay replay = run("la311-crlf.csv", "\uFEFF" + LAYOUT_2017.replace("\n", "\r\n"));

    assertThat(replay.summary().read()).isEqualTo(3);
    assertThat(replay.summary().imported()).as(replay.summary().toText(5)).isEqualTo(3);
  }

  @Test
  void a_header_without_required_columns_is_one_clear_error_naming_them_all() {
    Path file = Samples.write(dir, "broken.csv", "SRNumber,CreatedDate,ClosedDate,Owner,RequestType,Address\n"
        + "1-1,12/31/2017 11:59:58 PM,,BOS,Bulky Items,\"1 MAIN ST\"\n");

    assertThatThrownBy(() -> La311Import.builder().build().run(file)).isInstanceOf(La311FormatException.class)
        .hasMessage("broken.csv:1: required columns Status, RequestSource are missing from the header (names are"
            + " matched ignoring case, quotes, spaces and underscores)");
  }

  @Test
  void a_header_naming_a_column_twice_or_no_header_at_all_is_refused() {
    assertThatThrownBy(() -> run("twice.csv", Samples.HEADER_2017 + ",status\n"))
        .isInstanceOf(La311FormatException.class).hasMessageContaining("column Status is named twice (columns 7 and 34)");
    assertThatThrownBy(() -> run("empty.csv", "")).isInstanceOf(La311FormatException.class)
        .hasMessage("empty.csv: empty, without a header");
  }

  @Test
  void headers_are_matched_ignoring_case_quotes_spaces_underscores_and_a_byte_order_mark() {
    assertThat(La311Column.named("\uFEFFSRNumber")).contains(La311Column.SR_NUMBER);
    assertThat(La311Column.named("sr_number")).contains(La311Column.SR_NUMBER);
    assertThat(La311Column.named(" Request Source ")).contains(La311Column.REQUEST_SOURCE);
    assertThat(La311Column.named("NC Name")).contains(La311Column.NC_NAME);
    assertThat(La311Column.named("Address")).isEmpty();
  }

  @Test
  void dates_in_every_form_read_in_pacific_time() {
    Instant eve = pacific("2017-12-31T23:59:58-08:00");
    for (String form : List.of("12/31/2017 11:59:58 PM", "12/31/2017 11:59:58 pm", "12/31/2017 11:59:58 PM",
        "2017-12-31T23:59:58", "2017-12-31T23:59:58.000", "2017-12-31 23:59:58", "2018-01-01T07:59:58Z",
        "2017-12-31T23:59:58-08:00")) {
      assertThat(La311Dates.parse(form)).as(form).contains(eve);
    }
    assertThat(La311Dates.parse("1/2/2018 8:05 AM")).contains(pacific("2018-01-02T08:05-08:00"));
    assertThat(La311Dates.parse("2018-01-02")).contains(pacific("2018-01-02T00:00-08:00"));
    assertThat(La311Dates.parse("13/31/2017 11:59:58 PM")).isEmpty();
    assertThat(La311Dates.parse("02/30/2018 10:00:00 AM")).isEmpty();
    assertThat(La311Dates.parse("yesterday")).isEmpty();
  }
}
