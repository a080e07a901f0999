/**
 * Implementation of the rules module. Text checks use the SDK's one definition of the text
 * rules, {@link org.hotline12345.calendar.internal.Texts}. Not exported; hosts must not depend
 * on it.
 */
package org.hotline12345.rules.internal;
