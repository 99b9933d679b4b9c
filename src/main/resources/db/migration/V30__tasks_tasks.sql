-- Tasks and their cascades. The four official states are never stored: they follow from due_date, completed_on
-- (the day in Asia/Ho_Chi_Minh on which the unit reported completion), accepted_at and cancelled_at.
CREATE TABLE tasks_task (
    id                   UUID PRIMARY KEY,
    parent_id            UUID REFERENCES tasks_task (id),
    title                VARCHAR(300) NOT NULL,
    search_key           VARCHAR(1000) NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    source_reference     VARCHAR(300),
    source_link          VARCHAR(500),
    issuing_unit_id      UUID NOT NULL,
    unit_id              UUID NOT NULL,
    owner_person_id      UUID,
    start_date           DATE NOT NULL,
    due_date             DATE NOT NULL,
    original_due_date    DATE,
    priority             VARCHAR(20) NOT NULL,
    affects_lives        BOOLEAN NOT NULL,
    target_value         NUMERIC(14, 2),
    target_measure       VARCHAR(60),
    percent              INTEGER NOT NULL,
    achieved             NUMERIC(14, 2),
    completion_pending   BOOLEAN NOT NULL,
    completed_at         TIMESTAMP WITH TIME ZONE,
    completed_on         DATE,
    completed_by         UUID,
    accepted_at          TIMESTAMP WITH TIME ZONE,
    accepted_by          UUID,
    returned_reason      VARCHAR(2000),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancel_reason        VARCHAR(2000),
    requested_due_date   DATE,
    due_date_reason      VARCHAR(2000),
    created_by           UUID NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT NOT NULL
);
CREATE INDEX ix_tasks_task_parent ON tasks_task (parent_id);
CREATE INDEX ix_tasks_task_unit_due ON tasks_task (unit_id, due_date);
CREATE INDEX ix_tasks_task_issuer ON tasks_task (issuing_unit_id);
CREATE INDEX ix_tasks_task_due ON tasks_task (due_date);

-- Progress reports of a unit on its task, newest last; completion reports, acceptances and returns are entries too.
CREATE TABLE tasks_progress (
    id           UUID PRIMARY KEY,
    task_id      UUID NOT NULL REFERENCES tasks_task (id),
    kind         VARCHAR(30) NOT NULL,
    percent      INTEGER,
    achieved     NUMERIC(14, 2),
    note         VARCHAR(4000) NOT NULL,
    evidence     VARCHAR(1000),
    reported_by  UUID NOT NULL,
    reporter     VARCHAR(200) NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_tasks_progress_task ON tasks_progress (task_id, reported_at);
