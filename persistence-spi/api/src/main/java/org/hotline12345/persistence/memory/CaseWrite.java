package org.hotline12345.persistence.memory;

import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.StoredCase;
import org.hotline12345.persistence.StoredEvent;

/**
 * A case as a unit of work leaves it, ready to apply at commit.
 *
 * @param stored the case at its new state
 * @param intakeKey the intake key it was inserted with, or empty (always empty for updates)
 * @param newEvents its events written in the unit, by sequence
 */
record CaseWrite(StoredCase stored, Optional<String> intakeKey, List<StoredEvent> newEvents) {}
