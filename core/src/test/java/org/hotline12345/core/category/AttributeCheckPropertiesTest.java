package org.hotline12345.core.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hotline12345.core.internal.Texts;

/**
 * Properties of {@link CategoryTaxonomy#checkAttributes}: values generated to satisfy the
 * attributes of a category pass, and taking required values away names exactly those. The
 * category inherits from a parent whose attributes may share codes with its own, so the
 * values follow the nearest definitions.
 */
class AttributeCheckPropertiesTest {

  private static final CategoryCode PARENT = CategoryCode.of("P");
  private static final CategoryCode CHILD = CategoryCode.of("C");
  private static final List<String> ALLOWED =
      List.of("施工", "商铺", "娱乐场所", "其他", "Wall", "Fence", "Utility Box", "是", "否");

  /**
   * A taxonomy, the child's attributes as the test expects them (its own, plus its parent's
   * whose codes it does not redefine), values that satisfy those, and values to take away.
   */
  record Scenario(CategoryTaxonomy taxonomy, List<AttributeDefinition> attributes,
      Map<String, String> values, Set<String> removed, boolean blankInstead) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(definitions(), definitions()).flatAs((parent, child) -> {
      CategoryTaxonomy taxonomy = taxonomy(parent, child);
      List<AttributeDefinition> attributes = nearestWins(parent, child);
      Set<String> required = attributes.stream().filter(AttributeDefinition::isRequired)
          .map(AttributeDefinition::getCode).collect(Collectors.toSet());
      return Combinators.combine(validValues(attributes),
              Arbitraries.subsetOf(required), Arbitraries.of(true, false))
          .as((values, removed, blank) ->
              new Scenario(taxonomy, attributes, values, removed, blank));
    });
  }

  /** The model of inheritance: the child's definitions, then the parent's it does not redefine. */
  private static List<AttributeDefinition> nearestWins(List<AttributeDefinition> parent,
      List<AttributeDefinition> child) {
    Set<String> own = child.stream().map(AttributeDefinition::getCode).collect(Collectors.toSet());
    List<AttributeDefinition> attributes = new ArrayList<>(child);
    parent.stream().filter(attribute -> !own.contains(attribute.getCode()))
        .forEach(attributes::add);
    attributes.sort(Comparator.comparingInt(AttributeDefinition::getOrder)
        .thenComparing(AttributeDefinition::getCode));
    return attributes;
  }

  private static CategoryTaxonomy taxonomy(List<AttributeDefinition> parent,
      List<AttributeDefinition> child) {
    return CategoryTaxonomy.of(
        Category.builder().code(PARENT).name("上级分类").attributes(parent).build(),
        Category.builder().code(CHILD).name("下级分类").parent(PARENT).attributes(child).build());
  }

  private static Arbitrary<List<AttributeDefinition>> definitions() {
    return definition().list().ofMaxSize(6).uniqueElements(AttributeDefinition::getCode);
  }

  private static Arbitrary<AttributeDefinition> definition() {
    Arbitrary<String> codes = Arbitraries.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
    Arbitrary<List<String>> allowed =
        Arbitraries.of(ALLOWED).list().uniqueElements().ofMinSize(1).ofMaxSize(5);
    return Combinators.combine(codes, Arbitraries.of(AttributeType.class),
            Arbitraries.of(true, false), allowed, Arbitraries.integers().between(0, 9))
        .as((code, type, required, values, order) -> AttributeDefinition.builder()
            .code(code).type(type).required(required).description("说明")
            .values(type.isList() ? values : List.of()).order(order).build());
  }

  private static Arbitrary<Map<String, String>> validValues(List<AttributeDefinition> attributes) {
    if (attributes.isEmpty()) {
      return Arbitraries.just(Map.of());
    }
    List<Arbitrary<Optional<String>>> each = new ArrayList<>();
    for (AttributeDefinition attribute : attributes) {
      Arbitrary<String> value = validValue(attribute);
      each.add(attribute.isRequired()
          ? value.map(Optional::of)
          : Arbitraries.oneOf(value.map(Optional::of), Arbitraries.just(Optional.empty())));
    }
    return Combinators.combine(each).as(chosen -> {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < attributes.size(); i++) {
        String code = attributes.get(i).getCode();
        chosen.get(i).ifPresent(value -> values.put(code, value));
      }
      return values;
    });
  }

  private static Arbitrary<String> validValue(AttributeDefinition attribute) {
    return switch (attribute.getType()) {
      case STRING, TEXT -> Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
          .filter(text -> !Texts.isBlank(text));
      case NUMBER -> Arbitraries.oneOf(
          Arbitraries.integers().map(String::valueOf),
          Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1_000_000),
              BigDecimal.valueOf(1_000_000)).ofScale(3).map(BigDecimal::toPlainString));
      case DATETIME -> Combinators.combine(
              Arbitraries.longs().between(0, 4_102_444_800L),
              Arbitraries.integers().between(-12, 14),
              Arbitraries.integers().between(0, 3))
          .as((seconds, offset, form) -> {
            OffsetDateTime time = Instant.ofEpochSecond(seconds)
                .atOffset(ZoneOffset.ofHours(offset));
            return switch (form) {
              case 0 -> time.toLocalDate().toString();
              case 1 -> LocalDateTime.from(time).toString();
              case 2 -> time.toString();
              default -> Instant.ofEpochSecond(seconds).toString();
            };
          });
      case SINGLE_VALUE_LIST -> Arbitraries.of(attribute.getValues())
          .flatMap(value -> Arbitraries.of(value, " " + value + " "));
      case MULTI_VALUE_LIST -> Arbitraries.subsetOf(attribute.getValues()).ofMinSize(1)
          .flatMap(chosen -> Arbitraries.of(",", ", ").map(comma -> String.join(comma, chosen)));
    };
  }

  @Property
  void values_that_satisfy_the_definitions_pass(@ForAll("scenarios") Scenario scenario) {
    assertThat(scenario.taxonomy().attributesOf(CHILD)).isEqualTo(scenario.attributes());
    assertThat(scenario.taxonomy().checkAttributes(CHILD, scenario.values())).isEmpty();
    Statistics.label("child redefines an inherited code")
        .collect(redefines(scenario.taxonomy()))
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
  }

  private static boolean redefines(CategoryTaxonomy taxonomy) {
    Set<String> inherited = taxonomy.require(PARENT).getAttributes().stream()
        .map(AttributeDefinition::getCode).collect(Collectors.toSet());
    return taxonomy.require(CHILD).getAttributes().stream()
        .anyMatch(attribute -> inherited.contains(attribute.getCode()));
  }

  @Property
  void taking_required_values_away_names_exactly_those_attributes(
      @ForAll("scenarios") Scenario scenario) {
    Map<String, String> values = new LinkedHashMap<>(scenario.values());
    for (String code : scenario.removed()) {
      if (scenario.blankInstead()) {
        values.put(code, " ");
      } else {
        values.remove(code);
      }
    }
    List<AttributeViolation> expected = scenario.attributes().stream()
        .filter(attribute -> scenario.removed().contains(attribute.getCode()))
        .map(attribute -> new AttributeViolation(attribute.getCode(), AttributeRules.REQUIRED))
        .toList();
    assertThat(scenario.taxonomy().checkAttributes(CHILD, values)).isEqualTo(expected);
    Statistics.label("required values taken away")
        .collect(scenario.removed().isEmpty() ? "none" : "some")
        .coverage(coverage -> coverage.check("some").percentage(p -> p > 25));
  }

  @Property
  void values_for_attributes_the_category_does_not_define_are_each_named(
      @ForAll("scenarios") Scenario scenario,
      @ForAll("undefinedCodes") Set<String> undefined) {
    Map<String, String> values = new LinkedHashMap<>(scenario.values());
    undefined.forEach(code -> values.put(code, "1"));
    List<AttributeViolation> violations =
        scenario.taxonomy().checkAttributes(CHILD, values);
    assertThat(violations).extracting(AttributeViolation::attribute)
        .containsExactlyElementsOf(undefined.stream().sorted().toList());
    assertThat(violations).allSatisfy(violation ->
        assertThat(violation.rule()).isEqualTo("is not defined for category C"));
  }

  @Provide
  Arbitrary<Set<String>> undefinedCodes() {
    return Arbitraries.subsetOf("x0", "x1", "x2", "caller_phone", "Z-9");
  }
}
