package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.examples.open311.Open311Fixture.API_KEY;
import static org.hotline12345.examples.open311.Open311Fixture.assertJsonError;
import static org.hotline12345.examples.open311.Open311Fixture.assertXmlError;
import static org.hotline12345.examples.open311.Open311Fixture.childNames;
import static org.hotline12345.examples.open311.Open311Fixture.children;
import static org.hotline12345.examples.open311.Open311Fixture.encode;
import static org.hotline12345.examples.open311.Open311Fixture.stallRequest;
import static org.hotline12345.examples.open311.Open311Fixture.text;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.casefile.Case;
import org.hotline12345.core.casefile.CaseNumber;
import org.hotline12345.core.casefile.CaseStatus;
import org.hotline12345.core.department.DepartmentId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** POST requests: a GeoReport v2 service request becomes an appeal, and only its number comes back. */
class PostRequestsTest {

  private final Open311Fixture open311 = new Open311Fixture();

  @AfterEach
  void stop() {
    open311.close();
  }

  private Case stored(String id) {
    return open311.hotline.findByNumber(new CaseNumber(id)).orElseThrow();
  }

  @Test
  void a_request_in_xml_answers_service_requests_request_with_the_case_number_as_plain_text() {
    Open311Fixture.Answer a = open311.postForm("requests.xml", stallRequest());

    assertThat(a.status()).as(a.text()).isEqualTo(200);
    Element root = a.xml().getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("service_requests");
    Element request = children(root, "request").get(0);
    assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
    Element id = children(request, "service_request_id").get(0);
    assertThat(id.getChildNodes().getLength()).as("one text node, no CDATA or markup").isEqualTo(1);
    assertThat(id.getFirstChild().getNodeType()).isEqualTo(org.w3c.dom.Node.TEXT_NODE);
    assertThat(id.getTextContent()).isEqualTo("NJ20251001000001");
    assertThat(text(request, "service_notice")).isEqualTo("已派单，承办单位：湖南路街道办事处，办结期限：2025-10-14（含）");
    assertThat(text(request, "account_id")).isEmpty();
  }

  @Test
  void the_appeal_carries_the_service_place_citizen_and_text_and_is_dispatched_by_the_rules() {
    String id = open311.submit(stallRequest());

    Case c = stored(id);
    Appeal appeal = c.appeal();
    assertThat(appeal.getChannel()).isEqualTo(Channel.WEB);
    assertThat(appeal.getCategory().orElseThrow().value()).isEqualTo("010301");
    assertThat(appeal.getContent()).isEqualTo("小区门口有人占道摆摊，堵住了消防通道");
    assertThat(appeal.getLocation().getArea().orElseThrow().name()).isEqualTo("狮子桥社区");
    assertThat(appeal.getLocation().getAddress()).contains("鼓楼区湖南路88号");
    assertThat(appeal.getLocation().getCoordinates().orElseThrow().latitude()).isEqualTo(32.0581234);
    assertThat(appeal.getCitizen().getName()).as("family name first in Chinese").contains("王五");
    assertThat(appeal.getCitizen().getPhone()).contains("13912345678");
    assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(c.lead()).contains(DepartmentId.of("nj.gulou.hunanlu"));
  }

  @Test
  void in_json_the_answer_is_an_array_with_the_id_as_a_string_and_account_id_null() {
    var a = open311.postForm("requests.json", stallRequest()).json();

    assertThat(a.isArray()).isTrue();
    assertThat(a.get(0).get("service_request_id").isTextual()).isTrue();
    assertThat(a.get(0).get("service_request_id").asText()).isEqualTo("NJ20251001000001");
    assertThat(a.get(0).get("account_id").isNull()).isTrue();
  }

  @Test
  void a_missing_or_wrong_api_key_is_403_in_either_format_and_nothing_is_stored() {
    Map<String, String> none = stallRequest();
    none.remove("api_key");
    Map<String, String> wrong = stallRequest();
    wrong.put("api_key", "not-the-key-at-all");

    assertXmlError(open311.postForm("requests.xml", none), 403, "api_key: required");
    assertJsonError(open311.postForm("requests.json", none), 403, "api_key: required");
    assertXmlError(open311.postForm("requests.xml", wrong), 403, "api_key: not a valid key");
    assertJsonError(open311.postForm("requests.json", wrong), 403, "api_key: not a valid key");
    Map<String, String> incompleteWithoutKey = new LinkedHashMap<>();
    incompleteWithoutKey.put("service_code", "nonsense");
    assertXmlError(open311.postForm("requests.xml", incompleteWithoutKey), 403, "api_key");
    assertThat(open311.store.cases().findByNumber("NJ20251001000001")).isEmpty();
  }

  @Test
  void the_second_clients_key_is_valid_too() {
    Map<String, String> form = stallRequest();
    form.put("api_key", "second-client-key");
    assertThat(open311.postForm("requests.json", form).status()).isEqualTo(200);
  }

