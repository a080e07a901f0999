/**
 * Benchmarks of the application service and the stores: intake throughput through
 * {@code HotlineService} on the in-memory store, H2 and PostgreSQL, and the supervision
 * sweep's query on a million open cases. Results in {@code docs/benchmarks.md}.
 */
package org.hotline12345.benchmarks.persistence;
