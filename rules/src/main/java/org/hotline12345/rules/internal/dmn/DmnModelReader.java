package org.hotline12345.rules.internal.dmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.Texts;
import org.hotline12345.rules.internal.dmn.DmnModel.Definitions;
import org.hotline12345.rules.internal.dmn.DmnModel.Input;
import org.hotline12345.rules.internal.dmn.DmnModel.Output;
import org.hotline12345.rules.internal.dmn.DmnModel.Position;
import org.hotline12345.rules.internal.dmn.DmnModel.Rule;
import org.hotline12345.rules.internal.dmn.DmnModel.Table;
import org.hotline12345.rules.internal.dmn.DmnModel.Text;

/**
 * Reads the structure of a DMN file's decision tables from its XML tree, strictly: every element
 * inside a decision table must be one DMN puts there, every entry must have its text, every rule
 * as many entries as the table has columns, and every expression language must be FEEL. The
 * texts are not interpreted here (see {@link Feel}).
 */
public final class DmnModelReader {

  /** The hit policies of DMN 1.1 to 1.5, as the hitPolicy attribute writes them. */
  public static final List<String> HIT_POLICIES = List.of("UNIQUE", "FIRST", "PRIORITY", "ANY",
      "COLLECT", "RULE ORDER", "OUTPUT ORDER");

  /** The aggregations of a COLLECT table, as the aggregation attribute writes them. */
  public static final List<String> AGGREGATIONS = List.of("SUM", "COUNT", "MIN", "MAX");

  private static final Set<String> DOCUMENTATION = Set.of("description", "extensionElements");

