package org.hotline12345.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The benchmark's workload: a dispatch catalogue drawn the same way every time, appeals that
 * hit it all over, and its DMN and CSV files saying the same as its rows.
 */
class DispatchCatalogueTest {

  private static final DispatchCatalogue THOUSAND = DispatchCatalogue.generate(1_000);
  private static final DispatchCatalogue TEN_THOUSAND = DispatchCatalogue.generate(10_000);

  @Test
  void theSameSeedDrawsTheSameCatalogueRowForRow() {
    assertThat(DispatchCatalogue.generate(1_000).rows()).isEqualTo(THOUSAND.rows());
    assertThat(DispatchCatalogue.generate(1_000, DispatchCatalogue.SEED + 1).rows())
        .isNotEqualTo(THOUSAND.rows());
    assertThat(THOUSAND.inputs(64, 7)).isEqualTo(THOUSAND.inputs(64, 7));
  }

  @Test
  void exactRowsComeFirstThenOneFallbackPerCategoryInCategoryOrder() {
    for (DispatchCatalogue catalogue : List.of(THOUSAND, TEN_THOUSAND)) {
      List<CatalogueRow> rows = catalogue.rows();
      int exact = catalogue.size() - DispatchCatalogue.CATEGORIES;
      assertThat(rows.subList(0, exact)).allMatch(row -> row.area().isPresent());
      List<CatalogueRow> fallbacks = rows.subList(exact, rows.size());
      assertThat(fallbacks).allMatch(row -> row.area().isEmpty());
      assertThat(fallbacks.get(0).category()).isEqualTo("C0101");
      assertThat(fallbacks.get(9).category()).isEqualTo("C0110");
      assertThat(fallbacks.get(10).category()).isEqualTo("C0201");
      assertThat(fallbacks.get(199).category()).isEqualTo("C2010");
      assertThat(rows).extracting(CatalogueRow::id).doesNotHaveDuplicates();
      assertThat(rows.get(0).id()).isEqualTo("R00001");
      assertThat(rows).allMatch(row -> row.category().matches("C(0[1-9]|1[0-9]|20)(0[1-9]|10)")
          && row.area().orElse("320101").matches("3201(0[1-9]|[1-4][0-9]|50)")
          && row.lead().matches("D\\d{3}")
          && Integer.parseInt(row.lead().substring(1)) >= 1
          && Integer.parseInt(row.lead().substring(1)) <= DispatchCatalogue.DEPARTMENTS);
    }
    List<CatalogueRow> exact = TEN_THOUSAND.rows().subList(0, 9_800);
    assertThat(exact.stream().map(CatalogueRow::category).distinct().count()).isEqualTo(200);
    assertThat(exact.stream().map(row -> row.area().get()).distinct().count()).isEqualTo(50);
  }

  @Test
  void oneExactRowInAHundredIsALaterCorrectionThatNeverWins() {
    List<CatalogueRow> rows = TEN_THOUSAND.rows();
    Map<String, CatalogueRow> firstOfPair = new HashMap<>();
    List<CatalogueRow> corrections = new ArrayList<>();
    for (CatalogueRow row : rows.subList(0, 9_800)) {
      CatalogueRow earlier = firstOfPair.putIfAbsent(row.category() + "@" + row.area().get(), row);
      if (earlier != null) {
        corrections.add(row);
        assertThat(row.lead()).as("correction %s of %s", row.id(), earlier.id())
            .isNotEqualTo(earlier.lead());
        // The dispatcher's check: the appeal goes where the earlier row says.
        assertThat(TEN_THOUSAND.route(row.category(), row.area().get()))
            .isEqualTo(earlier.lead());
      }
    }
    assertThat(corrections).hasSize(98);
  }

  @Test
  void anAppealWhoseAreaNoRowNamesGoesToItsCategorysFallback() {
    RoutingInput appeal = THOUSAND.inputs(1_024, 7).stream()
        .filter(input -> input.drawnFor() == RoutingInput.Hit.FALLBACK).findFirst().orElseThrow();
    CatalogueRow fallback = THOUSAND.rows().stream()
        .filter(row -> row.category().equals(appeal.category()) && row.area().isEmpty())
        .findFirst().orElseThrow();
    assertThat(THOUSAND.rows()).noneMatch(row -> row.category().equals(appeal.category())
        && row.area().equals(Optional.of(appeal.area())));
    assertThat(THOUSAND.route(appeal.category(), appeal.area())).isEqualTo(fallback.lead());
  }

