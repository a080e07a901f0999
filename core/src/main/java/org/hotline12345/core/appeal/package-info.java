/**
 * The appeal (诉求): what a citizen or an enterprise raises through a channel, with its type,
 * category, text, location, the citizen's contact data (personal data, never in
 * {@code toString}, logs or exceptions), attachments and category-specific attributes.
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package org.hotline12345.core.appeal;

import org.immutables.value.Value;
