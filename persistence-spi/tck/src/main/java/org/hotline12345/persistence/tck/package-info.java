/**
 * The conformance kit (一致性测试套件) of the persistence SPI: a host extends
 * {@link org.hotline12345.persistence.tck.HotlineStoreContract} with one factory method for its
 * store, and runs every contract of the SPI's Javadoc against it (versions and conflicts,
 * duplicate keys, idempotent intake, paging and ordering, atomic units of work, concurrent
 * writers, the event log, the outbox, departments, unusual text and large payloads). See
 * {@code docs/implementing-the-spi.md}.
 */
package org.hotline12345.persistence.tck;
