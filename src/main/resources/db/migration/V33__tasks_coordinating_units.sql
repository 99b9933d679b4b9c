-- Units that coordinate on a task (đơn vị phối hợp): they read the task; only the lead unit reports on it.
CREATE TABLE tasks_coordinating_unit (
    task_id   UUID NOT NULL REFERENCES tasks_task (id),
    unit_id   UUID NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX ix_tasks_coordinating_unit_unit ON tasks_coordinating_unit (unit_id);
