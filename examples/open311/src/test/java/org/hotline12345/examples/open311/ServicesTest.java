package org.hotline12345.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.examples.open311.Open311Fixture.assertJsonError;
import static org.hotline12345.examples.open311.Open311Fixture.assertXmlError;
import static org.hotline12345.examples.open311.Open311Fixture.childNames;
import static org.hotline12345.examples.open311.Open311Fixture.children;
import static org.hotline12345.examples.open311.Open311Fixture.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** GET services and GET services/{code}: the taxonomy as GeoReport v2 publishes it. */
class ServicesTest {

  private static Open311Fixture open311;

  @BeforeAll
  static void start() {
    open311 = new Open311Fixture();
  }

  @AfterAll
  static void stop() {
    open311.close();
  }

  @Test
  void the_service_list_in_xml_is_services_of_service_elements_with_the_specs_fields_in_order() {
    Open311Fixture.Answer a = open311.get("services.xml?jurisdiction_id=nanjing.example");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType().replace(" ", "")).isEqualToIgnoringCase("text/xml;charset=utf-8");
    assertThat(a.text()).startsWith("<?xml version='1.0' encoding='UTF-8'?>");
    Element root = a.xml().getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("services");
    assertThat(childNames(root)).containsOnly("service").hasSize(11);
    Element noise = children(root, "service").stream().filter(s -> text(s, "service_code").equals("030101"))
        .findFirst().orElseThrow();
    assertThat(childNames(noise)).containsExactly("service_code", "service_name", "description", "metadata", "type",
        "keywords", "group");
    assertThat(text(noise, "service_name")).isEqualTo("噪音扰民");
    assertThat(text(noise, "description")).isEqualTo("生态环境 / 环境污染 / 噪音扰民");
    assertThat(text(noise, "metadata")).isEqualTo("true");
    assertThat(text(noise, "type")).isEqualTo("realtime");
    assertThat(text(noise, "keywords")).isEqualTo("噪音, 噪声, 扰民, 吵, 施工噪音");
    assertThat(text(noise, "group")).isEqualTo("生态环境");
    Element stalls = children(root, "service").stream().filter(s -> text(s, "service_code").equals("010301"))
        .findFirst().orElseThrow();
    assertThat(text(stalls, "metadata")).as("a service without attributes").isEqualTo("false");
  }

  @Test
  void the_service_list_in_json_is_an_array_of_the_same_services_with_booleans() {
    JsonNode services = open311.get("services.json").json();

    assertThat(services.isArray()).isTrue();
    assertThat(services.size()).isEqualTo(11);
    JsonNode road = null;
    for (JsonNode s : services) {
      if (s.get("service_code").asText().equals("020101")) {
        road = s;
      }
    }
    assertThat(road).isNotNull();
    assertThat(road.get("service_name").asText()).isEqualTo("道路破损");
    assertThat(road.get("metadata").isBoolean()).isTrue();
    assertThat(road.get("metadata").asBoolean()).isTrue();
    assertThat(road.get("group").asText()).isEqualTo("交通运输");
  }

  @Test
  void a_service_definition_in_xml_nests_attributes_attribute_and_values_value_as_the_spec_does() {
    Open311Fixture.Answer a = open311.get("services/030101.xml");

    assertThat(a.status()).isEqualTo(200);
    Element root = a.xml().getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("service_definition");
    assertThat(childNames(root)).containsExactly("service_code", "attributes");
    assertThat(text(root, "service_code")).isEqualTo("030101");
    List<Element> attributes = children(children(root, "attributes").get(0), "attribute");
    assertThat(attributes).extracting(e -> text(e, "code"))
        .containsExactly("noise_source", "time_of_day", "occurred_at", "recurring");
    Element source = attributes.get(0);
    assertThat(childNames(source)).containsExactly("variable", "code", "datatype", "required",
        "datatype_description", "order", "description", "values");
    assertThat(text(source, "variable")).isEqualTo("true");
    assertThat(text(source, "datatype")).isEqualTo("singlevaluelist");
    assertThat(text(source, "required")).isEqualTo("true");
    assertThat(text(source, "order")).isEqualTo("1");
    assertThat(text(source, "description")).isEqualTo("噪音来源");
    List<Element> values = children(children(source, "values").get(0), "value");
    assertThat(values).extracting(v -> text(v, "key")).containsExactly("施工", "商铺", "娱乐场所", "其他");
    assertThat(values).extracting(v -> text(v, "name")).containsExactly("施工", "商铺", "娱乐场所", "其他");
    Element time = attributes.get(1);
    assertThat(text(time, "datatype")).isEqualTo("datetime");
    assertThat(text(time, "required")).isEqualTo("false");
    assertThat(children(time, "values")).as("values only for list types").isEmpty();
    assertThat(text(attributes.get(3), "required")).as("recurring, redefined as required by 噪音扰民").isEqualTo("true");
  }

  @Test
  void a_service_definition_in_json_has_attributes_as_an_array_and_numbers_and_booleans_as_such() {
    JsonNode definition = open311.get("services/020101.json").json();

    assertThat(definition.get("service_code").asText()).isEqualTo("020101");
    JsonNode damage = definition.get("attributes").get(0);
    assertThat(damage.get("code").asText()).isEqualTo("damage_type");
    assertThat(damage.get("datatype").asText()).isEqualTo("multivaluelist");
    assertThat(damage.get("required").isBoolean()).isTrue();
    assertThat(damage.get("order").isInt()).isTrue();
    assertThat(damage.get("values").get(0).get("key").asText()).isEqualTo("坑洞");
    JsonNode roadName = definition.get("attributes").get(1);
    assertThat(roadName.get("datatype").asText()).isEqualTo("string");
    assertThat(roadName.get("datatype_description").isNull()).isTrue();
    assertThat(roadName.has("values")).isFalse();
  }

  @Test
  void a_broader_category_has_a_definition_with_the_attributes_it_defines_though_it_is_not_listed() {
    JsonNode definition = open311.get("services/0301.json").json();

    assertThat(definition.get("attributes")).extracting(a -> a.get("code").asText())
        .containsExactly("occurred_at", "recurring");
    assertThat(open311.get("services/01.json").json().get("attributes").size()).isZero();
  }

  @Test
  void an_unknown_service_is_404_in_the_format_asked_for() {
    assertXmlError(open311.get("services/999999.xml"), 404, "service_code: no such service");
    assertJsonError(open311.get("services/999999.json"), 404, "service_code: no such service");
    assertJsonError(open311.get("services/%E5%99%AA.json"), 404, "service_code: no such service");
  }

  @Test
  void another_jurisdiction_is_404_and_none_is_the_one_served() {
    assertXmlError(open311.get("services.xml?jurisdiction_id=beijing.example"), 404,
        "jurisdiction_id: not served here; this endpoint serves nanjing.example");
    assertJsonError(open311.get("services/030101.json?jurisdiction_id=x"), 404, "jurisdiction_id");
    assertThat(open311.get("services.json").status()).isEqualTo(200);
  }

  @Test
  void the_discovery_document_names_the_specification_this_endpoints_url_and_both_formats() {
    Element root = open311.get("discovery.xml").xml().getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("discovery");
    assertThat(text(root, "changeset")).isEqualTo("2025-10-01T09:00:00+08:00");
    Element endpoint = children(children(root, "endpoints").get(0), "endpoint").get(0);
    assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(text(endpoint, "url")).isEqualTo("http://127.0.0.1:" + open311.server.port() + "/open311/v2");
    assertThat(children(children(endpoint, "formats").get(0), "format")).extracting(Element::getTextContent)
        .containsExactly("text/xml", "application/json");
    JsonNode json = open311.get("discovery.json").json();
    assertThat(json.get("endpoints").get(0).get("formats").get(1).asText()).isEqualTo("application/json");
  }
}
