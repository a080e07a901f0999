package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.examples.open311.Open311Fixture.W3C;
import static org.hotline12345.examples.open311.Open311Fixture.assertJsonError;
import static org.hotline12345.examples.open311.Open311Fixture.assertXmlError;
import static org.hotline12345.examples.open311.Open311Fixture.childNames;
import static org.hotline12345.examples.open311.Open311Fixture.children;
import static org.hotline12345.examples.open311.Open311Fixture.stallRequest;
import static org.hotline12345.examples.open311.Open311Fixture.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Area;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Coordinates;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.casefile.Actor;
import org.hotline12345.core.casefile.CaseCommand;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.NotAcceptedReason;
import org.hotline12345.core.casefile.Remark;
import org.hotline12345.core.category.CategoryCode;
import org.hotline12345.core.service.HotlineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** GET requests and GET requests/{id}: the public view of cases, filtered as GeoReport v2 filters. */
class GetRequestsTest {

  private final Open311Fixture open311 = new Open311Fixture();

  @AfterEach
  void stop() {
    open311.close();
  }

  private String noiseRequest() {
    Map<String, String> form = stallRequest();
    form.put("service_code", "030101");
    form.put("attribute[noise_source]", "施工");
    form.put("attribute[recurring]", "是");
    return open311.submit(form);
  }

  private static List<String> ids(JsonNode requests) {
    List<String> ids = new ArrayList<>();
    requests.forEach(r -> ids.add(r.get("service_request_id").asText()));
    return ids;
  }

