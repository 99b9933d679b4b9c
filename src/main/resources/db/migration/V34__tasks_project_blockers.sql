-- Difficulties (module difficulties) that block a project; the difficulty's state is read from its module.
CREATE TABLE tasks_blocker (
    task_id        UUID NOT NULL REFERENCES tasks_task (id),
    difficulty_id  UUID NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, difficulty_id)
);
