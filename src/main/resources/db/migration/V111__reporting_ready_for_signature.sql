-- An officer marks a complete draft ready for the unit leader's signature (issue 11: the leader's to-do list).
-- Submitting or returning the report clears the mark; the home page lists a unit's reports by state.
ALTER TABLE reporting_report ADD COLUMN ready_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reporting_report ADD COLUMN ready_by VARCHAR(200);
CREATE INDEX ix_reporting_report_unit_state ON reporting_report (unit_id, state);
