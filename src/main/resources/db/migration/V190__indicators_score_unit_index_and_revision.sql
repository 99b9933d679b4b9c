-- A unit's refresh removes its rows in the changed periods of every set (WHERE snapshot AND unit_id AND period_code
-- IN ...): without an index led by the unit that delete scanned the whole snapshot, so a statistics import of the
-- country's 3,321 units grew quadratically with the table. These indexes make each refresh's delete an index range.
CREATE INDEX ix_indicators_score_unit ON indicators_score (snapshot, unit_id, period_code);
CREATE INDEX ix_indicators_total_unit ON indicators_total (snapshot, unit_id, period_code);

-- Every writer of scores takes the pointer row first; it now also counts up a revision there, so a reader can tell
-- with one primary-key read whether a ranking it keeps in memory is still the table's (several instances agree,
-- since the revision lives in the database and changes in the writing transaction).
ALTER TABLE indicators_snapshot ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