  @Test
  void a_listed_request_in_xml_has_every_field_of_the_spec_in_order_with_lat_long_and_w3c_dates() {
    String id = open311.submit(stallRequest());

    Open311Fixture.Answer a = open311.get("requests.xml");

    Element root = a.xml().getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("service_requests");
    Element request = children(root, "request").get(0);
    assertThat(childNames(request)).containsExactly("service_request_id", "status", "status_notes", "service_name",
        "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
        "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    assertThat(text(request, "service_request_id")).isEqualTo(id);
    assertThat(text(request, "status")).isEqualTo("open");
    assertThat(text(request, "service_name")).isEqualTo("占道经营");
    assertThat(text(request, "service_code")).isEqualTo("010301");
    assertThat(text(request, "agency_responsible")).isEqualTo("湖南路街道办事处");
    assertThat(text(request, "requested_datetime")).isEqualTo("2025-10-01T09:00:00+08:00");
    assertThat(text(request, "updated_datetime")).matches(W3C);
    assertThat(text(request, "expected_datetime")).isEqualTo("2025-10-15T00:00:00+08:00");
    assertThat(text(request, "address")).isEqualTo("狮子桥社区");
    assertThat(text(request, "address_id")).isEqualTo("320106003001");
    assertThat(text(request, "lat")).isEqualTo("32.058");
    assertThat(text(request, "long")).isEqualTo("118.783");
    assertThat(text(request, "description")).isEmpty();
  }

  @Test
  void no_answer_holds_the_citizens_name_phone_email_street_address_or_text() {
    String id = open311.submit(stallRequest());

    for (String resource : List.of("requests.xml", "requests.json", "requests/" + id + ".xml",
        "requests/" + id + ".json", "requests.json?service_request_id=" + id)) {
      String body = open311.get(resource).text();
      assertThat(body).as(resource).contains(id).doesNotContain("王").doesNotContain("13912345678")
          .doesNotContain("wangwu").doesNotContain("湖南路88号").doesNotContain("消防通道")
          .doesNotContain("32.0581234").doesNotContain("118.7834567");
    }
  }

  @Test
  void a_report_and_a_confidential_case_are_listed_without_lat_and_long_but_with_both_elements() {
    Appeal report = Appeal.builder().channel(Channel.PHONE).type(AppealType.REPORT)
        .category(CategoryCode.of("010301")).content("有人收取摊位费")
        .location(Location.builder().area(new Area("320106003001", "狮子桥社区"))
            .coordinates(new Coordinates(32.0581, 118.7834)).build())
        .citizen(Citizen.builder().phone("13912345678").build()).receivedAt(open311.clock.instant()).build();
    Appeal confidential = Appeal.builder().from(report).type(AppealType.COMPLAINT)
        .citizen(Citizen.builder().phone("13912345678").confidential(true).build()).build();
    String reportId = open311.hotline.submit(report, Actor.agent("a-1")).registered().number().value();
    String confidentialId = open311.hotline.submit(confidential, Actor.agent("a-1")).registered().number().value();

    JsonNode json = open311.get("requests.json").json();
    Element xml = open311.get("requests.xml").xml().getDocumentElement();

    assertThat(ids(json)).contains(reportId, confidentialId);
    for (JsonNode r : json) {
      assertThat(r.has("lat")).isTrue();
      assertThat(r.get("lat").isNull()).isTrue();
      assertThat(r.get("long").isNull()).isTrue();
    }
    for (Element r : children(xml, "request")) {
      assertThat(text(r, "lat")).isEmpty();
      assertThat(text(r, "long")).isEmpty();
    }
  }

  @Test
  void in_json_requests_are_an_array_with_numbers_for_lat_and_long_and_null_for_what_is_not_published() {
    open311.submit(stallRequest());

    JsonNode r = open311.get("requests.json").json().get(0);

    assertThat(r.get("lat").isNumber()).isTrue();
    assertThat(r.get("lat").decimalValue()).isEqualByComparingTo("32.058");
    assertThat(r.get("long").decimalValue()).isEqualByComparingTo("118.783");
    assertThat(r.get("description").isNull()).isTrue();
    assertThat(r.get("requested_datetime").asText()).matches(W3C);
  }

  @Test
  void one_request_by_its_id_and_an_unknown_id_is_404() {
    String id = open311.submit(stallRequest());

    Element one = open311.get("requests/" + id + ".xml").xml().getDocumentElement();

    assertThat(one.getTagName()).isEqualTo("service_requests");
    assertThat(children(one, "request")).singleElement().satisfies(r -> assertThat(text(r, "service_request_id"))
        .isEqualTo(id));
    assertXmlError(open311.get("requests/NJ20990101000001.xml"), 404, "service_request_id: no such request");
    assertJsonError(open311.get("requests/NJ20990101000001.json"), 404, "service_request_id: no such request");
    assertJsonError(open311.get("requests/%20.json"), 404, "no such request");
  }

  @Test
  void a_list_of_ids_overrides_the_other_filters_in_the_order_given_unknown_ids_left_out() {
    String first = open311.submit(stallRequest());
    String second = noiseRequest();

    JsonNode found = open311.get("requests.json?service_request_id=" + second + ",NJ-NOPE," + first
        + "&status=closed&service_code=020101").json();

    assertThat(ids(found)).containsExactly(second, first);
  }

  @Test
  void the_service_code_filter_takes_a_list_and_a_broader_category_covers_its_subcategories() {
    String stall = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofMinutes(1));
    String noise = noiseRequest();

    assertThat(ids(open311.get("requests.json?service_code=030101").json())).containsExactly(noise);
    assertThat(ids(open311.get("requests.json?service_code=03").json())).containsExactly(noise);
    assertThat(ids(open311.get("requests.json?service_code=010301,030101").json())).containsExactly(noise, stall);
    assertJsonError(open311.get("requests.json?service_code=999"), 400, "service_code: no such service");
  }

