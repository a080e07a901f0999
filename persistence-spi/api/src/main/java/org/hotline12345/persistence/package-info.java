/**
 * The storage contract (持久化接口) of the Hotline SDK. A host implements {@link
 * org.hotline12345.persistence.HotlineStore} over its own database and proves it with the
 * conformance kit ({@code hotline-persistence-tck}). The contract speaks in its own small
 * records ({@link org.hotline12345.persistence.StoredCase},
 * {@link org.hotline12345.persistence.StoredEvent}, ...) so that it does not move when the
 * domain does: the domain's data travels as opaque text payloads, and the store keeps the few
 * columns that queries need.
 *
 * <p>Strings are any valid Unicode text (emoji, control characters, U+0000 included) and must
 * come back exactly as stored. Instants are kept to the microsecond at least: stores truncate
 * to microseconds, and the core only writes microsecond instants. Keys (case ids, numbers,
 * inquiry codes, intake keys, message ids) are exact: letter case and trailing spaces count.
 *
 * <p>Null arguments are programming errors, refused with {@link NullPointerException}; an
 * argument outside its documented range is refused with {@link IllegalArgumentException}.
 */
package org.hotline12345.persistence;
