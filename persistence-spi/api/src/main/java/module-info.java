/**
 * Hotline SDK persistence SPI: the storage contract a host implements (cases with versions,
 * append-only event logs, idempotent intake, the department directory, an outbox, paged
 * queries, atomic units of work), in its own record types, with a thread-safe in-memory
 * implementation. Depends on the JDK only.
 */
module org.hotline12345.persistence {
  exports org.hotline12345.persistence;
  exports org.hotline12345.persistence.memory;
}