  /** An XML name without colon (xsd:NCName), as DMN's ids are. */
  private static final Pattern ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]*");

  private final String source;
  private final DmnVersion version;
  private final String ns;
  private final Optional<String> defaultLanguage;

  private DmnModelReader(String source, DmnVersion version, Optional<String> defaultLanguage) {
    this.source = source;
    this.version = version;
    this.ns = version.namespace();
    this.defaultLanguage = defaultLanguage;
  }

  /**
   * Reads the decision tables of a DMN file.
   *
   * @param root the file's root element
   * @param source the file's name for messages
   * @return the definitions
   * @throws FileFormatException naming the line and column of the element at fault
   */
  public static Definitions read(XmlElement root, String source) {
    if (!root.localName().equals("definitions")) {
      throw new FileFormatException(source, root.line(), root.column(), "not a DMN file: the"
          + " root element is <" + root.qualifiedName() + ">, not <definitions>");
    }
    DmnVersion version = DmnVersion.ofNamespace(root.namespace()).orElseThrow(() ->
        new FileFormatException(source, root.line(), root.column(), "not a DMN 1.1 to 1.5"
            + " file: <definitions> is in namespace " + Texts.quote(root.namespace())
            + "; DMN 1.3's is " + DmnVersion.DMN_1_3.namespace()));
    return new DmnModelReader(source, version, root.attribute("expressionLanguage"))
        .definitions(root);
  }

  private Definitions definitions(XmlElement root) {
    checkIds(root, new HashMap<>());
    List<Table> tables = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (XmlElement child : root.children()) {
      if (!child.is(ns, "decision")) {
        continue;
      }
      String id = child.attribute("id").filter(s -> !s.isBlank()).orElseThrow(() ->
          error(child, "a decision needs an id: it is the rule set id of its table"));
      Optional<XmlElement> table = child.children().stream()
          .filter(c -> c.is(ns, "decisionTable")).findFirst();
      if (table.isPresent()) {
        tables.add(table(child, id, table.get()));
      } else {
        others.add(id);
      }
    }
    return new Definitions(version, root.attribute("id"), root.attribute("name"),
        root.attribute(DmnVersion.HOTLINE, "version"), List.copyOf(tables), List.copyOf(others),
        Position.of(root));
  }

  private Table table(XmlElement decision, String id, XmlElement table) {
    String hitPolicy = table.attribute("hitPolicy").orElse("UNIQUE");
    if (!HIT_POLICIES.contains(hitPolicy)) {
      throw error(table, "hit policy " + Texts.quote(hitPolicy) + " is not one of DMN's "
          + String.join(", ", HIT_POLICIES));
    }
    Optional<String> aggregation = table.attribute("aggregation");
    if (aggregation.isPresent()) {
      if (!AGGREGATIONS.contains(aggregation.get())) {
        throw error(table, "aggregation " + Texts.quote(aggregation.get()) + " is not one of"
            + " DMN's " + String.join(", ", AGGREGATIONS));
      }
      if (!hitPolicy.equals("COLLECT")) {
        throw error(table, "aggregation " + aggregation.get() + " goes with hit policy COLLECT"
            + " only, not " + hitPolicy);
      }
    }
    List<Input> inputs = new ArrayList<>();
    List<Output> outputs = new ArrayList<>();
    List<XmlElement> rules = new ArrayList<>();
    for (XmlElement child : content(table, "input", "output", "annotation", "rule")) {
      switch (child.localName()) {
        case "input":
          inputs.add(input(child));
          break;
        case "output":
          outputs.add(output(child));
          break;
        case "rule":
          rules.add(child);
          break;
        default:
          break;
      }
    }
    if (outputs.isEmpty()) {
      throw error(table, "decision table " + Texts.quote(id) + " has no <output>");
    }
    List<Rule> read = new ArrayList<>();
    for (XmlElement rule : rules) {
      read.add(rule(rule, inputs.size(), outputs.size()));
    }
    Optional<String> variable = decision.children().stream()
        .filter(c -> c.is(ns, "variable")).findFirst().flatMap(v -> v.attribute("name"));
    return new Table(id, decision.attribute("name"), variable,
        decision.attribute(DmnVersion.HOTLINE, "version"),
        decision.attribute(DmnVersion.CAMUNDA, "versionTag"), hitPolicy, aggregation,
        List.copyOf(inputs), List.copyOf(outputs), List.copyOf(read), Position.of(table),
        Position.of(decision));
  }

  private Input input(XmlElement input) {
    List<XmlElement> content = content(input, "inputExpression", "inputValues");
    List<XmlElement> expressions = named(content, "inputExpression");
    if (expressions.size() != 1) {
      throw error(input, expressions.isEmpty() ? "an <input> needs an <inputExpression> naming"
          + " the input's variable" : "an <input> has one <inputExpression>, this one "
          + expressions.size());
    }
    XmlElement expression = expressions.get(0);
    return new Input(input.attribute("label"), text(expression), typeRef(expression),
        input.attribute(DmnVersion.HOTLINE, "type"), optionalText(input, content, "inputValues"),
        Position.of(input));
  }

  private Output output(XmlElement output) {
    List<XmlElement> content = content(output, "outputValues", "defaultOutputEntry");
    return new Output(output.attribute("name"), output.attribute("label"), typeRef(output),
        output.attribute(DmnVersion.HOTLINE, "type"),
        optionalText(output, content, "outputValues"),
        optionalText(output, content, "defaultOutputEntry"), Position.of(output));
  }

  private Rule rule(XmlElement rule, int inputCount, int outputCount) {
    String id = rule.attribute("id").filter(s -> !s.isBlank()).orElseThrow(() ->
        error(rule, "a <rule> needs an id: it is the row's id in explanations"));
    List<Text> inputs = new ArrayList<>();
    List<Text> outputs = new ArrayList<>();
    List<String> annotations = new ArrayList<>();
    for (XmlElement child : content(rule, "inputEntry", "outputEntry", "annotationEntry")) {
      switch (child.localName()) {
        case "inputEntry":
          inputs.add(text(child));
          break;
        case "outputEntry":
          outputs.add(text(child));
          break;
        default:
          annotations.add(text(child).text());
          break;
      }
    }
    if (inputs.size() != inputCount || outputs.size() != outputCount) {
      throw error(rule, "rule " + Texts.quote(id) + " has " + inputs.size() + " input entries"
          + " and " + outputs.size() + " output entries, but the table has " + inputCount
          + " inputs and " + outputCount + " outputs");
    }
    String description = rule.children().stream().filter(c -> c.is(ns, "description"))
        .findFirst().map(XmlElement::text)
        .orElse(String.join("; ", annotations.stream().filter(a -> !a.isBlank()).toList()));
    return new Rule(id, description, rule.attribute(DmnVersion.HOTLINE, "from"),
        rule.attribute(DmnVersion.HOTLINE, "to"), List.copyOf(inputs), List.copyOf(outputs),
        Position.of(rule));
  }

  /** Every DMN element's id is an XML name, unique in the file (the schema's xsd:ID). */
  private void checkIds(XmlElement element, Map<String, XmlElement> seen) {
    Optional<String> id = element.namespace().equals(ns) ? element.attribute("id")
        : Optional.empty();
    if (id.isPresent()) {
      if (!ID.matcher(id.get()).matches()) {
        throw error(element, "id " + Texts.quote(id.get()) + " is not an XML name: a letter or"
            + " _ first, then letters, digits, . - _");
      }
      XmlElement before = seen.putIfAbsent(id.get(), element);
      if (before != null) {
        throw error(element, "id " + Texts.quote(id.get()) + " is used twice, first by <"
            + before.localName() + "> at line " + before.line() + "; DMN ids are unique in a"
            + " file");
      }
    }
    for (XmlElement child : element.children()) {
      checkIds(child, seen);
    }
  }

  /**
   * The children of an element but its description and extension elements, refusing any that
   * DMN does not put there.
   */
  private List<XmlElement> content(XmlElement parent, String... allowed) {
    List<String> names = List.of(allowed);
    List<XmlElement> content = new ArrayList<>();
    for (XmlElement child : parent.children()) {
      if (child.namespace().equals(ns) && DOCUMENTATION.contains(child.localName())) {
        continue;
      }
      if (!child.namespace().equals(ns) || !names.contains(child.localName())) {
        throw error(child, "<" + child.qualifiedName() + "> is not read inside <"
            + parent.localName() + ">" + (child.namespace().equals(ns) ? "" : " (namespace "
            + Texts.quote(child.namespace()) + "; extensions belong in <extensionElements>)")
            + "; expected " + String.join(", ", names));
      }
      content.add(child);
    }
    return content;
  }

  private static List<XmlElement> named(List<XmlElement> elements, String name) {
    return elements.stream().filter(e -> e.localName().equals(name)).toList();
  }

  private Optional<Text> optionalText(XmlElement parent, List<XmlElement> content, String name) {
    List<XmlElement> found = named(content, name);
    if (found.size() > 1) {
      throw error(found.get(1), "<" + parent.localName() + "> has one <" + name + ">, this one "
          + found.size());
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(found.get(0)));
  }

  /** The text of an element holding a {@code <text>}: an entry, an expression, values. */
  private Text text(XmlElement holder) {
    content(holder, "text");
    language(holder);
    List<XmlElement> texts = holder.children().stream().filter(c -> c.is(ns, "text")).toList();
    if (texts.size() != 1) {
      throw error(holder, "<" + holder.localName() + "> needs exactly one <text>, has "
          + texts.size());
    }
    XmlElement text = texts.get(0);
    if (!text.children().isEmpty()) {
      throw error(text.children().get(0), "<text> holds text only, not <"
          + text.children().get(0).qualifiedName() + ">");
    }
    return new Text(text.text(), Position.of(holder));
  }

  private void language(XmlElement element) {
    Optional<String> own = element.attribute("expressionLanguage");
    Optional<String> language = own.or(() -> defaultLanguage);
    if (language.isPresent() && !DmnVersion.isFeel(language.get())) {
      throw error(element, "expression language " + Texts.quote(language.get())
          + (own.isPresent() ? "" : " (the default of <definitions>)") + " is not FEEL; only"
          + " FEEL unary tests and literals are read");
    }
  }

  private Optional<String> typeRef(XmlElement element) {
    Optional<String> typeRef = element.attribute("typeRef").map(String::strip)
        .filter(t -> !t.isEmpty());
    if (typeRef.isEmpty()) {
      return typeRef;
    }
    String type = typeRef.get();
    int colon = type.indexOf(':');
    if (colon < 0) {
      return typeRef;
    }
    String prefix = type.substring(0, colon);
    Optional<String> uri = element.namespaceOf(prefix);
    if (uri.isEmpty() || !DmnVersion.isTypeNamespace(uri.get())) {
      throw error(element, "typeRef " + Texts.quote(type) + " names a type outside FEEL's"
          + " built-in types" + uri.map(u -> " (namespace " + Texts.quote(u) + ")").orElse(""));
    }
    return Optional.of(type.substring(colon + 1));
  }

  private FileFormatException error(XmlElement element, String reason) {
    return new FileFormatException(source, element.line(), element.column(), reason);
  }
}
