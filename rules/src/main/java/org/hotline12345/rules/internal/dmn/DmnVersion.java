package org.hotline12345.rules.internal.dmn;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The versions of DMN whose files are read, by the namespace of their model elements. */
public enum DmnVersion {
  /** DMN 1.1 (2016), the version Camunda 7 first wrote. */
  DMN_1_1("1.1", "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
      "http://www.omg.org/spec/FEEL/20140401"),
  /** DMN 1.2 (2019). */
  DMN_1_2("1.2", "http://www.omg.org/spec/DMN/20180521/MODEL/",
      "http://www.omg.org/spec/DMN/20180521/FEEL/"),
  /** DMN 1.3 (2021), what Camunda 7.13 and later and Flowable write. */
  DMN_1_3("1.3", "https://www.omg.org/spec/DMN/20191111/MODEL/",
      "https://www.omg.org/spec/DMN/20191111/FEEL/"),
  /** DMN 1.4 (2023). */
  DMN_1_4("1.4", "https://www.omg.org/spec/DMN/20211108/MODEL/",
      "https://www.omg.org/spec/DMN/20211108/FEEL/"),
  /** DMN 1.5 (2024). */
  DMN_1_5("1.5", "https://www.omg.org/spec/DMN/20230324/MODEL/",
      "https://www.omg.org/spec/DMN/20230324/FEEL/");

  /** Camunda's extension namespace, where {@code versionTag} lives. */
  public static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  /**
   * The SDK's own extension namespace: {@code version} on {@code definitions} or
   * {@code decision}, {@code from} and {@code to} on {@code rule}, {@code type} on
   * {@code input} and {@code output}.
   */
  public static final String HOTLINE = "urn:hotline12345:dmn";

  private final String label;
  private final String namespace;
  private final String feel;

  DmnVersion(String label, String namespace, String feel) {
    this.label = label;
    this.namespace = namespace;
    this.feel = feel;
  }

  /**
   * The version as people write it.
   *
   * @return for example {@code 1.3}
   */
  public String label() {
    return label;
  }

  /**
   * The namespace of the version's model elements.
   *
   * @return the URI
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The version of a namespace.
   *
   * @param uri the namespace URI
   * @return the version, if the namespace is one of DMN 1.1 to 1.5's model
   */
  public static Optional<DmnVersion> ofNamespace(String uri) {
    for (DmnVersion version : values()) {
      if (version.namespace.equals(uri)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an expression language names FEEL: the FEEL URI of any version read, or the short
   * names {@code feel} and {@code feel-scala} engines accept (any case).
   *
   * @param language the expressionLanguage attribute's value
   * @return true if it is FEEL
   */
  public static boolean isFeel(String language) {
    String name = language.strip();
    if (Set.of("feel", "feel-scala").contains(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (DmnVersion version : values()) {
      if (version.feel.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a namespace holds FEEL's built-in types (a DMN 1.1 typeRef may be prefixed with it).
   *
   * @param uri the namespace URI
   * @return true for a FEEL or DMN model namespace
   */
  public static boolean isTypeNamespace(String uri) {
    return isFeel(uri) || ofNamespace(uri).isPresent();
  }
}
