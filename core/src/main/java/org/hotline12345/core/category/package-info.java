/**
 * The category taxonomy (诉求分类): hierarchical codes loaded as data, with the keywords that
 * suggest a category and the attributes (typed fields, as in Open311 service definitions)
 * that an appeal of the category must carry.
 *
 * <p>Accessor names follow one rule. The value types built with Immutables
 * ({@code Category}, {@code AttributeDefinition}, and the appeal's) use JavaBeans accessors,
 * {@code getX()} and for a boolean {@code isX()}, because Jakarta Bean Validation reads the
 * constraints of an appeal from JavaBeans properties and every Immutables value reads alike;
 * each documents its builder's methods under "Building one". Records ({@code CategoryCode},
 * {@code AttributeViolation}) use their component accessors ({@code code.value()}), and the other
 * types (enums, exceptions, {@code CategoryTaxonomy}) plain names for what they return or do
 * ({@code taxonomy.require(code)}, {@code AttributeType.NUMBER.open311Name()}).
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package org.hotline12345.core.category;

import org.immutables.value.Value;
