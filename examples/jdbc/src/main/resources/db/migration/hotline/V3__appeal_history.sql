-- The appeal history of issue 14 (诉求历史), on top of V1 and V2 (which are never edited).
-- Placeholders as in V1: ${key_text} is TEXT COLLATE "C" on PostgreSQL, VARCHAR on H2.

-- Who appealed, as the keyed hash the core computes from the caller's phone number
-- (StoredCase.callerKey): never the number. NULL for anonymous appeals, appeals without a phone,
-- erased cases, and rows written before V3 (the core writes the whole row again at a case's next
-- change).
ALTER TABLE cases ADD COLUMN caller_key ${key_text};

-- CaseQueries.recent and countRecent read a caller's or a place's window backwards from its end:
-- a range of one of these, or, for a place's open cases of one category, of ix_cases_duplicates
-- (category, area, is_open, registered_at, case_id) of V2.
CREATE INDEX ix_cases_caller ON cases (caller_key, registered_at, case_id);
CREATE INDEX ix_cases_area ON cases (area, registered_at, case_id);
