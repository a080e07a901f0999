package org.hotline12345.benchmarks.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a {@link DispatchCatalogue} as a DMN 1.3 file (namespace {@value #DMN_NAMESPACE}), so
 * that every DMN engine (Camunda's, jDMN, and hotline-rules' DMN reader in its equivalence test)
 * reads the same table.
 *
 * <p>The file holds one decision {@value #DECISION_ID} with two input data, {@code category}
 * and {@code area} (type {@code string}), and a decision table with hit policy {@code FIRST}:
 * input expressions {@code category} and {@code area}, one output {@code lead} (type
 * {@code string}), and one rule per row, in row order, whose id is the row's id. Input entries
 * are standard unary tests: a quoted string such as {@code "C0101"} for an exact match and
 * {@code -} for any; output entries are quoted strings.
 *
 * <pre>{@code
 * <rule id="R00001">
 *   <description>exact</description>
 *   <inputEntry id="R00001_category"><text>"C0817"</text></inputEntry>
 *   <inputEntry id="R00001_area"><text>"320133"</text></inputEntry>
 *   <outputEntry id="R00001_lead"><text>"D071"</text></outputEntry>
 * </rule>
 * }</pre>
 */
public final class DmnCatalogueWriter {

  /** The DMN 1.3 model namespace. */
  public static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  /** The namespace of the generated model (the {@code definitions} element's). */
  public static final String MODEL_NAMESPACE = "https://hotline12345.org/dmn/dispatch-catalogue";

  /** The id and name of the decision, which is also the rule set id of the CSV form. */
  public static final String DECISION_ID = "dispatch";

  /** The name of the category input (input data, and the input expression). */
  public static final String CATEGORY = "category";

  /** The name of the area input (input data, and the input expression). */
  public static final String AREA = "area";

  /** The name of the output column. */
  public static final String LEAD = "lead";

  private DmnCatalogueWriter() {}

  /**
   * The catalogue as DMN 1.3 XML.
   *
   * @param catalogue the catalogue
   * @return the XML text, UTF-8 declared
   * @throws NullPointerException when catalogue is null
   */
  public static String toDmn(DispatchCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    StringBuilder xml = new StringBuilder(catalogue.size() * 400);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"").append(DMN_NAMESPACE).append("\" id=\"")
        .append(DECISION_ID).append("-catalogue\" name=\"dispatch catalogue\" namespace=\"")
        .append(MODEL_NAMESPACE).append("\">\n");
    inputData(xml, CATEGORY);
    inputData(xml, AREA);
    xml.append("  <decision id=\"").append(DECISION_ID).append("\" name=\"").append(DECISION_ID)
        .append("\">\n")
        .append("    <variable id=\"").append(DECISION_ID).append("_variable\" name=\"")
        .append(DECISION_ID).append("\" typeRef=\"string\"/>\n");
    requirement(xml, CATEGORY);
    requirement(xml, AREA);
    xml.append("    <decisionTable id=\"").append(DECISION_ID)
        .append("_table\" hitPolicy=\"FIRST\">\n");
    input(xml, CATEGORY);
    input(xml, AREA);
    xml.append("      <output id=\"output_").append(LEAD).append("\" name=\"").append(LEAD)
        .append("\" typeRef=\"string\"/>\n");
    for (CatalogueRow row : catalogue.rows()) {
      rule(xml, row);
    }
    xml.append("    </decisionTable>\n  </decision>\n</definitions>\n");
    return xml.toString();
  }

  /**
   * Writes the catalogue as a DMN 1.3 file, in UTF-8.
   *
   * @param catalogue the catalogue
   * @param file the file to write, replaced if it exists
   * @return the file
   * @throws IOException when the file cannot be written
   * @throws NullPointerException when an argument is null
   */
  public static Path write(DispatchCatalogue catalogue, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return Files.writeString(file, toDmn(catalogue), StandardCharsets.UTF_8);
  }

  private static void inputData(StringBuilder xml, String name) {
    xml.append("  <inputData id=\"").append(name).append("\" name=\"").append(name)
        .append("\">\n    <variable id=\"").append(name).append("_variable\" name=\"")
        .append(name).append("\" typeRef=\"string\"/>\n  </inputData>\n");
  }

  private static void requirement(StringBuilder xml, String name) {
    xml.append("    <informationRequirement id=\"").append(DECISION_ID).append("_requires_")
        .append(name).append("\">\n      <requiredInput href=\"#").append(name)
        .append("\"/>\n    </informationRequirement>\n");
  }

  private static void input(StringBuilder xml, String name) {
    xml.append("      <input id=\"input_").append(name).append("\" label=\"").append(name)
        .append("\">\n        <inputExpression id=\"input_").append(name)
        .append("_expression\" typeRef=\"string\">\n          <text>").append(name)
        .append("</text>\n        </inputExpression>\n      </input>\n");
  }

  private static void rule(StringBuilder xml, CatalogueRow row) {
    String id = escapeAttribute(row.id());
    xml.append("      <rule id=\"").append(id).append("\">\n")
        .append("        <description>").append(DispatchCatalogue.description(row))
        .append("</description>\n");
    entry(xml, "inputEntry", id + "_" + CATEGORY, quoted(row.category()));
    entry(xml, "inputEntry", id + "_" + AREA, row.area().map(a -> quoted(a)).orElse("-"));
    entry(xml, "outputEntry", id + "_" + LEAD, quoted(row.lead()));
    xml.append("      </rule>\n");
  }

  private static void entry(StringBuilder xml, String element, String id, String text) {
    xml.append("        <").append(element).append(" id=\"").append(id).append("\"><text>")
        .append(text).append("</text></").append(element).append(">\n");
  }

  /** A FEEL string literal, escaped for XML text. */
  private static String quoted(String value) {
    return escapeText("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }

  private static String escapeText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escapeAttribute(String text) {
    return escapeText(text).replace("\"", "&quot;");
  }
}