  @Test
  void a_required_attribute_missing_and_a_value_not_in_the_list_are_400_naming_each_attribute_and_rule() {
    Map<String, String> form = stallRequest();
    form.put("service_code", "030101");
    form.put("attribute[recurring]", "偶尔");
    form.put("attributes", "a parameter of no meaning here, ignored");

    Open311Fixture.Answer a = open311.postForm("requests.xml", form);

    assertXmlError(a, 400, "attribute[noise_source]: is required but missing or blank");
    assertXmlError(a, 400, "attribute[recurring]: must be one of the allowed values: 是, 否");
  }

  @Test
  void a_complete_noise_request_with_its_attributes_is_accepted_and_keeps_them() {
    Map<String, String> form = stallRequest();
    form.put("service_code", "030101");
    form.put("attribute[noise_source]", "施工");
    form.put("attribute[recurring]", "是");
    form.put("attribute[time_of_day]", "2025-09-30T23:30:00+08:00");

    Case c = stored(open311.submit(form));

    assertThat(c.appeal().getAttributes()).containsEntry("noise_source", "施工").containsEntry("recurring", "是")
        .containsEntry("time_of_day", "2025-09-30T23:30:00+08:00");
  }

  @Test
  void a_multi_value_list_takes_repeated_attribute_code_brackets_and_an_unknown_choice_is_refused() {
    String base = encode(Map.of("api_key", API_KEY, "service_code", "020101", "lat", "32.05", "long", "118.78",
        "phone", "13912345678"));
    String chosen = base + "&attribute%5Bdamage_type%5D%5B%5D=" + enc("坑洞") + "&attribute[damage_type][]="
        + enc("裂缝");

    Open311Fixture.Answer ok = open311.postForm("requests.json", chosen, "application/x-www-form-urlencoded");
    assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    assertThat(stored(ok.json().get(0).get("service_request_id").asText()).appeal().getAttributes())
        .containsEntry("damage_type", "坑洞,裂缝");
    assertJsonError(open311.postForm("requests.json", base + "&attribute[damage_type][]=" + enc("坑洞")
        + "&attribute[damage_type][]=" + enc("积水"), "application/x-www-form-urlencoded"), 400,
        "attribute[damage_type]: must be one or more of the allowed values");
    assertJsonError(open311.postForm("requests.json", base + "&attribute[damage_type]=" + enc("坑洞")
        + "&attribute[colour]=red", "application/x-www-form-urlencoded"), 400,
        "attribute[colour]: is not defined for category 020101");
  }

  @Test
  void the_body_is_read_as_utf8_whatever_charset_the_content_type_names() {
    Map<String, String> form = stallRequest();
    Open311Fixture.Answer a = open311.postForm("requests.json", encode(form),
        "application/x-www-form-urlencoded; charset=ISO-8859-1");
    Open311Fixture.Answer rawUtf8 = open311.send(HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "text/plain; charset=windows-1252")
        .POST(HttpRequest.BodyPublishers.ofByteArray(("api_key=" + API_KEY + "&service_code=010301&address_id="
            + "320106003001&phone=13912345678&description=摊贩占道").getBytes(StandardCharsets.UTF_8))));

