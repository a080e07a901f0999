package org.hotline12345.persistence.memory;

import org.hotline12345.persistence.DuplicateKeyException;

/**
 * The duplicate-key exceptions of the store, with messages that name the case but never an
 * inquiry code hash or intake key.
 */
final class Duplicates {

  private Duplicates() {}

  static DuplicateKeyException caseId(String caseId) {
    return new DuplicateKeyException("caseId", "a case with id " + caseId + " is already stored");
  }

  static DuplicateKeyException caseNumber(String caseNumber) {
    return new DuplicateKeyException("caseNumber", "a case with number " + caseNumber + " is already stored");
  }

  static DuplicateKeyException inquiryCodeHash(String caseId) {
    return new DuplicateKeyException("inquiryCodeHash",
        "the inquiry code hash of case " + caseId + " already belongs to another case");
  }

  static DuplicateKeyException intakeKey(String caseId) {
    return new DuplicateKeyException("intakeKey",
        "the intake key of case " + caseId + " is already registered for another case");
  }

  static DuplicateKeyException outboxId(String caseId) {
    return new DuplicateKeyException("outboxId",
        "an outbox message about case " + caseId + " with the same id is already stored");
  }

  static DuplicateKeyException caseKey(String caseId) {
    return new DuplicateKeyException("caseKey", "case " + caseId + " has a data key already");
  }
}
