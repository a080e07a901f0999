package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Jakarta Validation constraints on the appeal's getters really fire under Hibernate
 * Validator, and name every violation by its property and rule. "Today" is 11 March 2024 in
 * Beijing, by the validator's clock.
 */
class AppealValidationTest {

  static final Instant NOW = Instant.parse("2024-03-11T01:00:00Z");
  static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .clockProvider(() -> Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")))
      .buildValidatorFactory().getValidator();

  static Appeal.Builder complete() {
    return Appeal.builder()
        .channel(Channel.WECHAT)
        .type(AppealType.HELP)
        .content("小区停水三天")
        .location(Location.builder().area(new Area("320106", "鼓楼区")).build())
        .citizen(Citizen.builder().name("王五").phone("025-83601234").build())
        .receivedAt(NOW);
  }

  static Set<String> violations(Object value) {
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    return found.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet());
  }

  private static Set<String> idViolations(String idNumber) {
    return violations(Citizen.builder().phone("13800000000").idNumber(idNumber).build());
  }

  private static Set<String> phoneViolations(String phone) {
    return violations(Citizen.builder().phone(phone).build());
  }

  @Test
  void a_complete_appeal_has_no_violation() {
    assertThat(violations(complete().build())).isEmpty();
    assertThat(AppealCheck.jakarta(VALIDATOR).violations(complete().build())).isEmpty();
  }

  @Test
  void every_missing_element_is_named_at_once() {
    Appeal incomplete = complete()
        .content("\u200B\u00A0 \u3000\u202E")
        .location(Location.builder().address("\uFEFF").build())
        .citizen(Citizen.builder().name("\u200D").phone("1*****").idNumber("11010519491231002Y").build())
        .enterprise(Enterprise.builder().name("\u2060").creditCode("not-a-code").build())
        .externalId("\t")
        .build();
    assertThat(AppealCheck.jakarta(VALIDATOR).violations(incomplete)).containsExactly(
        "citizen.idNumber: must be 17 digits and a check digit or X",
        "citizen.name: must not be blank",
        "citizen.phone: must be a phone number: 5 to 20 digits, with optional spaces, hyphens, parentheses"
            + " and one leading +",
        "content: must not be blank",
        "enterprise.creditCode: must be an 18-character unified social credit code",
        "enterprise.name: must not be blank",
        "externalId: must not be blank",
        "location.address: must not be blank",
        "location.located: a location needs an address, an area or coordinates");
  }

  @Test
  void a_named_citizen_needs_a_phone_that_is_not_blank() {
    assertThat(violations(Citizen.builder().name("赵六").build()))
        .containsExactly("reachable: a citizen who is not anonymous needs a phone number");
    assertThat(violations(Citizen.builder().name("赵六").phone("\u200B").build()))
        .contains("reachable: a citizen who is not anonymous needs a phone number");
    assertThat(violations(Citizen.anonymous())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "025-83601234", "(025) 8360 1234", "+86 138 1234 5678", "12345",
      "+1 (213) 555-0100", "83601234", "12345678901234567890"})
  void phone_numbers_as_citizens_write_them_pass(String phone) {
    assertThat(phoneViolations(phone)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1*****", "1234", "138-1234-5678 ext 9", "++8613812345678", "138+12345678",
      "123456789012345678901", "１３８１２３４５６７８", "138.1234.5678", "tel:13812345678"})
  void anything_else_is_not_a_phone_number(String phone) {
    assertThat(phoneViolations(phone)).containsExactly("phone: must be a phone number: 5 to 20 digits, with"
        + " optional spaces, hyphens, parentheses and one leading +");
  }

  @Test
  void a_valid_id_number_passes() {
    // 110105 Chaoyang, Beijing; born 1949-12-31; sequence 002; check X
    assertThat(idViolations("11010519491231002X")).isEmpty();
    // 440304 Futian, Shenzhen; born 29 February of the leap year 1988
    assertThat(idViolations("440304198802290012")).isEmpty();
    // born today, by the validator's clock
    assertThat(idViolations("320106202403110014")).isEmpty();
  }

  @Test
  void an_id_number_of_a_region_that_is_not_a_province_is_refused() {
    // 90 is no province-level code; the check digit 7 is right for the rest
    assertThat(idViolations("900105194912310027"))
        .containsExactly("idNumberRegionKnown: the ID number's first two digits are not a province-level region code");
  }

  @Test
  void an_id_number_born_on_a_day_that_does_not_exist_is_refused() {
    String notReal = "idNumberBirthDateReal: the ID number's birth date (characters 7 to 14) is not a real date"
        + " from 1900-01-01";
    assertThat(idViolations("110105199902300015")).as("30 February 1999").containsExactly(notReal);
    assertThat(idViolations("44030419890229001X")).as("29 February of 1989, not a leap year").containsExactly(notReal);
    assertThat(idViolations("110105189912310015")).as("born in 1899").containsExactly(notReal);
  }

  @Test
  void an_id_number_born_after_today_is_refused() {
    assertThat(idViolations("32010620240312001X")).as("tomorrow")
        .containsExactly("idNumberBirthDate: the ID number's birth date must not be after today");
    assertThat(idViolations("110105209901010012")).as("2099")
        .containsExactly("idNumberBirthDate: the ID number's birth date must not be after today");
  }

  @Test
  void an_id_number_with_a_wrong_check_digit_is_refused() {
    assertThat(idViolations("110105194912310021"))
        .containsExactly("idNumberChecked: the ID number's check digit is wrong");
  }

  @Test
  void an_id_number_of_the_wrong_form_is_refused_by_its_form_alone() {
    assertThat(idViolations("11010519491231002x")).containsExactly("idNumber: must be 17 digits and a check digit or X");
    assertThat(idViolations("99999999999999")).containsExactly("idNumber: must be 17 digits and a check digit or X");
  }

  @Test
  void a_violation_path_from_outside_is_escaped() {
    Appeal appeal = complete().build();
    AppealCheck check = AppealCheck.jakarta(VALIDATOR);
    assertThat(check.violations(appeal)).isEmpty();
    Validator forged = validatorReporting("attributes[x\nINFO forged]", "forged\r");
    assertThat(AppealCheck.jakarta(forged).violations(appeal)).containsExactly("attributes[x\\nINFO forged]: forged\\r");
  }

  /** A validator that reports one violation with the given path and message. */
  private static Validator validatorReporting(String path, String message) {
    Path forgedPath = proxy(Path.class, (self, method, args) -> method.getName().equals("toString") ? path : null);
    ConstraintViolation<?> violation = proxy(ConstraintViolation.class, (self, method, args) -> switch (method.getName()) {
      case "getPropertyPath" -> forgedPath;
      case "getMessage" -> message;
      default -> null;
    });
    return proxy(Validator.class, (self, method, args) -> Set.of(violation));
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
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
