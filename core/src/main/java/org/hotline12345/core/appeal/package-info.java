/**
 * The appeal (诉求): what a citizen or an enterprise raises through a channel, with its type,
 * category, text, location, the citizen's contact data (personal data, never in
 * {@code toString}, logs or exceptions), attachments and category-specific attributes.
 *
 * <p>Accessor names follow one rule. The value types built with Immutables
 * ({@code Appeal}, {@code Citizen}, {@code Location}, {@code Enterprise}, and in the other
 * packages {@code Category}, {@code AttributeDefinition}, {@code Department}) use JavaBeans
 * accessors, {@code getX()} and for a boolean {@code isX()}, because Jakarta Bean Validation
 * reads the constraints of this package from JavaBeans properties; each documents its builder's
 * methods under "Building one". Records ({@code Area}, {@code AttachmentRef},
 * {@code Coordinates}) use their component accessors ({@code area.code()}), and the other types
 * (enums, exceptions, {@code AppealLimits}, {@code AppealCheck}) plain names for what they
 * return or do ({@code Channel.PHONE.chinese()}).
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
