-- The stored shape of issue 13, on top of V1 (which is never edited).
-- Placeholders as in V1: ${key_text} is TEXT COLLATE "C" on PostgreSQL, VARCHAR on H2.

-- Named sequences (HotlineStore.nextSequenceValue): the last value handed out per scope. A
-- caller bumps its scope's row in a transaction of its own and commits at once.
CREATE TABLE sequence_values (
  scope      ${key_text} NOT NULL,
  last_value BIGINT NOT NULL,
  CONSTRAINT pk_sequence_values PRIMARY KEY (scope)
);

-- The case row (StoredCase) gains the columns the next queries need. Rows written before V2
-- get appeal_type and channel 'UNKNOWN' (their events hold the real values; the core writes
-- the whole row again at the case's next change) and last_event_at from their events.
ALTER TABLE cases ADD COLUMN appeal_type ${key_text} DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE cases ALTER COLUMN appeal_type DROP DEFAULT;
ALTER TABLE cases ADD COLUMN channel ${key_text} DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE cases ALTER COLUMN channel DROP DEFAULT;
ALTER TABLE cases ADD COLUMN category ${key_text};
ALTER TABLE cases ADD COLUMN area ${key_text};
-- The assisting departments in order, joined by commas (directory keys hold none); NULL for
-- none. Queried through case_assisting below.
ALTER TABLE cases ADD COLUMN assisting_departments TEXT;
ALTER TABLE cases ADD COLUMN last_event_at BIGINT;
UPDATE cases SET last_event_at = GREATEST(registered_at, COALESCE(
  (SELECT MAX(e.occurred_at) FROM case_events e WHERE e.case_id = cases.case_id), registered_at));
ALTER TABLE cases ALTER COLUMN last_event_at SET NOT NULL;
ALTER TABLE cases ADD COLUMN resolution_met BOOLEAN;
ALTER TABLE cases ADD COLUMN facts TEXT;

-- next_deadline becomes next_alarm_at: the instant the core wants supervision to look again.
DROP INDEX ix_cases_sweep;
ALTER TABLE cases RENAME COLUMN next_deadline TO next_alarm_at;
CREATE INDEX ix_cases_sweep ON cases (is_open, next_alarm_at, case_id);

-- The store keeps a hash of the inquiry code, never the code. Existing codes are hashed as the
-- core hashes them: lowercase hex SHA-256 of 'hotline12345/inquiry-code/v1:' and the code
-- (${inquiry_code_sha256} is that expression in the database's own functions).
ALTER TABLE cases ADD COLUMN inquiry_code_hash ${key_text};
UPDATE cases SET inquiry_code_hash = ${inquiry_code_sha256};
ALTER TABLE cases ALTER COLUMN inquiry_code_hash SET NOT NULL;
ALTER TABLE cases DROP CONSTRAINT uk_cases_inquiry_code;
ALTER TABLE cases DROP COLUMN inquiry_code;
ALTER TABLE cases ADD CONSTRAINT uk_cases_inquiry_code_hash UNIQUE (inquiry_code_hash);

-- Events carry the schema version of their payload; those written before V2 are version 1.
ALTER TABLE case_events ADD COLUMN schema_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE case_events ALTER COLUMN schema_version DROP DEFAULT;

-- One row per assisting department of a case, with the case's registration instant and open
-- flag copied, so that a department's work list reads one index in order. Rewritten with the
-- case row by every insert and update.
CREATE TABLE case_assisting (
  case_id       ${key_text} NOT NULL,
  department_id ${key_text} NOT NULL,
  registered_at BIGINT NOT NULL,
  is_open       BOOLEAN NOT NULL,
  CONSTRAINT pk_case_assisting PRIMARY KEY (case_id, department_id),
  CONSTRAINT fk_case_assisting_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
);

-- Indexes for every query: each paged query reads ranges of these in order (see
-- JdbcCaseQueries), one per value it asks for, and never sorts more than a page per value.
-- Work lists by status, without a lead (ix_cases_status of V1 serves them with one):
CREATE INDEX ix_cases_status_registered ON cases (status, registered_at, case_id);
-- Open311's search, by range alone and by category:
CREATE INDEX ix_cases_registered ON cases (registered_at, case_id);
CREATE INDEX ix_cases_category ON cases (category, registered_at, case_id);
-- Duplicate merge: open cases of a category and area in a window:
CREATE INDEX ix_cases_duplicates ON cases (category, area, is_open, registered_at, case_id);
-- Departments' work lists, all cases and open ones, as lead and as assisting department:
CREATE INDEX ix_cases_lead ON cases (lead_department, registered_at, case_id);
CREATE INDEX ix_cases_lead_open ON cases (lead_department, is_open, registered_at, case_id);
CREATE INDEX ix_case_assisting_department ON case_assisting (department_id, registered_at, case_id);
CREATE INDEX ix_case_assisting_open ON case_assisting (department_id, is_open, registered_at, case_id);
-- Assessment, in two runs: closed in a period by closing instant, open ones due in it.
DROP INDEX ix_cases_closed_at;
DROP INDEX ix_cases_resolution_due;
CREATE INDEX ix_cases_closed ON cases (closed_at, case_id);
CREATE INDEX ix_cases_open_due ON cases (is_open, resolution_due_at, case_id);

-- Per-case data keys (crypto-shredding): the core encrypts a case's personal data under its
-- key; destroying the key deletes this row, and the personal data with it. ${bytes} is BYTEA on
-- PostgreSQL, VARBINARY on H2. No foreign key to cases: a key is written in the unit that
-- inserts its case, in either order.
CREATE TABLE case_keys (
  case_id   ${key_text} NOT NULL,
  key_bytes ${bytes} NOT NULL,
  CONSTRAINT pk_case_keys PRIMARY KEY (case_id)
);

-- Outbox claims (Outbox.claim): several workers deliver at once; a claimed message is held for
-- its worker until claimed_until (microseconds since the epoch). Workers claim with SELECT ...
-- FOR UPDATE SKIP LOCKED over ix_outbox_pending (delivered, seq).
ALTER TABLE outbox ADD COLUMN claimed_by ${key_text};
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
