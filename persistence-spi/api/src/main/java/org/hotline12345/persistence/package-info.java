/**
 * The storage contract (持久化接口) of the Hotline SDK. A host implements {@link
 * org.hotline12345.persistence.HotlineStore} over its own database and proves it with the
 * conformance kit ({@code hotline-persistence-tck}). The contract speaks in its own small
 * records ({@link org.hotline12345.persistence.StoredCase},
 * {@link org.hotline12345.persistence.StoredEvent}, ...) so that it does not move when the
 * domain does: the domain's data travels as opaque text payloads, and the store keeps the few
 * columns that queries need.
 *
 * <p>Text is well-formed Unicode (emoji, control characters, U+0000 included; no unpaired
 * surrogate) and must come back exactly as stored. Keys (case ids, numbers, inquiry code
 * hashes, intake keys, message ids, directory keys) follow the alphabets and maximum lengths
 * of {@link org.hotline12345.persistence.Keys}, and are exact: letter case counts. Optional text
 * is never empty. Instants are kept to the microsecond at least: stores truncate to
 * microseconds, and the core only writes microsecond instants.
 *
 * <p>Null arguments are programming errors, refused with {@link NullPointerException}; an
 * argument outside its documented range is refused with {@link IllegalArgumentException}.
 */
package org.hotline12345.persistence;
