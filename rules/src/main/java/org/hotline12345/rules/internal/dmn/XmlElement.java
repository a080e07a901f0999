package org.hotline12345.rules.internal.dmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of an XML file as {@link XmlTreeReader} read it: its name, attributes, child
 * elements, text, and the line and column of its {@code <}. Built once by the reader, then
 * read only.
 */
public final class XmlElement {

  private final String namespace;
  private final String localName;
  private final String prefix;
  private final Map<String, String> attributes;
  private final Map<String, String> declaredPrefixes;
  private final XmlElement parent;
  private final int line;
  private final int column;
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(String namespace, String localName, String prefix, Map<String, String> attributes,
      Map<String, String> declaredPrefixes, XmlElement parent, int line, int column) {
    this.namespace = namespace;
    this.localName = localName;
    this.prefix = prefix;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    this.declaredPrefixes = Map.copyOf(declaredPrefixes);
    this.parent = parent;
    this.line = line;
    this.column = column;
  }

  /** The key of an attribute in a namespace, as {@link #attributes()} holds it. */
  static String key(String namespace, String localName) {
    return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
  }

  void add(XmlElement child) {
    children.add(child);
  }

  void appendText(String chars) {
    text.append(chars);
  }

  /**
   * The namespace URI.
   *
   * @return the URI, empty for none
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The local name.
   *
   * @return the name without prefix
   */
  public String localName() {
    return localName;
  }

  /**
   * The name as written, with its prefix.
   *
   * @return for example {@code camunda:decision} or {@code rule}
   */
  public String qualifiedName() {
    return prefix.isEmpty() ? localName : prefix + ":" + localName;
  }

  /**
   * Whether the element has the given namespace and local name.
   *
   * @param ns the namespace URI
   * @param local the local name
   * @return true if both match
   */
  public boolean is(String ns, String local) {
    return namespace.equals(ns) && localName.equals(local);
  }

  /**
   * The attributes: without namespace by local name, else as {@code {uri}local}.
   *
   * @return the attributes, unmodifiable
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * An attribute without namespace.
   *
   * @param local the attribute's name
   * @return its value, if present
   */
  public Optional<String> attribute(String local) {
    return Optional.ofNullable(attributes.get(local));
  }

  /**
   * An attribute in a namespace.
   *
   * @param ns the namespace URI
   * @param local the attribute's local name
   * @return its value, if present
   */
  public Optional<String> attribute(String ns, String local) {
    return Optional.ofNullable(attributes.get(key(ns, local)));
  }

  /**
   * The namespace URI a prefix stands for here.
   *
   * @param name the prefix, empty for the default namespace
   * @return the URI, if the prefix is bound
   */
  public Optional<String> namespaceOf(String name) {
    for (XmlElement at = this; at != null; at = at.parent) {
      String uri = at.declaredPrefixes.get(name);
      if (uri != null) {
        return uri.isEmpty() ? Optional.empty() : Optional.of(uri);
      }
    }
    return Optional.empty();
  }

  /**
   * The child elements, in document order.
   *
   * @return the children, unmodifiable
   */
  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /**
   * The text directly inside the element (not inside its children), entities and CDATA
   * resolved.
   *
   * @return the text, as written
   */
  public String text() {
    return text.toString();
  }

  /**
   * The 1-based line of the element's {@code <}.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the element's {@code <}, in Unicode characters.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The name and position, for debugging.
   *
   * @return for example {@code <rule> at 12:7}
   */
  @Override
  public String toString() {
    return "<" + qualifiedName() + "> at " + line + ":" + column;
  }
}
