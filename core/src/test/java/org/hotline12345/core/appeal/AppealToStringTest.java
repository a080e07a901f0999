package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline12345.core.appeal.AppealValidationTest.complete;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hotline12345.core.internal.Texts;
import org.junit.jupiter.api.Test;

/**
 * The {@code toString} of an appeal and of its parts shows no personal data (name, phone, ID
 * number, address, content, an enterprise's name) and keeps text from outside (external id,
 * area, media type) on one escaped line.
 */
class AppealToStringTest {

  /** The personal data of an appeal. */
  record Personal(String name, String phone, String idNumber, String address, String content,
      String enterpriseName, String creditCode) {

    Appeal on(Appeal.Builder appeal) {
      return appeal
          .citizen(Citizen.builder().name(name).phone(phone).idNumber(idNumber).confidential(true).build())
          .location(Location.builder().address(address).area(new Area("320106001", "湖南路街道")).build())
          .content(content)
          .enterprise(Enterprise.builder().name(enterpriseName).creditCode(creditCode).build())
          .putAttributes("contact", content)
          .build();
    }
  }

  /** Chinese text of a given length, from characters no fixed part of a toString holds. */
  private static Arbitrary<String> chinese(int min, int max) {
    return Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(min).ofMaxLength(max)
        .filter(t -> t.chars().noneMatch(c -> "湖南路街道".indexOf(c) >= 0));
  }

  @Provide
  Arbitrary<Personal> personal() {
    return Combinators.combine(chinese(2, 6), Citizens.phones(), Citizens.idNumbers(), chinese(4, 40),
            chinese(4, 200), chinese(2, 30),
            Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(18))
        .as(Personal::new);
  }

  @Property
  void the_text_of_an_appeal_holds_none_of_its_personal_data(@ForAll("personal") Personal data) {
    Appeal appeal = data.on(complete().externalId("wx-1"));
    String text = appeal.toString() + appeal.getCitizen() + appeal.getLocation()
        + appeal.getEnterprise().orElseThrow() + appeal.maskedForHandler();
    assertThat(text).doesNotContain(data.name(), data.phone(), Masks.asciiDigits(data.phone()), data.idNumber(),
        data.address(), data.content(), data.enterpriseName(), data.creditCode());
  }

  /** Stronger: what the text shows does not depend on the personal data at all, only on what is given. */
  @Property
  void the_text_of_an_appeal_is_the_same_whoever_wrote_it(@ForAll("personal") Personal one, @ForAll("personal") Personal other) {
    Personal sameLength = new Personal(other.name(), other.phone(), other.idNumber(), other.address(),
        other.content().repeat(one.content().length()).substring(0, one.content().length()),
        other.enterpriseName(), other.creditCode());
    assertThat(one.on(complete()).toString()).isEqualTo(sameLength.on(complete()).toString());
  }

  @Provide
  Arbitrary<String> fromOutside() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(64).filter(Texts::isWellFormed)
        .filter(t -> !Texts.isBlank(t));
  }

  @Provide
  Arbitrary<String> areaCodes() {
    return Arbitraries.strings().withChars("0123456789ABCDEFGHJKabc.:_-区街道").ofMinLength(1).ofMaxLength(64);
  }

  @Property
  void text_from_outside_stays_on_one_escaped_line(@ForAll("fromOutside") String externalId,
      @ForAll("areaCodes") String areaCode, @ForAll("fromOutside") String areaName,
      @ForAll("fromOutside") String mediaType) {
    Area area = new Area(areaCode, areaName);
    Appeal appeal = complete().externalId(externalId)
        .location(Location.builder().area(area).build())
        .addAttachments(new AttachmentRef("s3://b/1", mediaType))
        .build();
    for (String text : new String[] {appeal.toString(), area.toString(), appeal.getAttachments().get(0).toString()}) {
      assertThat(text.codePoints().filter(cp -> cp != ' ').noneMatch(Texts::isInvisible)).as(text).isTrue();
      assertThat(Texts.isWellFormed(text)).isTrue();
    }
  }

  @Test
  void a_forged_log_line_in_an_external_id_is_escaped() {
    Appeal appeal = complete().externalId("wx-1\n2024-03-11 INFO case closed by admin").build();
    assertThat(appeal.toString()).contains(", external id wx-1\\n2024-03-11 INFO case closed by admin,")
        .doesNotContain("\n");
  }

  @Test
  void a_sole_traders_enterprise_shows_no_name() {
    Enterprise shop = Enterprise.builder().name("张三小吃店").creditCode("92320106MA1MXXXX0X").build();
    assertThat(shop).hasToString("Enterprise[credit code ***]");
    assertThat(Enterprise.builder().name("张三小吃店").build()).hasToString("Enterprise[no credit code]");
  }

  @Test
  void the_appeal_shows_its_kind_and_shape_only() {
    Appeal appeal = complete().externalId("wx-1").content("小区停水三天，联系13812345678")
        .attachments(java.util.List.of(new AttachmentRef("s3://b/张三身份证.jpg", "image/jpeg")))
        .build();
    assertThat(appeal).hasToString("Appeal[HELP via WECHAT, received 2024-03-11T01:00:00Z, NORMAL, external id wx-1,"
        + " Citizen[named, phone ***], Location[鼓楼区], 20 characters, 1 attachment(s)]");
    assertThat(appeal.getAttachments().get(0)).hasToString("AttachmentRef[image/jpeg]");
    assertThat(appeal.getLocation().getArea().map(Area::toString)).isEqualTo(Optional.of("Area[320106 鼓楼区]"));
  }
}
