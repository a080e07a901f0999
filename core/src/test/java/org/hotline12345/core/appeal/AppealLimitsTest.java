package org.hotline12345.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.core.appeal.AppealValidationTest.complete;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.hotline12345.core.internal.Texts;
import org.junit.jupiter.api.Test;

/**
 * What no stored appeal may hold is refused when the value is built, whatever check the host
 * uses: every text within its published maximum length and well-formed UTF-16, lists and maps
 * within their sizes. The refusal names the field and the rule, never the text.
 */
class AppealLimitsTest {

  /** A text field: its path in {@link AppealLimits#maxLengths()}, how a refusal names it, how to build with it. */
  record Field(String path, String named, Function<String, Object> buildWith) {
    @Override
    public String toString() {
      return path;
    }
  }

  static final List<Field> FIELDS = List.of(
      new Field("content", "invalid Appeal: content", t -> complete().content(t).build()),
      new Field("citizen.name", "invalid Citizen: name", t -> Citizen.builder().name(t).build()),
      new Field("citizen.phone", "invalid Citizen: phone", t -> Citizen.builder().phone(t).build()),
      new Field("citizen.idNumber", "invalid Citizen: idNumber", t -> Citizen.builder().idNumber(t).build()),
      new Field("location.address", "invalid Location: address", t -> Location.builder().address(t).build()),
      new Field("location.area.code", "invalid Area: code", t -> new Area(t, "鼓楼区")),
      new Field("location.area.name", "invalid Area: name", t -> new Area("320106", t)),
      new Field("enterprise.name", "invalid Enterprise: name", t -> Enterprise.builder().name(t).build()),
      new Field("enterprise.creditCode", "invalid Enterprise: creditCode",
          t -> Enterprise.builder().name("某公司").creditCode(t).build()),
      new Field("externalId", "invalid Appeal: externalId", t -> complete().externalId(t).build()),
      new Field("attachments.reference", "invalid AttachmentRef: reference", t -> new AttachmentRef(t, "image/jpeg")),
      new Field("attachments.mediaType", "invalid AttachmentRef: mediaType", t -> new AttachmentRef("s3://b/1", t)),
      new Field("attributes.key", "invalid Appeal: attributes key", t -> complete().putAttributes(t, "施工").build()),
      new Field("attributes.value", "invalid Appeal: attributes[noise_source]",
          t -> complete().putAttributes("noise_source", t).build()));

  private static String text(int length) {
    return "测".repeat(length);
  }

  @Test
  void every_published_maximum_is_the_one_the_builder_enforces() {
    assertThat(FIELDS.stream().map(Field::path)).containsExactlyElementsOf(AppealLimits.maxLengths().keySet());
    for (Field field : FIELDS) {
      int max = AppealLimits.maxLengths().get(field.path());
      assertThatCode(() -> field.buildWith().apply(text(max))).as(field.path()).doesNotThrowAnyException();
      assertThatThrownBy(() -> field.buildWith().apply(text(max + 1))).as(field.path())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(field.named() + " is longer than " + max + " characters (UTF-16 code units)");
    }
  }

