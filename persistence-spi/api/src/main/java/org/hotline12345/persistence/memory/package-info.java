/**
 * The in-memory reference implementation of the storage contract (内存存储): {@link
 * org.hotline12345.persistence.memory.InMemoryStore}, thread-safe, with atomic and isolated
 * units of work, checks of versions and unique keys at write time and at commit, a global event
 * log in commit order, an outbox, and ordered indexes for the paged queries. For tests, demos
 * and single-node hosts that keep nothing across restarts; a host with a database implements
 * {@link org.hotline12345.persistence.HotlineStore} itself and runs the conformance kit, as
 * this store does.
 */
package org.hotline12345.persistence.memory;