  @Test
  void the_status_filter_takes_open_closed_or_both() {
    String open = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofMinutes(1));
    // A clerk's service over the same store, without automation: the case waits for acceptance.
    HotlineService clerks = HotlineService.builder().store(open311.store).lifecycle(open311.hotline.lifecycle())
        .clock(open311.clock).build();
    Appeal outside = Appeal.builder().channel(Channel.PHONE).type(AppealType.HELP)
        .category(CategoryCode.of("010301")).content("咨询外地政策")
        .location(Location.builder().area(new Area("320106003001", "狮子桥社区")).build())
        .citizen(Citizen.anonymous()).receivedAt(open311.clock.instant()).build();
    var registered = clerks.submit(outside, Actor.agent("a-1")).registered();
    clerks.execute(registered.id(), new CaseCommand.NotAccept(NotAcceptedReason.OUTSIDE_LOCAL_POWERS,
        Remark.of("不属本市职权")), Actor.agent("a-1"));
    String closed = registered.number().value();

    assertThat(ids(open311.get("requests.json?status=closed").json())).containsExactly(closed);
    assertThat(ids(open311.get("requests.json?status=open").json())).containsExactly(open);
    assertThat(ids(open311.get("requests.json?status=open,closed").json())).containsExactly(closed, open);
    assertThat(open311.get("requests/" + closed + ".json").json().get(0).get("status").asText()).isEqualTo("closed");
    assertThat(open311.get("requests/" + closed + ".json").text()).doesNotContain("不属本市职权");
    assertJsonError(open311.get("requests.json?status=pending"), 400, "status: must be open, closed");
  }

  @Test
  void the_default_window_is_the_last_90_days_newest_first() {
    String old = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofDays(91));
    String recent = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofHours(1));
    String newest = open311.submit(stallRequest());

    assertThat(ids(open311.get("requests.json").json())).containsExactly(newest, recent);
    assertThat(ids(open311.get("requests.json?start_date=2025-10-01").json())).containsExactly(old);
  }

  @Test
  void start_and_end_date_bound_the_registration_instant_both_inclusive_to_the_second() {
    String nine = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofHours(1));
    String ten = open311.submit(stallRequest());
    open311.clock.advance(Duration.ofDays(1));
    String nextDay = open311.submit(stallRequest());

    assertThat(ids(open311.get("requests.json?start_date=2025-10-01T09:00:00%2B08:00&end_date="
        + "2025-10-01T10:00:00%2B08:00").json())).containsExactly(ten, nine);
    assertThat(ids(open311.get("requests.json?start_date=2025-10-01T01:00:01Z").json()))
        .containsExactly(nextDay, ten);
    assertThat(ids(open311.get("requests.json?end_date=2025-10-01").json())).as("a date: its whole day")
        .containsExactly(ten, nine);
    assertThat(ids(open311.get("requests.json?start_date=2025-10-01T10:00:00+08:00").json()))
        .as("a + left unencoded arrives as a space").containsExactly(nextDay, ten);
    assertThat(ids(open311.get("requests.json?start_date=2025-10-02T10:00:00%2B0800").json()))
        .as("an offset without a colon").containsExactly(nextDay);
  }

  @Test
  void bad_dates_and_windows_are_400_naming_the_parameter() {
    assertXmlError(open311.get("requests.xml?start_date=yesterday"), 400, "start_date: must be a W3C date-time");
    assertJsonError(open311.get("requests.json?end_date=2025-13-01"), 400, "end_date: must be a W3C date-time");
    assertJsonError(open311.get("requests.json?start_date=2025-10-02&end_date=2025-10-01"), 400,
        "end_date: must not be before start_date");
    assertJsonError(open311.get("requests.json?start_date=2025-01-01&end_date=2025-10-01"), 400,
        "may not span more than 90 days");
    assertJsonError(open311.get("requests.json?start_date=%2B999999999-12-31T00:00:00Z"), 400, "start_date");
    assertJsonError(open311.get("requests.json?start_date=1900-01-01"), 400, "between the years 1970 and 9999");
    assertJsonError(open311.get("requests.json?start_date=" + "1".repeat(5000)), 400, "start_date");
  }
}
