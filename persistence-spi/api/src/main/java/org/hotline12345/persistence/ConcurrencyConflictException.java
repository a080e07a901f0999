package org.hotline12345.persistence;

/**
 * A write with a stale version (乐观锁冲突): another writer changed the case since it was
 * read. Nothing was written; reload the case and try again.
 */
public final class ConcurrencyConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String caseId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param expectedVersion the version the writer read
   * @param actualVersion the version stored, or -1 if the case is not stored
   */
  public ConcurrencyConflictException(String caseId, long expectedVersion, long actualVersion) {
    super("case " + caseId + " is at version " + actualVersion + ", not " + expectedVersion
        + ": another writer changed it; reload and try again");
    this.caseId = caseId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The case.
   *
   * @return the case id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The version the writer read.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version stored, or -1 if the case is not stored.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
