/**
 * Implementation of the core: the JSON payloads of events, CSV reading, hierarchies, and the
 * text rules ({@link org.hotline12345.core.internal.Texts}) every package applies. Not
 * exported; hosts must not depend on it.
 */
package org.hotline12345.core.internal;
