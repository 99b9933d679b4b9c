-- Good practices: published by a unit, endorsed or returned by the working group or the city, adopted by other units.
CREATE TABLE practices_practice (
    id             UUID PRIMARY KEY,
    unit_id        UUID          NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    topic          VARCHAR(40)   NOT NULL,
    problem        VARCHAR(20000) NOT NULL,
    actions_taken  VARCHAR(20000) NOT NULL,
    results        VARCHAR(20000) NOT NULL,
    indicator_code VARCHAR(100)  NOT NULL,
    baseline       DECIMAL(20, 4) NOT NULL,
    replication    VARCHAR(20000) NOT NULL,
    cost           VARCHAR(2000),
    contact        VARCHAR(2000) NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    decision_reason VARCHAR(2000),
    decided_by     UUID,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX practices_practice_topic ON practices_practice (topic, published_at);

CREATE TABLE practices_adoption (
    id            UUID PRIMARY KEY,
    practice_id   UUID          NOT NULL REFERENCES practices_practice (id),
    unit_id       UUID          NOT NULL,
    planned_start DATE          NOT NULL,
    result_value  DECIMAL(20, 4),
    result_text   VARCHAR(2000),
    reported_on   DATE,
    adopted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practices_adoption_once UNIQUE (practice_id, unit_id)
);
