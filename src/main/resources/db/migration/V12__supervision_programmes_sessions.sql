-- Supervision programmes (e.g. Plan 249-KH/UBKTTW) with their topics and the working groups taking part.
CREATE TABLE supervision_programme (
    id                 UUID PRIMARY KEY,
    code               VARCHAR(60) NOT NULL,
    title              VARCHAR(500) NOT NULL,
    issuing_body       VARCHAR(300) NOT NULL,
    document_reference VARCHAR(100) NOT NULL,
    document_date      DATE NOT NULL,
    period             VARCHAR(100) NOT NULL,
    topics             VARCHAR(1000) NOT NULL,
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_supervision_programme_code UNIQUE (code)
);

CREATE TABLE supervision_programme_group (
    programme_id      UUID NOT NULL REFERENCES supervision_programme (id),
    working_group_id  UUID NOT NULL,
    PRIMARY KEY (programme_id, working_group_id)
);

-- A working group meets one or more units: date and place, agenda (one item per line), minutes (sanitised HTML),
-- and the number of its conclusion notice in the group's register.
CREATE TABLE supervision_session (
    id                UUID PRIMARY KEY,
    programme_id      UUID NOT NULL REFERENCES supervision_programme (id),
    working_group_id  UUID NOT NULL,
    held_on           DATE NOT NULL,
    place             VARCHAR(300) NOT NULL,
    agenda            TEXT NOT NULL,
    minutes_html      TEXT NOT NULL,
    notice_number     INTEGER,
    version           BIGINT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_supervision_session_group ON supervision_session (working_group_id, held_on);

CREATE TABLE supervision_session_unit (
    session_id UUID NOT NULL REFERENCES supervision_session (id),
    unit_id    UUID NOT NULL,
    PRIMARY KEY (session_id, unit_id)
);
CREATE INDEX ix_supervision_session_unit_unit ON supervision_session_unit (unit_id);

CREATE TABLE supervision_participant (
    session_id UUID NOT NULL REFERENCES supervision_session (id),
    person_id  UUID NOT NULL,
    role       VARCHAR(30) NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id)
);

CREATE TABLE supervision_session_report (
    session_id UUID NOT NULL REFERENCES supervision_session (id),
    report_id  UUID NOT NULL,
    PRIMARY KEY (session_id, report_id)
);

-- For each recommendation a unit raised at the session, the feedback the working group gave.
CREATE TABLE supervision_feedback (
    id             UUID PRIMARY KEY,
    session_id     UUID NOT NULL REFERENCES supervision_session (id),
    unit_id        UUID NOT NULL,
    recommendation VARCHAR(4000) NOT NULL,
    response       VARCHAR(4000) NOT NULL,
    position       INTEGER NOT NULL
);
CREATE INDEX ix_supervision_feedback_session ON supervision_feedback (session_id, position);

-- The leader's conclusions, numbered; each can later become a task.
CREATE TABLE supervision_conclusion (
    id          UUID PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES supervision_session (id),
    number      INTEGER NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_supervision_conclusion_number UNIQUE (session_id, number)
);
