-- The supervision board of issue 15 (红黄牌看板), on top of V1 to V3 (which are never edited).
-- Placeholders as in V1: ${key_text} is TEXT COLLATE "C" on PostgreSQL, VARCHAR on H2.
-- Instants are BIGINT microseconds since the epoch, as next_alarm_at.

-- The case's most pressing watched deadline (StoredCase.watchedStage, watchedDueAt, yellowAt),
-- written by the core from its supervision policy: its stage (an id such as SIGN_FOR), when it
-- is due (red from then on) and when it turns yellow. All three or none; a closed case has none.
-- NULL in rows written before V4 (the core writes the whole row again at a case's next change).
ALTER TABLE cases ADD COLUMN watched_stage ${key_text};
ALTER TABLE cases ADD COLUMN watched_due_at BIGINT;
ALTER TABLE cases ADD COLUMN yellow_at BIGINT;

-- CaseQueries.watched reads open cases by watched due instant, then case id (most urgent first),
-- from the cursor on, for the platform or for one lead department; the band bounds the range by
-- the instant asked, the stage filters the rows read. CaseQueries.watchCounts counts the same
-- ranges, grouped by stage. is_open leads as in the sweep's index (ix_cases_sweep of V2).
CREATE INDEX ix_cases_watched ON cases (is_open, watched_due_at, case_id);
CREATE INDEX ix_cases_lead_watched ON cases (lead_department, is_open, watched_due_at, case_id);
