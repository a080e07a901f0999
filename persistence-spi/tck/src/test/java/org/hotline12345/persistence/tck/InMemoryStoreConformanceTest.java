package org.hotline12345.persistence.tck;

import org.hotline12345.persistence.HotlineStore;
import org.hotline12345.persistence.memory.InMemoryStore;

/** The in-memory reference store passes the whole conformance kit, every feature on. */
class InMemoryStoreConformanceTest extends HotlineStoreContract {

  @Override
  protected HotlineStore newEmptyStore() {
    return new InMemoryStore();
  }

  @Override
  protected HotlineStore reopenStore(HotlineStore store) {
    return ((InMemoryStore) store).reopen();
  }
}
