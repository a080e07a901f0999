/**
 * The department directory (承办单位目录): municipal departments, districts, streets and towns,
 * public utilities and enterprises with public duties, in a hierarchy, each with its active
 * flag and the working calendar it uses.
 *
 * <p>Accessor names follow one rule. The value types built with Immutables
 * ({@code Department}, and the appeal's and the category's) use JavaBeans accessors,
 * {@code getX()} and for a boolean {@code isX()}, because Jakarta Bean Validation reads the
 * constraints of an appeal from JavaBeans properties and every Immutables value reads alike;
 * each documents its builder's methods under "Building one". Records ({@code DepartmentId}) use
 * their component accessors ({@code id.value()}), and the other types (enums, exceptions,
 * {@code DepartmentDirectory}) plain names for what they return or do
 * ({@code directory.children(id)}, {@code DepartmentKind.STREET.chinese()}).
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package org.hotline12345.core.department;

import org.immutables.value.Value;
