package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Validation constraints on the appeal's getters really fire under Hibernate
 * Validator, and name every violation by its property.
 */
class AppealValidationTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static Appeal.Builder complete() {
    return Appeal.builder()
        .channel(Channel.WECHAT)
        .type(AppealType.HELP)
        .content("小区停水三天")
        .location(Location.builder().area(new Area("320106", "鼓楼区")).build())
        .citizen(Citizen.builder().name("王五").phone("025-83601234").build())
        .receivedAt(Instant.parse("2024-03-11T01:00:00Z"));
  }

  private static Set<String> violations(Object value) {
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    return found.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet());
  }

  @Test
  void a_complete_appeal_has_no_violation() {
    assertThat(violations(complete().build())).isEmpty();
    assertThat(AppealCheck.jakarta(VALIDATOR).violations(complete().build())).isEmpty();
  }

  @Test
  void every_missing_element_is_named_at_once() {
    Appeal incomplete = complete()
        .content("")
        .location(Location.builder().build())
        .citizen(Citizen.builder().phone("12").idNumber("11010519491231002Y").build())
        .enterprise(Enterprise.builder().name(" ").creditCode("not-a-code").build())
        .externalId("")
        .build();
    assertThat(violations(incomplete)).containsExactlyInAnyOrder(
        "content: must not be blank",
        "location.located: a location needs an address, an area or coordinates",
        "citizen.phone: must be a phone number of 5 to 25 digits",
        "citizen.idNumber: must be 17 digits and a check digit or X",
        "enterprise.name: must not be blank",
        "enterprise.creditCode: must be an 18-character unified social credit code",
        "externalId: size must be between 1 and 128");
  }

  @Test
  void a_named_citizen_needs_a_phone_and_an_id_needs_its_check_digit() {
    assertThat(violations(Citizen.builder().name("赵六").build()))
        .containsExactly("reachable: a citizen who is not anonymous needs a phone number");
    assertThat(violations(Citizen.builder().phone("13800000000").idNumber("110105194912310021").build()))
        .containsExactly("idNumberChecked: the ID number's check digit is wrong");
    assertThat(violations(Citizen.anonymous())).isEmpty();
  }

  @Test
  void the_builder_names_every_missing_required_attribute() {
    assertThatThrownBy(() -> Appeal.builder().channel(Channel.PHONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type").hasMessageContaining("content").hasMessageContaining("location")
        .hasMessageContaining("citizen").hasMessageContaining("receivedAt");
  }

  @Test
  void coordinates_out_of_range_are_refused() {
    assertThatThrownBy(() -> new Coordinates(91, 0)).hasMessage("latitude must be between -90 and 90");
    assertThatThrownBy(() -> new Coordinates(0, Double.NaN)).hasMessage("longitude must be between -180 and 180");
  }
}