  @Test
  void appealsHitExactRowsAllOverTheTableFallbacksAndNothing() {
    for (DispatchCatalogue catalogue : List.of(THOUSAND, TEN_THOUSAND)) {
      List<RoutingInput> inputs = catalogue.inputs(1_024, 7);
      Map<RoutingInput.Hit, Long> kinds = inputs.stream()
          .collect(Collectors.groupingBy(RoutingInput::drawnFor, Collectors.counting()));
      assertThat(kinds.get(RoutingInput.Hit.EXACT)).isBetween(760L, 880L);
      assertThat(kinds.get(RoutingInput.Hit.FALLBACK)).isBetween(110L, 200L);
      assertThat(kinds.get(RoutingInput.Hit.NONE)).isBetween(30L, 80L);
      int exact = catalogue.size() - DispatchCatalogue.CATEGORIES;
      List<Integer> winners = new ArrayList<>();
      for (RoutingInput input : inputs) {
        int winner = firstMatch(catalogue, input);
        switch (input.drawnFor()) {
          case EXACT -> assertThat(winner).isLessThan(exact);
          case FALLBACK -> assertThat(winner).isGreaterThanOrEqualTo(exact);
          case NONE -> assertThat(winner).isEqualTo(-1);
          default -> throw new AssertionError(input.drawnFor());
        }
        if (input.drawnFor() == RoutingInput.Hit.EXACT) {
          winners.add(winner);
        }
      }
      assertThat(winners).anyMatch(w -> w < exact / 10).anyMatch(w -> w > exact * 9 / 10);
    }
  }

  private static int firstMatch(DispatchCatalogue catalogue, RoutingInput input) {
    List<CatalogueRow> rows = catalogue.rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).matches(input.category(), input.area())) {
        assertThat(catalogue.route(input.category(), input.area()))
            .isEqualTo(rows.get(i).lead());
        return i;
      }
    }
    assertThat(catalogue.route(input.category(), input.area())).isNull();
    return -1;
  }

  @Test
  void theDmnFileIsStandardDmn13WithOneFirstHitRulePerRowInRowOrder() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dmn = factory.newDocumentBuilder()
        .parse(new InputSource(new StringReader(THOUSAND.toDmn())));
    Element definitions = dmn.getDocumentElement();
    assertThat(definitions.getNamespaceURI())
        .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
    assertThat(definitions.getLocalName()).isEqualTo("definitions");
    Element table = (Element) dmn.getElementsByTagNameNS(DmnCatalogueWriter.DMN_NAMESPACE,
        "decisionTable").item(0);
    assertThat(table.getAttribute("hitPolicy")).isEqualTo("FIRST");
    NodeList rules = table.getElementsByTagNameNS(DmnCatalogueWriter.DMN_NAMESPACE, "rule");
    assertThat(rules.getLength()).isEqualTo(THOUSAND.size());
    List<CatalogueRow> read = new ArrayList<>();
    for (int i = 0; i < rules.getLength(); i++) {
      Element rule = (Element) rules.item(i);
      List<String> entries = texts(rule, "inputEntry");
      String area = entries.get(1);
      read.add(new CatalogueRow(rule.getAttribute("id"), unquote(entries.get(0)),
          area.equals("-") ? Optional.empty() : Optional.of(unquote(area)),
          unquote(texts(rule, "outputEntry").get(0))));
    }
    assertThat(read).isEqualTo(THOUSAND.rows());
    assertThat(texts((Element) rules.item(0), "inputEntry").get(0)).matches("\"C\\d{4}\"");
    assertThat(texts((Element) rules.item(THOUSAND.size() - 1), "inputEntry").get(1))
        .isEqualTo("-");
  }

  private static List<String> texts(Element rule, String element) {
    NodeList nodes = rule.getElementsByTagNameNS(DmnCatalogueWriter.DMN_NAMESPACE, element);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static String unquote(String literal) {
    assertThat(literal).startsWith("\"").endsWith("\"");
    return literal.substring(1, literal.length() - 1);
  }

  @Test
  void theCsvFileHasTheDirectivesTheHeaderAndOneLinePerRow() {
    List<String> lines = THOUSAND.toCsv().lines().collect(Collectors.toList());
    assertThat(lines.subList(0, 5)).containsExactly("# rule set: dispatch",
        "# version: generated-1000", "# hit policy: FIRST",
        "# name: 派单目录 dispatch catalogue (benchmark workload)",
        "id,description,from,to,category,area,=lead");
    assertThat(lines).hasSize(5 + 1_000);
    CatalogueRow first = THOUSAND.rows().get(0);
    assertThat(lines.get(5)).isEqualTo(first.id() + ",exact,,," + first.category() + ","
        + first.area().get() + "," + first.lead());
    CatalogueRow last = THOUSAND.rows().get(999);
    assertThat(lines.get(5 + 999)).isEqualTo(last.id() + ",fallback,,,C2010,," + last.lead());
  }

  @Test
  void aCatalogueTooSmallForItsFallbacksOrTooLargeIsRefused() {
    assertThatThrownBy(() -> DispatchCatalogue.generate(200))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size")
        .hasMessageContaining("200");
    assertThatThrownBy(() -> DispatchCatalogue.generate(DispatchCatalogue.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10300");
    assertThatThrownBy(() -> THOUSAND.inputs(-1, 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    assertThat(DispatchCatalogue.generate(DispatchCatalogue.MAX_SIZE).size()).isEqualTo(10_300);
  }
}