    assertThat(stored(a.json().get(0).get("service_request_id").asText()).appeal().getContent())
        .isEqualTo("小区门口有人占道摆摊，堵住了消防通道");
    assertThat(rawUtf8.status()).as(rawUtf8.text()).isEqualTo(200);
    assertThat(stored(rawUtf8.json().get(0).get("service_request_id").asText()).appeal().getContent())
        .isEqualTo("摊贩占道");
  }

  @Test
  void the_query_string_and_the_body_are_read_together() {
    Map<String, String> form = stallRequest();
    form.remove("api_key");
    form.remove("jurisdiction_id");

    Open311Fixture.Answer a = open311.postForm("requests.json?api_key=" + API_KEY + "&jurisdiction_id=nanjing.example",
        form);

    assertThat(a.status()).as(a.text()).isEqualTo(200);
    Map<String, String> conflicting = stallRequest();
    assertJsonError(open311.postForm("requests.json?service_code=020101", conflicting), 400,
        "service_code: given more than once with different values");
  }

  @Test
  void a_multipart_body_is_read_too_its_files_ignored() {
    String boundary = "----open311-boundary";
    StringBuilder body = new StringBuilder();
    Map<String, String> form = stallRequest();
    form.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"media\";"
        + " filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nJPEGDATA\r\n");
    body.append("--").append(boundary).append("--\r\n");

    Open311Fixture.Answer a = open311.send(HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));

    assertThat(a.status()).as(a.text()).isEqualTo(200);
    Appeal appeal = stored(a.json().get(0).get("service_request_id").asText()).appeal();
    assertThat(appeal.getContent()).isEqualTo("小区门口有人占道摆摊，堵住了消防通道");
    assertThat(appeal.getAttachments()).isEmpty();
  }

  @Test
  void the_same_idempotency_key_twice_gives_the_same_request_not_two() {
    HttpRequest.Builder twice = HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Idempotency-Key", "client-42-0001")
        .POST(HttpRequest.BodyPublishers.ofString(encode(stallRequest())));

    String first = open311.send(twice).json().get(0).get("service_request_id").asText();
    Open311Fixture.Answer again = open311.send(twice);

    assertThat(again.json().get(0).get("service_request_id").asText()).isEqualTo(first);
    assertThat(again.json().get(0).get("service_notice").asText()).contains("重复提交");
    assertThat(open311.store.cases().findByNumber("NJ20251001000002")).isEmpty();
    Map<String, String> otherClient = stallRequest();
    otherClient.put("api_key", "second-client-key");
    Open311Fixture.Answer theirs = open311.send(HttpRequest.newBuilder(open311.uri("requests.json"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Idempotency-Key", "client-42-0001")
        .POST(HttpRequest.BodyPublishers.ofString(encode(otherClient))));
    assertThat(theirs.json().get(0).get("service_request_id").asText()).as("another client's same key")
        .isNotEqualTo(first);
  }

  @Test
  void without_a_phone_the_citizen_is_anonymous_and_no_name_is_kept() {
    Map<String, String> form = stallRequest();
    form.remove("phone");

    Case c = stored(open311.submit(form));

    assertThat(c.appeal().getCitizen().isAnonymous()).isTrue();
    assertThat(c.appeal().getCitizen().getName()).isEmpty();
  }

  @Test
  void without_a_description_the_service_name_is_the_content_and_a_media_url_is_an_attachment() {
    Map<String, String> form = stallRequest();
    form.remove("description");
    form.put("media_url", "https://photos.example.org/requests/1.jpg");

    Appeal appeal = stored(open311.submit(form)).appeal();

    assertThat(appeal.getContent()).isEqualTo("占道经营");
    assertThat(appeal.getAttachments()).singleElement().satisfies(r -> {
      assertThat(r.reference()).isEqualTo("https://photos.example.org/requests/1.jpg");
      assertThat(r.mediaType()).isEqualTo("image/jpeg");
    });
  }

  @Test
  void bad_fields_are_400_each_named_with_its_rule() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", API_KEY);
    form.put("lat", "32.05");
    form.put("email", "not an address");
    form.put("media_url", "javascript:alert(1)");
    form.put("description", "x".repeat(4001));

    Open311Fixture.Answer a = open311.postForm("requests.xml", form);

    assertXmlError(a, 400, "service_code: required");
    assertXmlError(a, 400, "long: required with lat");
    assertXmlError(a, 400, "email: must be an e-mail address");
    assertXmlError(a, 400, "media_url: must be an absolute http or https URL");
    assertXmlError(a, 400, "description: at most 4000 characters");
    assertThat(a.text()).doesNotContain("not an address").doesNotContain("javascript");
  }

  @Test
  void an_unknown_service_no_location_and_an_unknown_area_are_400() {
    Map<String, String> form = stallRequest();
    form.put("service_code", "999999");
    assertJsonError(open311.postForm("requests.json", form), 400, "service_code: no such service");

    Map<String, String> nowhere = stallRequest();
    nowhere.remove("lat");
    nowhere.remove("long");
    nowhere.remove("address_id");
    nowhere.remove("address_string");
    assertJsonError(open311.postForm("requests.json", nowhere), 400, "a location is required");

    Map<String, String> elsewhere = stallRequest();
    elsewhere.put("address_id", "110101");
    assertJsonError(open311.postForm("requests.json", elsewhere), 400, "address_id: not an area code");
  }

  @Test
  void a_phone_number_of_the_wrong_form_is_400_named_as_the_open311_parameter() {
    Map<String, String> form = stallRequest();
    form.put("phone", "call me");

    assertJsonError(open311.postForm("requests.json", form), 400, "phone: must be a phone number");
  }

  @Test
  void coordinates_that_are_not_plain_degrees_in_range_are_400() {
    for (String[] latLong : new String[][] {{"NaN", "118"}, {"1e1", "118"}, {"0x10", "118"}, {"91", "118"},
        {"32", "-180.5"}, {"32", "Infinity"}, {"3" + "2".repeat(40), "118"}, {" ", "118"}}) {
      Map<String, String> form = stallRequest();
      form.put("lat", latLong[0]);
      form.put("long", latLong[1]);
      Open311Fixture.Answer a = open311.postForm("requests.json", form);
      assertThat(a.status()).as(String.join(",", latLong) + " " + a.text()).isEqualTo(400);
    }
  }

  @Test
  void a_json_body_is_refused_with_the_forms_posts_take() {
    assertJsonError(open311.postForm("requests.json?api_key=" + API_KEY, "{\"service_code\":\"010301\"}",
        "application/json"), 400, "body: must be form-encoded");
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
