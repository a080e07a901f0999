package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.appeal.AppealValidationTest.complete;

import org.junit.jupiter.api.Test;

/**
 * What a handler of a report (举报) or a confidential (保密) case sees of the citizen, worked
 * by hand as a clerk would check it.
 */
class MaskingTest {

  private static Citizen citizen(String name, String phone, String id) {
    return Citizen.builder().name(name).phone(phone).idNumber(id).confidential(true).build();
  }

  @Test
  void a_name_keeps_at_most_its_first_character() {
    assertThat(citizen("张", "13812345678", "11010519491231002X").masked().getName()).contains("*");
    assertThat(citizen("张三", "13812345678", "11010519491231002X").masked().getName()).contains("张*");
    assertThat(citizen("欧阳娜娜", "13812345678", "11010519491231002X").masked().getName()).contains("欧***");
    assertThat(citizen("𠀀𠀁", "13812345678", "11010519491231002X").masked().getName())
        .as("a character outside the basic plane is one character").contains("𠀀*");
  }

  @Test
  void a_phone_number_hides_at_least_half_its_digits_and_at_least_four() {
    assertThat(Masks.phone("13812345678")).isEqualTo("138******78");
    assertThat(Masks.phone("025-8360 1234")).isEqualTo("025******34");
    assertThat(Masks.phone("83601234")).isEqualTo("83****34");
    assertThat(Masks.phone("8360123")).isEqualTo("83****3");
    assertThat(Masks.phone("12345")).isEqualTo("1****");
    assertThat(Masks.phone("+86 138 1234 5678")).isEqualTo("+861*******678");
    assertThat(Masks.phone("1234")).isEqualTo("****");
  }

  @Test
  void an_id_number_shows_its_first_two_characters_and_its_last() {
    assertThat(Masks.code("11010519491231002X")).isEqualTo("11***************X");
    assertThat(Masks.code("91320100MA1MXXXX0X")).as("a credit code").isEqualTo("91***************X");
    assertThat(Masks.code("12345")).isEqualTo("1***5");
    assertThat(Masks.code("123")).isEqualTo("***");
  }

  @Test
  void a_masked_citizen_is_masked_again_to_itself() {
    Citizen masked = citizen("欧阳娜娜", "139 1234 5678", "11010519491231002X").masked();
    assertThat(masked.getPhone()).contains("139******78");
    assertThat(masked.getIdNumber()).contains("11***************X");
    assertThat(masked.masked()).isEqualTo(masked);
    assertThat(masked.isConfidential()).isTrue();
  }

  @Test
  void given_a_confidential_complaint_when_a_handler_sees_it_then_address_names_and_numbers_are_masked() {
    Appeal appeal = complete()
        .type(AppealType.COMPLAINT)
        .citizen(citizen("欧阳娜娜", "139 1234 5678", "11010519491231002X"))
        .location(Location.builder().address("鼓楼区湖南路88号3栋502室").area(new Area("320106", "鼓楼区"))
            .coordinates(new Coordinates(32.06, 118.78)).build())
        .enterprise(Enterprise.builder().name("南京娜娜小吃店").creditCode("92320106MA1MXXXX0X").build())
        .content("投诉人欧阳娜娜（南京娜娜小吃店），电话13912345678，身份证110105 19491231 002x，"
            + "住鼓楼区湖南路88号3栋502室，2024-09-30起噪音，已打12345，另一号码025-8360-1234")
        .putAttributes("contact", "请联系139-1234-5678")
        .build();

    Appeal seen = appeal.maskedForHandler();

    assertThat(seen.getContent()).isEqualTo("投诉人欧***（南******），电话***********，身份证****** ******** ****，"
        + "住***，2024-09-30起噪音，已打12345，另一号码***-****-****");
    assertThat(seen.getAttributes()).containsEntry("contact", "请联系***-****-****");
    assertThat(seen.getCitizen()).isEqualTo(appeal.getCitizen().masked());
    assertThat(seen.getLocation().getAddress()).contains("***");
    assertThat(seen.getLocation().getArea()).contains(new Area("320106", "鼓楼区"));
    assertThat(seen.getLocation().getCoordinates()).isEmpty();
    assertThat(seen.getEnterprise().orElseThrow().getName()).isEqualTo("南******");
    assertThat(seen.getEnterprise().orElseThrow().getCreditCode()).contains("92***************X");
    assertThat(seen.getReceivedAt()).isEqualTo(appeal.getReceivedAt());
    assertThat(seen.maskedForHandler()).isEqualTo(seen);
  }

  @Test
  void the_citizens_own_short_number_is_hidden_wherever_it_stands() {
    Appeal appeal = complete()
        .citizen(Citizen.builder().name("李四").phone("96333").build())
        .content("回电96333或9 6 3 3 3，不是3栋502室")
        .build();
    assertThat(appeal.maskedForHandler().getContent()).isEqualTo("回电*****或* * * * *，不是3栋502室");
  }

  @Test
  void a_report_or_a_confidential_citizen_is_sensitive() {
    assertThat(complete().type(AppealType.REPORT).build().isSensitive()).isTrue();
    assertThat(complete().citizen(Citizen.builder().phone("13800000000").confidential(true).build()).build()
        .isSensitive()).isTrue();
    assertThat(complete().type(AppealType.COMPLAINT).build().isSensitive()).isFalse();
  }
}
