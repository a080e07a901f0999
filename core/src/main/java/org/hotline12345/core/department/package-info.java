/**
 * The department directory (承办单位目录): municipal departments, districts, streets and towns,
 * public utilities and enterprises with public duties, in a hierarchy, each with its active
 * flag and the working calendar it uses.
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
