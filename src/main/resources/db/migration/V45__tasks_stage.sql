-- The lifecycle stage of a task (TaskStage: OPEN, AWAITING_ACCEPTANCE, ACCEPTED, CANCELLED), written by the aggregate
-- so that every query filters on the stage sets of the enum instead of repeating conditions on dates and flags.
ALTER TABLE tasks_task ADD COLUMN stage VARCHAR(30);
UPDATE tasks_task SET stage = CASE
    WHEN cancelled_at IS NOT NULL THEN 'CANCELLED'
    WHEN accepted_at IS NOT NULL THEN 'ACCEPTED'
    WHEN completion_pending THEN 'AWAITING_ACCEPTANCE'
    ELSE 'OPEN' END;
ALTER TABLE tasks_task ALTER COLUMN stage SET NOT NULL;
CREATE INDEX ix_tasks_task_stage_due ON tasks_task (stage, due_date);
