-- Projects: tasks of kind PROJECT with milestones (planned and actual dates) and quantities (e.g. households
-- agreed, compensated, relocated out of a dilapidated block, each against its total).
ALTER TABLE tasks_task ADD COLUMN kind VARCHAR(20) DEFAULT 'TASK' NOT NULL;

CREATE TABLE tasks_milestone (
    id            UUID PRIMARY KEY,
    task_id       UUID NOT NULL REFERENCES tasks_task (id),
    name          VARCHAR(300) NOT NULL,
    planned_date  DATE NOT NULL,
    actual_date   DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_tasks_milestone_task ON tasks_milestone (task_id, planned_date);

CREATE TABLE tasks_quantity (
    id          UUID PRIMARY KEY,
    task_id     UUID NOT NULL REFERENCES tasks_task (id),
    name        VARCHAR(200) NOT NULL,
    measure     VARCHAR(60) NOT NULL,
    total       NUMERIC(14, 2) NOT NULL,
    achieved    NUMERIC(14, 2) NOT NULL,
    position    INTEGER NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_tasks_quantity_name UNIQUE (task_id, name)
);
