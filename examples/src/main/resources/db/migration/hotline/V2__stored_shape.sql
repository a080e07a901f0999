-- The stored shape of issue 13, on top of V1 (which is never edited).
-- Placeholders as in V1: ${key_text} is TEXT COLLATE "C" on PostgreSQL, VARCHAR on H2.

-- Named sequences (HotlineStore.nextSequenceValue): the last value handed out per scope. A
-- caller bumps its scope's row in a transaction of its own and commits at once.
CREATE TABLE sequence_values (
  scope      ${key_text} NOT NULL,
  last_value BIGINT NOT NULL,
  CONSTRAINT pk_sequence_values PRIMARY KEY (scope)
);
