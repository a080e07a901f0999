/**
 * A JDBC adapter of the persistence SPI (持久化适配器): {@link
 * org.hotline12345.examples.jdbc.JdbcHotlineStore} stores cases, their event logs, the outbox
 * and the department directory in H2 (embedded, the default) or PostgreSQL, with the schema
 * migrated by Flyway, a HikariCP pool, optimistic versions checked in the UPDATE, unique keys
 * guarded by constraints, and a global event log whose positions follow commit order. It passes
 * the conformance kit on both databases.
 */
package org.hotline12345.examples.jdbc;
