/**
 * Implementation of the core: the JSON payloads of events. Not exported; hosts must not
 * depend on it.
 */
package org.hotline12345.core.internal;