  @Test
  void an_emoji_counts_two_as_a_form_counts_it() {
    assertThatCode(() -> new Area("320106", "😀".repeat(50))).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Area("320106", "😀".repeat(50) + "区"))
        .hasMessage("invalid Area: name is longer than 100 characters (UTF-16 code units)");
  }

  @Test
  void the_published_maxima_cannot_be_changed_by_a_host() {
    assertThatThrownBy(() -> AppealLimits.maxLengths().put("content", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_unpaired_surrogate_is_refused_in_every_text() {
    for (Field field : FIELDS) {
      assertThatThrownBy(() -> field.buildWith().apply("a\uD800"), field.path())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(field.named() + " " + Texts.ILL_FORMED);
    }
  }

  /**
   * The collision the probe found: two different external ids that a database turned into one.
   * Both are refused before they reach it.
   */
  @Test
  void two_external_ids_that_would_collide_as_question_marks_are_both_refused() {
    assertThatThrownBy(() -> complete().externalId("wx-\uD83D").build())
        .hasMessage("invalid Appeal: externalId " + Texts.ILL_FORMED);
    assertThatThrownBy(() -> complete().externalId("wx-\uDE00").build())
        .hasMessage("invalid Appeal: externalId " + Texts.ILL_FORMED);
    assertThat(complete().externalId("wx-😀").build().getExternalId()).contains("wx-😀");
  }

  @Provide
  Arbitrary<Field> fields() {
    return Arbitraries.of(FIELDS);
  }

  /** jqwik strings mix in lone surrogates; a well-formed text within its length is kept as given. */
  @Property
  void a_text_is_kept_exactly_when_well_formed(@ForAll("fields") Field field, @ForAll @StringLength(max = 17) String any) {
    String text = "a" + any;
    if (field.path().equals("location.area.code") && Texts.isWellFormed(text)) {
      // An area code is also a key the store indexes: letters, digits and . _ : - only.
      boolean key = text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || ".:_-".indexOf(c) >= 0);
      if (key) {
        assertThatCode(() -> field.buildWith().apply(text)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> field.buildWith().apply(text)).hasMessageStartingWith(field.named() + " must be");
      }
    } else if (Texts.isWellFormed(text)) {
      assertThatCode(() -> field.buildWith().apply(text)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> field.buildWith().apply(text)).hasMessage(field.named() + " " + Texts.ILL_FORMED);
    }
  }

  @Test
  void every_broken_rule_is_named_at_once_and_no_text_is_quoted() {
    assertThatThrownBy(() -> complete().content(text(20_001)).externalId("wx\uDC00")
        .putAttributes("\u200B", "夜间").putAttributes("noise_source", text(2_001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid Appeal: content is longer than 20000 characters (UTF-16 code units);"
            + " externalId " + Texts.ILL_FORMED + "; attributes key must not be blank;"
            + " attributes[noise_source] is longer than 2000 characters (UTF-16 code units)")
        .message().doesNotContain("测", "wx", "夜间");
  }

  @Test
  void attachments_and_attributes_are_bounded_in_number() {
    List<AttachmentRef> fifty = IntStream.range(0, 50).mapToObj(i -> new AttachmentRef("s3://b/" + i, "image/jpeg")).toList();
    Map<String, String> hundred = IntStream.range(0, 100).boxed().collect(Collectors.toMap(i -> "a" + i, i -> "v"));
    assertThat(complete().attachments(fifty).attributes(hundred).build().getAttachments()).hasSize(50);
    assertThatThrownBy(() -> complete().attachments(fifty).addAttachments(new AttachmentRef("s3://b/x", "image/png")).build())
        .hasMessage("invalid Appeal: attachments has more than 50 elements");
    assertThatThrownBy(() -> complete().attributes(hundred).putAttributes("one_more", "v").build())
        .hasMessage("invalid Appeal: attributes has more than 100 elements");
  }

  @Test
  void an_area_code_is_a_key_the_store_can_index() {
    assertThatCode(() -> new Area("320106", "鼓楼区")).doesNotThrowAnyException();
    assertThatCode(() -> new Area("CD-5", "Council District 5")).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Area("CD 5", "Council District 5"))
        .hasMessageStartingWith("invalid Area: code must be 1 to 64 characters: Unicode letters and digits");
    assertThatThrownBy(() -> new Area("32/01", "x")).hasMessageContaining("U+002F");
  }

  @Test
  void codes_names_and_references_of_invisible_characters_only_are_blank() {
    assertThatThrownBy(() -> new Area("\u3000", "\u200B\u200C"))
        .hasMessage("invalid Area: code must not be blank; name must not be blank");
    assertThatThrownBy(() -> new AttachmentRef("\uFEFF", "image/jpeg"))
        .hasMessage("invalid AttachmentRef: reference must not be blank");
    assertThatThrownBy(() -> new AttachmentRef(null, "image/jpeg"))
        .isInstanceOf(NullPointerException.class).hasMessage("reference");
  }
}
